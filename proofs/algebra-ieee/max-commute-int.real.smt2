; versa proof obligation for rule 'max-commute-int' (rules/library/algebra-ieee.toml), domain real: proved
; lhs: maximum(i, j)
; rhs: maximum(j, i)
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
(declare-fun cast_oob.i16.i32 (Int) Int)
(declare-fun cast_oob.i16.i64 (Int) Int)
(declare-fun cast_oob.i32.i64 (Int) Int)
(declare-fun cast_oob.i8.i16 (Int) Int)
(declare-fun cast_oob.i8.i32 (Int) Int)
(declare-fun cast_oob.i8.i64 (Int) Int)
(declare-fun i.i16.r1 (Int) Int)
(declare-fun i.i32.r1 (Int) Int)
(declare-fun i.i64.r1 (Int) Int)
(declare-fun i.i8.r1 (Int) Int)
(declare-fun i0 () Int)
(declare-fun j.i16.r1 (Int) Int)
(declare-fun j.i32.r1 (Int) Int)
(declare-fun j.i64.r1 (Int) Int)
(declare-fun j.i8.r1 (Int) Int)
(declare-fun n () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (= n n)))
 (let ((?s5 (and ?s3 true true true (not ?s4))))
 (let ((?s6 (and true true true true ?s1)))
 (let ((?s7 (>= i0 0)))
 (let ((?s8 (< i0 n)))
 (let ((?s9 (i.i8.r1 i0)))
 (let ((?s10 (>= ?s9 (- 128))))
 (let ((?s11 (<= ?s9 127)))
 (let ((?s12 (j.i8.r1 i0)))
 (let ((?s13 (>= ?s12 (- 128))))
 (let ((?s14 (<= ?s12 127)))
 (let ((?s15 (j.i16.r1 i0)))
 (let ((?s16 (>= ?s15 (- 32768))))
 (let ((?s17 (<= ?s15 32767)))
 (let ((?s18 (ite (and (>= ?s9 (- 32768)) (<= ?s9 32767)) ?s9 (cast_oob.i8.i16 ?s9))))
 (let ((?s19 (j.i32.r1 i0)))
 (let ((?s20 (>= ?s19 (- 2147483648))))
 (let ((?s21 (<= ?s19 2147483647)))
 (let ((?s22 (ite (and (>= ?s9 (- 2147483648)) (<= ?s9 2147483647)) ?s9 (cast_oob.i8.i32 ?s9))))
 (let ((?s23 (j.i64.r1 i0)))
 (let ((?s24 (>= ?s23 (- 9223372036854775808))))
 (let ((?s25 (<= ?s23 9223372036854775807)))
 (let ((?s26 (ite (and (>= ?s9 (- 9223372036854775808)) (<= ?s9 9223372036854775807)) ?s9 (cast_oob.i8.i64 ?s9))))
 (let ((?s27 (i.i16.r1 i0)))
 (let ((?s28 (>= ?s27 (- 32768))))
 (let ((?s29 (<= ?s27 32767)))
 (let ((?s30 (ite (and (>= ?s12 (- 32768)) (<= ?s12 32767)) ?s12 (cast_oob.i8.i16 ?s12))))
 (let ((?s31 (ite (and (>= ?s27 (- 2147483648)) (<= ?s27 2147483647)) ?s27 (cast_oob.i16.i32 ?s27))))
 (let ((?s32 (ite (and (>= ?s27 (- 9223372036854775808)) (<= ?s27 9223372036854775807)) ?s27 (cast_oob.i16.i64 ?s27))))
 (let ((?s33 (i.i32.r1 i0)))
 (let ((?s34 (>= ?s33 (- 2147483648))))
 (let ((?s35 (<= ?s33 2147483647)))
 (let ((?s36 (ite (and (>= ?s12 (- 2147483648)) (<= ?s12 2147483647)) ?s12 (cast_oob.i8.i32 ?s12))))
 (let ((?s37 (ite (and (>= ?s15 (- 2147483648)) (<= ?s15 2147483647)) ?s15 (cast_oob.i16.i32 ?s15))))
 (let ((?s38 (ite (and (>= ?s33 (- 9223372036854775808)) (<= ?s33 9223372036854775807)) ?s33 (cast_oob.i32.i64 ?s33))))
 (let ((?s39 (i.i64.r1 i0)))
 (let ((?s40 (>= ?s39 (- 9223372036854775808))))
 (let ((?s41 (<= ?s39 9223372036854775807)))
 (let ((?s42 (ite (and (>= ?s12 (- 9223372036854775808)) (<= ?s12 9223372036854775807)) ?s12 (cast_oob.i8.i64 ?s12))))
 (let ((?s43 (ite (and (>= ?s15 (- 9223372036854775808)) (<= ?s15 9223372036854775807)) ?s15 (cast_oob.i16.i64 ?s15))))
 (let ((?s44 (ite (and (>= ?s19 (- 9223372036854775808)) (<= ?s19 9223372036854775807)) ?s19 (cast_oob.i32.i64 ?s19))))
 (or ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s13 ?s14 ?s13 ?s14 ?s10 ?s11 (not (= (ite (>= ?s9 ?s12) ?s9 ?s12) (ite (>= ?s12 ?s9) ?s12 ?s9)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s16 ?s17 ?s16 ?s17 ?s10 ?s11 (not (= (ite (>= ?s18 ?s15) ?s18 ?s15) (ite (>= ?s15 ?s18) ?s15 ?s18)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s20 ?s21 ?s20 ?s21 ?s10 ?s11 (not (= (ite (>= ?s22 ?s19) ?s22 ?s19) (ite (>= ?s19 ?s22) ?s19 ?s22)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s24 ?s25 ?s24 ?s25 ?s10 ?s11 (not (= (ite (>= ?s26 ?s23) ?s26 ?s23) (ite (>= ?s23 ?s26) ?s23 ?s26)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s28 ?s29 ?s13 ?s14 ?s13 ?s14 ?s28 ?s29 (not (= (ite (>= ?s27 ?s30) ?s27 ?s30) (ite (>= ?s30 ?s27) ?s30 ?s27)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s28 ?s29 ?s16 ?s17 ?s16 ?s17 ?s28 ?s29 (not (= (ite (>= ?s27 ?s15) ?s27 ?s15) (ite (>= ?s15 ?s27) ?s15 ?s27)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s28 ?s29 ?s20 ?s21 ?s20 ?s21 ?s28 ?s29 (not (= (ite (>= ?s31 ?s19) ?s31 ?s19) (ite (>= ?s19 ?s31) ?s19 ?s31)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s28 ?s29 ?s24 ?s25 ?s24 ?s25 ?s28 ?s29 (not (= (ite (>= ?s32 ?s23) ?s32 ?s23) (ite (>= ?s23 ?s32) ?s23 ?s32)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s34 ?s35 ?s13 ?s14 ?s13 ?s14 ?s34 ?s35 (not (= (ite (>= ?s33 ?s36) ?s33 ?s36) (ite (>= ?s36 ?s33) ?s36 ?s33)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s34 ?s35 ?s16 ?s17 ?s16 ?s17 ?s34 ?s35 (not (= (ite (>= ?s33 ?s37) ?s33 ?s37) (ite (>= ?s37 ?s33) ?s37 ?s33)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s34 ?s35 ?s20 ?s21 ?s20 ?s21 ?s34 ?s35 (not (= (ite (>= ?s33 ?s19) ?s33 ?s19) (ite (>= ?s19 ?s33) ?s19 ?s33)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s34 ?s35 ?s24 ?s25 ?s24 ?s25 ?s34 ?s35 (not (= (ite (>= ?s38 ?s23) ?s38 ?s23) (ite (>= ?s23 ?s38) ?s23 ?s38)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s40 ?s41 ?s13 ?s14 ?s13 ?s14 ?s40 ?s41 (not (= (ite (>= ?s39 ?s42) ?s39 ?s42) (ite (>= ?s42 ?s39) ?s42 ?s39)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s40 ?s41 ?s16 ?s17 ?s16 ?s17 ?s40 ?s41 (not (= (ite (>= ?s39 ?s43) ?s39 ?s43) (ite (>= ?s43 ?s39) ?s43 ?s39)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s40 ?s41 ?s20 ?s21 ?s20 ?s21 ?s40 ?s41 (not (= (ite (>= ?s39 ?s44) ?s39 ?s44) (ite (>= ?s44 ?s39) ?s44 ?s39)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s40 ?s41 ?s24 ?s25 ?s24 ?s25 ?s40 ?s41 (not (= (ite (>= ?s39 ?s23) ?s39 ?s23) (ite (>= ?s23 ?s39) ?s23 ?s39))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
