; versa proof obligation for rule 'permute-index' (rules/library/shape.toml), domain ieee: proved
; lhs: permute_dims(X, (2, 0, 1))[i, j]
; rhs: X[j, :, i]
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
(declare-fun j () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun r () Int)
(assert
 (let ((?s1 (<= (- 0 r) i)))
 (let ((?s2 (< i r)))
 (let ((?s3 (<= (- 0 m) j)))
 (let ((?s4 (< j m)))
 (or (and true true (not true)) (and (>= k 0) true true true (not (= k k))) (and (>= m 0) (>= r 0) true true true (and ?s1 ?s2 ?s3 ?s4) (not (and ?s3 ?s4 ?s1 ?s2))) (and true true true (not (= X.f64.r3!v1 X.f64.r3!v1)))))))))
(check-sat)
