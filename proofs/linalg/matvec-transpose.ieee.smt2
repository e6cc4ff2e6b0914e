; versa proof obligation for rule 'matvec-transpose' (rules/library/linalg.toml), domain ieee: not proved
; lhs: A.T @ u
; rhs: u @ A
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun reduce0.sum.f64 (Int) (_ FloatingPoint 11 53))
(declare-fun reduce1.sum.f64 (Int) (_ FloatingPoint 11 53))
(assert
 (>= k 0))
(assert
 (>= m 0))
(assert
 true)
(assert
 true)
(assert
 true)
(assert
 (= k k))
(assert
 true)
(assert
 true)
(assert
 (>= i0 0))
(assert
 (< i0 k))
(assert
 (not (= (reduce0.sum.f64 i0) (reduce1.sum.f64 i0))))
(check-sat)
