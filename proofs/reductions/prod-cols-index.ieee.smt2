; versa proof obligation for rule 'prod-cols-index' (rules/library/reductions.toml), domain ieee: not proved
; lhs: prod(A, axis=0)[j]
; rhs: prod(A[:, j])
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun j () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.prod.f64 (Int) (_ FloatingPoint 11 53))
(declare-fun reduce1.prod.f64 (Int) (_ FloatingPoint 11 53))
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
 (not (= (reduce0.prod.f64 (ite (> 0 j) (+ j n) j)) (reduce1.prod.f64 j))))
(check-sat)
