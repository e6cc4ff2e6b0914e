; versa proof obligation for rule 'sign-abs-commute' (rules/library/algebra-ieee.toml), domain ieee: proved
; lhs: sign(abs(w))
; rhs: abs(sign(w))
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
;   5. wf: rhs well-formed where lhs is
;   6. shape: shapes equal
;   7. defined: rhs defined where lhs is
;   8. value: lhs equals rhs
;   9. wf: rhs well-formed where lhs is
;   10. shape: shapes equal
;   11. defined: rhs defined where lhs is
;   12. value: lhs equals rhs
(set-logic ALL)
(declare-sort Shape 0)
(declare-fun shape.w () Shape)
(declare-fun w.f16.any!v1 () (_ FloatingPoint 5 11))
(declare-fun w.f32.any!v1 () (_ FloatingPoint 8 24))
(declare-fun w.f64.any!v1 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true (not (= shape.w shape.w)))))
 (let ((?s4 (and true true true true ?s1)))
 (let ((?s5 (fp.abs w.f16.any!v1)))
 (let ((?s6 (fp.neg (fp #b0 #b01111 #b0000000000))))
 (let ((?s7 (fp.abs w.f32.any!v1)))
 (let ((?s8 (fp.neg (fp #b0 #x7f #b00000000000000000000000))))
 (let ((?s9 (fp.abs w.f64.any!v1)))
 (let ((?s10 (fp.neg (fp #b0 #b01111111111 #x0000000000000))))
 (or ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (fp.isNaN ?s5) ?s5 (ite (fp.gt ?s5 (_ +zero 5 11)) (fp #b0 #b01111 #b0000000000) (ite (fp.lt ?s5 (_ +zero 5 11)) ?s6 (_ +zero 5 11)))) (fp.abs (ite (fp.isNaN w.f16.any!v1) w.f16.any!v1 (ite (fp.gt w.f16.any!v1 (_ +zero 5 11)) (fp #b0 #b01111 #b0000000000) (ite (fp.lt w.f16.any!v1 (_ +zero 5 11)) ?s6 (_ +zero 5 11)))))))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (fp.isNaN ?s7) ?s7 (ite (fp.gt ?s7 (_ +zero 8 24)) (fp #b0 #x7f #b00000000000000000000000) (ite (fp.lt ?s7 (_ +zero 8 24)) ?s8 (_ +zero 8 24)))) (fp.abs (ite (fp.isNaN w.f32.any!v1) w.f32.any!v1 (ite (fp.gt w.f32.any!v1 (_ +zero 8 24)) (fp #b0 #x7f #b00000000000000000000000) (ite (fp.lt w.f32.any!v1 (_ +zero 8 24)) ?s8 (_ +zero 8 24)))))))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (fp.isNaN ?s9) ?s9 (ite (fp.gt ?s9 (_ +zero 11 53)) (fp #b0 #b01111111111 #x0000000000000) (ite (fp.lt ?s9 (_ +zero 11 53)) ?s10 (_ +zero 11 53)))) (fp.abs (ite (fp.isNaN w.f64.any!v1) w.f64.any!v1 (ite (fp.gt w.f64.any!v1 (_ +zero 11 53)) (fp #b0 #b01111111111 #x0000000000000) (ite (fp.lt w.f64.any!v1 (_ +zero 11 53)) ?s10 (_ +zero 11 53))))))))))))))))))))
(check-sat)
