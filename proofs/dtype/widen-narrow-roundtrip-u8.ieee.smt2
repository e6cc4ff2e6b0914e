; versa proof obligation for rule 'widen-narrow-roundtrip-u8' (rules/library/dtype.toml), domain ieee: proved
; lhs: astype(astype(x, u16), u8)
; rhs: x
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
(declare-fun x.u8.any!v1 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and true true true (not (= shape.x shape.x))) (and true true true true ?s1) (and true true true true true (not (= ((_ extract 7 0) ((_ zero_extend 8) x.u8.any!v1)) x.u8.any!v1))))))
(check-sat)
