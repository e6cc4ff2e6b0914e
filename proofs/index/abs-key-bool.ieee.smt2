; versa proof obligation for rule 'abs-key-bool' (rules/library/index.toml), domain ieee: proved
; lhs: abs(w)[key]
; rhs: abs(w[key])
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-sort Key 0)
(declare-sort Shape 0)
(declare-fun key.key () Key)
(declare-fun key_shape (Key Shape) Shape)
(declare-fun key_valid (Key Shape) Bool)
(declare-fun shape.w () Shape)
(declare-fun w.bool.any!v1 () Bool)
(assert
 (let ((?s1 (key_shape key.key shape.w)))
 (let ((?s2 (key_valid key.key shape.w)))
 (or (and true true (not true)) (and true true true (not (= ?s1 ?s1))) (and true true true ?s2 (not ?s2)) (and true true true (not (= w.bool.any!v1 w.bool.any!v1)))))))
(check-sat)
