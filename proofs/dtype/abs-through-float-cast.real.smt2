; versa proof obligation for rule 'abs-through-float-cast' (rules/library/dtype.toml), domain real: proved
; lhs: astype(abs(w), f32)
; rhs: abs(astype(w, f32))
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
(declare-sort Shape 0)
(declare-fun i () Idx)
(declare-fun in_bounds (Idx Shape) Bool)
(declare-fun shape.w () Shape)
(declare-fun w.f16.any (Idx) Real)
(declare-fun w.f32.any (Idx) Real)
(declare-fun w.f64.any (Idx) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (= shape.w shape.w)))
 (let ((?s4 (and true true true (not ?s3))))
 (let ((?s5 (and true true true true ?s1)))
 (let ((?s6 (in_bounds i shape.w)))
 (let ((?s7 (w.f16.any i)))
 (let ((?s8 (ite (< ?s7 0.0) (- ?s7) ?s7)))
 (let ((?s9 (w.f32.any i)))
 (let ((?s10 (ite (< ?s9 0.0) (- ?s9) ?s9)))
 (let ((?s11 (w.f64.any i)))
 (let ((?s12 (ite (< ?s11 0.0) (- ?s11) ?s11)))
 (or ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 (not (= ?s8 ?s8))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 (not (= ?s10 ?s10))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 (not (= ?s12 ?s12)))))))))))))))))
(check-sat)
