; versa proof obligation for rule 'batched-matmul-transpose' (rules/library/linalg.toml), domain ieee: not proved
; lhs: permute_dims(S @ U, (0, 2, 1))
; rhs: permute_dims(U, (0, 2, 1)) @ permute_dims(S, (0, 2, 1))
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun i2 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(declare-fun r () Int)
(declare-fun reduce0.sum.f64 (Int Int Int) (_ FloatingPoint 11 53))
(declare-fun reduce1.sum.f64 (Int Int Int) (_ FloatingPoint 11 53))
(assert
 (>= k 0))
(assert
 (>= m 0))
(assert
 (>= p 0))
(assert
 (>= r 0))
(assert
 true)
(assert
 true)
(assert
 true)
(assert
 (and (= r r) (= p p) (= m m)))
(assert
 true)
(assert
 true)
(assert
 (>= i0 0))
(assert
 (< i0 r))
(assert
 (>= i1 0))
(assert
 (< i1 p))
(assert
 (>= i2 0))
(assert
 (< i2 m))
(assert
 (not (= (reduce0.sum.f64 i0 i2 i1) (reduce1.sum.f64 i0 i1 i2))))
(check-sat)
