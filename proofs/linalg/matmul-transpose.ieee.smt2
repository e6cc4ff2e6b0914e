; versa proof obligation for rule 'matmul-transpose' (rules/library/linalg.toml), domain ieee: not proved
; lhs: (A @ B).T
; rhs: B.T @ A.T
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(declare-fun reduce0.sum.f64 (Int Int) (_ FloatingPoint 11 53))
(declare-fun reduce1.sum.f64 (Int Int) (_ FloatingPoint 11 53))
(assert
 (>= k 0))
(assert
 (>= m 0))
(assert
 (>= p 0))
(assert
 true)
(assert
 true)
(assert
 true)
(assert
 (and (= p p) (= m m)))
(assert
 true)
(assert
 true)
(assert
 (>= i0 0))
(assert
 (< i0 p))
(assert
 (>= i1 0))
(assert
 (< i1 m))
(assert
 (not (= (reduce0.sum.f64 i1 i0) (reduce1.sum.f64 i0 i1))))
(check-sat)
