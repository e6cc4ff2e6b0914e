; versa proof obligation for rule 'floordiv-gather-int' (rules/library/index.toml), domain real: proved
; lhs: (u // v)[idx]
; rhs: u[idx] // v[idx]
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
(declare-fun g%1!1 () Int)
(declare-fun g%1!2 () Int)
(declare-fun g%2!3 () Int)
(declare-fun g%3!4 () Int)
(declare-fun i0 () Int)
(declare-fun idx.i64.r1 (Int) Int)
(declare-fun n () Int)
(declare-fun q () Int)
(declare-fun u.i16.r1 (Int) Int)
(declare-fun u.i32.r1 (Int) Int)
(declare-fun u.i64.r1 (Int) Int)
(declare-fun u.i8.r1 (Int) Int)
(declare-fun v.i16.r1 (Int) Int)
(declare-fun v.i32.r1 (Int) Int)
(declare-fun v.i64.r1 (Int) Int)
(declare-fun v.i8.r1 (Int) Int)
(assert
 (let ((?s1 (and true true (not true))))
 (let ((?s2 (>= q 0)))
 (let ((?s3 (= q q)))
 (let ((?s4 (and ?s2 true true true (not ?s3))))
 (let ((?s5 (>= n 0)))
 (let ((?s6 (= 0 q)))
 (let ((?s7 (or ?s6 (forall ((g%1!2 Int)) (=> (and (>= g%1!2 0) (< g%1!2 q)) (and (<= (- 0 n) (idx.i64.r1 g%1!2)) (< (idx.i64.r1 g%1!2) n)))))))
 (let ((?s8 (idx.i64.r1 g%1!1)))
 (let ((?s9 (>= ?s8 (- 9223372036854775808))))
 (let ((?s10 (<= ?s8 9223372036854775807)))
 (let ((?s11 (idx.i64.r1 g%1!2)))
 (let ((?s12 (>= ?s11 (- 9223372036854775808))))
 (let ((?s13 (<= ?s11 9223372036854775807)))
 (let ((?s14 (idx.i64.r1 g%2!3)))
 (let ((?s15 (>= ?s14 (- 9223372036854775808))))
 (let ((?s16 (<= ?s14 9223372036854775807)))
 (let ((?s17 (idx.i64.r1 g%3!4)))
 (let ((?s18 (>= ?s17 (- 9223372036854775808))))
 (let ((?s19 (<= ?s17 9223372036854775807)))
 (let ((?s20 (and (or ?s6 (forall ((g%2!3 Int)) (=> (and (>= g%2!3 0) (< g%2!3 q)) (and (<= (- 0 n) (idx.i64.r1 g%2!3)) (< (idx.i64.r1 g%2!3) n))))) (or ?s6 (forall ((g%3!4 Int)) (=> (and (>= g%3!4 0) (< g%3!4 q)) (and (<= (- 0 n) (idx.i64.r1 g%3!4)) (< (idx.i64.r1 g%3!4) n))))))))
 (let ((?s21 (and ?s5 ?s2 true true true ?s7 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s18 ?s19 ?s18 ?s19 (not ?s20))))
 (let ((?s22 (>= i0 0)))
 (let ((?s23 (< i0 q)))
 (let ((?s24 (idx.i64.r1 i0)))
 (let ((?s25 (>= ?s24 (- 9223372036854775808))))
 (let ((?s26 (<= ?s24 9223372036854775807)))
 (let ((?s27 (ite (> 0 ?s24) (+ ?s24 n) ?s24)))
 (let ((?s28 (u.i8.r1 ?s27)))
 (let ((?s29 (>= ?s28 (- 128))))
 (let ((?s30 (<= ?s28 127)))
 (let ((?s31 (v.i8.r1 ?s27)))
 (let ((?s32 (>= ?s31 (- 128))))
 (let ((?s33 (<= ?s31 127)))
 (let ((?s34 (ite (> ?s31 0) (div ?s28 ?s31) (ite (< ?s31 0) (div (- ?s28) (- ?s31)) 0))))
 (let ((?s35 (v.i16.r1 ?s27)))
 (let ((?s36 (>= ?s35 (- 32768))))
 (let ((?s37 (<= ?s35 32767)))
 (let ((?s38 (> ?s35 0)))
 (let ((?s39 (ite (and (>= ?s28 (- 32768)) (<= ?s28 32767)) ?s28 (cast_oob.i8.i16 ?s28))))
 (let ((?s40 (< ?s35 0)))
 (let ((?s41 (- ?s35)))
 (let ((?s42 (ite ?s38 (div ?s39 ?s35) (ite ?s40 (div (- ?s39) ?s41) 0))))
 (let ((?s43 (v.i32.r1 ?s27)))
 (let ((?s44 (>= ?s43 (- 2147483648))))
 (let ((?s45 (<= ?s43 2147483647)))
 (let ((?s46 (> ?s43 0)))
 (let ((?s47 (ite (and (>= ?s28 (- 2147483648)) (<= ?s28 2147483647)) ?s28 (cast_oob.i8.i32 ?s28))))
 (let ((?s48 (< ?s43 0)))
 (let ((?s49 (- ?s43)))
 (let ((?s50 (ite ?s46 (div ?s47 ?s43) (ite ?s48 (div (- ?s47) ?s49) 0))))
 (let ((?s51 (v.i64.r1 ?s27)))
 (let ((?s52 (>= ?s51 (- 9223372036854775808))))
 (let ((?s53 (<= ?s51 9223372036854775807)))
 (let ((?s54 (> ?s51 0)))
 (let ((?s55 (ite (and (>= ?s28 (- 9223372036854775808)) (<= ?s28 9223372036854775807)) ?s28 (cast_oob.i8.i64 ?s28))))
 (let ((?s56 (< ?s51 0)))
 (let ((?s57 (- ?s51)))
 (let ((?s58 (ite ?s54 (div ?s55 ?s51) (ite ?s56 (div (- ?s55) ?s57) 0))))
 (let ((?s59 (u.i16.r1 ?s27)))
 (let ((?s60 (>= ?s59 (- 32768))))
 (let ((?s61 (<= ?s59 32767)))
 (let ((?s62 (ite (and (>= ?s31 (- 32768)) (<= ?s31 32767)) ?s31 (cast_oob.i8.i16 ?s31))))
 (let ((?s63 (- ?s59)))
 (let ((?s64 (ite (> ?s62 0) (div ?s59 ?s62) (ite (< ?s62 0) (div ?s63 (- ?s62)) 0))))
 (let ((?s65 (ite ?s38 (div ?s59 ?s35) (ite ?s40 (div ?s63 ?s41) 0))))
 (let ((?s66 (ite (and (>= ?s59 (- 2147483648)) (<= ?s59 2147483647)) ?s59 (cast_oob.i16.i32 ?s59))))
 (let ((?s67 (ite ?s46 (div ?s66 ?s43) (ite ?s48 (div (- ?s66) ?s49) 0))))
 (let ((?s68 (ite (and (>= ?s59 (- 9223372036854775808)) (<= ?s59 9223372036854775807)) ?s59 (cast_oob.i16.i64 ?s59))))
 (let ((?s69 (ite ?s54 (div ?s68 ?s51) (ite ?s56 (div (- ?s68) ?s57) 0))))
 (let ((?s70 (u.i32.r1 ?s27)))
 (let ((?s71 (>= ?s70 (- 2147483648))))
 (let ((?s72 (<= ?s70 2147483647)))
 (let ((?s73 (ite (and (>= ?s31 (- 2147483648)) (<= ?s31 2147483647)) ?s31 (cast_oob.i8.i32 ?s31))))
 (let ((?s74 (- ?s70)))
 (let ((?s75 (ite (> ?s73 0) (div ?s70 ?s73) (ite (< ?s73 0) (div ?s74 (- ?s73)) 0))))
 (let ((?s76 (ite (and (>= ?s35 (- 2147483648)) (<= ?s35 2147483647)) ?s35 (cast_oob.i16.i32 ?s35))))
 (let ((?s77 (ite (> ?s76 0) (div ?s70 ?s76) (ite (< ?s76 0) (div ?s74 (- ?s76)) 0))))
 (let ((?s78 (ite ?s46 (div ?s70 ?s43) (ite ?s48 (div ?s74 ?s49) 0))))
 (let ((?s79 (ite (and (>= ?s70 (- 9223372036854775808)) (<= ?s70 9223372036854775807)) ?s70 (cast_oob.i32.i64 ?s70))))
 (let ((?s80 (ite ?s54 (div ?s79 ?s51) (ite ?s56 (div (- ?s79) ?s57) 0))))
 (let ((?s81 (u.i64.r1 ?s27)))
 (let ((?s82 (>= ?s81 (- 9223372036854775808))))
 (let ((?s83 (<= ?s81 9223372036854775807)))
 (let ((?s84 (ite (and (>= ?s31 (- 9223372036854775808)) (<= ?s31 9223372036854775807)) ?s31 (cast_oob.i8.i64 ?s31))))
 (let ((?s85 (- ?s81)))
 (let ((?s86 (ite (> ?s84 0) (div ?s81 ?s84) (ite (< ?s84 0) (div ?s85 (- ?s84)) 0))))
 (let ((?s87 (ite (and (>= ?s35 (- 9223372036854775808)) (<= ?s35 9223372036854775807)) ?s35 (cast_oob.i16.i64 ?s35))))
 (let ((?s88 (ite (> ?s87 0) (div ?s81 ?s87) (ite (< ?s87 0) (div ?s85 (- ?s87)) 0))))
 (let ((?s89 (ite (and (>= ?s43 (- 9223372036854775808)) (<= ?s43 9223372036854775807)) ?s43 (cast_oob.i32.i64 ?s43))))
 (let ((?s90 (ite (> ?s89 0) (div ?s81 ?s89) (ite (< ?s89 0) (div ?s85 (- ?s89)) 0))))
 (let ((?s91 (ite ?s54 (div ?s81 ?s51) (ite ?s56 (div ?s85 ?s57) 0))))
 (or ?s1 ?s4 ?s21 (and ?s5 ?s2 true true true ?s3 ?s7 ?s20 ?s22 ?s23 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s18 ?s19 ?s18 ?s19 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s29 ?s30 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s32 ?s33 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s29 ?s30 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s32 ?s33 (not (= ?s34 ?s34))) ?s1 ?s4 ?s21 (and ?s5 ?s2 true true true ?s3 ?s7 ?s20 ?s22 ?s23 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s18 ?s19 ?s18 ?s19 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s29 ?s30 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s36 ?s37 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s29 ?s30 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s36 ?s37 (not (= ?s42 ?s42))) ?s1 ?s4 ?s21 (and ?s5 ?s2 true true true ?s3 ?s7 ?s20 ?s22 ?s23 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s18 ?s19 ?s18 ?s19 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s29 ?s30 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s44 ?s45 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s29 ?s30 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s44 ?s45 (not (= ?s50 ?s50))) ?s1 ?s4 ?s21 (and ?s5 ?s2 true true true ?s3 ?s7 ?s20 ?s22 ?s23 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s18 ?s19 ?s18 ?s19 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s29 ?s30 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s52 ?s53 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s29 ?s30 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s52 ?s53 (not (= ?s58 ?s58))) ?s1 ?s4 ?s21 (and ?s5 ?s2 true true true ?s3 ?s7 ?s20 ?s22 ?s23 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s18 ?s19 ?s18 ?s19 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s60 ?s61 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s32 ?s33 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s60 ?s61 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s32 ?s33 (not (= ?s64 ?s64))) ?s1 ?s4 ?s21 (and ?s5 ?s2 true true true ?s3 ?s7 ?s20 ?s22 ?s23 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s18 ?s19 ?s18 ?s19 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s60 ?s61 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s36 ?s37 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s60 ?s61 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s36 ?s37 (not (= ?s65 ?s65))) ?s1 ?s4 ?s21 (and ?s5 ?s2 true true true ?s3 ?s7 ?s20 ?s22 ?s23 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s18 ?s19 ?s18 ?s19 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s60 ?s61 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s44 ?s45 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s60 ?s61 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s44 ?s45 (not (= ?s67 ?s67))) ?s1 ?s4 ?s21 (and ?s5 ?s2 true true true ?s3 ?s7 ?s20 ?s22 ?s23 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s18 ?s19 ?s18 ?s19 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s60 ?s61 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s52 ?s53 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s60 ?s61 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s52 ?s53 (not (= ?s69 ?s69))) ?s1 ?s4 ?s21 (and ?s5 ?s2 true true true ?s3 ?s7 ?s20 ?s22 ?s23 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s18 ?s19 ?s18 ?s19 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s71 ?s72 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s32 ?s33 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s71 ?s72 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s32 ?s33 (not (= ?s75 ?s75))) ?s1 ?s4 ?s21 (and ?s5 ?s2 true true true ?s3 ?s7 ?s20 ?s22 ?s23 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s18 ?s19 ?s18 ?s19 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s71 ?s72 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s36 ?s37 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s71 ?s72 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s36 ?s37 (not (= ?s77 ?s77))) ?s1 ?s4 ?s21 (and ?s5 ?s2 true true true ?s3 ?s7 ?s20 ?s22 ?s23 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s18 ?s19 ?s18 ?s19 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s71 ?s72 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s44 ?s45 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s71 ?s72 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s44 ?s45 (not (= ?s78 ?s78))) ?s1 ?s4 ?s21 (and ?s5 ?s2 true true true ?s3 ?s7 ?s20 ?s22 ?s23 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s18 ?s19 ?s18 ?s19 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s71 ?s72 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s52 ?s53 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s71 ?s72 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s52 ?s53 (not (= ?s80 ?s80))) ?s1 ?s4 ?s21 (and ?s5 ?s2 true true true ?s3 ?s7 ?s20 ?s22 ?s23 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s18 ?s19 ?s18 ?s19 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s82 ?s83 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s32 ?s33 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s82 ?s83 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s32 ?s33 (not (= ?s86 ?s86))) ?s1 ?s4 ?s21 (and ?s5 ?s2 true true true ?s3 ?s7 ?s20 ?s22 ?s23 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s18 ?s19 ?s18 ?s19 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s82 ?s83 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s36 ?s37 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s82 ?s83 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s36 ?s37 (not (= ?s88 ?s88))) ?s1 ?s4 ?s21 (and ?s5 ?s2 true true true ?s3 ?s7 ?s20 ?s22 ?s23 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s18 ?s19 ?s18 ?s19 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s82 ?s83 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s44 ?s45 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s82 ?s83 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s44 ?s45 (not (= ?s90 ?s90))) ?s1 ?s4 ?s21 (and ?s5 ?s2 true true true ?s3 ?s7 ?s20 ?s22 ?s23 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s18 ?s19 ?s18 ?s19 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s82 ?s83 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s52 ?s53 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s82 ?s83 ?s25 ?s26 ?s25 ?s26 ?s25 ?s26 ?s52 ?s53 (not (= ?s91 ?s91))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
