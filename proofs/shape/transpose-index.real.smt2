; versa proof obligation for rule 'transpose-index' (rules/library/shape.toml), domain real: proved
; lhs: A.T[i, j]
; rhs: A[j, i]
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
 (let ((?s6 (<= (- 0 k) i)))
 (let ((?s7 (< i k)))
 (let ((?s8 (<= (- 0 m) j)))
 (let ((?s9 (< j m)))
 (let ((?s10 (and ?s6 ?s7 ?s8 ?s9)))
 (let ((?s11 (and ?s8 ?s9 ?s6 ?s7)))
 (let ((?s12 (and ?s4 ?s5 true true true ?s10 (not ?s11))))
 (let ((?s13 (ite (> 0 j) (+ j m) j)))
 (let ((?s14 (ite (> 0 i) (+ i k) i)))
 (let ((?s15 (A.i8.r2 ?s13 ?s14)))
 (let ((?s16 (>= ?s15 (- 128))))
 (let ((?s17 (<= ?s15 127)))
 (let ((?s18 (A.i16.r2 ?s13 ?s14)))
 (let ((?s19 (>= ?s18 (- 32768))))
 (let ((?s20 (<= ?s18 32767)))
 (let ((?s21 (A.i32.r2 ?s13 ?s14)))
 (let ((?s22 (>= ?s21 (- 2147483648))))
 (let ((?s23 (<= ?s21 2147483647)))
 (let ((?s24 (A.i64.r2 ?s13 ?s14)))
 (let ((?s25 (>= ?s24 (- 9223372036854775808))))
 (let ((?s26 (<= ?s24 9223372036854775807)))
 (let ((?s27 (A.u8.r2 ?s13 ?s14)))
 (let ((?s28 (>= ?s27 0)))
 (let ((?s29 (<= ?s27 255)))
 (let ((?s30 (A.u16.r2 ?s13 ?s14)))
 (let ((?s31 (>= ?s30 0)))
 (let ((?s32 (<= ?s30 65535)))
 (let ((?s33 (A.u32.r2 ?s13 ?s14)))
 (let ((?s34 (>= ?s33 0)))
 (let ((?s35 (<= ?s33 4294967295)))
 (let ((?s36 (A.u64.r2 ?s13 ?s14)))
 (let ((?s37 (>= ?s36 0)))
 (let ((?s38 (<= ?s36 18446744073709551615)))
 (let ((?s39 (A.f16.r2 ?s13 ?s14)))
 (let ((?s40 (A.f32.r2 ?s13 ?s14)))
 (let ((?s41 (A.f64.r2 ?s13 ?s14)))
 (or ?s2 ?s3 ?s12 (and ?s4 ?s5 true true true true ?s10 ?s11 ?s16 ?s17 ?s16 ?s17 (not (= ?s15 ?s15))) ?s2 ?s3 ?s12 (and ?s4 ?s5 true true true true ?s10 ?s11 ?s19 ?s20 ?s19 ?s20 (not (= ?s18 ?s18))) ?s2 ?s3 ?s12 (and ?s4 ?s5 true true true true ?s10 ?s11 ?s22 ?s23 ?s22 ?s23 (not (= ?s21 ?s21))) ?s2 ?s3 ?s12 (and ?s4 ?s5 true true true true ?s10 ?s11 ?s25 ?s26 ?s25 ?s26 (not (= ?s24 ?s24))) ?s2 ?s3 ?s12 (and ?s4 ?s5 true true true true ?s10 ?s11 ?s28 ?s29 ?s28 ?s29 (not (= ?s27 ?s27))) ?s2 ?s3 ?s12 (and ?s4 ?s5 true true true true ?s10 ?s11 ?s31 ?s32 ?s31 ?s32 (not (= ?s30 ?s30))) ?s2 ?s3 ?s12 (and ?s4 ?s5 true true true true ?s10 ?s11 ?s34 ?s35 ?s34 ?s35 (not (= ?s33 ?s33))) ?s2 ?s3 ?s12 (and ?s4 ?s5 true true true true ?s10 ?s11 ?s37 ?s38 ?s37 ?s38 (not (= ?s36 ?s36))) ?s2 ?s3 ?s12 (and ?s4 ?s5 true true true true ?s10 ?s11 (not (= ?s39 ?s39))) ?s2 ?s3 ?s12 (and ?s4 ?s5 true true true true ?s10 ?s11 (not (= ?s40 ?s40))) ?s2 ?s3 ?s12 (and ?s4 ?s5 true true true true ?s10 ?s11 (not (= ?s41 ?s41))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
