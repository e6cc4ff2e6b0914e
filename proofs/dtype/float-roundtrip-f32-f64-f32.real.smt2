; versa proof obligation for rule 'float-roundtrip-f32-f64-f32' (rules/library/dtype.toml), domain real: proved
; lhs: astype(astype(x, f64), f32)
; rhs: x
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-sort Idx 0)
(declare-sort Shape 0)
(declare-fun i () Idx)
(declare-fun in_bounds (Idx Shape) Bool)
(declare-fun shape.x () Shape)
(declare-fun x.f32.any (Idx) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (= shape.x shape.x)))
 (let ((?s3 (x.f32.any i)))
 (or (and true true ?s1) (and true true true (not ?s2)) (and true true true true ?s1) (and true true true ?s2 true true (in_bounds i shape.x) (not (= ?s3 ?s3))))))))
(check-sat)
