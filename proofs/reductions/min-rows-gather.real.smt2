; versa proof obligation for rule 'min-rows-gather' (rules/library/reductions.toml), domain real: proved
; lhs: min(A, axis=1)[idx]
; rhs: min(A[idx], axis=1)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun g%1!1 () Int)
(declare-fun g%1!2 () Int)
(declare-fun g%3!3 () Int)
(declare-fun i0 () Int)
(declare-fun idx.i64.r1 (Int) Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun q () Int)
(declare-fun reduce0.min.f64 (Int Int Int) Real)
(assert
 (let ((?s1 (>= n 0)))
 (let ((?s2 (< 0 n)))
 (let ((?s3 (>= q 0)))
 (let ((?s4 (= q q)))
 (let ((?s5 (>= m 0)))
 (let ((?s6 (= 0 q)))
 (let ((?s7 (or ?s6 (forall ((g%1!2 Int)) (=> (and (>= g%1!2 0) (< g%1!2 q)) (and (<= (- 0 m) (idx.i64.r1 g%1!2)) (< (idx.i64.r1 g%1!2) m)))))))
 (let ((?s8 (idx.i64.r1 g%1!1)))
 (let ((?s9 (>= ?s8 (- 9223372036854775808))))
 (let ((?s10 (<= ?s8 9223372036854775807)))
 (let ((?s11 (idx.i64.r1 g%1!2)))
 (let ((?s12 (>= ?s11 (- 9223372036854775808))))
 (let ((?s13 (<= ?s11 9223372036854775807)))
 (let ((?s14 (idx.i64.r1 g%3!3)))
 (let ((?s15 (>= ?s14 (- 9223372036854775808))))
 (let ((?s16 (<= ?s14 9223372036854775807)))
 (let ((?s17 (or ?s6 (forall ((g%3!3 Int)) (=> (and (>= g%3!3 0) (< g%3!3 q)) (and (<= (- 0 m) (idx.i64.r1 g%3!3)) (< (idx.i64.r1 g%3!3) m)))))))
 (let ((?s18 (reduce0.min.f64 n i0 m)))
 (or (and ?s1 true ?s2 (not ?s2)) (and ?s3 true (not ?s4)) (and ?s5 ?s3 true ?s7 ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 (not ?s17)) (and ?s5 ?s1 ?s3 true ?s2 ?s2 ?s4 ?s7 ?s17 (>= i0 0) (< i0 q) ?s9 ?s10 ?s9 ?s10 ?s12 ?s13 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 (not (= ?s18 ?s18)))))))))))))))))))))))
(check-sat)
