; versa proof obligation for rule 'row-then-int' (rules/library/slicing.toml), domain real: proved
; lhs: A[i][j]
; rhs: A[i, j]
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
;   17. wf: rhs well-formed where lhs is
;   18. shape: shapes equal
;   19. defined: rhs defined where lhs is
;   20. value: lhs equals rhs
;   21. wf: rhs well-formed where lhs is
;   22. shape: shapes equal
;   23. defined: rhs defined where lhs is
;   24. value: lhs equals rhs
;   25. wf: rhs well-formed where lhs is
;   26. shape: shapes equal
;   27. defined: rhs defined where lhs is
;   28. value: lhs equals rhs
;   29. wf: rhs well-formed where lhs is
;   30. shape: shapes equal
;   31. defined: rhs defined where lhs is
;   32. value: lhs equals rhs
;   33. wf: rhs well-formed where lhs is
;   34. shape: shapes equal
;   35. defined: rhs defined where lhs is
;   36. value: lhs equals rhs
;   37. wf: rhs well-formed where lhs is
;   38. shape: shapes equal
;   39. defined: rhs defined where lhs is
;   40. value: lhs equals rhs
;   41. wf: rhs well-formed where lhs is
;   42. shape: shapes equal
;   43. defined: rhs defined where lhs is
;   44. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f16.r2 (Int Int) Real)
(declare-fun A.f32.r2 (Int Int) Real)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun A.i16.r2 (Int Int) Int)
(declare-fun A.i32.r2 (Int Int) Int)
(declare-fun A.i64.r2 (Int Int) Int)
(declare-fun A.i8.r2 (Int Int) Int)
(declare-fun A.u16.r2 (Int Int) Int)
(declare-fun A.u32.r2 (Int Int) Int)
(declare-fun A.u64.r2 (Int Int) Int)
(declare-fun A.u8.r2 (Int Int) Int)
(declare-fun i () Int)
(declare-fun j () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true ?s1)))
 (let ((?s4 (>= k 0)))
 (let ((?s5 (>= m 0)))
 (let ((?s6 (and (<= (- 0 m) i) (< i m) (<= (- 0 k) j) (< j k))))
 (let ((?s7 (and ?s4 ?s5 true true true ?s6 (not ?s6))))
 (let ((?s8 (ite (> 0 i) (+ i m) i)))
 (let ((?s9 (ite (> 0 j) (+ j k) j)))
 (let ((?s10 (A.i8.r2 ?s8 ?s9)))
 (let ((?s11 (>= ?s10 (- 128))))
 (let ((?s12 (<= ?s10 127)))
 (let ((?s13 (A.i16.r2 ?s8 ?s9)))
 (let ((?s14 (>= ?s13 (- 32768))))
 (let ((?s15 (<= ?s13 32767)))
 (let ((?s16 (A.i32.r2 ?s8 ?s9)))
 (let ((?s17 (>= ?s16 (- 2147483648))))
 (let ((?s18 (<= ?s16 2147483647)))
 (let ((?s19 (A.i64.r2 ?s8 ?s9)))
 (let ((?s20 (>= ?s19 (- 9223372036854775808))))
 (let ((?s21 (<= ?s19 9223372036854775807)))
 (let ((?s22 (A.u8.r2 ?s8 ?s9)))
 (let ((?s23 (>= ?s22 0)))
 (let ((?s24 (<= ?s22 255)))
 (let ((?s25 (A.u16.r2 ?s8 ?s9)))
 (let ((?s26 (>= ?s25 0)))
 (let ((?s27 (<= ?s25 65535)))
 (let ((?s28 (A.u32.r2 ?s8 ?s9)))
 (let ((?s29 (>= ?s28 0)))
 (let ((?s30 (<= ?s28 4294967295)))
 (let ((?s31 (A.u64.r2 ?s8 ?s9)))
 (let ((?s32 (>= ?s31 0)))
 (let ((?s33 (<= ?s31 18446744073709551615)))
 (let ((?s34 (A.f16.r2 ?s8 ?s9)))
 (let ((?s35 (A.f32.r2 ?s8 ?s9)))
 (let ((?s36 (A.f64.r2 ?s8 ?s9)))
 (or ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s11 ?s12 ?s11 ?s12 (not (= ?s10 ?s10))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s14 ?s15 ?s14 ?s15 (not (= ?s13 ?s13))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s17 ?s18 ?s17 ?s18 (not (= ?s16 ?s16))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s20 ?s21 ?s20 ?s21 (not (= ?s19 ?s19))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s23 ?s24 ?s23 ?s24 (not (= ?s22 ?s22))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s26 ?s27 ?s26 ?s27 (not (= ?s25 ?s25))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s29 ?s30 ?s29 ?s30 (not (= ?s28 ?s28))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s32 ?s33 ?s32 ?s33 (not (= ?s31 ?s31))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 (not (= ?s34 ?s34))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 (not (= ?s35 ?s35))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 (not (= ?s36 ?s36)))))))))))))))))))))))))))))))))))))))))
(check-sat)
