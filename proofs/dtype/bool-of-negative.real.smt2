; versa proof obligation for rule 'bool-of-negative' (rules/library/dtype.toml), domain real: proved
; lhs: astype(-x, bool)
; rhs: astype(x, bool)
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
(declare-sort Shape 0)
(declare-fun i () Idx)
(declare-fun in_bounds (Idx Shape) Bool)
(declare-fun shape.x () Shape)
(declare-fun x.f16.any (Idx) Real)
(declare-fun x.f32.any (Idx) Real)
(declare-fun x.f64.any (Idx) Real)
(declare-fun x.i16.any (Idx) Int)
(declare-fun x.i32.any (Idx) Int)
(declare-fun x.i64.any (Idx) Int)
(declare-fun x.i8.any (Idx) Int)
(declare-fun x.u16.any (Idx) Int)
(declare-fun x.u32.any (Idx) Int)
(declare-fun x.u64.any (Idx) Int)
(declare-fun x.u8.any (Idx) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (= shape.x shape.x)))
 (let ((?s4 (and true true true (not ?s3))))
 (let ((?s5 (and true true true true ?s1)))
 (let ((?s6 (in_bounds i shape.x)))
 (let ((?s7 (x.i8.any i)))
 (let ((?s8 (>= ?s7 (- 128))))
 (let ((?s9 (<= ?s7 127)))
 (let ((?s10 (x.i16.any i)))
 (let ((?s11 (>= ?s10 (- 32768))))
 (let ((?s12 (<= ?s10 32767)))
 (let ((?s13 (x.i32.any i)))
 (let ((?s14 (>= ?s13 (- 2147483648))))
 (let ((?s15 (<= ?s13 2147483647)))
 (let ((?s16 (x.i64.any i)))
 (let ((?s17 (>= ?s16 (- 9223372036854775808))))
 (let ((?s18 (<= ?s16 9223372036854775807)))
 (let ((?s19 (x.u8.any i)))
 (let ((?s20 (>= ?s19 0)))
 (let ((?s21 (<= ?s19 255)))
 (let ((?s22 (x.u16.any i)))
 (let ((?s23 (>= ?s22 0)))
 (let ((?s24 (<= ?s22 65535)))
 (let ((?s25 (x.u32.any i)))
 (let ((?s26 (>= ?s25 0)))
 (let ((?s27 (<= ?s25 4294967295)))
 (let ((?s28 (x.u64.any i)))
 (let ((?s29 (>= ?s28 0)))
 (let ((?s30 (<= ?s28 18446744073709551615)))
 (let ((?s31 (x.f16.any i)))
 (let ((?s32 (x.f32.any i)))
 (let ((?s33 (x.f64.any i)))
 (or ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s8 ?s9 ?s8 ?s9 (not (= (distinct (- ?s7) 0) (distinct ?s7 0)))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s11 ?s12 ?s11 ?s12 (not (= (distinct (- ?s10) 0) (distinct ?s10 0)))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s14 ?s15 ?s14 ?s15 (not (= (distinct (- ?s13) 0) (distinct ?s13 0)))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s17 ?s18 ?s17 ?s18 (not (= (distinct (- ?s16) 0) (distinct ?s16 0)))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s20 ?s21 ?s20 ?s21 (not (= (distinct (- ?s19) 0) (distinct ?s19 0)))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s23 ?s24 ?s23 ?s24 (not (= (distinct (- ?s22) 0) (distinct ?s22 0)))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s26 ?s27 ?s26 ?s27 (not (= (distinct (- ?s25) 0) (distinct ?s25 0)))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s29 ?s30 ?s29 ?s30 (not (= (distinct (- ?s28) 0) (distinct ?s28 0)))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 (not (= (distinct (- ?s31) 0.0) (distinct ?s31 0.0)))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 (not (= (distinct (- ?s32) 0.0) (distinct ?s32 0.0)))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 (not (= (distinct (- ?s33) 0.0) (distinct ?s33 0.0)))))))))))))))))))))))))))))))))))))))
(check-sat)
