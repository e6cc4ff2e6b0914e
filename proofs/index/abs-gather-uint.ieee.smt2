; versa proof obligation for rule 'abs-gather-uint' (rules/library/index.toml), domain ieee: proved
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
(declare-fun i0 () Int)
(declare-fun idx.i64.r1 (Int) (_ BitVec 64))
(declare-fun idx.i64.r1!v1 () (_ BitVec 64))
(declare-fun n () Int)
(declare-fun q () Int)
(declare-fun v.u16.r1 (Int) (_ BitVec 16))
(declare-fun v.u16.r1!v2 () (_ BitVec 16))
(declare-fun v.u32.r1 (Int) (_ BitVec 32))
(declare-fun v.u32.r1!v2 () (_ BitVec 32))
(declare-fun v.u64.r1 (Int) (_ BitVec 64))
(declare-fun v.u64.r1!v2 () (_ BitVec 64))
(declare-fun v.u8.r1 (Int) (_ BitVec 8))
(declare-fun v.u8.r1!v2 () (_ BitVec 8))
(assert
 (let ((?s1 (and true true (not true))))
 (let ((?s2 (>= q 0)))
 (let ((?s3 (= q q)))
 (let ((?s4 (and ?s2 true true true (not ?s3))))
 (let ((?s5 (>= n 0)))
 (let ((?s6 (= 0 q)))
 (let ((?s7 (or ?s6 (forall ((g%1!2 Int)) (=> (and (>= g%1!2 0) (< g%1!2 q)) (and (<= (- 0 n) (ite (bvslt (idx.i64.r1 g%1!2) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%1!2)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%1!2)))) (< (ite (bvslt (idx.i64.r1 g%1!2) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%1!2)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%1!2))) n)))))))
 (let ((?s8 (or ?s6 (forall ((g%2!3 Int)) (=> (and (>= g%2!3 0) (< g%2!3 q)) (and (<= (- 0 n) (ite (bvslt (idx.i64.r1 g%2!3) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%2!3)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%2!3)))) (< (ite (bvslt (idx.i64.r1 g%2!3) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%2!3)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%2!3))) n)))))))
 (let ((?s9 (and ?s5 ?s2 true true true ?s7 (not ?s8))))
 (let ((?s10 (>= i0 0)))
 (let ((?s11 (< i0 q)))
 (let ((?s12 (idx.i64.r1 i0)))
 (let ((?s13 (= ?s12 idx.i64.r1!v1)))
 (let ((?s14 (ubv_to_int ?s12)))
 (let ((?s15 (ite (bvslt ?s12 #x0000000000000000) (- ?s14 18446744073709551616) ?s14)))
 (let ((?s16 (ite (> 0 ?s15) (+ ?s15 n) ?s15)))
 (or ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 (= (v.u8.r1 ?s16) v.u8.r1!v2) (not (= v.u8.r1!v2 v.u8.r1!v2))) ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 (= (v.u16.r1 ?s16) v.u16.r1!v2) (not (= v.u16.r1!v2 v.u16.r1!v2))) ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 (= (v.u32.r1 ?s16) v.u32.r1!v2) (not (= v.u32.r1!v2 v.u32.r1!v2))) ?s1 ?s4 ?s9 (and ?s5 ?s2 true true true ?s3 ?s7 ?s8 ?s10 ?s11 ?s13 (= (v.u64.r1 ?s16) v.u64.r1!v2) (not (= v.u64.r1!v2 v.u64.r1!v2)))))))))))))))))))))
(check-sat)
