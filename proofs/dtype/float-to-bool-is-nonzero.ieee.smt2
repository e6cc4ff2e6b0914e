; versa proof obligation for rule 'float-to-bool-is-nonzero' (rules/library/dtype.toml), domain ieee: proved
; lhs: astype(w, bool)
; rhs: w != 0.0
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
 (or ?s2 ?s3 ?s4 (and true true true true true (not (= (not (fp.isZero w.f16.any!v1)) (not (fp.eq w.f16.any!v1 (_ +zero 5 11)))))) ?s2 ?s3 ?s4 (and true true true true true (not (= (not (fp.isZero w.f32.any!v1)) (not (fp.eq w.f32.any!v1 (_ +zero 8 24)))))) ?s2 ?s3 ?s4 (and true true true true true (not (= (not (fp.isZero w.f64.any!v1)) (not (fp.eq w.f64.any!v1 (_ +zero 11 53))))))))))))
(check-sat)
