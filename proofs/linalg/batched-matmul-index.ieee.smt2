; versa proof obligation for rule 'batched-matmul-index' (rules/library/linalg.toml), domain ieee: not proved
; lhs: (S @ B)[i]
; rhs: S[i] @ B
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i () Int)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
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
 (and (= m m) (= p p)))
(assert
 (and (<= (- 0 r) i) (< i r)))
(assert
 (and (<= (- 0 r) i) (< i r)))
(assert
 (>= i0 0))
(assert
 (< i0 m))
(assert
 (>= i1 0))
(assert
 (< i1 p))
(assert
 (not (= (reduce0.sum.f64 (ite (> 0 i) (+ i r) i) i0 i1) (reduce1.sum.f64 i0 i1 i))))
(check-sat)
