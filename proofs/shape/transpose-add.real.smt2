; versa proof obligation for rule 'transpose-add' (rules/library/shape.toml), domain real: proved
; lhs: (A + B).T
; rhs: A.T + B.T
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
(declare-fun A.i16.r2 (Int Int) Int)
(declare-fun A.i32.r2 (Int Int) Int)
(declare-fun A.i64.r2 (Int Int) Int)
(declare-fun A.i8.r2 (Int Int) Int)
(declare-fun B.i16.r2 (Int Int) Int)
(declare-fun B.i32.r2 (Int Int) Int)
(declare-fun B.i64.r2 (Int Int) Int)
(declare-fun B.i8.r2 (Int Int) Int)
(declare-fun cast_oob.i16.i32 (Int) Int)
(declare-fun cast_oob.i16.i64 (Int) Int)
(declare-fun cast_oob.i32.i64 (Int) Int)
(declare-fun cast_oob.i8.i16 (Int) Int)
(declare-fun cast_oob.i8.i32 (Int) Int)
(declare-fun cast_oob.i8.i64 (Int) Int)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (>= k 0)))
 (let ((?s4 (>= m 0)))
 (let ((?s5 (and (= k k) (= m m))))
 (let ((?s6 (and ?s3 ?s4 true true true (not ?s5))))
 (let ((?s7 (and true true true true ?s1)))
 (let ((?s8 (>= i0 0)))
 (let ((?s9 (< i0 k)))
 (let ((?s10 (>= i1 0)))
 (let ((?s11 (< i1 m)))
 (let ((?s12 (A.i8.r2 i1 i0)))
 (let ((?s13 (>= ?s12 (- 128))))
 (let ((?s14 (<= ?s12 127)))
 (let ((?s15 (B.i8.r2 i1 i0)))
 (let ((?s16 (>= ?s15 (- 128))))
 (let ((?s17 (<= ?s15 127)))
 (let ((?s18 (+ ?s12 ?s15)))
 (let ((?s19 (B.i16.r2 i1 i0)))
 (let ((?s20 (>= ?s19 (- 32768))))
 (let ((?s21 (<= ?s19 32767)))
 (let ((?s22 (+ (ite (and (>= ?s12 (- 32768)) (<= ?s12 32767)) ?s12 (cast_oob.i8.i16 ?s12)) ?s19)))
 (let ((?s23 (B.i32.r2 i1 i0)))
 (let ((?s24 (>= ?s23 (- 2147483648))))
 (let ((?s25 (<= ?s23 2147483647)))
 (let ((?s26 (+ (ite (and (>= ?s12 (- 2147483648)) (<= ?s12 2147483647)) ?s12 (cast_oob.i8.i32 ?s12)) ?s23)))
 (let ((?s27 (B.i64.r2 i1 i0)))
 (let ((?s28 (>= ?s27 (- 9223372036854775808))))
 (let ((?s29 (<= ?s27 9223372036854775807)))
 (let ((?s30 (+ (ite (and (>= ?s12 (- 9223372036854775808)) (<= ?s12 9223372036854775807)) ?s12 (cast_oob.i8.i64 ?s12)) ?s27)))
 (let ((?s31 (A.i16.r2 i1 i0)))
 (let ((?s32 (>= ?s31 (- 32768))))
 (let ((?s33 (<= ?s31 32767)))
 (let ((?s34 (+ ?s31 (ite (and (>= ?s15 (- 32768)) (<= ?s15 32767)) ?s15 (cast_oob.i8.i16 ?s15)))))
 (let ((?s35 (+ ?s31 ?s19)))
 (let ((?s36 (+ (ite (and (>= ?s31 (- 2147483648)) (<= ?s31 2147483647)) ?s31 (cast_oob.i16.i32 ?s31)) ?s23)))
 (let ((?s37 (+ (ite (and (>= ?s31 (- 9223372036854775808)) (<= ?s31 9223372036854775807)) ?s31 (cast_oob.i16.i64 ?s31)) ?s27)))
 (let ((?s38 (A.i32.r2 i1 i0)))
 (let ((?s39 (>= ?s38 (- 2147483648))))
 (let ((?s40 (<= ?s38 2147483647)))
 (let ((?s41 (+ ?s38 (ite (and (>= ?s15 (- 2147483648)) (<= ?s15 2147483647)) ?s15 (cast_oob.i8.i32 ?s15)))))
 (let ((?s42 (+ ?s38 (ite (and (>= ?s19 (- 2147483648)) (<= ?s19 2147483647)) ?s19 (cast_oob.i16.i32 ?s19)))))
 (let ((?s43 (+ ?s38 ?s23)))
 (let ((?s44 (+ (ite (and (>= ?s38 (- 9223372036854775808)) (<= ?s38 9223372036854775807)) ?s38 (cast_oob.i32.i64 ?s38)) ?s27)))
 (let ((?s45 (A.i64.r2 i1 i0)))
 (let ((?s46 (>= ?s45 (- 9223372036854775808))))
 (let ((?s47 (<= ?s45 9223372036854775807)))
 (let ((?s48 (+ ?s45 (ite (and (>= ?s15 (- 9223372036854775808)) (<= ?s15 9223372036854775807)) ?s15 (cast_oob.i8.i64 ?s15)))))
 (let ((?s49 (+ ?s45 (ite (and (>= ?s19 (- 9223372036854775808)) (<= ?s19 9223372036854775807)) ?s19 (cast_oob.i16.i64 ?s19)))))
 (let ((?s50 (+ ?s45 (ite (and (>= ?s23 (- 9223372036854775808)) (<= ?s23 9223372036854775807)) ?s23 (cast_oob.i32.i64 ?s23)))))
 (let ((?s51 (+ ?s45 ?s27)))
 (or ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s13 ?s14 ?s16 ?s17 ?s13 ?s14 ?s16 ?s17 (not (= ?s18 ?s18))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s13 ?s14 ?s20 ?s21 ?s13 ?s14 ?s20 ?s21 (not (= ?s22 ?s22))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s13 ?s14 ?s24 ?s25 ?s13 ?s14 ?s24 ?s25 (not (= ?s26 ?s26))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s13 ?s14 ?s28 ?s29 ?s13 ?s14 ?s28 ?s29 (not (= ?s30 ?s30))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s32 ?s33 ?s16 ?s17 ?s32 ?s33 ?s16 ?s17 (not (= ?s34 ?s34))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s32 ?s33 ?s20 ?s21 ?s32 ?s33 ?s20 ?s21 (not (= ?s35 ?s35))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s32 ?s33 ?s24 ?s25 ?s32 ?s33 ?s24 ?s25 (not (= ?s36 ?s36))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s32 ?s33 ?s28 ?s29 ?s32 ?s33 ?s28 ?s29 (not (= ?s37 ?s37))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s39 ?s40 ?s16 ?s17 ?s39 ?s40 ?s16 ?s17 (not (= ?s41 ?s41))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s39 ?s40 ?s20 ?s21 ?s39 ?s40 ?s20 ?s21 (not (= ?s42 ?s42))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s39 ?s40 ?s24 ?s25 ?s39 ?s40 ?s24 ?s25 (not (= ?s43 ?s43))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s39 ?s40 ?s28 ?s29 ?s39 ?s40 ?s28 ?s29 (not (= ?s44 ?s44))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s46 ?s47 ?s16 ?s17 ?s46 ?s47 ?s16 ?s17 (not (= ?s48 ?s48))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s46 ?s47 ?s20 ?s21 ?s46 ?s47 ?s20 ?s21 (not (= ?s49 ?s49))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s46 ?s47 ?s24 ?s25 ?s46 ?s47 ?s24 ?s25 (not (= ?s50 ?s50))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s46 ?s47 ?s28 ?s29 ?s46 ?s47 ?s28 ?s29 (not (= ?s51 ?s51))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
