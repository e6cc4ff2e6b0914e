; versa proof obligation for rule 'permute-compose-4d' (rules/library/shape.toml), domain ieee: proved
; lhs: permute_dims(permute_dims(Y, (0, 2, 1, 3)), (3, 1, 2, 0))
; rhs: permute_dims(Y, (3, 2, 1, 0))
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun Y.f32.r4!v1 () (_ FloatingPoint 8 24))
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(declare-fun r () Int)
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and (>= k 0) (>= m 0) (>= p 0) (>= r 0) true true true (not (and (= p p) (= r r) (= k k) (= m m)))) (and true true true true ?s1) (and true true true true true (not (= Y.f32.r4!v1 Y.f32.r4!v1))))))
(check-sat)
