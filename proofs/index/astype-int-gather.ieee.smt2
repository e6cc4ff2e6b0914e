; versa proof obligation for rule 'astype-int-gather' (rules/library/index.toml), domain ieee: proved
; lhs: astype(x, i32)[idx]
; rhs: astype(x[idx], i32)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun cast_oob.f64.i32 ((_ FloatingPoint 11 53)) (_ BitVec 32))
(declare-fun i0 () Int)
(declare-fun idx.i64.r1 (Int) (_ BitVec 64))
(declare-fun idx.i64.r1!v1 () (_ BitVec 64))
(declare-fun n () Int)
(declare-fun q () Int)
(declare-fun x.f64.r1 (Int) (_ FloatingPoint 11 53))
(declare-fun x.f64.r1!v2 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (>= q 0)))
 (let ((?s2 (= q q)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (= 0 q)))
 (let ((?s5 (or ?s4 (forall ((g%1!2 Int)) (=> (and (>= g%1!2 0) (< g%1!2 q)) (and (<= (- 0 n) (ite (bvslt (idx.i64.r1 g%1!2) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%1!2)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%1!2)))) (< (ite (bvslt (idx.i64.r1 g%1!2) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%1!2)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%1!2))) n)))))))
 (let ((?s6 (or ?s4 (forall ((g%2!3 Int)) (=> (and (>= g%2!3 0) (< g%2!3 q)) (and (<= (- 0 n) (ite (bvslt (idx.i64.r1 g%2!3) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%2!3)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%2!3)))) (< (ite (bvslt (idx.i64.r1 g%2!3) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%2!3)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%2!3))) n)))))))
 (let ((?s7 (idx.i64.r1 i0)))
 (let ((?s8 (ubv_to_int ?s7)))
 (let ((?s9 (ite (bvslt ?s7 #x0000000000000000) (- ?s8 18446744073709551616) ?s8)))
 (let ((?s10 (fp.to_real x.f64.r1!v2)))
 (let ((?s11 (ite (and (not (fp.isNaN x.f64.r1!v2)) (not (fp.isInfinite x.f64.r1!v2)) (> ?s10 (- 2147483649.0)) (< ?s10 2147483648.0)) ((_ fp.to_sbv 32) roundTowardZero x.f64.r1!v2) (cast_oob.f64.i32 x.f64.r1!v2))))
 (or (and true true (not true)) (and ?s1 true true true (not ?s2)) (and ?s3 ?s1 true true true ?s5 (not ?s6)) (and ?s3 ?s1 true true true ?s2 ?s5 ?s6 (>= i0 0) (< i0 q) (= ?s7 idx.i64.r1!v1) (= (x.f64.r1 (ite (> 0 ?s9) (+ ?s9 n) ?s9)) x.f64.r1!v2) (not (= ?s11 ?s11))))))))))))))))
(check-sat)
