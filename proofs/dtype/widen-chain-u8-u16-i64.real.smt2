; versa proof obligation for rule 'widen-chain-u8-u16-i64' (rules/library/dtype.toml), domain real: proved
; lhs: astype(astype(x, u16), i64)
; rhs: astype(x, i64)
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
(declare-fun cast_oob.u16.i64 (Int) Int)
(declare-fun cast_oob.u8.i64 (Int) Int)
(declare-fun cast_oob.u8.u16 (Int) Int)
(declare-fun i () Idx)
(declare-fun in_bounds (Idx Shape) Bool)
(declare-fun shape.x () Shape)
(declare-fun x.u8.any (Idx) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (= shape.x shape.x)))
 (let ((?s3 (x.u8.any i)))
 (let ((?s4 (>= ?s3 0)))
 (let ((?s5 (<= ?s3 255)))
 (let ((?s6 (ite (and ?s4 (<= ?s3 65535)) ?s3 (cast_oob.u8.u16 ?s3))))
 (or (and true true ?s1) (and true true true (not ?s2)) (and true true true true ?s1) (and true true true ?s2 true true (in_bounds i shape.x) ?s4 ?s5 ?s4 ?s5 (not (= (ite (and (>= ?s6 (- 9223372036854775808)) (<= ?s6 9223372036854775807)) ?s6 (cast_oob.u16.i64 ?s6)) (ite (and (>= ?s3 (- 9223372036854775808)) (<= ?s3 9223372036854775807)) ?s3 (cast_oob.u8.i64 ?s3)))))))))))))
(check-sat)
