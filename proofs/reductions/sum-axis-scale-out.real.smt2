; versa proof obligation for rule 'sum-axis-scale-out' (rules/library/reductions.toml), domain real: proved
; lhs: sum(c * A, axis=0)
; rhs: c * sum(A, axis=0)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. terms without sums equal
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun c.f64.r0 () Real)
(declare-fun i0 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun r~1!3 () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (* (* 1.0 c.f64.r0) (A.f64.r2 r~1!3 i0))))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and (>= m 0) ?s2 true true true ?s3 true true (>= i0 0) (< i0 n) (and (>= r~1!3 0) (< r~1!3 m)) (not (= ?s4 ?s4))) (and true true true true true (not (= 0.0 0.0)))))))))
(check-sat)
