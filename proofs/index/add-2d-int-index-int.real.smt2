; versa proof obligation for rule 'add-2d-int-index-int' (rules/library/index.toml), domain real: proved
; lhs: (U + V)[i, j]
; rhs: U[i, j] + V[i, j]
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
;   45. wf: rhs well-formed where lhs is
;   46. shape: shapes equal
;   47. defined: rhs defined where lhs is
;   48. value: lhs equals rhs
;   49. wf: rhs well-formed where lhs is
;   50. shape: shapes equal
;   51. defined: rhs defined where lhs is
;   52. value: lhs equals rhs
;   53. wf: rhs well-formed where lhs is
;   54. shape: shapes equal
;   55. defined: rhs defined where lhs is
;   56. value: lhs equals rhs
;   57. wf: rhs well-formed where lhs is
;   58. shape: shapes equal
;   59. defined: rhs defined where lhs is
;   60. value: lhs equals rhs
;   61. wf: rhs well-formed where lhs is
;   62. shape: shapes equal
;   63. defined: rhs defined where lhs is
;   64. value: lhs equals rhs
(set-logic ALL)
(declare-fun U.i16.r2 (Int Int) Int)
(declare-fun U.i32.r2 (Int Int) Int)
(declare-fun U.i64.r2 (Int Int) Int)
(declare-fun U.i8.r2 (Int Int) Int)
(declare-fun V.i16.r2 (Int Int) Int)
(declare-fun V.i32.r2 (Int Int) Int)
(declare-fun V.i64.r2 (Int Int) Int)
(declare-fun V.i8.r2 (Int Int) Int)
(declare-fun cast_oob.i16.i32 (Int) Int)
(declare-fun cast_oob.i16.i64 (Int) Int)
(declare-fun cast_oob.i32.i64 (Int) Int)
(declare-fun cast_oob.i8.i16 (Int) Int)
(declare-fun cast_oob.i8.i32 (Int) Int)
(declare-fun cast_oob.i8.i64 (Int) Int)
(declare-fun i () Int)
(declare-fun j () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true ?s1)))
 (let ((?s4 (>= m 0)))
 (let ((?s5 (>= n 0)))
 (let ((?s6 (and (<= (- 0 m) i) (< i m) (<= (- 0 n) j) (< j n))))
 (let ((?s7 (and ?s4 ?s5 true true true ?s6 (not ?s6))))
 (let ((?s8 (ite (> 0 i) (+ i m) i)))
 (let ((?s9 (ite (> 0 j) (+ j n) j)))
 (let ((?s10 (U.i8.r2 ?s8 ?s9)))
 (let ((?s11 (>= ?s10 (- 128))))
 (let ((?s12 (<= ?s10 127)))
 (let ((?s13 (V.i8.r2 ?s8 ?s9)))
 (let ((?s14 (>= ?s13 (- 128))))
 (let ((?s15 (<= ?s13 127)))
 (let ((?s16 (+ ?s10 ?s13)))
 (let ((?s17 (V.i16.r2 ?s8 ?s9)))
 (let ((?s18 (>= ?s17 (- 32768))))
 (let ((?s19 (<= ?s17 32767)))
 (let ((?s20 (+ (ite (and (>= ?s10 (- 32768)) (<= ?s10 32767)) ?s10 (cast_oob.i8.i16 ?s10)) ?s17)))
 (let ((?s21 (V.i32.r2 ?s8 ?s9)))
 (let ((?s22 (>= ?s21 (- 2147483648))))
 (let ((?s23 (<= ?s21 2147483647)))
 (let ((?s24 (+ (ite (and (>= ?s10 (- 2147483648)) (<= ?s10 2147483647)) ?s10 (cast_oob.i8.i32 ?s10)) ?s21)))
 (let ((?s25 (V.i64.r2 ?s8 ?s9)))
 (let ((?s26 (>= ?s25 (- 9223372036854775808))))
 (let ((?s27 (<= ?s25 9223372036854775807)))
 (let ((?s28 (+ (ite (and (>= ?s10 (- 9223372036854775808)) (<= ?s10 9223372036854775807)) ?s10 (cast_oob.i8.i64 ?s10)) ?s25)))
 (let ((?s29 (U.i16.r2 ?s8 ?s9)))
 (let ((?s30 (>= ?s29 (- 32768))))
 (let ((?s31 (<= ?s29 32767)))
 (let ((?s32 (+ ?s29 (ite (and (>= ?s13 (- 32768)) (<= ?s13 32767)) ?s13 (cast_oob.i8.i16 ?s13)))))
 (let ((?s33 (+ ?s29 ?s17)))
 (let ((?s34 (+ (ite (and (>= ?s29 (- 2147483648)) (<= ?s29 2147483647)) ?s29 (cast_oob.i16.i32 ?s29)) ?s21)))
 (let ((?s35 (+ (ite (and (>= ?s29 (- 9223372036854775808)) (<= ?s29 9223372036854775807)) ?s29 (cast_oob.i16.i64 ?s29)) ?s25)))
 (let ((?s36 (U.i32.r2 ?s8 ?s9)))
 (let ((?s37 (>= ?s36 (- 2147483648))))
 (let ((?s38 (<= ?s36 2147483647)))
 (let ((?s39 (+ ?s36 (ite (and (>= ?s13 (- 2147483648)) (<= ?s13 2147483647)) ?s13 (cast_oob.i8.i32 ?s13)))))
 (let ((?s40 (+ ?s36 (ite (and (>= ?s17 (- 2147483648)) (<= ?s17 2147483647)) ?s17 (cast_oob.i16.i32 ?s17)))))
 (let ((?s41 (+ ?s36 ?s21)))
 (let ((?s42 (+ (ite (and (>= ?s36 (- 9223372036854775808)) (<= ?s36 9223372036854775807)) ?s36 (cast_oob.i32.i64 ?s36)) ?s25)))
 (let ((?s43 (U.i64.r2 ?s8 ?s9)))
 (let ((?s44 (>= ?s43 (- 9223372036854775808))))
 (let ((?s45 (<= ?s43 9223372036854775807)))
 (let ((?s46 (+ ?s43 (ite (and (>= ?s13 (- 9223372036854775808)) (<= ?s13 9223372036854775807)) ?s13 (cast_oob.i8.i64 ?s13)))))
 (let ((?s47 (+ ?s43 (ite (and (>= ?s17 (- 9223372036854775808)) (<= ?s17 9223372036854775807)) ?s17 (cast_oob.i16.i64 ?s17)))))
 (let ((?s48 (+ ?s43 (ite (and (>= ?s21 (- 9223372036854775808)) (<= ?s21 9223372036854775807)) ?s21 (cast_oob.i32.i64 ?s21)))))
 (let ((?s49 (+ ?s43 ?s25)))
 (or ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s11 ?s12 ?s14 ?s15 ?s11 ?s12 ?s14 ?s15 (not (= ?s16 ?s16))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s11 ?s12 ?s18 ?s19 ?s11 ?s12 ?s18 ?s19 (not (= ?s20 ?s20))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s11 ?s12 ?s22 ?s23 ?s11 ?s12 ?s22 ?s23 (not (= ?s24 ?s24))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s11 ?s12 ?s26 ?s27 ?s11 ?s12 ?s26 ?s27 (not (= ?s28 ?s28))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s30 ?s31 ?s14 ?s15 ?s30 ?s31 ?s14 ?s15 (not (= ?s32 ?s32))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s30 ?s31 ?s18 ?s19 ?s30 ?s31 ?s18 ?s19 (not (= ?s33 ?s33))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s30 ?s31 ?s22 ?s23 ?s30 ?s31 ?s22 ?s23 (not (= ?s34 ?s34))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s30 ?s31 ?s26 ?s27 ?s30 ?s31 ?s26 ?s27 (not (= ?s35 ?s35))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s37 ?s38 ?s14 ?s15 ?s37 ?s38 ?s14 ?s15 (not (= ?s39 ?s39))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s37 ?s38 ?s18 ?s19 ?s37 ?s38 ?s18 ?s19 (not (= ?s40 ?s40))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s37 ?s38 ?s22 ?s23 ?s37 ?s38 ?s22 ?s23 (not (= ?s41 ?s41))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s37 ?s38 ?s26 ?s27 ?s37 ?s38 ?s26 ?s27 (not (= ?s42 ?s42))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s44 ?s45 ?s14 ?s15 ?s44 ?s45 ?s14 ?s15 (not (= ?s46 ?s46))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s44 ?s45 ?s18 ?s19 ?s44 ?s45 ?s18 ?s19 (not (= ?s47 ?s47))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s44 ?s45 ?s22 ?s23 ?s44 ?s45 ?s22 ?s23 (not (= ?s48 ?s48))) ?s2 ?s3 ?s7 (and ?s4 ?s5 true true true true ?s6 ?s6 ?s44 ?s45 ?s26 ?s27 ?s44 ?s45 ?s26 ?s27 (not (= ?s49 ?s49))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
