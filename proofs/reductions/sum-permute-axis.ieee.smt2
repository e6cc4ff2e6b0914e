; versa proof obligation for rule 'sum-permute-axis' (rules/library/reductions.toml), domain ieee: not proved
; lhs: sum(permute_dims(T, (2, 0, 1)), axis=0)
; rhs: sum(T, axis=2)
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun reduce0.sum.f64 (Int Int) (_ FloatingPoint 11 53))
(declare-fun reduce1.sum.f64 (Int Int) (_ FloatingPoint 11 53))
(assert
 (>= m 0))
(assert
 (>= n 0))
(assert
 (>= p 0))
(assert
 true)
(assert
 true)
(assert
 true)
(assert
 (and (= m m) (= n n)))
(assert
 true)
(assert
 true)
(assert
 (>= i0 0))
(assert
 (< i0 m))
(assert
 (>= i1 0))
(assert
 (< i1 n))
(assert
 (not (= (reduce0.sum.f64 i0 i1) (reduce1.sum.f64 i0 i1))))
(check-sat)
