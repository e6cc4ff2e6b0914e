; versa proof obligation for rule 'int-float-roundtrip-i8-f16' (rules/library/dtype.toml), domain real: proved
; lhs: astype(astype(x, f16), i8)
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
(declare-fun cast_oob.f16.i8 (Real) Int)
(declare-fun i () Idx)
(declare-fun in_bounds (Idx Shape) Bool)
(declare-fun shape.x () Shape)
(declare-fun x.i8.any (Idx) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (= shape.x shape.x)))
 (let ((?s3 (x.i8.any i)))
 (let ((?s4 (>= ?s3 (- 128))))
 (let ((?s5 (<= ?s3 127)))
 (let ((?s6 (to_real ?s3)))
 (let ((?s7 (ite (>= ?s6 0.0) (to_int ?s6) (- (to_int (- ?s6))))))
 (or (and true true ?s1) (and true true true (not ?s2)) (and true true true true ?s1) (and true true true ?s2 true true (in_bounds i shape.x) ?s4 ?s5 ?s4 ?s5 (not (= (ite (and (>= ?s7 (- 128)) (<= ?s7 127)) ?s7 (cast_oob.f16.i8 ?s6)) ?s3))))))))))))
(check-sat)
