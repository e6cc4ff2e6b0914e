; versa proof obligation for rule 'max-rows-index' (rules/library/reductions.toml), domain ieee: not proved
; lhs: max(A, axis=1)[i]
; rhs: max(A[i])
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.max.f16 (Int) (_ FloatingPoint 5 11))
(declare-fun reduce1.max.f16 (Int) (_ FloatingPoint 5 11))
(assert
 (>= m 0))
(assert
 (>= n 0))
(assert
 true)
(assert
 (< 0 n))
(assert
 (< 0 n))
(assert
 true)
(assert
 (and (<= (- 0 m) i) (< i m)))
(assert
 (and (<= (- 0 m) i) (< i m)))
(assert
 (not (= (reduce0.max.f16 (ite (> 0 i) (+ i m) i)) (reduce1.max.f16 i))))
(check-sat)
