; versa proof obligation for rule 'batched-transpose-index' (rules/library/shape.toml), domain ieee: proved
; lhs: permute_dims(X, (0, 2, 1))[i]
; rhs: X[i].T
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun X.f64.r3!v1 () (_ FloatingPoint 11 53))
(declare-fun i () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun r () Int)
(assert
 (let ((?s1 (and (<= (- 0 m) i) (< i m))))
 (or (and true true (not true)) (and (>= k 0) (>= r 0) true true true (not (and (= r r) (= k k)))) (and (>= m 0) true true true ?s1 (not ?s1)) (and true true true (not (= X.f64.r3!v1 X.f64.r3!v1))))))
(check-sat)
