; versa proof obligation for rule 'exp-gather' (rules/library/index.toml), domain real: proved
; lhs: exp(x)[idx]
; rhs: exp(x[idx])
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun exp.real (Real) Real)
(declare-fun g%1!1 () Int)
(declare-fun g%1!2 () Int)
(declare-fun g%2!3 () Int)
(declare-fun i0 () Int)
(declare-fun idx.i64.r1 (Int) Int)
(declare-fun n () Int)
(declare-fun q () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (>= q 0)))
 (let ((?s2 (= q q)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (= 0 q)))
 (let ((?s5 (or ?s4 (forall ((g%1!2 Int)) (=> (and (>= g%1!2 0) (< g%1!2 q)) (and (<= (- 0 n) (idx.i64.r1 g%1!2)) (< (idx.i64.r1 g%1!2) n)))))))
 (let ((?s6 (idx.i64.r1 g%1!1)))
 (let ((?s7 (>= ?s6 (- 9223372036854775808))))
 (let ((?s8 (<= ?s6 9223372036854775807)))
 (let ((?s9 (idx.i64.r1 g%1!2)))
 (let ((?s10 (>= ?s9 (- 9223372036854775808))))
 (let ((?s11 (<= ?s9 9223372036854775807)))
 (let ((?s12 (idx.i64.r1 g%2!3)))
 (let ((?s13 (>= ?s12 (- 9223372036854775808))))
 (let ((?s14 (<= ?s12 9223372036854775807)))
 (let ((?s15 (or ?s4 (forall ((g%2!3 Int)) (=> (and (>= g%2!3 0) (< g%2!3 q)) (and (<= (- 0 n) (idx.i64.r1 g%2!3)) (< (idx.i64.r1 g%2!3) n)))))))
 (let ((?s16 (idx.i64.r1 i0)))
 (let ((?s17 (>= ?s16 (- 9223372036854775808))))
 (let ((?s18 (<= ?s16 9223372036854775807)))
 (let ((?s19 (exp.real (x.f64.r1 (ite (> 0 ?s16) (+ ?s16 n) ?s16)))))
 (let ((?s20 (> ?s19 0.0)))
 (or (and true true (not true)) (and ?s1 true true true (not ?s2)) (and ?s3 ?s1 true true true ?s5 ?s7 ?s8 ?s7 ?s8 ?s10 ?s11 ?s10 ?s11 ?s13 ?s14 ?s13 ?s14 (not ?s15)) (and ?s3 ?s1 true true true ?s2 ?s5 ?s15 (>= i0 0) (< i0 q) ?s7 ?s8 ?s7 ?s8 ?s10 ?s11 ?s10 ?s11 ?s13 ?s14 ?s13 ?s14 ?s17 ?s18 ?s17 ?s18 ?s17 ?s18 ?s20 ?s17 ?s18 ?s17 ?s18 ?s17 ?s18 ?s20 (not (= ?s19 ?s19)))))))))))))))))))))))))
(check-sat)
