; versa proof obligation for rule 'mul-pair-gather' (rules/library/index.toml), domain ieee: proved
; lhs: (A * B)[idx, jdx]
; rhs: A[idx, jdx] * B[idx, jdx]
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
(declare-fun B.f64.r2 (Int Int) (_ FloatingPoint 11 53))
(declare-fun B.f64.r2!v2 () (_ FloatingPoint 11 53))
(declare-fun i0 () Int)
(declare-fun idx.i64.r1 (Int) (_ BitVec 64))
(declare-fun idx.i64.r1!v3 () (_ BitVec 64))
(declare-fun jdx.i64.r1 (Int) (_ BitVec 64))
(declare-fun jdx.i64.r1!v4 () (_ BitVec 64))
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun q () Int)
(assert
 (let ((?s1 (>= q 0)))
 (let ((?s2 (= q q)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (>= n 0)))
 (let ((?s5 (= 0 q)))
 (let ((?s6 (and (or ?s5 (forall ((g%1!3 Int)) (=> (and (>= g%1!3 0) (< g%1!3 q)) (and (<= (- 0 m) (ite (bvslt (idx.i64.r1 g%1!3) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%1!3)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%1!3)))) (< (ite (bvslt (idx.i64.r1 g%1!3) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%1!3)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%1!3))) m))))) (or ?s5 (forall ((g%2!4 Int)) (=> (and (>= g%2!4 0) (< g%2!4 q)) (and (<= (- 0 n) (ite (bvslt (jdx.i64.r1 g%2!4) #x0000000000000000) (- (ubv_to_int (jdx.i64.r1 g%2!4)) 18446744073709551616) (ubv_to_int (jdx.i64.r1 g%2!4)))) (< (ite (bvslt (jdx.i64.r1 g%2!4) #x0000000000000000) (- (ubv_to_int (jdx.i64.r1 g%2!4)) 18446744073709551616) (ubv_to_int (jdx.i64.r1 g%2!4))) n))))))))
 (let ((?s7 (and (or ?s5 (forall ((g%3!5 Int)) (=> (and (>= g%3!5 0) (< g%3!5 q)) (and (<= (- 0 m) (ite (bvslt (idx.i64.r1 g%3!5) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%3!5)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%3!5)))) (< (ite (bvslt (idx.i64.r1 g%3!5) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%3!5)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%3!5))) m))))) (or ?s5 (forall ((g%4!6 Int)) (=> (and (>= g%4!6 0) (< g%4!6 q)) (and (<= (- 0 n) (ite (bvslt (jdx.i64.r1 g%4!6) #x0000000000000000) (- (ubv_to_int (jdx.i64.r1 g%4!6)) 18446744073709551616) (ubv_to_int (jdx.i64.r1 g%4!6)))) (< (ite (bvslt (jdx.i64.r1 g%4!6) #x0000000000000000) (- (ubv_to_int (jdx.i64.r1 g%4!6)) 18446744073709551616) (ubv_to_int (jdx.i64.r1 g%4!6))) n))))) (or ?s5 (forall ((g%5!7 Int)) (=> (and (>= g%5!7 0) (< g%5!7 q)) (and (<= (- 0 m) (ite (bvslt (idx.i64.r1 g%5!7) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%5!7)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%5!7)))) (< (ite (bvslt (idx.i64.r1 g%5!7) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%5!7)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%5!7))) m))))) (or ?s5 (forall ((g%6!8 Int)) (=> (and (>= g%6!8 0) (< g%6!8 q)) (and (<= (- 0 n) (ite (bvslt (jdx.i64.r1 g%6!8) #x0000000000000000) (- (ubv_to_int (jdx.i64.r1 g%6!8)) 18446744073709551616) (ubv_to_int (jdx.i64.r1 g%6!8)))) (< (ite (bvslt (jdx.i64.r1 g%6!8) #x0000000000000000) (- (ubv_to_int (jdx.i64.r1 g%6!8)) 18446744073709551616) (ubv_to_int (jdx.i64.r1 g%6!8))) n))))))))
 (let ((?s8 (idx.i64.r1 i0)))
 (let ((?s9 (ubv_to_int ?s8)))
 (let ((?s10 (ite (bvslt ?s8 #x0000000000000000) (- ?s9 18446744073709551616) ?s9)))
 (let ((?s11 (ite (> 0 ?s10) (+ ?s10 m) ?s10)))
 (let ((?s12 (jdx.i64.r1 i0)))
 (let ((?s13 (ubv_to_int ?s12)))
 (let ((?s14 (ite (bvslt ?s12 #x0000000000000000) (- ?s13 18446744073709551616) ?s13)))
 (let ((?s15 (ite (> 0 ?s14) (+ ?s14 n) ?s14)))
 (let ((?s16 (fp.mul roundNearestTiesToEven A.f64.r2!v1 B.f64.r2!v2)))
 (or (and true true (not true)) (and ?s1 true true true (not ?s2)) (and ?s3 ?s4 ?s1 true true true ?s6 (not ?s7)) (and ?s3 ?s4 ?s1 true true true ?s2 ?s6 ?s7 (>= i0 0) (< i0 q) (= (A.f64.r2 ?s11 ?s15) A.f64.r2!v1) (= (B.f64.r2 ?s11 ?s15) B.f64.r2!v2) (= ?s8 idx.i64.r1!v3) (= ?s12 jdx.i64.r1!v4) (not (= ?s16 ?s16)))))))))))))))))))))
(check-sat)
