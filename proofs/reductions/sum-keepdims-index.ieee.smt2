; versa proof obligation for rule 'sum-keepdims-index' (rules/library/reductions.toml), domain ieee: not proved
; lhs: sum(A, axis=1, keepdims=True)[i]
; rhs: sum(A[i], keepdims=True)
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i () Int)
(declare-fun i0 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 (Int) (_ FloatingPoint 11 53))
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
 (= 1 1))
(assert
 (and (<= (- 0 m) i) (< i m)))
(assert
 (and (<= (- 0 m) i) (< i m)))
(assert
 (>= i0 0))
(assert
 (> 1 i0))
(assert
 (not (= (reduce0.sum.f64 (ite (> 0 i) (+ i m) i)) (reduce1.sum.f64 i))))
(check-sat)
