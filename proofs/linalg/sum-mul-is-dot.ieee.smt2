; versa proof obligation for rule 'sum-mul-is-dot' (rules/library/linalg.toml), domain ieee: not proved
; lhs: sum(x * y)
; rhs: x @ y
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun n () Int)
(declare-fun reduce0.sum.f16 () (_ FloatingPoint 5 11))
(declare-fun reduce1.sum.f16 () (_ FloatingPoint 5 11))
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
 (not (= reduce0.sum.f16 reduce1.sum.f16)))
(check-sat)
