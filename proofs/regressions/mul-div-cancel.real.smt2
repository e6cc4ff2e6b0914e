; versa proof obligation for rule 'mul-div-cancel' (rules/library/regressions.toml), domain real: not proved
; lhs: x * y / y
; rhs: x
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun recip (Real) Real)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun y.f64.r1 (Int) Real)
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
 (let ((?s1 (y.f64.r1 i0)))
 (=> (distinct ?s1 0.0) (= (* ?s1 (recip ?s1)) 1.0))))
(assert
 (let ((?s1 (y.f64.r1 i0)))
 (=> (distinct ?s1 0.0) (= (* ?s1 (recip ?s1)) 1.0))))
(assert
 (let ((?s1 (x.f64.r1 i0)))
 (let ((?s2 (y.f64.r1 i0)))
 (not (= (* (* ?s1 ?s2) (recip ?s2)) ?s1)))))
(check-sat)
