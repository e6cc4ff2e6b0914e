; versa proof obligation for rule 'sum-axis-add-split' (rules/library/reductions.toml), domain real: proved
; lhs: sum(A + B, axis=1)
; rhs: sum(A, axis=1) + sum(B, axis=1)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. summands equal under a binder bijection
;   6. summands equal under a binder bijection
;   7. summands equal under a binder bijection
;   8. terms without sums equal
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun B.f64.r2 (Int Int) Real)
(declare-fun i0 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun r~1!3 () Int)
(declare-fun r~1!4 () Int)
(declare-fun r~1!5 () Int)
(declare-fun r~1!6 () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (= m m)))
 (let ((?s4 (>= n 0)))
 (let ((?s5 (>= i0 0)))
 (let ((?s6 (< i0 m)))
 (let ((?s7 (* 1.0 (B.f64.r2 i0 r~1!3))))
 (let ((?s8 (* 1.0 (A.f64.r2 i0 r~1!4))))
 (let ((?s9 (* 1.0 (A.f64.r2 i0 r~1!5))))
 (let ((?s10 (* 1.0 (B.f64.r2 i0 r~1!6))))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 ?s4 true true true ?s3 true true ?s5 ?s6 (and (>= r~1!3 0) (< r~1!3 n)) (not (= ?s7 ?s7))) (and ?s2 ?s4 true true true ?s3 true true ?s5 ?s6 (and (>= r~1!4 0) (< r~1!4 n)) (not (= ?s8 ?s8))) (and ?s2 ?s4 true true true ?s3 true true ?s5 ?s6 (and (>= r~1!5 0) (< r~1!5 n)) (not (= ?s9 ?s9))) (and ?s2 ?s4 true true true ?s3 true true ?s5 ?s6 (and (>= r~1!6 0) (< r~1!6 n)) (not (= ?s10 ?s10))) (and true true true true true (not (= 0.0 0.0)))))))))))))))
(check-sat)
