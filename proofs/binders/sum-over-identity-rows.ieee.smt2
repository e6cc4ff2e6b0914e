; versa proof obligation for rule 'sum-over-identity-rows' (rules/library/binders.toml), domain ieee: not proved
; lhs: sum_over(A, lambda k, Ak: Ak)
; rhs: sum(A, axis=1)
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 (Int Int) (_ FloatingPoint 11 53))
(declare-fun reduce1.sum.f64 (Int) (_ FloatingPoint 11 53))
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
 (= m m))
(assert
 true)
(assert
 true)
(assert
 (>= i0 0))
(assert
 (< i0 m))
(assert
 (not (= (reduce0.sum.f64 n i0) (reduce1.sum.f64 i0))))
(check-sat)
