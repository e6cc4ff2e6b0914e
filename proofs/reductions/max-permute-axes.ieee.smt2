; versa proof obligation for rule 'max-permute-axes' (rules/library/reductions.toml), domain ieee: not proved
; lhs: max(permute_dims(T, (1, 0, 2)), axis=(1, 2))
; rhs: max(T, axis=(0, 2))
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun reduce0.max.f64 (Int) (_ FloatingPoint 11 53))
(declare-fun reduce1.max.f64 (Int) (_ FloatingPoint 11 53))
(assert
 (>= m 0))
(assert
 (>= n 0))
(assert
 (>= p 0))
(assert
 true)
(assert
 (< 0 (* m p)))
(assert
 (< 0 (* m p)))
(assert
 (= n n))
(assert
 true)
(assert
 true)
(assert
 (>= i0 0))
(assert
 (< i0 n))
(assert
 (not (= (reduce0.max.f64 i0) (reduce1.max.f64 i0))))
(check-sat)
