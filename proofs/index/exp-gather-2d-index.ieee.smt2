; versa proof obligation for rule 'exp-gather-2d-index' (rules/library/index.toml), domain ieee: proved
; lhs: exp(x)[G]
; rhs: exp(x[G])
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun G.i64.r2 (Int Int) (_ BitVec 64))
(declare-fun G.i64.r2!v1 () (_ BitVec 64))
(declare-fun exp.f64 ((_ FloatingPoint 11 53)) (_ FloatingPoint 11 53))
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun q () Int)
(declare-fun x.f64.r1 (Int) (_ FloatingPoint 11 53))
(declare-fun x.f64.r1!v2 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (>= p 0)))
 (let ((?s2 (>= q 0)))
 (let ((?s3 (and (= p p) (= q q))))
 (let ((?s4 (>= n 0)))
 (let ((?s5 (= 0 (* p q))))
 (let ((?s6 (or ?s5 (forall ((g%1!3 Int) (g%2!4 Int)) (=> (and (>= g%1!3 0) (< g%1!3 p) (>= g%2!4 0) (< g%2!4 q)) (and (<= (- 0 n) (ite (bvslt (G.i64.r2 g%1!3 g%2!4) #x0000000000000000) (- (ubv_to_int (G.i64.r2 g%1!3 g%2!4)) 18446744073709551616) (ubv_to_int (G.i64.r2 g%1!3 g%2!4)))) (< (ite (bvslt (G.i64.r2 g%1!3 g%2!4) #x0000000000000000) (- (ubv_to_int (G.i64.r2 g%1!3 g%2!4)) 18446744073709551616) (ubv_to_int (G.i64.r2 g%1!3 g%2!4))) n)))))))
 (let ((?s7 (or ?s5 (forall ((g%3!5 Int) (g%4!6 Int)) (=> (and (>= g%3!5 0) (< g%3!5 p) (>= g%4!6 0) (< g%4!6 q)) (and (<= (- 0 n) (ite (bvslt (G.i64.r2 g%3!5 g%4!6) #x0000000000000000) (- (ubv_to_int (G.i64.r2 g%3!5 g%4!6)) 18446744073709551616) (ubv_to_int (G.i64.r2 g%3!5 g%4!6)))) (< (ite (bvslt (G.i64.r2 g%3!5 g%4!6) #x0000000000000000) (- (ubv_to_int (G.i64.r2 g%3!5 g%4!6)) 18446744073709551616) (ubv_to_int (G.i64.r2 g%3!5 g%4!6))) n)))))))
 (let ((?s8 (G.i64.r2 i0 i1)))
 (let ((?s9 (ubv_to_int ?s8)))
 (let ((?s10 (ite (bvslt ?s8 #x0000000000000000) (- ?s9 18446744073709551616) ?s9)))
 (let ((?s11 (exp.f64 x.f64.r1!v2)))
 (or (and true true (not true)) (and ?s1 ?s2 true true true (not ?s3)) (and ?s4 ?s1 ?s2 true true true ?s6 (not ?s7)) (and ?s4 ?s1 ?s2 true true true ?s3 ?s6 ?s7 (>= i0 0) (< i0 p) (>= i1 0) (< i1 q) (= ?s8 G.i64.r2!v1) (= (x.f64.r1 (ite (> 0 ?s10) (+ ?s10 n) ?s10)) x.f64.r1!v2) (not (= ?s11 ?s11))))))))))))))))
(check-sat)
