; versa proof obligation for rule 'sqrt-key-int' (rules/library/index.toml), domain real: proved
; lhs: sqrt(w)[key]
; rhs: sqrt(w[key])
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
(declare-sort Key 0)
(declare-sort Shape 0)
(declare-fun i () Idx)
(declare-fun in_bounds (Idx Shape) Bool)
(declare-fun key.key () Key)
(declare-fun key_index (Key Shape Idx) Idx)
(declare-fun key_shape (Key Shape) Shape)
(declare-fun key_valid (Key Shape) Bool)
(declare-fun shape.w () Shape)
(declare-fun sqrt.real (Real) Real)
(declare-fun w.i16.any (Idx) Int)
(declare-fun w.i32.any (Idx) Int)
(declare-fun w.i64.any (Idx) Int)
(declare-fun w.i8.any (Idx) Int)
(assert
 (let ((?s1 (and true true (not true))))
 (let ((?s2 (key_shape key.key shape.w)))
 (let ((?s3 (= ?s2 ?s2)))
 (let ((?s4 (and true true true (not ?s3))))
 (let ((?s5 (key_valid key.key shape.w)))
 (let ((?s6 (and true true true ?s5 (not ?s5))))
 (let ((?s7 (in_bounds i ?s2)))
 (let ((?s8 (key_index key.key shape.w i)))
 (let ((?s9 (w.i8.any ?s8)))
 (let ((?s10 (>= ?s9 (- 128))))
 (let ((?s11 (<= ?s9 127)))
 (let ((?s12 (to_real ?s9)))
 (let ((?s13 (sqrt.real ?s12)))
 (let ((?s14 (>= ?s13 0.0)))
 (let ((?s15 (=> (>= ?s12 0.0) (= (* ?s13 ?s13) ?s12))))
 (let ((?s16 (w.i16.any ?s8)))
 (let ((?s17 (>= ?s16 (- 32768))))
 (let ((?s18 (<= ?s16 32767)))
 (let ((?s19 (to_real ?s16)))
 (let ((?s20 (sqrt.real ?s19)))
 (let ((?s21 (>= ?s20 0.0)))
 (let ((?s22 (=> (>= ?s19 0.0) (= (* ?s20 ?s20) ?s19))))
 (let ((?s23 (w.i32.any ?s8)))
 (let ((?s24 (>= ?s23 (- 2147483648))))
 (let ((?s25 (<= ?s23 2147483647)))
 (let ((?s26 (to_real ?s23)))
 (let ((?s27 (sqrt.real ?s26)))
 (let ((?s28 (>= ?s27 0.0)))
 (let ((?s29 (=> (>= ?s26 0.0) (= (* ?s27 ?s27) ?s26))))
 (let ((?s30 (w.i64.any ?s8)))
 (let ((?s31 (>= ?s30 (- 9223372036854775808))))
 (let ((?s32 (<= ?s30 9223372036854775807)))
 (let ((?s33 (to_real ?s30)))
 (let ((?s34 (sqrt.real ?s33)))
 (let ((?s35 (>= ?s34 0.0)))
 (let ((?s36 (=> (>= ?s33 0.0) (= (* ?s34 ?s34) ?s33))))
 (or ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 ?s10 ?s11 ?s14 ?s15 ?s10 ?s11 ?s14 ?s15 (not (= ?s13 ?s13))) ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 ?s17 ?s18 ?s21 ?s22 ?s17 ?s18 ?s21 ?s22 (not (= ?s20 ?s20))) ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 ?s24 ?s25 ?s28 ?s29 ?s24 ?s25 ?s28 ?s29 (not (= ?s27 ?s27))) ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 ?s31 ?s32 ?s35 ?s36 ?s31 ?s32 ?s35 ?s36 (not (= ?s34 ?s34)))))))))))))))))))))))))))))))))))))))))
(check-sat)
