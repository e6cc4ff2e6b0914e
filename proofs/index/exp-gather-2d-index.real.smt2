; versa proof obligation for rule 'exp-gather-2d-index' (rules/library/index.toml), domain real: proved
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
(declare-fun G.i64.r2 (Int Int) Int)
(declare-fun exp.real (Real) Real)
(declare-fun g%1!1 () Int)
(declare-fun g%1!3 () Int)
(declare-fun g%2!2 () Int)
(declare-fun g%2!4 () Int)
(declare-fun g%3!5 () Int)
(declare-fun g%4!6 () Int)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun q () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (>= p 0)))
 (let ((?s2 (>= q 0)))
 (let ((?s3 (and (= p p) (= q q))))
 (let ((?s4 (>= n 0)))
 (let ((?s5 (= 0 (* p q))))
 (let ((?s6 (or ?s5 (forall ((g%1!3 Int) (g%2!4 Int)) (=> (and (>= g%1!3 0) (< g%1!3 p) (>= g%2!4 0) (< g%2!4 q)) (and (<= (- 0 n) (G.i64.r2 g%1!3 g%2!4)) (< (G.i64.r2 g%1!3 g%2!4) n)))))))
 (let ((?s7 (G.i64.r2 g%1!1 g%2!2)))
 (let ((?s8 (>= ?s7 (- 9223372036854775808))))
 (let ((?s9 (<= ?s7 9223372036854775807)))
 (let ((?s10 (G.i64.r2 g%1!3 g%2!4)))
 (let ((?s11 (>= ?s10 (- 9223372036854775808))))
 (let ((?s12 (<= ?s10 9223372036854775807)))
 (let ((?s13 (G.i64.r2 g%3!5 g%4!6)))
 (let ((?s14 (>= ?s13 (- 9223372036854775808))))
 (let ((?s15 (<= ?s13 9223372036854775807)))
 (let ((?s16 (or ?s5 (forall ((g%3!5 Int) (g%4!6 Int)) (=> (and (>= g%3!5 0) (< g%3!5 p) (>= g%4!6 0) (< g%4!6 q)) (and (<= (- 0 n) (G.i64.r2 g%3!5 g%4!6)) (< (G.i64.r2 g%3!5 g%4!6) n)))))))
 (let ((?s17 (G.i64.r2 i0 i1)))
 (let ((?s18 (>= ?s17 (- 9223372036854775808))))
 (let ((?s19 (<= ?s17 9223372036854775807)))
 (let ((?s20 (exp.real (x.f64.r1 (ite (> 0 ?s17) (+ ?s17 n) ?s17)))))
 (let ((?s21 (> ?s20 0.0)))
 (or (and true true (not true)) (and ?s1 ?s2 true true true (not ?s3)) (and ?s4 ?s1 ?s2 true true true ?s6 ?s8 ?s9 ?s8 ?s9 ?s11 ?s12 ?s11 ?s12 ?s14 ?s15 ?s14 ?s15 (not ?s16)) (and ?s4 ?s1 ?s2 true true true ?s3 ?s6 ?s16 (>= i0 0) (< i0 p) (>= i1 0) (< i1 q) ?s8 ?s9 ?s8 ?s9 ?s11 ?s12 ?s11 ?s12 ?s14 ?s15 ?s14 ?s15 ?s18 ?s19 ?s18 ?s19 ?s18 ?s19 ?s21 ?s18 ?s19 ?s18 ?s19 ?s18 ?s19 ?s21 (not (= ?s20 ?s20))))))))))))))))))))))))))
(check-sat)
