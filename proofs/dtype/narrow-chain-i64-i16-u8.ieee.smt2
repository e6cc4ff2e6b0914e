; versa proof obligation for rule 'narrow-chain-i64-i16-u8' (rules/library/dtype.toml), domain ieee: proved
; lhs: astype(astype(x, i16), u8)
; rhs: astype(x, u8)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-sort Shape 0)
(declare-fun shape.x () Shape)
(declare-fun x.i64.any!v1 () (_ BitVec 64))
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and true true true (not (= shape.x shape.x))) (and true true true true ?s1) (and true true true true true (not (= ((_ extract 7 0) ((_ extract 15 0) x.i64.any!v1)) ((_ extract 7 0) x.i64.any!v1)))))))
(check-sat)
