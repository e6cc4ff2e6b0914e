; versa proof obligation for rule 'matmul-row' (rules/library/linalg.toml), domain ieee: not proved
; lhs: (A @ B)[i]
; rhs: A[i] @ B
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i () Int)
(declare-fun i0 () Int)
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
 (= p p))
(assert
 (and (<= (- 0 m) i) (< i m)))
(assert
 (and (<= (- 0 m) i) (< i m)))
(assert
 (>= i0 0))
(assert
 (< i0 p))
(assert
 (not (= (reduce0.sum.f64 (ite (> 0 i) (+ i m) i) i0) (reduce1.sum.f64 i0 i))))
(check-sat)
