; versa proof obligation for rule 'transpose-abs' (rules/library/shape.toml), domain real: proved
; lhs: abs(A).T
; rhs: abs(A.T)
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
(declare-fun A.i16.r2 (Int Int) Int)
(declare-fun A.i32.r2 (Int Int) Int)
(declare-fun A.i64.r2 (Int Int) Int)
(declare-fun A.i8.r2 (Int Int) Int)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (>= k 0)))
 (let ((?s4 (>= m 0)))
 (let ((?s5 (and (= k k) (= m m))))
 (let ((?s6 (and ?s3 ?s4 true true true (not ?s5))))
 (let ((?s7 (and true true true true ?s1)))
 (let ((?s8 (>= i0 0)))
 (let ((?s9 (< i0 k)))
 (let ((?s10 (>= i1 0)))
 (let ((?s11 (< i1 m)))
 (let ((?s12 (A.i8.r2 i1 i0)))
 (let ((?s13 (>= ?s12 (- 128))))
 (let ((?s14 (<= ?s12 127)))
 (let ((?s15 (ite (< ?s12 0) (- ?s12) ?s12)))
 (let ((?s16 (A.i16.r2 i1 i0)))
 (let ((?s17 (>= ?s16 (- 32768))))
 (let ((?s18 (<= ?s16 32767)))
 (let ((?s19 (ite (< ?s16 0) (- ?s16) ?s16)))
 (let ((?s20 (A.i32.r2 i1 i0)))
 (let ((?s21 (>= ?s20 (- 2147483648))))
 (let ((?s22 (<= ?s20 2147483647)))
 (let ((?s23 (ite (< ?s20 0) (- ?s20) ?s20)))
 (let ((?s24 (A.i64.r2 i1 i0)))
 (let ((?s25 (>= ?s24 (- 9223372036854775808))))
 (let ((?s26 (<= ?s24 9223372036854775807)))
 (let ((?s27 (ite (< ?s24 0) (- ?s24) ?s24)))
 (or ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s13 ?s14 ?s13 ?s14 (not (= ?s15 ?s15))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s17 ?s18 ?s17 ?s18 (not (= ?s19 ?s19))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s21 ?s22 ?s21 ?s22 (not (= ?s23 ?s23))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s25 ?s26 ?s25 ?s26 (not (= ?s27 ?s27))))))))))))))))))))))))))))))))
(check-sat)
