; versa proof obligation for rule 'transpose-transpose' (rules/library/shape.toml), domain real: proved
; lhs: A.T.T
; rhs: A
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
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (>= k 0)))
 (let ((?s4 (>= m 0)))
 (let ((?s5 (and (= m m) (= k k))))
 (let ((?s6 (and ?s3 ?s4 true true true (not ?s5))))
 (let ((?s7 (and true true true true ?s1)))
 (let ((?s8 (>= i0 0)))
 (let ((?s9 (< i0 m)))
 (let ((?s10 (>= i1 0)))
 (let ((?s11 (< i1 k)))
 (let ((?s12 (A.i8.r2 i0 i1)))
 (let ((?s13 (>= ?s12 (- 128))))
 (let ((?s14 (<= ?s12 127)))
 (let ((?s15 (A.i16.r2 i0 i1)))
 (let ((?s16 (>= ?s15 (- 32768))))
 (let ((?s17 (<= ?s15 32767)))
 (let ((?s18 (A.i32.r2 i0 i1)))
 (let ((?s19 (>= ?s18 (- 2147483648))))
 (let ((?s20 (<= ?s18 2147483647)))
 (let ((?s21 (A.i64.r2 i0 i1)))
 (let ((?s22 (>= ?s21 (- 9223372036854775808))))
 (let ((?s23 (<= ?s21 9223372036854775807)))
 (let ((?s24 (A.u8.r2 i0 i1)))
 (let ((?s25 (>= ?s24 0)))
 (let ((?s26 (<= ?s24 255)))
 (let ((?s27 (A.u16.r2 i0 i1)))
 (let ((?s28 (>= ?s27 0)))
 (let ((?s29 (<= ?s27 65535)))
 (let ((?s30 (A.u32.r2 i0 i1)))
 (let ((?s31 (>= ?s30 0)))
 (let ((?s32 (<= ?s30 4294967295)))
 (let ((?s33 (A.u64.r2 i0 i1)))
 (let ((?s34 (>= ?s33 0)))
 (let ((?s35 (<= ?s33 18446744073709551615)))
 (let ((?s36 (A.f16.r2 i0 i1)))
 (let ((?s37 (A.f32.r2 i0 i1)))
 (let ((?s38 (A.f64.r2 i0 i1)))
 (or ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s13 ?s14 ?s13 ?s14 (not (= ?s12 ?s12))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s16 ?s17 ?s16 ?s17 (not (= ?s15 ?s15))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s19 ?s20 ?s19 ?s20 (not (= ?s18 ?s18))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s22 ?s23 ?s22 ?s23 (not (= ?s21 ?s21))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s25 ?s26 ?s25 ?s26 (not (= ?s24 ?s24))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s28 ?s29 ?s28 ?s29 (not (= ?s27 ?s27))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s31 ?s32 ?s31 ?s32 (not (= ?s30 ?s30))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s34 ?s35 ?s34 ?s35 (not (= ?s33 ?s33))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 (not (= ?s36 ?s36))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 (not (= ?s37 ?s37))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 (not (= ?s38 ?s38)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
