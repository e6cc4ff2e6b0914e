; versa proof obligation for rule 'truediv-int-int-index' (rules/library/index.toml), domain real: proved
; lhs: (u / v)[i]
; rhs: u[i] / v[i]
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
(declare-fun i () Int)
(declare-fun n () Int)
(declare-fun recip (Real) Real)
(declare-fun u.i16.r1 (Int) Int)
(declare-fun u.i32.r1 (Int) Int)
(declare-fun u.i64.r1 (Int) Int)
(declare-fun u.i8.r1 (Int) Int)
(declare-fun v.i16.r1 (Int) Int)
(declare-fun v.i32.r1 (Int) Int)
(declare-fun v.i64.r1 (Int) Int)
(declare-fun v.i8.r1 (Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true ?s1)))
 (let ((?s4 (>= n 0)))
 (let ((?s5 (and (<= (- 0 n) i) (< i n))))
 (let ((?s6 (and ?s4 true true true ?s5 (not ?s5))))
 (let ((?s7 (ite (> 0 i) (+ i n) i)))
 (let ((?s8 (u.i8.r1 ?s7)))
 (let ((?s9 (>= ?s8 (- 128))))
 (let ((?s10 (<= ?s8 127)))
 (let ((?s11 (v.i8.r1 ?s7)))
 (let ((?s12 (>= ?s11 (- 128))))
 (let ((?s13 (<= ?s11 127)))
 (let ((?s14 (to_real ?s11)))
 (let ((?s15 (recip ?s14)))
 (let ((?s16 (=> (distinct ?s14 0.0) (= (* ?s14 ?s15) 1.0))))
 (let ((?s17 (to_real ?s8)))
 (let ((?s18 (* ?s17 ?s15)))
 (let ((?s19 (v.i16.r1 ?s7)))
 (let ((?s20 (>= ?s19 (- 32768))))
 (let ((?s21 (<= ?s19 32767)))
 (let ((?s22 (to_real ?s19)))
 (let ((?s23 (recip ?s22)))
 (let ((?s24 (=> (distinct ?s22 0.0) (= (* ?s22 ?s23) 1.0))))
 (let ((?s25 (* ?s17 ?s23)))
 (let ((?s26 (v.i32.r1 ?s7)))
 (let ((?s27 (>= ?s26 (- 2147483648))))
 (let ((?s28 (<= ?s26 2147483647)))
 (let ((?s29 (to_real ?s26)))
 (let ((?s30 (recip ?s29)))
 (let ((?s31 (=> (distinct ?s29 0.0) (= (* ?s29 ?s30) 1.0))))
 (let ((?s32 (* ?s17 ?s30)))
 (let ((?s33 (v.i64.r1 ?s7)))
 (let ((?s34 (>= ?s33 (- 9223372036854775808))))
 (let ((?s35 (<= ?s33 9223372036854775807)))
 (let ((?s36 (to_real ?s33)))
 (let ((?s37 (recip ?s36)))
 (let ((?s38 (=> (distinct ?s36 0.0) (= (* ?s36 ?s37) 1.0))))
 (let ((?s39 (* ?s17 ?s37)))
 (let ((?s40 (u.i16.r1 ?s7)))
 (let ((?s41 (>= ?s40 (- 32768))))
 (let ((?s42 (<= ?s40 32767)))
 (let ((?s43 (to_real ?s40)))
 (let ((?s44 (* ?s43 ?s15)))
 (let ((?s45 (* ?s43 ?s23)))
 (let ((?s46 (* ?s43 ?s30)))
 (let ((?s47 (* ?s43 ?s37)))
 (let ((?s48 (u.i32.r1 ?s7)))
 (let ((?s49 (>= ?s48 (- 2147483648))))
 (let ((?s50 (<= ?s48 2147483647)))
 (let ((?s51 (to_real ?s48)))
 (let ((?s52 (* ?s51 ?s15)))
 (let ((?s53 (* ?s51 ?s23)))
 (let ((?s54 (* ?s51 ?s30)))
 (let ((?s55 (* ?s51 ?s37)))
 (let ((?s56 (u.i64.r1 ?s7)))
 (let ((?s57 (>= ?s56 (- 9223372036854775808))))
 (let ((?s58 (<= ?s56 9223372036854775807)))
 (let ((?s59 (to_real ?s56)))
 (let ((?s60 (* ?s59 ?s15)))
 (let ((?s61 (* ?s59 ?s23)))
 (let ((?s62 (* ?s59 ?s30)))
 (let ((?s63 (* ?s59 ?s37)))
 (or ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s9 ?s10 ?s12 ?s13 ?s16 ?s9 ?s10 ?s12 ?s13 ?s16 (not (= ?s18 ?s18))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s9 ?s10 ?s20 ?s21 ?s24 ?s9 ?s10 ?s20 ?s21 ?s24 (not (= ?s25 ?s25))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s9 ?s10 ?s27 ?s28 ?s31 ?s9 ?s10 ?s27 ?s28 ?s31 (not (= ?s32 ?s32))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s9 ?s10 ?s34 ?s35 ?s38 ?s9 ?s10 ?s34 ?s35 ?s38 (not (= ?s39 ?s39))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s41 ?s42 ?s12 ?s13 ?s16 ?s41 ?s42 ?s12 ?s13 ?s16 (not (= ?s44 ?s44))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s41 ?s42 ?s20 ?s21 ?s24 ?s41 ?s42 ?s20 ?s21 ?s24 (not (= ?s45 ?s45))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s41 ?s42 ?s27 ?s28 ?s31 ?s41 ?s42 ?s27 ?s28 ?s31 (not (= ?s46 ?s46))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s41 ?s42 ?s34 ?s35 ?s38 ?s41 ?s42 ?s34 ?s35 ?s38 (not (= ?s47 ?s47))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s49 ?s50 ?s12 ?s13 ?s16 ?s49 ?s50 ?s12 ?s13 ?s16 (not (= ?s52 ?s52))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s49 ?s50 ?s20 ?s21 ?s24 ?s49 ?s50 ?s20 ?s21 ?s24 (not (= ?s53 ?s53))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s49 ?s50 ?s27 ?s28 ?s31 ?s49 ?s50 ?s27 ?s28 ?s31 (not (= ?s54 ?s54))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s49 ?s50 ?s34 ?s35 ?s38 ?s49 ?s50 ?s34 ?s35 ?s38 (not (= ?s55 ?s55))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s57 ?s58 ?s12 ?s13 ?s16 ?s57 ?s58 ?s12 ?s13 ?s16 (not (= ?s60 ?s60))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s57 ?s58 ?s20 ?s21 ?s24 ?s57 ?s58 ?s20 ?s21 ?s24 (not (= ?s61 ?s61))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s57 ?s58 ?s27 ?s28 ?s31 ?s57 ?s58 ?s27 ?s28 ?s31 (not (= ?s62 ?s62))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s57 ?s58 ?s34 ?s35 ?s38 ?s57 ?s58 ?s34 ?s35 ?s38 (not (= ?s63 ?s63))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
