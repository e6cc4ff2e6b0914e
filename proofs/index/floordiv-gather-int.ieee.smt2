; versa proof obligation for rule 'floordiv-gather-int' (rules/library/index.toml), domain ieee: proved
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
(declare-fun i0 () Int)
(declare-fun idx.i64.r1 (Int) (_ BitVec 64))
(declare-fun idx.i64.r1!v1 () (_ BitVec 64))
(declare-fun n () Int)
(declare-fun q () Int)
(declare-fun u.i16.r1 (Int) (_ BitVec 16))
(declare-fun u.i16.r1!v2 () (_ BitVec 16))
(declare-fun u.i32.r1 (Int) (_ BitVec 32))
(declare-fun u.i32.r1!v2 () (_ BitVec 32))
(declare-fun u.i64.r1 (Int) (_ BitVec 64))
(declare-fun u.i64.r1!v2 () (_ BitVec 64))
(declare-fun u.i8.r1 (Int) (_ BitVec 8))
(declare-fun u.i8.r1!v2 () (_ BitVec 8))
(declare-fun v.i16.r1 (Int) (_ BitVec 16))
(declare-fun v.i16.r1!v3 () (_ BitVec 16))
(declare-fun v.i32.r1 (Int) (_ BitVec 32))
(declare-fun v.i32.r1!v3 () (_ BitVec 32))
(declare-fun v.i64.r1 (Int) (_ BitVec 64))
(declare-fun v.i64.r1!v3 () (_ BitVec 64))
(declare-fun v.i8.r1 (Int) (_ BitVec 8))
(declare-fun v.i8.r1!v3 () (_ BitVec 8))
(assert
 (let ((?s1 (and true true (not true))))
 (let ((?s2 (>= q 0)))
 (let ((?s3 (= q q)))
 (let ((?s4 (and ?s2 true true true (not ?s3))))
 (let ((?s5 (>= n 0)))
 (let ((?s6 (= 0 q)))
 (let ((?s7 (or ?s6 (forall ((g%1!2 Int)) (=> (and (>= g%1!2 0) (< g%1!2 q)) (and (<= (- 0 n) (ite (bvslt (idx.i64.r1 g%1!2) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%1!2)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%1!2)))) (< (ite (bvslt (idx.i64.r1 g%1!2) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%1!2)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%1!2))) n)))))))
 (let ((?s8 (and (or ?s6 (forall ((g%2!3 Int)) (=> (and (>= g%2!3 0) (< g%2!3 q)) (and (<= (- 0 n) (ite (bvslt (idx.i64.r1 g%2!3) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%2!3)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%2!3)))) (< (ite (bvslt (idx.i64.r1 g%2!3) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%2!3)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%2!3))) n))))) (or ?s6 (forall ((g%3!4 Int)) (=> (and (>= g%3!4 0) (< g%3!4 q)) (and (<= (- 0 n) (ite (bvslt (idx.i64.r1 g%3!4) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%3!4)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%3!4)))) (< (ite (bvslt (idx.i64.r1 g%3!4) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%3!4)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%3!4))) n))))))))
 (let ((?s9 (and ?s5 ?s2 true true true ?s7 (not ?s8))))
 (let ((?s10 (>= i0 0)))
 (let ((?s11 (< i0 q)))
 (let ((?s12 (idx.i64.r1 i0)))
 (let ((?s13 (= ?s12 idx.i64.r1!v1)))
 (let ((?s14 (ubv_to_int ?s12)))
 (let ((?s15 (ite (bvslt ?s12 #x0000000000000000) (- ?s14 18446744073709551616) ?s14)))
 (let ((?s16 (ite (> 0 ?s15) (+ ?s15 n) ?s15)))
 (let ((?s17 (= (u.i8.r1 ?s16) u.i8.r1!v2)))
 (let ((?s18 (= (v.i8.r1 ?s16) v.i8.r1!v3)))
 (let ((?s19 (bvsrem u.i8.r1!v2 v.i8.r1!v3)))
 (let ((?s20 (bvsdiv u.i8.r1!v2 v.i8.r1!v3)))
 (let ((?s21 (ite (= v.i8.r1!v3 #x00) #x00 (ite (and (distinct ?s19 #x00) (distinct (bvslt ?s19 #x00) (bvslt v.i8.r1!v3 #x00))) (bvsub ?s20 #x01) ?s20))))
 (let ((?s22 (= (v.i16.r1 ?s16) v.i16.r1!v3)))
 (let ((?s23 (= v.i16.r1!v3 #x0000)))
 (let ((?s24 ((_ sign_extend 8) u.i8.r1!v2)))
 (let ((?s25 (bvsrem ?s24 v.i16.r1!v3)))
 (let ((?s26 (bvslt v.i16.r1!v3 #x0000)))
 (let ((?s27 (bvsdiv ?s24 v.i16.r1!v3)))
 (let ((?s28 (ite ?s23 #x0000 (ite (and (distinct ?s25 #x0000) (distinct (bvslt ?s25 #x0000) ?s26)) (bvsub ?s27 #x0001) ?s27))))
 (let ((?s29 (= (v.i32.r1 ?s16) v.i32.r1!v3)))
 (let ((?s30 (= v.i32.r1!v3 #x00000000)))
 (let ((?s31 ((_ sign_extend 24) u.i8.r1!v2)))
 (let ((?s32 (bvsrem ?s31 v.i32.r1!v3)))
 (let ((?s33 (bvslt v.i32.r1!v3 #x00000000)))
 (let ((?s34 (bvsdiv ?s31 v.i32.r1!v3)))
 (let ((?s35 (ite ?s30 #x00000000 (ite (and (distinct ?s32 #x00000000) (distinct (bvslt ?s32 #x00000000) ?s33)) (bvsub ?s34 #x00000001) ?s34))))
 (let ((?s36 (= (v.i64.r1 ?s16) v.i64.r1!v3)))
 (let ((?s37 (= v.i64.r1!v3 #x0000000000000000)))
 (let ((?s38 ((_ sign_extend 56) u.i8.r1!v2)))
 (let ((?s39 (bvsrem ?s38 v.i64.r1!v3)))
 (let ((?s40 (bvslt v.i64.r1!v3 #x0000000000000000)))
 (let ((?s41 (bvsdiv ?s38 v.i64.r1!v3)))
 (let ((?s42 (ite ?s37 #x0000000000000000 (ite (and (distinct ?s39 #x0000000000000000) (distinct (bvslt ?s39 #x0000000000000000) ?s40)) (bvsub ?s41 #x0000000000000001) ?s41))))
 (let ((?s43 (= (u.i16.r1 ?s16) u.i16.r1!v2)))
 (let ((?s44 ((_ sign_extend 8) v.i8.r1!v3)))
 (let ((?s45 (bvsrem u.i16.r1!v2 ?s44)))
 (let ((?s46 (bvsdiv u.i16.r1!v2 ?s44)))
 (let ((?s47 (ite (= ?s44 #x0000) #x0000 (ite (and (distinct ?s45 #x0000) (distinct (bvslt ?s45 #x0000) (bvslt ?s44 #x0000))) (bvsub ?s46 #x0001) ?s46))))
 (let ((?s48 (bvsrem u.i16.r1!v2 v.i16.r1!v3)))
 (let ((?s49 (bvsdiv u.i16.r1!v2 v.i16.r1!v3)))
 (let ((?s50 (ite ?s23 #x0000 (ite (and (distinct ?s48 #x0000) (distinct (bvslt ?s48 #x0000) ?s26)) (bvsub ?s49 #x0001) ?s49))))
 (let ((?s51 ((_ sign_extend 16) u.i16.r1!v2)))
 (let ((?s52 (bvsrem ?s51 v.i32.r1!v3)))
 (let ((?s53 (bvsdiv ?s51 v.i32.r1!v3)))
 (let ((?s54 (ite ?s30 #x00000000 (ite (and (distinct ?s52 #x00000000) (distinct (bvslt ?s52 #x00000000) ?s33)) (bvsub ?s53 #x00000001) ?s53))))
 (let ((?s55 ((_ sign_extend 48) u.i16.r1!v2)))
 (let ((?s56 (bvsrem ?s55 v.i64.r1!v3)))
 (let ((?s57 (bvsdiv ?s55 v.i64.r1!v3)))
 (let ((?s58 (ite ?s37 #x0000000000000000 (ite (and (distinct ?s56 #x0000000000000000) (distinct (bvslt ?s56 #x0000000000000000) ?s40)) (bvsub ?s57 #x0000000000000001) ?s57))))
 (let ((?s59 (= (u.i32.r1 ?s16) u.i32.r1!v2)))
 (let ((?s60 ((_ sign_extend 24) v.i8.r1!v3)))
 (let ((?s61 (bvsrem u.i32.r1!v2 ?s60)))
 (let ((?s62 (bvsdiv u.i32.r1!v2 ?s60)))
 (let ((?s63 (ite (= ?s60 #x00000000) #x00000000 (ite (and (distinct ?s61 #x00000000) (distinct (bvslt ?s61 #x00000000) (bvslt ?s60 #x00000000))) (bvsub ?s62 #x00000001) ?s62))))
 (let ((?s64 ((_ sign_extend 16) v.i16.r1!v3)))
 (let ((?s65 (bvsrem u.i32.r1!v2 ?s64)))
 (let ((?s66 (bvsdiv u.i32.r1!v2 ?s64)))
 (let ((?s67 (ite (= ?s64 #x00000000) #x00000000 (ite (and (distinct ?s65 #x00000000) (distinct (bvslt ?s65 #x00000000) (bvslt ?s64 #x00000000))) (bvsub ?s66 #x00000001) ?s66))))
 (let ((?s68 (bvsrem u.i32.r1!v2 v.i32.r1!v3)))
 (let ((?s69 (bvsdiv u.i32.r1!v2 v.i32.r1!v3)))
 (let ((?s70 (ite ?s30 #x00000000 (ite (and (distinct ?s68 #x00000000) (distinct (bvslt ?s68 #x00000000) ?s33)) (bvsub ?s69 #x00000001) ?s69))))
 (let ((?s71 ((_ sign_extend 32) u.i32.r1!v2)))
 (let ((?s72 (bvsrem ?s71 v.i64.r1!v3)))
 (let ((?s73 (bvsdiv ?s71 v.i64.r1!v3)))
 (let ((?s74 (ite ?s37 #x0000000000000000 (ite (and (distinct ?s72 #x0000000000000000) (distinct (bvslt ?s72 #x0000000000000000) ?s40)) (bvsub ?s73 #x0000000000000001) ?s73))))
 (let ((?s75 (= (u.i64.r1 ?s16) u.i64.r1!v2)))
 (let ((?s76 ((_ sign_extend 56) v.i8.r1!v3)))
 (let ((?s77 (bvsrem u.i64.r1!v2 ?s76)))
 (let ((?s78 (bvsdiv u.i64.r1!v2 ?s76)))
 (let ((?s79 (ite (= ?s76 #x0000000000000000) #x0000000000000000 (ite (and (distinct ?s77 #x0000000000000000) (distinct (bvslt ?s77 #x0000000000000000) (bvslt ?s76 #x0000000000000000))) (bvsub ?s78 #x0000000000000001) ?s78))))
 (let ((?s80 ((_ sign_extend 48) v.i16.r1!v3)))
 (let ((?s81 (bvsrem u.i64.r1!v2 ?s80)))
 (let ((?s82 (bvsdiv u.i64.r1!v2 ?s80)))
 (let ((?s83 (ite (= ?s80 #x0000000000000000) #x0000000000000000 (ite (and (distinct ?s81 #x0000000000000000) (distinct (bvslt ?s81 #x0000000000000000) (bvslt ?s80 #x0000000000000000))) (bvsub ?s82 #x0000000000000001) ?s82))))
 (let ((?s84 ((_ sign_extend 32) v.i32.r1!v3)))
 (let ((?s85 (bvsrem u.i64.r1!v2 ?s84)))
 (let ((?s86 (bvsdiv u.i64.r1!v2 ?s84)))
 (let ((?s87 (ite (= ?s84 #x0000000000000000) #x0000000000000000 (ite (and (distinct ?s85 #x0000000000000000) (distinct (bvslt ?s85 #x0000000000000000) (bvslt ?s84 #x0000000000000000))) (bvsub ?s86 #x0000000000000001) ?s86))))
 (let ((?s88 (bvsrem u.i64.r1!v2 v.i64.r1!v3)))
 (let ((?s89 (bvsdiv u.i64.r1!v2 v.i64.r1!v3)))
 (let ((?s90 (ite ?s37 #x0000000000000000 (ite (and (distinct ?s88 #x0000000000000000) (distinct (bvslt ?s88 #x0000000000000000) ?s40)) (bvsub ?s89 #x0000000000000001) ?s89))))
 (or ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 ?s17 ?s18 (not (= ?s21 ?s21))) ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 ?s17 ?s22 (not (= ?s28 ?s28))) ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 ?s17 ?s29 (not (= ?s35 ?s35))) ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 ?s17 ?s36 (not (= ?s42 ?s42))) ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 ?s43 ?s18 (not (= ?s47 ?s47))) ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 ?s43 ?s22 (not (= ?s50 ?s50))) ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 ?s43 ?s29 (not (= ?s54 ?s54))) ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 ?s43 ?s36 (not (= ?s58 ?s58))) ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 ?s59 ?s18 (not (= ?s63 ?s63))) ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 ?s59 ?s22 (not (= ?s67 ?s67))) ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 ?s59 ?s29 (not (= ?s70 ?s70))) ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 ?s59 ?s36 (not (= ?s74 ?s74))) ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 ?s75 ?s18 (not (= ?s79 ?s79))) ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 ?s75 ?s22 (not (= ?s83 ?s83))) ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 ?s75 ?s29 (not (= ?s87 ?s87))) ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 ?s75 ?s36 (not (= ?s90 ?s90)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
