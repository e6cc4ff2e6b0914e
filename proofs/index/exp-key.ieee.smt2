; versa proof obligation for rule 'exp-key' (rules/library/index.toml), domain ieee: proved
; lhs: exp(w)[key]
; rhs: exp(w[key])
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
(declare-sort Key 0)
(declare-sort Shape 0)
(declare-fun exp.f16 ((_ FloatingPoint 5 11)) (_ FloatingPoint 5 11))
(declare-fun exp.f32 ((_ FloatingPoint 8 24)) (_ FloatingPoint 8 24))
(declare-fun exp.f64 ((_ FloatingPoint 11 53)) (_ FloatingPoint 11 53))
(declare-fun key.key () Key)
(declare-fun key_shape (Key Shape) Shape)
(declare-fun key_valid (Key Shape) Bool)
(declare-fun shape.w () Shape)
(declare-fun w.f16.any!v1 () (_ FloatingPoint 5 11))
(declare-fun w.f32.any!v1 () (_ FloatingPoint 8 24))
(declare-fun w.f64.any!v1 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (and true true (not true))))
 (let ((?s2 (key_shape key.key shape.w)))
 (let ((?s3 (and true true true (not (= ?s2 ?s2)))))
 (let ((?s4 (key_valid key.key shape.w)))
 (let ((?s5 (and true true true ?s4 (not ?s4))))
 (let ((?s6 (exp.f16 w.f16.any!v1)))
 (let ((?s7 (exp.f32 w.f32.any!v1)))
 (let ((?s8 (exp.f64 w.f64.any!v1)))
 (or ?s1 ?s3 ?s5 (and true true true (not (= ?s6 ?s6))) ?s1 ?s3 ?s5 (and true true true (not (= ?s7 ?s7))) ?s1 ?s3 ?s5 (and true true true (not (= ?s8 ?s8)))))))))))))
(check-sat)
