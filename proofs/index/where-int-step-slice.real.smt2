; versa proof obligation for rule 'where-int-step-slice' (rules/library/index.toml), domain real: proved
; lhs: where(k, u, 0)[a:b:s]
; rhs: where(k[a:b:s], u[a:b:s], 0)
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
(declare-fun k.bool.r1 (Int) Bool)
(declare-fun n () Int)
(declare-fun s () Int)
(declare-fun u.i16.r1 (Int) Int)
(declare-fun u.i32.r1 (Int) Int)
(declare-fun u.i64.r1 (Int) Int)
(declare-fun u.i8.r1 (Int) Int)
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
 (let ((?s21 (u.i8.r1 ?s20)))
 (let ((?s22 (>= ?s21 (- 128))))
 (let ((?s23 (<= ?s21 127)))
 (let ((?s24 (k.bool.r1 ?s20)))
 (let ((?s25 (ite ?s24 ?s21 0)))
 (let ((?s26 (u.i16.r1 ?s20)))
 (let ((?s27 (>= ?s26 (- 32768))))
 (let ((?s28 (<= ?s26 32767)))
 (let ((?s29 (ite ?s24 ?s26 0)))
 (let ((?s30 (u.i32.r1 ?s20)))
 (let ((?s31 (>= ?s30 (- 2147483648))))
 (let ((?s32 (<= ?s30 2147483647)))
 (let ((?s33 (ite ?s24 ?s30 0)))
 (let ((?s34 (u.i64.r1 ?s20)))
 (let ((?s35 (>= ?s34 (- 9223372036854775808))))
 (let ((?s36 (<= ?s34 9223372036854775807)))
 (let ((?s37 (ite ?s24 ?s34 0)))
 (or ?s2 ?s16 ?s17 (and ?s3 true ?s1 ?s1 ?s15 true true ?s18 ?s19 ?s22 ?s23 ?s22 ?s23 (not (= ?s25 ?s25))) ?s2 ?s16 ?s17 (and ?s3 true ?s1 ?s1 ?s15 true true ?s18 ?s19 ?s27 ?s28 ?s27 ?s28 (not (= ?s29 ?s29))) ?s2 ?s16 ?s17 (and ?s3 true ?s1 ?s1 ?s15 true true ?s18 ?s19 ?s31 ?s32 ?s31 ?s32 (not (= ?s33 ?s33))) ?s2 ?s16 ?s17 (and ?s3 true ?s1 ?s1 ?s15 true true ?s18 ?s19 ?s35 ?s36 ?s35 ?s36 (not (= ?s37 ?s37))))))))))))))))))))))))))))))))))))))))))
(check-sat)
