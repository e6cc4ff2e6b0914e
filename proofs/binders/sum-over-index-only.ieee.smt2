; versa proof obligation for rule 'sum-over-index-only' (rules/library/binders.toml), domain ieee: not proved
; lhs: sum_over(x, lambda k, xk: exp(y[k]))
; rhs: sum(exp(y))
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 (Int) (_ FloatingPoint 11 53))
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
 (forall ((k%1!2 Int)) (=> (and (>= k%1!2 0) (< k%1!2 n)) (and (<= (- 0 n) k%1!2) (< k%1!2 n)))))
(assert
 true)
(assert
 (not (= (reduce0.sum.f64 n) reduce1.sum.f64)))
(check-sat)
