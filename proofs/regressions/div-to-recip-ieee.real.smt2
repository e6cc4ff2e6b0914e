; versa proof obligation for rule 'div-to-recip-ieee' (rules/library/regressions.toml), domain real: not proved
; lhs: x / 3.0
; rhs: x * (1.0 / 3.0)
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun recip (Real) Real)
(declare-fun x.f64.r1 (Int) Real)
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
 (=> (distinct 3.0 0.0) (= (* 3.0 (recip 3.0)) 1.0)))
(assert
 (=> (distinct 3.0 0.0) (= (* 3.0 (recip 3.0)) 1.0)))
(assert
 (let ((?s1 (x.f64.r1 i0)))
 (not (= (* ?s1 (recip 3.0)) (* ?s1 (/ 3333333333333333.0 10000000000000000.0))))))
(check-sat)
