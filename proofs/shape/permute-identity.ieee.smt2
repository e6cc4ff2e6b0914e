; versa proof obligation for rule 'permute-identity' (rules/library/shape.toml), domain ieee: proved
; lhs: permute_dims(X, (0, 1, 2))
; rhs: X
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun X.bool.r3!v1 () Bool)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun r () Int)
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and (>= k 0) (>= m 0) (>= r 0) true true true (not (and (= m m) (= k k) (= r r)))) (and true true true true ?s1) (and true true true true true (not (= X.bool.r3!v1 X.bool.r3!v1))))))
(check-sat)
