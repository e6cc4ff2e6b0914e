; versa proof obligation for rule 'add-row-broadcast-column-gather' (rules/library/index.toml), domain real: proved
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
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun g%1!1 () Int)
(declare-fun g%1!2 () Int)
(declare-fun g%2!3 () Int)
(declare-fun g%3!4 () Int)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun idx.i64.r1 (Int) Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun q () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (>= m 0)))
 (let ((?s2 (>= q 0)))
 (let ((?s3 (and (= m m) (= q q))))
 (let ((?s4 (>= n 0)))
 (let ((?s5 (= 0 q)))
 (let ((?s6 (or ?s5 (forall ((g%1!2 Int)) (=> (and (>= g%1!2 0) (< g%1!2 q)) (and (<= (- 0 n) (idx.i64.r1 g%1!2)) (< (idx.i64.r1 g%1!2) n)))))))
 (let ((?s7 (idx.i64.r1 g%1!1)))
 (let ((?s8 (>= ?s7 (- 9223372036854775808))))
 (let ((?s9 (<= ?s7 9223372036854775807)))
 (let ((?s10 (idx.i64.r1 g%1!2)))
 (let ((?s11 (>= ?s10 (- 9223372036854775808))))
 (let ((?s12 (<= ?s10 9223372036854775807)))
 (let ((?s13 (idx.i64.r1 g%2!3)))
 (let ((?s14 (>= ?s13 (- 9223372036854775808))))
 (let ((?s15 (<= ?s13 9223372036854775807)))
 (let ((?s16 (idx.i64.r1 g%3!4)))
 (let ((?s17 (>= ?s16 (- 9223372036854775808))))
 (let ((?s18 (<= ?s16 9223372036854775807)))
 (let ((?s19 (and (or ?s5 (forall ((g%2!3 Int)) (=> (and (>= g%2!3 0) (< g%2!3 q)) (and (<= (- 0 n) (idx.i64.r1 g%2!3)) (< (idx.i64.r1 g%2!3) n))))) (or ?s5 (forall ((g%3!4 Int)) (=> (and (>= g%3!4 0) (< g%3!4 q)) (and (<= (- 0 n) (idx.i64.r1 g%3!4)) (< (idx.i64.r1 g%3!4) n))))))))
 (let ((?s20 (idx.i64.r1 i1)))
 (let ((?s21 (>= ?s20 (- 9223372036854775808))))
 (let ((?s22 (<= ?s20 9223372036854775807)))
 (let ((?s23 (ite (> 0 ?s20) (+ ?s20 n) ?s20)))
 (let ((?s24 (+ (A.f64.r2 i0 ?s23) (x.f64.r1 ?s23))))
 (or (and true true (not true)) (and ?s1 ?s2 true true true (not ?s3)) (and ?s4 ?s2 true true true ?s6 ?s8 ?s9 ?s8 ?s9 ?s11 ?s12 ?s11 ?s12 ?s14 ?s15 ?s14 ?s15 ?s17 ?s18 ?s17 ?s18 (not ?s19)) (and ?s1 ?s4 ?s2 true true true ?s3 ?s6 ?s19 (>= i0 0) (< i0 m) (>= i1 0) (< i1 q) ?s8 ?s9 ?s8 ?s9 ?s11 ?s12 ?s11 ?s12 ?s14 ?s15 ?s14 ?s15 ?s17 ?s18 ?s17 ?s18 ?s21 ?s22 ?s21 ?s22 ?s21 ?s22 ?s21 ?s22 ?s21 ?s22 ?s21 ?s22 ?s21 ?s22 ?s21 ?s22 ?s21 ?s22 ?s21 ?s22 ?s21 ?s22 ?s21 ?s22 (not (= ?s24 ?s24)))))))))))))))))))))))))))))
(check-sat)
