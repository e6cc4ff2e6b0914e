; versa proof obligation for rule 'greater-equal-key-uint' (rules/library/index.toml), domain real: proved
; lhs: (u >= 1)[key]
; rhs: u[key] >= 1
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
(declare-fun shape.u () Shape)
(declare-fun u.u16.any (Idx) Int)
(declare-fun u.u32.any (Idx) Int)
(declare-fun u.u64.any (Idx) Int)
(declare-fun u.u8.any (Idx) Int)
(assert
 (let ((?s1 (and true true (not true))))
 (let ((?s2 (key_shape key.key shape.u)))
 (let ((?s3 (= ?s2 ?s2)))
 (let ((?s4 (and true true true (not ?s3))))
 (let ((?s5 (key_valid key.key shape.u)))
 (let ((?s6 (and true true true ?s5 (not ?s5))))
 (let ((?s7 (in_bounds i ?s2)))
 (let ((?s8 (key_index key.key shape.u i)))
 (let ((?s9 (u.u8.any ?s8)))
 (let ((?s10 (>= ?s9 0)))
 (let ((?s11 (<= ?s9 255)))
 (let ((?s12 (<= 1 ?s9)))
 (let ((?s13 (u.u16.any ?s8)))
 (let ((?s14 (>= ?s13 0)))
 (let ((?s15 (<= ?s13 65535)))
 (let ((?s16 (<= 1 ?s13)))
 (let ((?s17 (u.u32.any ?s8)))
 (let ((?s18 (>= ?s17 0)))
 (let ((?s19 (<= ?s17 4294967295)))
 (let ((?s20 (<= 1 ?s17)))
 (let ((?s21 (u.u64.any ?s8)))
 (let ((?s22 (>= ?s21 0)))
 (let ((?s23 (<= ?s21 18446744073709551615)))
 (let ((?s24 (<= 1 ?s21)))
 (or ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 ?s10 ?s11 ?s10 ?s11 (not (= ?s12 ?s12))) ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 ?s14 ?s15 ?s14 ?s15 (not (= ?s16 ?s16))) ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 ?s18 ?s19 ?s18 ?s19 (not (= ?s20 ?s20))) ?s1 ?s4 ?s6 (and true true true ?s3 ?s5 ?s5 ?s7 ?s22 ?s23 ?s22 ?s23 (not (= ?s24 ?s24)))))))))))))))))))))))))))))
(check-sat)
