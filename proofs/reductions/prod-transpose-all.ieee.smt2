; versa proof obligation for rule 'prod-transpose-all' (rules/library/reductions.toml), domain ieee: not proved
; lhs: prod(A.T)
; rhs: prod(A)
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.prod.f64 () (_ FloatingPoint 11 53))
(declare-fun reduce1.prod.f64 () (_ FloatingPoint 11 53))
(assert
 (>= m 0))
(assert
 (>= n 0))
(assert
 true)
(assert
 true)
(assert
 true)
(assert
 true)
(assert
 true)
(assert
 true)
(assert
 (not (= reduce0.prod.f64 reduce1.prod.f64)))
(check-sat)
