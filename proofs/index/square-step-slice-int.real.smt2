; versa proof obligation for rule 'square-step-slice-int' (rules/library/index.toml), domain real: proved
; lhs: square(v)[a:b:s]
; rhs: square(v[a:b:s])
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
(declare-fun a () Int)
(declare-fun b () Int)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun s () Int)
(declare-fun v.i16.r1 (Int) Int)
(declare-fun v.i32.r1 (Int) Int)
(declare-fun v.i64.r1 (Int) Int)
(declare-fun v.i8.r1 (Int) Int)
(assert
 (let ((?s1 (distinct 0 s)))
 (let ((?s2 (and true ?s1 (not ?s1))))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (< 0 s)))
 (let ((?s5 (+ a n)))
 (let ((?s6 (ite ?s4 0 (- 1))))
 (let ((?s7 (ite ?s4 n (- n 1))))
 (let ((?s8 (ite (> 0 a) (ite (> 0 ?s5) ?s6 ?s5) (ite (<= n a) ?s7 a))))
 (let ((?s9 (+ b n)))
 (let ((?s10 (ite (> 0 b) (ite (> 0 ?s9) ?s6 ?s9) (ite (<= n b) ?s7 b))))
 (let ((?s11 (- (- ?s10 ?s8) 1)))
 (let ((?s12 (- 0 s)))
 (let ((?s13 (- (- ?s8 ?s10) 1)))
 (let ((?s14 (ite ?s4 (ite (< ?s8 ?s10) (+ (ite (> s 0) (div ?s11 s) (ite (< s 0) (div (- ?s11) (- s)) 0)) 1) 0) (ite (< ?s10 ?s8) (+ (ite (> ?s12 0) (div ?s13 ?s12) (ite (< ?s12 0) (div (- ?s13) (- ?s12)) 0)) 1) 0))))
 (let ((?s15 (= ?s14 ?s14)))
 (let ((?s16 (and ?s3 true ?s1 ?s1 (not ?s15))))
 (let ((?s17 (and true true (not true))))
 (let ((?s18 (>= i0 0)))
 (let ((?s19 (< i0 ?s14)))
 (let ((?s20 (+ ?s8 (* i0 s))))
 (let ((?s21 (v.i8.r1 ?s20)))
 (let ((?s22 (>= ?s21 (- 128))))
 (let ((?s23 (<= ?s21 127)))
 (let ((?s24 (* ?s21 ?s21)))
 (let ((?s25 (v.i16.r1 ?s20)))
 (let ((?s26 (>= ?s25 (- 32768))))
 (let ((?s27 (<= ?s25 32767)))
 (let ((?s28 (* ?s25 ?s25)))
 (let ((?s29 (v.i32.r1 ?s20)))
 (let ((?s30 (>= ?s29 (- 2147483648))))
 (let ((?s31 (<= ?s29 2147483647)))
 (let ((?s32 (* ?s29 ?s29)))
 (let ((?s33 (v.i64.r1 ?s20)))
 (let ((?s34 (>= ?s33 (- 9223372036854775808))))
 (let ((?s35 (<= ?s33 9223372036854775807)))
 (let ((?s36 (* ?s33 ?s33)))
 (or ?s2 ?s16 ?s17 (and ?s3 true ?s1 ?s1 ?s15 true true ?s18 ?s19 ?s22 ?s23 ?s22 ?s23 (not (= ?s24 ?s24))) ?s2 ?s16 ?s17 (and ?s3 true ?s1 ?s1 ?s15 true true ?s18 ?s19 ?s26 ?s27 ?s26 ?s27 (not (= ?s28 ?s28))) ?s2 ?s16 ?s17 (and ?s3 true ?s1 ?s1 ?s15 true true ?s18 ?s19 ?s30 ?s31 ?s30 ?s31 (not (= ?s32 ?s32))) ?s2 ?s16 ?s17 (and ?s3 true ?s1 ?s1 ?s15 true true ?s18 ?s19 ?s34 ?s35 ?s34 ?s35 (not (= ?s36 ?s36)))))))))))))))))))))))))))))))))))))))))
(check-sat)
