; versa proof obligation for rule 'div-common-denominator' (rules/library/algebra-real.toml), domain real: proved
; lhs: x / c + y / c
; rhs: (x + y) / c
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun c.f64.r0 () Real)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun recip (Real) Real)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun y.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (recip c.f64.r0)))
 (let ((?s5 (=> (distinct c.f64.r0 0.0) (= (* c.f64.r0 ?s4) 1.0))))
 (let ((?s6 (x.f64.r1 i0)))
 (let ((?s7 (y.f64.r1 i0)))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 true true true ?s3 true true (>= i0 0) (< i0 n) ?s5 ?s5 ?s5 (not (= (+ (* ?s6 ?s4) (* ?s7 ?s4)) (* (+ ?s6 ?s7) ?s4)))))))))))))
(check-sat)
