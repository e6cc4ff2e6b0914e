; versa proof obligation for rule 'square-to-mul' (rules/library/algebra-ieee.toml), domain real: proved
; lhs: square(u)
; rhs: u * u
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
(declare-fun shape.u () Shape)
(declare-fun u.f16.any (Idx) Real)
(declare-fun u.f32.any (Idx) Real)
(declare-fun u.f64.any (Idx) Real)
(declare-fun u.i16.any (Idx) Int)
(declare-fun u.i32.any (Idx) Int)
(declare-fun u.i64.any (Idx) Int)
(declare-fun u.i8.any (Idx) Int)
(declare-fun u.u16.any (Idx) Int)
(declare-fun u.u32.any (Idx) Int)
(declare-fun u.u64.any (Idx) Int)
(declare-fun u.u8.any (Idx) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (= shape.u shape.u)))
 (let ((?s4 (and true true true (not ?s3))))
 (let ((?s5 (and true true true true ?s1)))
 (let ((?s6 (in_bounds i shape.u)))
 (let ((?s7 (u.i8.any i)))
 (let ((?s8 (>= ?s7 (- 128))))
 (let ((?s9 (<= ?s7 127)))
 (let ((?s10 (* ?s7 ?s7)))
 (let ((?s11 (u.i16.any i)))
 (let ((?s12 (>= ?s11 (- 32768))))
 (let ((?s13 (<= ?s11 32767)))
 (let ((?s14 (* ?s11 ?s11)))
 (let ((?s15 (u.i32.any i)))
 (let ((?s16 (>= ?s15 (- 2147483648))))
 (let ((?s17 (<= ?s15 2147483647)))
 (let ((?s18 (* ?s15 ?s15)))
 (let ((?s19 (u.i64.any i)))
 (let ((?s20 (>= ?s19 (- 9223372036854775808))))
 (let ((?s21 (<= ?s19 9223372036854775807)))
 (let ((?s22 (* ?s19 ?s19)))
 (let ((?s23 (u.u8.any i)))
 (let ((?s24 (>= ?s23 0)))
 (let ((?s25 (<= ?s23 255)))
 (let ((?s26 (* ?s23 ?s23)))
 (let ((?s27 (u.u16.any i)))
 (let ((?s28 (>= ?s27 0)))
 (let ((?s29 (<= ?s27 65535)))
 (let ((?s30 (* ?s27 ?s27)))
 (let ((?s31 (u.u32.any i)))
 (let ((?s32 (>= ?s31 0)))
 (let ((?s33 (<= ?s31 4294967295)))
 (let ((?s34 (* ?s31 ?s31)))
 (let ((?s35 (u.u64.any i)))
 (let ((?s36 (>= ?s35 0)))
 (let ((?s37 (<= ?s35 18446744073709551615)))
 (let ((?s38 (* ?s35 ?s35)))
 (let ((?s39 (u.f16.any i)))
 (let ((?s40 (* ?s39 ?s39)))
 (let ((?s41 (u.f32.any i)))
 (let ((?s42 (* ?s41 ?s41)))
 (let ((?s43 (u.f64.any i)))
 (let ((?s44 (* ?s43 ?s43)))
 (or ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s8 ?s9 ?s8 ?s9 ?s8 ?s9 (not (= ?s10 ?s10))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s12 ?s13 ?s12 ?s13 ?s12 ?s13 (not (= ?s14 ?s14))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s16 ?s17 ?s16 ?s17 ?s16 ?s17 (not (= ?s18 ?s18))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s20 ?s21 ?s20 ?s21 ?s20 ?s21 (not (= ?s22 ?s22))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s24 ?s25 ?s24 ?s25 ?s24 ?s25 (not (= ?s26 ?s26))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s28 ?s29 ?s28 ?s29 ?s28 ?s29 (not (= ?s30 ?s30))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s32 ?s33 ?s32 ?s33 ?s32 ?s33 (not (= ?s34 ?s34))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s36 ?s37 ?s36 ?s37 ?s36 ?s37 (not (= ?s38 ?s38))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 (not (= ?s40 ?s40))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 (not (= ?s42 ?s42))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 (not (= ?s44 ?s44)))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
