; versa proof obligation for rule 'square-step-slice-int' (rules/library/index.toml), domain ieee: proved
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
(declare-fun n () Int)
(declare-fun s () Int)
(declare-fun v.i16.r1!v1 () (_ BitVec 16))
(declare-fun v.i32.r1!v1 () (_ BitVec 32))
(declare-fun v.i64.r1!v1 () (_ BitVec 64))
(declare-fun v.i8.r1!v1 () (_ BitVec 8))
(assert
 (let ((?s1 (distinct 0 s)))
 (let ((?s2 (and true ?s1 (not ?s1))))
 (let ((?s3 (< 0 s)))
 (let ((?s4 (+ a n)))
 (let ((?s5 (ite ?s3 0 (- 1))))
 (let ((?s6 (ite ?s3 n (- n 1))))
 (let ((?s7 (ite (> 0 a) (ite (> 0 ?s4) ?s5 ?s4) (ite (<= n a) ?s6 a))))
 (let ((?s8 (+ b n)))
 (let ((?s9 (ite (> 0 b) (ite (> 0 ?s8) ?s5 ?s8) (ite (<= n b) ?s6 b))))
 (let ((?s10 (- (- ?s9 ?s7) 1)))
 (let ((?s11 (- 0 s)))
 (let ((?s12 (- (- ?s7 ?s9) 1)))
 (let ((?s13 (ite ?s3 (ite (< ?s7 ?s9) (+ (ite (> s 0) (div ?s10 s) (ite (< s 0) (div (- ?s10) (- s)) 0)) 1) 0) (ite (< ?s9 ?s7) (+ (ite (> ?s11 0) (div ?s12 ?s11) (ite (< ?s11 0) (div (- ?s12) (- ?s11)) 0)) 1) 0))))
 (let ((?s14 (and (>= n 0) true ?s1 ?s1 (not (= ?s13 ?s13)))))
 (let ((?s15 (and true true (not true))))
 (let ((?s16 (bvmul v.i8.r1!v1 v.i8.r1!v1)))
 (let ((?s17 (bvmul v.i16.r1!v1 v.i16.r1!v1)))
 (let ((?s18 (bvmul v.i32.r1!v1 v.i32.r1!v1)))
 (let ((?s19 (bvmul v.i64.r1!v1 v.i64.r1!v1)))
 (or ?s2 ?s14 ?s15 (and true true true (not (= ?s16 ?s16))) ?s2 ?s14 ?s15 (and true true true (not (= ?s17 ?s17))) ?s2 ?s14 ?s15 (and true true true (not (= ?s18 ?s18))) ?s2 ?s14 ?s15 (and true true true (not (= ?s19 ?s19))))))))))))))))))))))))
(check-sat)
