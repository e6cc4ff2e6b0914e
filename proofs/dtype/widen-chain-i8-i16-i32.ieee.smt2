; versa proof obligation for rule 'widen-chain-i8-i16-i32' (rules/library/dtype.toml), domain ieee: proved
; lhs: astype(astype(x, i16), i32)
; rhs: astype(x, i32)
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
(declare-fun x.i8.any!v1 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and true true true (not (= shape.x shape.x))) (and true true true true ?s1) (and true true true true true (not (= ((_ sign_extend 16) ((_ sign_extend 8) x.i8.any!v1)) ((_ sign_extend 24) x.i8.any!v1)))))))
(check-sat)
