; versa proof obligation for rule 'matmul-elem' (rules/library/linalg.toml), domain ieee: not proved
; lhs: (A @ B)[i, j]
; rhs: A[i] @ B[:, j]
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i () Int)
(declare-fun j () Int)
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
 true)
(assert
 (and (<= (- 0 m) i) (< i m) (<= (- 0 p) j) (< j p)))
(assert
 (and (<= (- 0 m) i) (< i m) (<= (- 0 p) j) (< j p)))
(assert
 (not (= (reduce0.sum.f64 (ite (> 0 i) (+ i m) i) (ite (> 0 j) (+ j p) j)) (reduce1.sum.f64 i j))))
(check-sat)
