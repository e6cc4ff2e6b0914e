; versa proof obligation for rule 'add-pos-zero' (rules/library/regressions.toml), domain ieee: not proved
; lhs: x + 0.0
; rhs: x
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) (_ FloatingPoint 11 53))
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
 (let ((?s1 (x.f64.r1 i0)))
 (not (= (fp.add roundNearestTiesToEven ?s1 (_ +zero 11 53)) ?s1))))
(check-sat)
