; versa proof obligation for rule 'expand-dims-last-is-newaxis' (rules/library/shape.toml), domain real: proved
; lhs: expand_dims(X, axis=-1)
; rhs: X[..., None]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun X.f64.r3 (Int Int Int) Real)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun i2 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun r () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= k 0)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (>= r 0)))
 (let ((?s5 (and (= m m) (= k k) (= r r) (= 1 1))))
 (let ((?s6 (X.f64.r3 i0 i1 i2)))
 (or (and true true ?s1) (and ?s2 ?s3 ?s4 true true true (not ?s5)) (and true true true true ?s1) (and ?s2 ?s3 ?s4 true true true ?s5 true true (>= i0 0) (< i0 m) (>= i1 0) (< i1 k) (>= i2 0) (< i2 r) (not (= ?s6 ?s6)))))))))))
(check-sat)
