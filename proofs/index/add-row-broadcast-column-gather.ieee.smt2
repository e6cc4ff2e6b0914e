; versa proof obligation for rule 'add-row-broadcast-column-gather' (rules/library/index.toml), domain ieee: proved
; lhs: (A + x)[:, idx]
; rhs: A[:, idx] + x[idx]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) (_ FloatingPoint 11 53))
(declare-fun A.f64.r2!v1 () (_ FloatingPoint 11 53))
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun idx.i64.r1 (Int) (_ BitVec 64))
(declare-fun idx.i64.r1!v2 () (_ BitVec 64))
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun q () Int)
(declare-fun x.f64.r1 (Int) (_ FloatingPoint 11 53))
(declare-fun x.f64.r1!v3 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (>= m 0)))
 (let ((?s2 (>= q 0)))
 (let ((?s3 (and (= m m) (= q q))))
 (let ((?s4 (>= n 0)))
 (let ((?s5 (= 0 q)))
 (let ((?s6 (or ?s5 (forall ((g%1!2 Int)) (=> (and (>= g%1!2 0) (< g%1!2 q)) (and (<= (- 0 n) (ite (bvslt (idx.i64.r1 g%1!2) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%1!2)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%1!2)))) (< (ite (bvslt (idx.i64.r1 g%1!2) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%1!2)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%1!2))) n)))))))
 (let ((?s7 (and (or ?s5 (forall ((g%2!3 Int)) (=> (and (>= g%2!3 0) (< g%2!3 q)) (and (<= (- 0 n) (ite (bvslt (idx.i64.r1 g%2!3) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%2!3)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%2!3)))) (< (ite (bvslt (idx.i64.r1 g%2!3) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%2!3)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%2!3))) n))))) (or ?s5 (forall ((g%3!4 Int)) (=> (and (>= g%3!4 0) (< g%3!4 q)) (and (<= (- 0 n) (ite (bvslt (idx.i64.r1 g%3!4) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%3!4)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%3!4)))) (< (ite (bvslt (idx.i64.r1 g%3!4) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%3!4)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%3!4))) n))))))))
 (let ((?s8 (idx.i64.r1 i1)))
 (let ((?s9 (ubv_to_int ?s8)))
 (let ((?s10 (ite (bvslt ?s8 #x0000000000000000) (- ?s9 18446744073709551616) ?s9)))
 (let ((?s11 (ite (> 0 ?s10) (+ ?s10 n) ?s10)))
 (let ((?s12 (fp.add roundNearestTiesToEven A.f64.r2!v1 x.f64.r1!v3)))
 (or (and true true (not true)) (and ?s1 ?s2 true true true (not ?s3)) (and ?s4 ?s2 true true true ?s6 (not ?s7)) (and ?s1 ?s4 ?s2 true true true ?s3 ?s6 ?s7 (>= i0 0) (< i0 m) (>= i1 0) (< i1 q) (= (A.f64.r2 i0 ?s11) A.f64.r2!v1) (= ?s8 idx.i64.r1!v2) (= (x.f64.r1 ?s11) x.f64.r1!v3) (not (= ?s12 ?s12)))))))))))))))))
(check-sat)
