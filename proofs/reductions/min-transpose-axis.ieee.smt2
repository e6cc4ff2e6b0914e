; versa proof obligation for rule 'min-transpose-axis' (rules/library/reductions.toml), domain ieee: not proved
; lhs: min(A.T, axis=0)
; rhs: min(A, axis=1)
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.min.f64 (Int) (_ FloatingPoint 11 53))
(declare-fun reduce1.min.f64 (Int) (_ FloatingPoint 11 53))
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
 (= m m))
(assert
 true)
(assert
 true)
(assert
 (>= i0 0))
(assert
 (< i0 m))
(assert
 (not (= (reduce0.min.f64 i0) (reduce1.min.f64 i0))))
(check-sat)
