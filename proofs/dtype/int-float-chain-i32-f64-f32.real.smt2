; versa proof obligation for rule 'int-float-chain-i32-f64-f32' (rules/library/dtype.toml), domain real: proved
; lhs: astype(astype(x, f64), f32)
; rhs: astype(x, f32)
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
(declare-fun x.i32.any (Idx) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (= shape.x shape.x)))
 (let ((?s3 (x.i32.any i)))
 (let ((?s4 (>= ?s3 (- 2147483648))))
 (let ((?s5 (<= ?s3 2147483647)))
 (let ((?s6 (to_real ?s3)))
 (or (and true true ?s1) (and true true true (not ?s2)) (and true true true true ?s1) (and true true true ?s2 true true (in_bounds i shape.x) ?s4 ?s5 ?s4 ?s5 (not (= ?s6 ?s6)))))))))))
(check-sat)
