; versa proof obligation for rule 'slice-stop-compose' (rules/library/slicing.toml), domain real: proved
; lhs: x[:a][:b]
; rhs: x[:b]
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
(declare-fun a () Int)
(declare-fun b () Int)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun x.f16.r1 (Int) Real)
(declare-fun x.f32.r1 (Int) Real)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun x.i16.r1 (Int) Int)
(declare-fun x.i32.r1 (Int) Int)
(declare-fun x.i64.r1 (Int) Int)
(declare-fun x.i8.r1 (Int) Int)
(declare-fun x.u16.r1 (Int) Int)
(declare-fun x.u32.r1 (Int) Int)
(declare-fun x.u64.r1 (Int) Int)
(declare-fun x.u8.r1 (Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true ?s1)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (and (<= 0 b) (<= b a))))
 (let ((?s5 (> 0 b)))
 (let ((?s6 (+ a n)))
 (let ((?s7 (ite (> 0 a) (ite (<= 0 ?s6) ?s6 0) (ite (<= a n) a n))))
 (let ((?s8 (ite (<= 0 ?s7) ?s7 0)))
 (let ((?s9 (+ b ?s8)))
 (let ((?s10 (ite ?s5 (ite (<= 0 ?s9) ?s9 0) (ite (<= b ?s8) b ?s8))))
 (let ((?s11 (ite (<= 0 ?s10) ?s10 0)))
 (let ((?s12 (+ b n)))
 (let ((?s13 (ite ?s5 (ite (<= 0 ?s12) ?s12 0) (ite (<= b n) b n))))
 (let ((?s14 (= ?s11 (ite (<= 0 ?s13) ?s13 0))))
 (let ((?s15 (and ?s3 ?s4 true true (not ?s14))))
 (let ((?s16 (and true true true ?s1)))
 (let ((?s17 (>= i0 0)))
 (let ((?s18 (< i0 ?s11)))
 (let ((?s19 (x.i8.r1 i0)))
 (let ((?s20 (>= ?s19 (- 128))))
 (let ((?s21 (<= ?s19 127)))
 (let ((?s22 (x.i16.r1 i0)))
 (let ((?s23 (>= ?s22 (- 32768))))
 (let ((?s24 (<= ?s22 32767)))
 (let ((?s25 (x.i32.r1 i0)))
 (let ((?s26 (>= ?s25 (- 2147483648))))
 (let ((?s27 (<= ?s25 2147483647)))
 (let ((?s28 (x.i64.r1 i0)))
 (let ((?s29 (>= ?s28 (- 9223372036854775808))))
 (let ((?s30 (<= ?s28 9223372036854775807)))
 (let ((?s31 (x.u8.r1 i0)))
 (let ((?s32 (>= ?s31 0)))
 (let ((?s33 (<= ?s31 255)))
 (let ((?s34 (x.u16.r1 i0)))
 (let ((?s35 (>= ?s34 0)))
 (let ((?s36 (<= ?s34 65535)))
 (let ((?s37 (x.u32.r1 i0)))
 (let ((?s38 (>= ?s37 0)))
 (let ((?s39 (<= ?s37 4294967295)))
 (let ((?s40 (x.u64.r1 i0)))
 (let ((?s41 (>= ?s40 0)))
 (let ((?s42 (<= ?s40 18446744073709551615)))
 (let ((?s43 (x.f16.r1 i0)))
 (let ((?s44 (x.f32.r1 i0)))
 (let ((?s45 (x.f64.r1 i0)))
 (or ?s2 ?s15 ?s16 (and ?s3 ?s4 true true ?s14 true true ?s17 ?s18 ?s20 ?s21 ?s20 ?s21 (not (= ?s19 ?s19))) ?s2 ?s15 ?s16 (and ?s3 ?s4 true true ?s14 true true ?s17 ?s18 ?s23 ?s24 ?s23 ?s24 (not (= ?s22 ?s22))) ?s2 ?s15 ?s16 (and ?s3 ?s4 true true ?s14 true true ?s17 ?s18 ?s26 ?s27 ?s26 ?s27 (not (= ?s25 ?s25))) ?s2 ?s15 ?s16 (and ?s3 ?s4 true true ?s14 true true ?s17 ?s18 ?s29 ?s30 ?s29 ?s30 (not (= ?s28 ?s28))) ?s2 ?s15 ?s16 (and ?s3 ?s4 true true ?s14 true true ?s17 ?s18 ?s32 ?s33 ?s32 ?s33 (not (= ?s31 ?s31))) ?s2 ?s15 ?s16 (and ?s3 ?s4 true true ?s14 true true ?s17 ?s18 ?s35 ?s36 ?s35 ?s36 (not (= ?s34 ?s34))) ?s2 ?s15 ?s16 (and ?s3 ?s4 true true ?s14 true true ?s17 ?s18 ?s38 ?s39 ?s38 ?s39 (not (= ?s37 ?s37))) ?s2 ?s15 ?s16 (and ?s3 ?s4 true true ?s14 true true ?s17 ?s18 ?s41 ?s42 ?s41 ?s42 (not (= ?s40 ?s40))) ?s2 ?s15 ?s16 (and ?s3 ?s4 true true ?s14 true true ?s17 ?s18 (not (= ?s43 ?s43))) ?s2 ?s15 ?s16 (and ?s3 ?s4 true true ?s14 true true ?s17 ?s18 (not (= ?s44 ?s44))) ?s2 ?s15 ?s16 (and ?s3 ?s4 true true ?s14 true true ?s17 ?s18 (not (= ?s45 ?s45))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
