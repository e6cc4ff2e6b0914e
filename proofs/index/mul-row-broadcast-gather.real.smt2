; versa proof obligation for rule 'mul-row-broadcast-gather' (rules/library/index.toml), domain real: proved
; lhs: (A * x)[idx]
; rhs: A[idx] * x
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
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun idx.i64.r1 (Int) Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun q () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (>= n 0)))
 (let ((?s2 (>= q 0)))
 (let ((?s3 (and (= q q) (= n n))))
 (let ((?s4 (>= m 0)))
 (let ((?s5 (= 0 q)))
 (let ((?s6 (or ?s5 (forall ((g%1!2 Int)) (=> (and (>= g%1!2 0) (< g%1!2 q)) (and (<= (- 0 m) (idx.i64.r1 g%1!2)) (< (idx.i64.r1 g%1!2) m)))))))
 (let ((?s7 (idx.i64.r1 g%1!1)))
 (let ((?s8 (>= ?s7 (- 9223372036854775808))))
 (let ((?s9 (<= ?s7 9223372036854775807)))
 (let ((?s10 (idx.i64.r1 g%1!2)))
 (let ((?s11 (>= ?s10 (- 9223372036854775808))))
 (let ((?s12 (<= ?s10 9223372036854775807)))
 (let ((?s13 (idx.i64.r1 g%2!3)))
 (let ((?s14 (>= ?s13 (- 9223372036854775808))))
 (let ((?s15 (<= ?s13 9223372036854775807)))
 (let ((?s16 (or ?s5 (forall ((g%2!3 Int)) (=> (and (>= g%2!3 0) (< g%2!3 q)) (and (<= (- 0 m) (idx.i64.r1 g%2!3)) (< (idx.i64.r1 g%2!3) m)))))))
 (let ((?s17 (idx.i64.r1 i0)))
 (let ((?s18 (>= ?s17 (- 9223372036854775808))))
 (let ((?s19 (<= ?s17 9223372036854775807)))
 (let ((?s20 (* (A.f64.r2 (ite (> 0 ?s17) (+ ?s17 m) ?s17) i1) (x.f64.r1 i1))))
 (or (and true true (not true)) (and ?s1 ?s2 true true true (not ?s3)) (and ?s4 ?s2 true true true ?s6 ?s8 ?s9 ?s8 ?s9 ?s11 ?s12 ?s11 ?s12 ?s14 ?s15 ?s14 ?s15 (not ?s16)) (and ?s4 ?s1 ?s2 true true true ?s3 ?s6 ?s16 (>= i0 0) (< i0 q) (>= i1 0) (< i1 n) ?s8 ?s9 ?s8 ?s9 ?s11 ?s12 ?s11 ?s12 ?s14 ?s15 ?s14 ?s15 ?s18 ?s19 ?s18 ?s19 ?s18 ?s19 ?s18 ?s19 ?s18 ?s19 ?s18 ?s19 (not (= ?s20 ?s20)))))))))))))))))))))))))
(check-sat)
