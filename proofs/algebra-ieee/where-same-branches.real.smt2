; versa proof obligation for rule 'where-same-branches' (rules/library/algebra-ieee.toml), domain real: proved
; lhs: where(m, p, p)
; rhs: p
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
(declare-fun i0 () Int)
(declare-fun m.bool.r1 (Int) Bool)
(declare-fun n () Int)
(declare-fun p.f16.r1 (Int) Real)
(declare-fun p.f32.r1 (Int) Real)
(declare-fun p.f64.r1 (Int) Real)
(declare-fun p.i16.r1 (Int) Int)
(declare-fun p.i32.r1 (Int) Int)
(declare-fun p.i64.r1 (Int) Int)
(declare-fun p.i8.r1 (Int) Int)
(declare-fun p.u16.r1 (Int) Int)
(declare-fun p.u32.r1 (Int) Int)
(declare-fun p.u64.r1 (Int) Int)
(declare-fun p.u8.r1 (Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (= n n)))
 (let ((?s5 (and ?s3 true true true (not ?s4))))
 (let ((?s6 (and true true true true ?s1)))
 (let ((?s7 (>= i0 0)))
 (let ((?s8 (< i0 n)))
 (let ((?s9 (p.i8.r1 i0)))
 (let ((?s10 (>= ?s9 (- 128))))
 (let ((?s11 (<= ?s9 127)))
 (let ((?s12 (m.bool.r1 i0)))
 (let ((?s13 (p.i16.r1 i0)))
 (let ((?s14 (>= ?s13 (- 32768))))
 (let ((?s15 (<= ?s13 32767)))
 (let ((?s16 (p.i32.r1 i0)))
 (let ((?s17 (>= ?s16 (- 2147483648))))
 (let ((?s18 (<= ?s16 2147483647)))
 (let ((?s19 (p.i64.r1 i0)))
 (let ((?s20 (>= ?s19 (- 9223372036854775808))))
 (let ((?s21 (<= ?s19 9223372036854775807)))
 (let ((?s22 (p.u8.r1 i0)))
 (let ((?s23 (>= ?s22 0)))
 (let ((?s24 (<= ?s22 255)))
 (let ((?s25 (p.u16.r1 i0)))
 (let ((?s26 (>= ?s25 0)))
 (let ((?s27 (<= ?s25 65535)))
 (let ((?s28 (p.u32.r1 i0)))
 (let ((?s29 (>= ?s28 0)))
 (let ((?s30 (<= ?s28 4294967295)))
 (let ((?s31 (p.u64.r1 i0)))
 (let ((?s32 (>= ?s31 0)))
 (let ((?s33 (<= ?s31 18446744073709551615)))
 (let ((?s34 (p.f16.r1 i0)))
 (let ((?s35 (p.f32.r1 i0)))
 (let ((?s36 (p.f64.r1 i0)))
 (or ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s10 ?s11 ?s10 ?s11 (not (= (ite ?s12 ?s9 ?s9) ?s9))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s14 ?s15 ?s14 ?s15 ?s14 ?s15 (not (= (ite ?s12 ?s13 ?s13) ?s13))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s17 ?s18 ?s17 ?s18 ?s17 ?s18 (not (= (ite ?s12 ?s16 ?s16) ?s16))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s20 ?s21 ?s20 ?s21 ?s20 ?s21 (not (= (ite ?s12 ?s19 ?s19) ?s19))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s23 ?s24 ?s23 ?s24 ?s23 ?s24 (not (= (ite ?s12 ?s22 ?s22) ?s22))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s26 ?s27 ?s26 ?s27 ?s26 ?s27 (not (= (ite ?s12 ?s25 ?s25) ?s25))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s29 ?s30 ?s29 ?s30 ?s29 ?s30 (not (= (ite ?s12 ?s28 ?s28) ?s28))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s32 ?s33 ?s32 ?s33 ?s32 ?s33 (not (= (ite ?s12 ?s31 ?s31) ?s31))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 (not (= (ite ?s12 ?s34 ?s34) ?s34))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 (not (= (ite ?s12 ?s35 ?s35) ?s35))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 (not (= (ite ?s12 ?s36 ?s36) ?s36)))))))))))))))))))))))))))))))))))))))))
(check-sat)
