; versa proof obligation for rule 'sum-add-split' (rules/library/reductions.toml), domain ieee: not proved
; lhs: sum(x + y)
; rhs: sum(x) + sum(y)
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun n () Int)
(declare-fun reduce0.sum.f16 () (_ FloatingPoint 5 11))
(declare-fun reduce1.sum.f16 () (_ FloatingPoint 5 11))
(declare-fun reduce2.sum.f16 () (_ FloatingPoint 5 11))
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
 true)
(assert
 true)
(assert
 (not (= reduce0.sum.f16 (fp.add roundNearestTiesToEven reduce1.sum.f16 reduce2.sum.f16))))
(check-sat)
