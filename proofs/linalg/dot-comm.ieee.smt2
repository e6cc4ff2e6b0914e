; versa proof obligation for rule 'dot-comm' (rules/library/linalg.toml), domain ieee: not proved
; lhs: x @ y
; rhs: y @ x
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 () (_ FloatingPoint 11 53))
(declare-fun reduce1.sum.f64 () (_ FloatingPoint 11 53))
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
 (not (= reduce0.sum.f64 reduce1.sum.f64)))
(check-sat)
