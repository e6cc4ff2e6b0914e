; versa proof obligation for rule 'neg-distribute-signed-zero' (rules/library/regressions.toml), domain ieee: not proved
; lhs: -(x + y)
; rhs: -x - y
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun x.f16.r1 (Int) (_ FloatingPoint 5 11))
(declare-fun y.f16.r1 (Int) (_ FloatingPoint 5 11))
(assert
 (>= n 0))
(assert
 true)
(assert
 true)
(assert
 true)
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
 (let ((?s1 (x.f16.r1 i0)))
 (let ((?s2 (y.f16.r1 i0)))
 (not (= (fp.neg (fp.add roundNearestTiesToEven ?s1 ?s2)) (fp.sub roundNearestTiesToEven (fp.neg ?s1) ?s2))))))
(check-sat)
