; versa proof obligation for rule 'sum-over-map' (rules/library/binders.toml), domain ieee: not proved
; lhs: sum_over(x, lambda k, xk: exp(xk))
; rhs: sum(exp(x))
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun n () Int)
(declare-fun reduce0.sum.f16 (Int) (_ FloatingPoint 5 11))
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
 (not (= (reduce0.sum.f16 n) reduce1.sum.f16)))
(check-sat)
