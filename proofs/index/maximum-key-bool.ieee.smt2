; versa proof obligation for rule 'maximum-key-bool' (rules/library/index.toml), domain ieee: proved
; lhs: maximum(K, L)[key]
; rhs: maximum(K[key], L[key])
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
(declare-fun K.bool.r2!v1 () Bool)
(declare-fun L.bool.r2!v2 () Bool)
(declare-fun key.key () Key)
(declare-fun key_shape.r2 (Key Int Int) Shape)
(declare-fun key_valid.r2 (Key Int Int) Bool)
(declare-fun m () Int)
(declare-fun n () Int)
(assert
 (let ((?s1 (>= m 0)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (key_shape.r2 key.key m n)))
 (let ((?s4 (key_valid.r2 key.key m n)))
 (let ((?s5 (or K.bool.r2!v1 L.bool.r2!v2)))
 (or (and true true (not true)) (and ?s1 ?s2 true true true (not (= ?s3 ?s3))) (and ?s1 ?s2 true true true ?s4 (not ?s4)) (and true true true (not (= ?s5 ?s5))))))))))
(check-sat)
