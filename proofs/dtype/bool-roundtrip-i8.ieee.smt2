; versa proof obligation for rule 'bool-roundtrip-i8' (rules/library/dtype.toml), domain ieee: proved
; lhs: astype(astype(k, i8), bool)
; rhs: k
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-sort Shape 0)
(declare-fun k.bool.any!v1 () Bool)
(declare-fun shape.k () Shape)
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and true true true (not (= shape.k shape.k))) (and true true true true ?s1) (and true true true true true (not (= (distinct #x00 (ite k.bool.any!v1 #x01 #x00)) k.bool.any!v1))))))
(check-sat)
