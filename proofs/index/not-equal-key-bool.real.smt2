; versa proof obligation for rule 'not-equal-key-bool' (rules/library/index.toml), domain real: proved
; lhs: (K != L)[key]
; rhs: K[key] != L[key]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-sort Idx 0)
(declare-sort Key 0)
(declare-sort Shape 0)
(declare-fun K.bool.r2 (Int Int) Bool)
(declare-fun L.bool.r2 (Int Int) Bool)
(declare-fun i () Idx)
(declare-fun in_bounds (Idx Shape) Bool)
(declare-fun key.key () Key)
(declare-fun key_comp.r2.0 (Key Int Int Idx) Int)
(declare-fun key_comp.r2.1 (Key Int Int Idx) Int)
(declare-fun key_shape.r2 (Key Int Int) Shape)
(declare-fun key_valid.r2 (Key Int Int) Bool)
(declare-fun m () Int)
(declare-fun n () Int)
(assert
 (let ((?s1 (>= m 0)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (key_shape.r2 key.key m n)))
 (let ((?s4 (= ?s3 ?s3)))
 (let ((?s5 (key_valid.r2 key.key m n)))
 (let ((?s6 (key_comp.r2.0 key.key m n i)))
 (let ((?s7 (key_comp.r2.1 key.key m n i)))
 (let ((?s8 (distinct (K.bool.r2 ?s6 ?s7) (L.bool.r2 ?s6 ?s7))))
 (or (and true true (not true)) (and ?s1 ?s2 true true true (not ?s4)) (and ?s1 ?s2 true true true ?s5 (not ?s5)) (and ?s1 ?s2 true true true ?s4 ?s5 ?s5 (in_bounds i ?s3) (not (= ?s8 ?s8)))))))))))))
(check-sat)
