; versa proof obligation for rule 'full-slice-2d' (rules/library/slicing.toml), domain real: proved
; lhs: A[:, :]
; rhs: A
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
 (let ((?s5 (and (= m m) (= k k))))
 (let ((?s6 (and ?s3 ?s4 true true true (not ?s5))))
 (let ((?s7 (and true true true true ?s1)))
 (let ((?s8 (>= i0 0)))
 (let ((?s9 (< i0 m)))
 (let ((?s10 (>= i1 0)))
 (let ((?s11 (< i1 k)))
 (let ((?s12 (A.i8.r2 i0 i1)))
 (let ((?s13 (>= ?s12 (- 128))))
 (let ((?s14 (<= ?s12 127)))
 (let ((?s15 (A.i16.r2 i0 i1)))
 (let ((?s16 (>= ?s15 (- 32768))))
 (let ((?s17 (<= ?s15 32767)))
 (let ((?s18 (A.i32.r2 i0 i1)))
 (let ((?s19 (>= ?s18 (- 2147483648))))
 (let ((?s20 (<= ?s18 2147483647)))
 (let ((?s21 (A.i64.r2 i0 i1)))
 (let ((?s22 (>= ?s21 (- 9223372036854775808))))
 (let ((?s23 (<= ?s21 9223372036854775807)))
 (or ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s13 ?s14 ?s13 ?s14 (not (= ?s12 ?s12))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s16 ?s17 ?s16 ?s17 (not (= ?s15 ?s15))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s19 ?s20 ?s19 ?s20 (not (= ?s18 ?s18))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s22 ?s23 ?s22 ?s23 (not (= ?s21 ?s21))))))))))))))))))))))))))))
(check-sat)
