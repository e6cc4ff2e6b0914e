; versa proof obligation for rule 'astype-key' (rules/library/index.toml), domain real: proved
; lhs: astype(w, f32)[key]
; rhs: astype(w[key], f32)
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
(declare-sort Idx 0)
(declare-sort Key 0)
(declare-sort Shape 0)
(declare-fun i () Idx)
(declare-fun in_bounds (Idx Shape) Bool)
(declare-fun key.key () Key)
(declare-fun key_index (Key Shape Idx) Idx)
(declare-fun key_shape (Key Shape) Shape)
(declare-fun key_valid (Key Shape) Bool)
(declare-fun shape.w () Shape)
(declare-fun w.f16.any (Idx) Real)
(declare-fun w.f32.any (Idx) Real)
(declare-fun w.f64.any (Idx) Real)
(declare-fun w.i16.any (Idx) Int)
(declare-fun w.i32.any (Idx) Int)
(declare-fun w.i64.any (Idx) Int)
(declare-fun w.i8.any (Idx) Int)
(declare-fun w.u16.any (Idx) Int)
(declare-fun w.u32.any (Idx) Int)
(declare-fun w.u64.any (Idx) Int)
(declare-fun w.u8.any (Idx) Int)
(assert
 (let ((?s1 (and true true (not true))))
 (let ((?s2 (key_shape key.key shape.w)))
 (let ((?s3 (= ?s2 ?s2)))
 (let ((?s4 (and true true true (not ?s3))))
 (let ((?s5 (key_valid key.key shape.w)))
 (let ((?s6 (and true true true ?s5 (not ?s5))))
 (let ((?s7 (in_bounds i ?s2)))
 (let ((?s8 (key_index key.key shape.w i)))
 (let ((?s9 (w.i8.any ?s8)))
 (let ((?s10 (>= ?s9 (- 128))))
 (let ((?s11 (<= ?s9 127)))
 (let ((?s12 (to_real ?s9)))
 (let ((?s13 (w.i16.any ?s8)))
 (let ((?s14 (>= ?s13 (- 32768))))
 (let ((?s15 (<= ?s13 32767)))
 (let ((?s16 (to_real ?s13)))
 (let ((?s17 (w.i32.any ?s8)))
 (let ((?s18 (>= ?s17 (- 2147483648))))
 (let ((?s19 (<= ?s17 2147483647)))
 (let ((?s20 (to_real ?s17)))
 (let ((?s21 (w.i64.any ?s8)))
 (let ((?s22 (>= ?s21 (- 9223372036854775808))))
 (let ((?s23 (<= ?s21 9223372036854775807)))
 (let ((?s24 (to_real ?s21)))
 (let ((?s25 (w.u8.any ?s8)))
 (let ((?s26 (>= ?s25 0)))
 (let ((?s27 (<= ?s25 255)))
 (let ((?s28 (to_real ?s25)))
 (let ((?s29 (w.u16.any ?s8)))
 (let ((?s30 (>= ?s29 0)))
 (let ((?s31 (<= ?s29 65535)))
 (let ((?s32 (to_real ?s29)))
 (let ((?s33 (w.u32.any ?s8)))
 (let ((?s34 (>= ?s33 0)))
 (let ((?s35 (<= ?s33 4294967295)))
 (let ((?s36 (to_real ?s33)))
 (let ((?s37 (w.u64.any ?s8)))
 (let ((?s38 (>= ?s37 0)))
 (let ((?s39 (<= ?s37 18446744073709551615)))
 (let ((?s40 (to_real ?s37)))
 (let ((?s41 (w.f16.any ?s8)))
 (let ((?s42 (w.f32.any ?s8)))
 (let ((?s43 (w.f64.any ?s8)))
 (or ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 ?s10 ?s11 ?s10 ?s11 (not (= ?s12 ?s12))) ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 ?s14 ?s15 ?s14 ?s15 (not (= ?s16 ?s16))) ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 ?s18 ?s19 ?s18 ?s19 (not (= ?s20 ?s20))) ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 ?s22 ?s23 ?s22 ?s23 (not (= ?s24 ?s24))) ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 ?s26 ?s27 ?s26 ?s27 (not (= ?s28 ?s28))) ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 ?s30 ?s31 ?s30 ?s31 (not (= ?s32 ?s32))) ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 ?s34 ?s35 ?s34 ?s35 (not (= ?s36 ?s36))) ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 ?s38 ?s39 ?s38 ?s39 (not (= ?s40 ?s40))) ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 (not (= ?s41 ?s41))) ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 (not (= ?s42 ?s42))) ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 (not (= ?s43 ?s43))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
