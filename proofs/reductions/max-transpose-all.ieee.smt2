; versa proof obligation for rule 'max-transpose-all' (rules/library/reductions.toml), domain ieee: not proved
; lhs: max(A.T)
; rhs: max(A)
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.max.f64 () (_ FloatingPoint 11 53))
(declare-fun reduce1.max.f64 () (_ FloatingPoint 11 53))
(assert
 (>= m 0))
(assert
 (>= n 0))
(assert
 true)
(assert
 (< 0 (* n m)))
(assert
 (< 0 (* m n)))
(assert
 true)
(assert
 true)
(assert
 true)
(assert
 (not (= reduce0.max.f64 reduce1.max.f64)))
(check-sat)
