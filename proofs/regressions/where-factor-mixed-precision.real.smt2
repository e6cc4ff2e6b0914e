; versa proof obligation for rule 'where-factor-mixed-precision' (rules/library/regressions.toml), domain real: proved
; lhs: where(mk, h * t, g * t)
; rhs: where(mk, h, g) * t
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun g.f16.r1 (Int) Real)
(declare-fun h.f32.r1 (Int) Real)
(declare-fun i0 () Int)
(declare-fun mk.bool.r1 (Int) Bool)
(declare-fun n () Int)
(declare-fun t.f16.r0 () Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (mk.bool.r1 i0)))
 (let ((?s5 (h.f32.r1 i0)))
 (let ((?s6 (g.f16.r1 i0)))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 true true true ?s3 true true (>= i0 0) (< i0 n) (not (= (ite ?s4 (* ?s5 t.f16.r0) (* ?s6 t.f16.r0)) (* (ite ?s4 ?s5 ?s6) t.f16.r0))))))))))))
(check-sat)
