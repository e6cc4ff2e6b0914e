; versa proof obligation for rule 'prod-rows-of-broadcast' (rules/library/reductions.toml), domain ieee: not proved
; lhs: prod(broadcast_to(x, (m, n)), axis=1)
; rhs: broadcast_to(prod(x), (m,))
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.prod.f64 (Int Int Int) (_ FloatingPoint 11 53))
(declare-fun reduce1.prod.f64 () (_ FloatingPoint 11 53))
(assert
 (>= n 0))
(assert
 true)
(assert
 (and (<= 0 m) (<= 0 n)))
(assert
 (<= 0 m))
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
 (not (= (reduce0.prod.f64 i0 m n) reduce1.prod.f64)))
(check-sat)
