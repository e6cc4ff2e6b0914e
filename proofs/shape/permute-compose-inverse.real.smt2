; versa proof obligation for rule 'permute-compose-inverse' (rules/library/shape.toml), domain real: proved
; lhs: permute_dims(permute_dims(X, (1, 2, 0)), (2, 0, 1))
; rhs: X
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
;   13. wf: rhs well-formed where lhs is
;   14. shape: shapes equal
;   15. defined: rhs defined where lhs is
;   16. value: lhs equals rhs
(set-logic ALL)
(declare-fun X.i16.r3 (Int Int Int) Int)
(declare-fun X.i32.r3 (Int Int Int) Int)
(declare-fun X.i64.r3 (Int Int Int) Int)
(declare-fun X.i8.r3 (Int Int Int) Int)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun i2 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun r () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (>= k 0)))
 (let ((?s4 (>= m 0)))
 (let ((?s5 (>= r 0)))
 (let ((?s6 (and (= m m) (= k k) (= r r))))
 (let ((?s7 (and ?s3 ?s4 ?s5 true true true (not ?s6))))
 (let ((?s8 (and true true true true ?s1)))
 (let ((?s9 (>= i0 0)))
 (let ((?s10 (< i0 m)))
 (let ((?s11 (>= i1 0)))
 (let ((?s12 (< i1 k)))
 (let ((?s13 (>= i2 0)))
 (let ((?s14 (< i2 r)))
 (let ((?s15 (X.i8.r3 i0 i1 i2)))
 (let ((?s16 (>= ?s15 (- 128))))
 (let ((?s17 (<= ?s15 127)))
 (let ((?s18 (X.i16.r3 i0 i1 i2)))
 (let ((?s19 (>= ?s18 (- 32768))))
 (let ((?s20 (<= ?s18 32767)))
 (let ((?s21 (X.i32.r3 i0 i1 i2)))
 (let ((?s22 (>= ?s21 (- 2147483648))))
 (let ((?s23 (<= ?s21 2147483647)))
 (let ((?s24 (X.i64.r3 i0 i1 i2)))
 (let ((?s25 (>= ?s24 (- 9223372036854775808))))
 (let ((?s26 (<= ?s24 9223372036854775807)))
 (or ?s2 ?s7 ?s8 (and ?s3 ?s4 ?s5 true true true ?s6 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s14 ?s16 ?s17 ?s16 ?s17 (not (= ?s15 ?s15))) ?s2 ?s7 ?s8 (and ?s3 ?s4 ?s5 true true true ?s6 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s14 ?s19 ?s20 ?s19 ?s20 (not (= ?s18 ?s18))) ?s2 ?s7 ?s8 (and ?s3 ?s4 ?s5 true true true ?s6 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s14 ?s22 ?s23 ?s22 ?s23 (not (= ?s21 ?s21))) ?s2 ?s7 ?s8 (and ?s3 ?s4 ?s5 true true true ?s6 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s14 ?s25 ?s26 ?s25 ?s26 (not (= ?s24 ?s24)))))))))))))))))))))))))))))))
(check-sat)
