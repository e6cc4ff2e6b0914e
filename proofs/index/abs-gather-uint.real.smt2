; versa proof obligation for rule 'abs-gather-uint' (rules/library/index.toml), domain real: proved
; lhs: abs(v)[idx]
; rhs: abs(v[idx])
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
(set-logic ALL)
(declare-fun g%1!1 () Int)
(declare-fun g%1!2 () Int)
(declare-fun g%2!3 () Int)
(declare-fun i0 () Int)
(declare-fun idx.i64.r1 (Int) Int)
(declare-fun n () Int)
(declare-fun q () Int)
(declare-fun v.u16.r1 (Int) Int)
(declare-fun v.u32.r1 (Int) Int)
(declare-fun v.u64.r1 (Int) Int)
(declare-fun v.u8.r1 (Int) Int)
(assert
 (let ((?s1 (and true true (not true))))
 (let ((?s2 (>= q 0)))
 (let ((?s3 (= q q)))
 (let ((?s4 (and ?s2 true true true (not ?s3))))
 (let ((?s5 (>= n 0)))
 (let ((?s6 (= 0 q)))
 (let ((?s7 (or ?s6 (forall ((g%1!2 Int)) (=> (and (>= g%1!2 0) (< g%1!2 q)) (and (<= (- 0 n) (idx.i64.r1 g%1!2)) (< (idx.i64.r1 g%1!2) n)))))))
 (let ((?s8 (idx.i64.r1 g%1!1)))
 (let ((?s9 (>= ?s8 (- 9223372036854775808))))
 (let ((?s10 (<= ?s8 9223372036854775807)))
 (let ((?s11 (idx.i64.r1 g%1!2)))
 (let ((?s12 (>= ?s11 (- 9223372036854775808))))
 (let ((?s13 (<= ?s11 9223372036854775807)))
 (let ((?s14 (idx.i64.r1 g%2!3)))
 (let ((?s15 (>= ?s14 (- 9223372036854775808))))
 (let ((?s16 (<= ?s14 9223372036854775807)))
 (let ((?s17 (or ?s6 (forall ((g%2!3 Int)) (=> (and (>= g%2!3 0) (< g%2!3 q)) (and (<= (- 0 n) (idx.i64.r1 g%2!3)) (< (idx.i64.r1 g%2!3) n)))))))
 (let ((?s18 (and ?s5 ?s2 true true true ?s7 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 (not ?s17))))
 (let ((?s19 (>= i0 0)))
 (let ((?s20 (< i0 q)))
 (let ((?s21 (idx.i64.r1 i0)))
 (let ((?s22 (>= ?s21 (- 9223372036854775808))))
 (let ((?s23 (<= ?s21 9223372036854775807)))
 (let ((?s24 (ite (> 0 ?s21) (+ ?s21 n) ?s21)))
 (let ((?s25 (v.u8.r1 ?s24)))
 (let ((?s26 (>= ?s25 0)))
 (let ((?s27 (<= ?s25 255)))
 (let ((?s28 (ite (< ?s25 0) (- ?s25) ?s25)))
 (let ((?s29 (v.u16.r1 ?s24)))
 (let ((?s30 (>= ?s29 0)))
 (let ((?s31 (<= ?s29 65535)))
 (let ((?s32 (ite (< ?s29 0) (- ?s29) ?s29)))
 (let ((?s33 (v.u32.r1 ?s24)))
 (let ((?s34 (>= ?s33 0)))
 (let ((?s35 (<= ?s33 4294967295)))
 (let ((?s36 (ite (< ?s33 0) (- ?s33) ?s33)))
 (let ((?s37 (v.u64.r1 ?s24)))
 (let ((?s38 (>= ?s37 0)))
 (let ((?s39 (<= ?s37 18446744073709551615)))
 (let ((?s40 (ite (< ?s37 0) (- ?s37) ?s37)))
 (or ?s1 ?s4 ?s18 (and ?s5 ?s2 true true true ?s3 ?s7 ?s17 ?s19 ?s20 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s22 ?s23 ?s22 ?s23 ?s22 ?s23 ?s26 ?s27 ?s22 ?s23 ?s22 ?s23 ?s22 ?s23 ?s26 ?s27 (not (= ?s28 ?s28))) ?s1 ?s4 ?s18 (and ?s5 ?s2 true true true ?s3 ?s7 ?s17 ?s19 ?s20 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s22 ?s23 ?s22 ?s23 ?s22 ?s23 ?s30 ?s31 ?s22 ?s23 ?s22 ?s23 ?s22 ?s23 ?s30 ?s31 (not (= ?s32 ?s32))) ?s1 ?s4 ?s18 (and ?s5 ?s2 true true true ?s3 ?s7 ?s17 ?s19 ?s20 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s22 ?s23 ?s22 ?s23 ?s22 ?s23 ?s34 ?s35 ?s22 ?s23 ?s22 ?s23 ?s22 ?s23 ?s34 ?s35 (not (= ?s36 ?s36))) ?s1 ?s4 ?s18 (and ?s5 ?s2 true true true ?s3 ?s7 ?s17 ?s19 ?s20 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 ?s22 ?s23 ?s22 ?s23 ?s22 ?s23 ?s38 ?s39 ?s22 ?s23 ?s22 ?s23 ?s22 ?s23 ?s38 ?s39 (not (= ?s40 ?s40)))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
