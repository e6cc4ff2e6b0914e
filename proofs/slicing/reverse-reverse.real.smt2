; versa proof obligation for rule 'reverse-reverse' (rules/library/slicing.toml), domain real: proved
; lhs: x[::-1][::-1]
; rhs: x
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
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (ite (<= 0 n) n 0)))
 (let ((?s5 (ite (<= 0 ?s4) ?s4 0)))
 (let ((?s6 (= ?s5 n)))
 (let ((?s7 (and ?s3 true true true (not ?s6))))
 (let ((?s8 (and true true true true ?s1)))
 (let ((?s9 (>= i0 0)))
 (let ((?s10 (< i0 ?s5)))
 (let ((?s11 (+ (- n 1) (* (+ (- ?s4 1) (* i0 (- 1))) (- 1)))))
 (let ((?s12 (x.i8.r1 ?s11)))
 (let ((?s13 (x.i8.r1 i0)))
 (let ((?s14 (x.i16.r1 ?s11)))
 (let ((?s15 (x.i16.r1 i0)))
 (let ((?s16 (x.i32.r1 ?s11)))
 (let ((?s17 (x.i32.r1 i0)))
 (let ((?s18 (x.i64.r1 ?s11)))
 (let ((?s19 (x.i64.r1 i0)))
 (let ((?s20 (x.u8.r1 ?s11)))
 (let ((?s21 (x.u8.r1 i0)))
 (let ((?s22 (x.u16.r1 ?s11)))
 (let ((?s23 (x.u16.r1 i0)))
 (let ((?s24 (x.u32.r1 ?s11)))
 (let ((?s25 (x.u32.r1 i0)))
 (let ((?s26 (x.u64.r1 ?s11)))
 (let ((?s27 (x.u64.r1 i0)))
 (or ?s2 ?s7 ?s8 (and ?s3 true true true ?s6 true true ?s9 ?s10 (>= ?s12 (- 128)) (<= ?s12 127) (>= ?s13 (- 128)) (<= ?s13 127) (not (= ?s12 ?s13))) ?s2 ?s7 ?s8 (and ?s3 true true true ?s6 true true ?s9 ?s10 (>= ?s14 (- 32768)) (<= ?s14 32767) (>= ?s15 (- 32768)) (<= ?s15 32767) (not (= ?s14 ?s15))) ?s2 ?s7 ?s8 (and ?s3 true true true ?s6 true true ?s9 ?s10 (>= ?s16 (- 2147483648)) (<= ?s16 2147483647) (>= ?s17 (- 2147483648)) (<= ?s17 2147483647) (not (= ?s16 ?s17))) ?s2 ?s7 ?s8 (and ?s3 true true true ?s6 true true ?s9 ?s10 (>= ?s18 (- 9223372036854775808)) (<= ?s18 9223372036854775807) (>= ?s19 (- 9223372036854775808)) (<= ?s19 9223372036854775807) (not (= ?s18 ?s19))) ?s2 ?s7 ?s8 (and ?s3 true true true ?s6 true true ?s9 ?s10 (>= ?s20 0) (<= ?s20 255) (>= ?s21 0) (<= ?s21 255) (not (= ?s20 ?s21))) ?s2 ?s7 ?s8 (and ?s3 true true true ?s6 true true ?s9 ?s10 (>= ?s22 0) (<= ?s22 65535) (>= ?s23 0) (<= ?s23 65535) (not (= ?s22 ?s23))) ?s2 ?s7 ?s8 (and ?s3 true true true ?s6 true true ?s9 ?s10 (>= ?s24 0) (<= ?s24 4294967295) (>= ?s25 0) (<= ?s25 4294967295) (not (= ?s24 ?s25))) ?s2 ?s7 ?s8 (and ?s3 true true true ?s6 true true ?s9 ?s10 (>= ?s26 0) (<= ?s26 18446744073709551615) (>= ?s27 0) (<= ?s27 18446744073709551615) (not (= ?s26 ?s27))) ?s2 ?s7 ?s8 (and ?s3 true true true ?s6 true true ?s9 ?s10 (not (= (x.f16.r1 ?s11) (x.f16.r1 i0)))) ?s2 ?s7 ?s8 (and ?s3 true true true ?s6 true true ?s9 ?s10 (not (= (x.f32.r1 ?s11) (x.f32.r1 i0)))) ?s2 ?s7 ?s8 (and ?s3 true true true ?s6 true true ?s9 ?s10 (not (= (x.f64.r1 ?s11) (x.f64.r1 i0)))))))))))))))))))))))))))))))))
(check-sat)
