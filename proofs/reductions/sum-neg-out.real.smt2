; versa proof obligation for rule 'sum-neg-out' (rules/library/reductions.toml), domain real: proved
; lhs: sum(-w)
; rhs: -sum(w)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. terms without sums equal
;   6. wf: rhs well-formed where lhs is
;   7. shape: shapes equal
;   8. defined: rhs defined where lhs is
;   9. summands equal under a binder bijection
;   10. terms without sums equal
;   11. wf: rhs well-formed where lhs is
;   12. shape: shapes equal
;   13. defined: rhs defined where lhs is
;   14. summands equal under a binder bijection
;   15. terms without sums equal
(set-logic ALL)
(declare-sort Idx 0)
(declare-sort Shape 0)
(declare-fun in_bounds (Idx Shape) Bool)
(declare-fun r~1!2 () Idx)
(declare-fun shape.w () Shape)
(declare-fun w.f16.any (Idx) Real)
(declare-fun w.f32.any (Idx) Real)
(declare-fun w.f64.any (Idx) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true ?s1)))
 (let ((?s4 (and true true true true ?s1)))
 (let ((?s5 (in_bounds r~1!2 shape.w)))
 (let ((?s6 (* (- 1.0) (w.f16.any r~1!2))))
 (let ((?s7 (and true true true true true true (not (= 0.0 0.0)))))
 (let ((?s8 (* (- 1.0) (w.f32.any r~1!2))))
 (let ((?s9 (* (- 1.0) (w.f64.any r~1!2))))
 (or ?s2 ?s3 ?s4 (and true true true true true true ?s5 (not (= ?s6 ?s6))) ?s7 ?s2 ?s3 ?s4 (and true true true true true true ?s5 (not (= ?s8 ?s8))) ?s7 ?s2 ?s3 ?s4 (and true true true true true true ?s5 (not (= ?s9 ?s9))) ?s7)))))))))))
(check-sat)
