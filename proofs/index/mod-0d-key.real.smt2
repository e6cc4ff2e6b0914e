; versa proof obligation for rule 'mod-0d-key' (rules/library/index.toml), domain real: proved
; lhs: (w % c)[key]
; rhs: w[key] % c
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
(declare-sort Idx 0)
(declare-sort Key 0)
(declare-sort Shape 0)
(declare-fun c.f64.r0 () Real)
(declare-fun i () Idx)
(declare-fun in_bounds (Idx Shape) Bool)
(declare-fun key.key () Key)
(declare-fun key_index (Key Shape Idx) Idx)
(declare-fun key_shape (Key Shape) Shape)
(declare-fun key_valid (Key Shape) Bool)
(declare-fun recip (Real) Real)
(declare-fun shape.w () Shape)
(declare-fun w.f16.any (Idx) Real)
(declare-fun w.f32.any (Idx) Real)
(declare-fun w.f64.any (Idx) Real)
(assert
 (let ((?s1 (and true true (not true))))
 (let ((?s2 (key_shape key.key shape.w)))
 (let ((?s3 (= ?s2 ?s2)))
 (let ((?s4 (and true true true (not ?s3))))
 (let ((?s5 (key_valid key.key shape.w)))
 (let ((?s6 (and true true true ?s5 (not ?s5))))
 (let ((?s7 (in_bounds i ?s2)))
 (let ((?s8 (recip c.f64.r0)))
 (let ((?s9 (=> (distinct c.f64.r0 0.0) (= (* c.f64.r0 ?s8) 1.0))))
 (let ((?s10 (key_index key.key shape.w i)))
 (let ((?s11 (w.f16.any ?s10)))
 (let ((?s12 (- ?s11 (* c.f64.r0 (to_real (to_int (* ?s11 ?s8)))))))
 (let ((?s13 (w.f32.any ?s10)))
 (let ((?s14 (- ?s13 (* c.f64.r0 (to_real (to_int (* ?s13 ?s8)))))))
 (let ((?s15 (w.f64.any ?s10)))
 (let ((?s16 (- ?s15 (* c.f64.r0 (to_real (to_int (* ?s15 ?s8)))))))
 (or ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 ?s9 ?s9 (not (= ?s12 ?s12))) ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 ?s9 ?s9 (not (= ?s14 ?s14))) ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 ?s9 ?s9 (not (= ?s16 ?s16)))))))))))))))))))))
(check-sat)
