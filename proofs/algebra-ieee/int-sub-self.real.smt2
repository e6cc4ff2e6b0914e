; versa proof obligation for rule 'int-sub-self' (rules/library/algebra-ieee.toml), domain real: proved
; lhs: z - z
; rhs: z * 0
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
(declare-fun shape.z () Shape)
(declare-fun z.i16.any (Idx) Int)
(declare-fun z.i32.any (Idx) Int)
(declare-fun z.i64.any (Idx) Int)
(declare-fun z.i8.any (Idx) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (= shape.z shape.z)))
 (let ((?s4 (and true true true (not ?s3))))
 (let ((?s5 (and true true true true ?s1)))
 (let ((?s6 (in_bounds i shape.z)))
 (let ((?s7 (z.i8.any i)))
 (let ((?s8 (>= ?s7 (- 128))))
 (let ((?s9 (<= ?s7 127)))
 (let ((?s10 (z.i16.any i)))
 (let ((?s11 (>= ?s10 (- 32768))))
 (let ((?s12 (<= ?s10 32767)))
 (let ((?s13 (z.i32.any i)))
 (let ((?s14 (>= ?s13 (- 2147483648))))
 (let ((?s15 (<= ?s13 2147483647)))
 (let ((?s16 (z.i64.any i)))
 (let ((?s17 (>= ?s16 (- 9223372036854775808))))
 (let ((?s18 (<= ?s16 9223372036854775807)))
 (or ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s8 ?s9 ?s8 ?s9 ?s8 ?s9 (not (= (- ?s7 ?s7) (* ?s7 0)))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s11 ?s12 ?s11 ?s12 ?s11 ?s12 (not (= (- ?s10 ?s10) (* ?s10 0)))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s14 ?s15 ?s14 ?s15 ?s14 ?s15 (not (= (- ?s13 ?s13) (* ?s13 0)))) ?s2 ?s4 ?s5 (and true true true ?s3 true true ?s6 ?s17 ?s18 ?s17 ?s18 ?s17 ?s18 (not (= (- ?s16 ?s16) (* ?s16 0))))))))))))))))))))))))
(check-sat)
