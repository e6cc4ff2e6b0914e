; versa proof obligation for rule 'widen-chain-u8-u16-i64' (rules/library/dtype.toml), domain ieee: proved
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
(declare-sort Shape 0)
(declare-fun shape.x () Shape)
(declare-fun x.u8.any!v1 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and true true true (not (= shape.x shape.x))) (and true true true true ?s1) (and true true true true true (not (= ((_ zero_extend 48) ((_ zero_extend 8) x.u8.any!v1)) ((_ zero_extend 56) x.u8.any!v1)))))))
(check-sat)
