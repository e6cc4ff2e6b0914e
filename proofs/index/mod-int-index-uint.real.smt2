; versa proof obligation for rule 'mod-int-index-uint' (rules/library/index.toml), domain real: proved
; lhs: (u % v)[i]
; rhs: u[i] % v[i]
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
(declare-fun cast_oob.u16.u32 (Int) Int)
(declare-fun cast_oob.u16.u64 (Int) Int)
(declare-fun cast_oob.u32.u64 (Int) Int)
(declare-fun cast_oob.u8.u16 (Int) Int)
(declare-fun cast_oob.u8.u32 (Int) Int)
(declare-fun cast_oob.u8.u64 (Int) Int)
(declare-fun i () Int)
(declare-fun n () Int)
(declare-fun u.u16.r1 (Int) Int)
(declare-fun u.u32.r1 (Int) Int)
(declare-fun u.u64.r1 (Int) Int)
(declare-fun u.u8.r1 (Int) Int)
(declare-fun v.u16.r1 (Int) Int)
(declare-fun v.u32.r1 (Int) Int)
(declare-fun v.u64.r1 (Int) Int)
(declare-fun v.u8.r1 (Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true ?s1)))
 (let ((?s4 (>= n 0)))
 (let ((?s5 (and (<= (- 0 n) i) (< i n))))
 (let ((?s6 (and ?s4 true true true ?s5 (not ?s5))))
 (let ((?s7 (ite (> 0 i) (+ i n) i)))
 (let ((?s8 (u.u8.r1 ?s7)))
 (let ((?s9 (>= ?s8 0)))
 (let ((?s10 (<= ?s8 255)))
 (let ((?s11 (v.u8.r1 ?s7)))
 (let ((?s12 (>= ?s11 0)))
 (let ((?s13 (<= ?s11 255)))
 (let ((?s14 (ite (= ?s11 0) 0 (- ?s8 (* ?s11 (ite (> ?s11 0) (div ?s8 ?s11) (ite (< ?s11 0) (div (- ?s8) (- ?s11)) 0)))))))
 (let ((?s15 (v.u16.r1 ?s7)))
 (let ((?s16 (>= ?s15 0)))
 (let ((?s17 (<= ?s15 65535)))
 (let ((?s18 (= ?s15 0)))
 (let ((?s19 (ite (and ?s9 (<= ?s8 65535)) ?s8 (cast_oob.u8.u16 ?s8))))
 (let ((?s20 (> ?s15 0)))
 (let ((?s21 (< ?s15 0)))
 (let ((?s22 (- ?s15)))
 (let ((?s23 (ite ?s18 0 (- ?s19 (* ?s15 (ite ?s20 (div ?s19 ?s15) (ite ?s21 (div (- ?s19) ?s22) 0)))))))
 (let ((?s24 (v.u32.r1 ?s7)))
 (let ((?s25 (>= ?s24 0)))
 (let ((?s26 (<= ?s24 4294967295)))
 (let ((?s27 (= ?s24 0)))
 (let ((?s28 (ite (and ?s9 (<= ?s8 4294967295)) ?s8 (cast_oob.u8.u32 ?s8))))
 (let ((?s29 (> ?s24 0)))
 (let ((?s30 (< ?s24 0)))
 (let ((?s31 (- ?s24)))
 (let ((?s32 (ite ?s27 0 (- ?s28 (* ?s24 (ite ?s29 (div ?s28 ?s24) (ite ?s30 (div (- ?s28) ?s31) 0)))))))
 (let ((?s33 (v.u64.r1 ?s7)))
 (let ((?s34 (>= ?s33 0)))
 (let ((?s35 (<= ?s33 18446744073709551615)))
 (let ((?s36 (= ?s33 0)))
 (let ((?s37 (ite (and ?s9 (<= ?s8 18446744073709551615)) ?s8 (cast_oob.u8.u64 ?s8))))
 (let ((?s38 (> ?s33 0)))
 (let ((?s39 (< ?s33 0)))
 (let ((?s40 (- ?s33)))
 (let ((?s41 (ite ?s36 0 (- ?s37 (* ?s33 (ite ?s38 (div ?s37 ?s33) (ite ?s39 (div (- ?s37) ?s40) 0)))))))
 (let ((?s42 (u.u16.r1 ?s7)))
 (let ((?s43 (>= ?s42 0)))
 (let ((?s44 (<= ?s42 65535)))
 (let ((?s45 (ite (and ?s12 (<= ?s11 65535)) ?s11 (cast_oob.u8.u16 ?s11))))
 (let ((?s46 (- ?s42)))
 (let ((?s47 (ite (= ?s45 0) 0 (- ?s42 (* ?s45 (ite (> ?s45 0) (div ?s42 ?s45) (ite (< ?s45 0) (div ?s46 (- ?s45)) 0)))))))
 (let ((?s48 (ite ?s18 0 (- ?s42 (* ?s15 (ite ?s20 (div ?s42 ?s15) (ite ?s21 (div ?s46 ?s22) 0)))))))
 (let ((?s49 (ite (and ?s43 (<= ?s42 4294967295)) ?s42 (cast_oob.u16.u32 ?s42))))
 (let ((?s50 (ite ?s27 0 (- ?s49 (* ?s24 (ite ?s29 (div ?s49 ?s24) (ite ?s30 (div (- ?s49) ?s31) 0)))))))
 (let ((?s51 (ite (and ?s43 (<= ?s42 18446744073709551615)) ?s42 (cast_oob.u16.u64 ?s42))))
 (let ((?s52 (ite ?s36 0 (- ?s51 (* ?s33 (ite ?s38 (div ?s51 ?s33) (ite ?s39 (div (- ?s51) ?s40) 0)))))))
 (let ((?s53 (u.u32.r1 ?s7)))
 (let ((?s54 (>= ?s53 0)))
 (let ((?s55 (<= ?s53 4294967295)))
 (let ((?s56 (ite (and ?s12 (<= ?s11 4294967295)) ?s11 (cast_oob.u8.u32 ?s11))))
 (let ((?s57 (- ?s53)))
 (let ((?s58 (ite (= ?s56 0) 0 (- ?s53 (* ?s56 (ite (> ?s56 0) (div ?s53 ?s56) (ite (< ?s56 0) (div ?s57 (- ?s56)) 0)))))))
 (let ((?s59 (ite (and ?s16 (<= ?s15 4294967295)) ?s15 (cast_oob.u16.u32 ?s15))))
 (let ((?s60 (ite (= ?s59 0) 0 (- ?s53 (* ?s59 (ite (> ?s59 0) (div ?s53 ?s59) (ite (< ?s59 0) (div ?s57 (- ?s59)) 0)))))))
 (let ((?s61 (ite ?s27 0 (- ?s53 (* ?s24 (ite ?s29 (div ?s53 ?s24) (ite ?s30 (div ?s57 ?s31) 0)))))))
 (let ((?s62 (ite (and ?s54 (<= ?s53 18446744073709551615)) ?s53 (cast_oob.u32.u64 ?s53))))
 (let ((?s63 (ite ?s36 0 (- ?s62 (* ?s33 (ite ?s38 (div ?s62 ?s33) (ite ?s39 (div (- ?s62) ?s40) 0)))))))
 (let ((?s64 (u.u64.r1 ?s7)))
 (let ((?s65 (>= ?s64 0)))
 (let ((?s66 (<= ?s64 18446744073709551615)))
 (let ((?s67 (ite (and ?s12 (<= ?s11 18446744073709551615)) ?s11 (cast_oob.u8.u64 ?s11))))
 (let ((?s68 (- ?s64)))
 (let ((?s69 (ite (= ?s67 0) 0 (- ?s64 (* ?s67 (ite (> ?s67 0) (div ?s64 ?s67) (ite (< ?s67 0) (div ?s68 (- ?s67)) 0)))))))
 (let ((?s70 (ite (and ?s16 (<= ?s15 18446744073709551615)) ?s15 (cast_oob.u16.u64 ?s15))))
 (let ((?s71 (ite (= ?s70 0) 0 (- ?s64 (* ?s70 (ite (> ?s70 0) (div ?s64 ?s70) (ite (< ?s70 0) (div ?s68 (- ?s70)) 0)))))))
 (let ((?s72 (ite (and ?s25 (<= ?s24 18446744073709551615)) ?s24 (cast_oob.u32.u64 ?s24))))
 (let ((?s73 (ite (= ?s72 0) 0 (- ?s64 (* ?s72 (ite (> ?s72 0) (div ?s64 ?s72) (ite (< ?s72 0) (div ?s68 (- ?s72)) 0)))))))
 (let ((?s74 (ite ?s36 0 (- ?s64 (* ?s33 (ite ?s38 (div ?s64 ?s33) (ite ?s39 (div ?s68 ?s40) 0)))))))
 (or ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s9 ?s10 ?s12 ?s13 ?s9 ?s10 ?s12 ?s13 (not (= ?s14 ?s14))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s9 ?s10 ?s16 ?s17 ?s9 ?s10 ?s16 ?s17 (not (= ?s23 ?s23))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s9 ?s10 ?s25 ?s26 ?s9 ?s10 ?s25 ?s26 (not (= ?s32 ?s32))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s9 ?s10 ?s34 ?s35 ?s9 ?s10 ?s34 ?s35 (not (= ?s41 ?s41))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s43 ?s44 ?s12 ?s13 ?s43 ?s44 ?s12 ?s13 (not (= ?s47 ?s47))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s43 ?s44 ?s16 ?s17 ?s43 ?s44 ?s16 ?s17 (not (= ?s48 ?s48))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s43 ?s44 ?s25 ?s26 ?s43 ?s44 ?s25 ?s26 (not (= ?s50 ?s50))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s43 ?s44 ?s34 ?s35 ?s43 ?s44 ?s34 ?s35 (not (= ?s52 ?s52))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s54 ?s55 ?s12 ?s13 ?s54 ?s55 ?s12 ?s13 (not (= ?s58 ?s58))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s54 ?s55 ?s16 ?s17 ?s54 ?s55 ?s16 ?s17 (not (= ?s60 ?s60))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s54 ?s55 ?s25 ?s26 ?s54 ?s55 ?s25 ?s26 (not (= ?s61 ?s61))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s54 ?s55 ?s34 ?s35 ?s54 ?s55 ?s34 ?s35 (not (= ?s63 ?s63))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s65 ?s66 ?s12 ?s13 ?s65 ?s66 ?s12 ?s13 (not (= ?s69 ?s69))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s65 ?s66 ?s16 ?s17 ?s65 ?s66 ?s16 ?s17 (not (= ?s71 ?s71))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s65 ?s66 ?s25 ?s26 ?s65 ?s66 ?s25 ?s26 (not (= ?s73 ?s73))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s65 ?s66 ?s34 ?s35 ?s65 ?s66 ?s34 ?s35 (not (= ?s74 ?s74)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
