; versa proof obligation for rule 'sum-cols-index' (rules/library/reductions.toml), domain ieee: not proved
; lhs: sum(A, axis=0)[j]
; rhs: sum(A[:, j])
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun j () Int)
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
 true)
(assert
 (and (<= (- 0 n) j) (< j n)))
(assert
 (and (<= (- 0 n) j) (< j n)))
(assert
 (not (= (reduce0.sum.f64 (ite (> 0 j) (+ j n) j)) (reduce1.sum.f64 j))))
(check-sat)
