; versa proof obligation for rule 'abs-neg-int' (rules/library/algebra-ieee.toml), domain real: proved
; lhs: abs(-k)
; rhs: abs(k)
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
(declare-sort Idx 0)
(declare-sort Shape 0)
(declare-fun i () Idx)
(declare-fun in_bounds (Idx Shape) Bool)
(declare-fun k.i16.any (Idx) Int)
(declare-fun k.i32.any (Idx) Int)
(declare-fun k.i64.any (Idx) Int)
(declare-fun k.i8.any (Idx) Int)
(declare-fun shape.k () Shape)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (= shape.k shape.k)))
 (let ((?s4 (and true true true (not ?s3))))
 (let ((?s5 (and true true true true ?s1)))
 (let ((?s6 (in_bounds i shape.k)))
 (let ((?s7 (k.i8.any i)))
 (let ((?s8 (>= ?s7 (- 128))))
 (let ((?s9 (<= ?s7 127)))
 (let ((?s10 (- ?s7)))
 (let ((?s11 (k.i16.any i)))
 (let ((?s12 (>= ?s11 (- 32768))))
 (let ((?s13 (<= ?s11 32767)))
 (let ((?s14 (- ?s11)))
 (let ((?s15 (k.i32.any i)))
 (let ((?s16 (>= ?s15 (- 2147483648))))
 (let ((?s17 (<= ?s15 2147483647)))
 (let ((?s18 (- ?s15)))
 (let ((?s19 (k.i64.any i)))
 (let ((?s20 (>= ?s19 (- 9223372036854775808))))
 (let ((?s21 (<= ?s19 9223372036854775807)))
 (let ((?s22 (- ?s19)))
 (or ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s8 ?s9 ?s8 ?s9 (not (= (ite (< ?s10 0) (- ?s10) ?s10) (ite (< ?s7 0) ?s10 ?s7)))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s12 ?s13 ?s12 ?s13 (not (= (ite (< ?s14 0) (- ?s14) ?s14) (ite (< ?s11 0) ?s14 ?s11)))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s16 ?s17 ?s16 ?s17 (not (= (ite (< ?s18 0) (- ?s18) ?s18) (ite (< ?s15 0) ?s18 ?s15)))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s20 ?s21 ?s20 ?s21 (not (= (ite (< ?s22 0) (- ?s22) ?s22) (ite (< ?s19 0) ?s22 ?s19))))))))))))))))))))))))))))
(check-sat)
