; versa proof obligation for rule 'permute-unary' (rules/library/shape.toml), domain real: proved
; lhs: permute_dims(sqrt(X), (2, 0, 1))
; rhs: sqrt(permute_dims(X, (2, 0, 1)))
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
;   5. wf: rhs well-formed where lhs is
;   6. shape: shapes equal
;   7. defined: rhs defined where lhs is
;   8. value: lhs equals rhs
;   9. wf: rhs well-formed where lhs is
;   10. shape: shapes equal
;   11. defined: rhs defined where lhs is
;   12. value: lhs equals rhs
(set-logic ALL)
(declare-fun X.f16.r3 (Int Int Int) Real)
(declare-fun X.f32.r3 (Int Int Int) Real)
(declare-fun X.f64.r3 (Int Int Int) Real)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun i2 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun r () Int)
(declare-fun sqrt.real (Real) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (>= k 0)))
 (let ((?s4 (>= m 0)))
 (let ((?s5 (>= r 0)))
 (let ((?s6 (and (= r r) (= m m) (= k k))))
 (let ((?s7 (and ?s3 ?s4 ?s5 true true true (not ?s6))))
 (let ((?s8 (and true true true true ?s1)))
 (let ((?s9 (>= i0 0)))
 (let ((?s10 (< i0 r)))
 (let ((?s11 (>= i1 0)))
 (let ((?s12 (< i1 m)))
 (let ((?s13 (>= i2 0)))
 (let ((?s14 (< i2 k)))
 (let ((?s15 (X.f16.r3 i1 i2 i0)))
 (let ((?s16 (sqrt.real ?s15)))
 (let ((?s17 (>= ?s16 0.0)))
 (let ((?s18 (=> (>= ?s15 0.0) (= (* ?s16 ?s16) ?s15))))
 (let ((?s19 (X.f32.r3 i1 i2 i0)))
 (let ((?s20 (sqrt.real ?s19)))
 (let ((?s21 (>= ?s20 0.0)))
 (let ((?s22 (=> (>= ?s19 0.0) (= (* ?s20 ?s20) ?s19))))
 (let ((?s23 (X.f64.r3 i1 i2 i0)))
 (let ((?s24 (sqrt.real ?s23)))
 (let ((?s25 (>= ?s24 0.0)))
 (let ((?s26 (=> (>= ?s23 0.0) (= (* ?s24 ?s24) ?s23))))
 (or ?s2 ?s7 ?s8 (and ?s3 ?s4 ?s5 true true true ?s6 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s14 ?s17 ?s18 ?s17 ?s18 (not (= ?s16 ?s16))) ?s2 ?s7 ?s8 (and ?s3 ?s4 ?s5 true true true ?s6 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s14 ?s21 ?s22 ?s21 ?s22 (not (= ?s20 ?s20))) ?s2 ?s7 ?s8 (and ?s3 ?s4 ?s5 true true true ?s6 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s14 ?s25 ?s26 ?s25 ?s26 (not (= ?s24 ?s24)))))))))))))))))))))))))))))))
(check-sat)
