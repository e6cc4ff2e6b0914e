; versa proof obligation for rule 'smmm' (rules/library/linalg.toml), domain real: proved
; lhs: sum(A @ B)
; rhs: sum(A, axis=0) @ sum(B, axis=1)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. terms without sums equal
;   6. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun B.f64.r2 (Int Int) Real)
(declare-fun k () Int)
(declare-fun k~3!3 () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(declare-fun reduce0.sum.f64 (Int Int Int) Real)
(declare-fun reduce1.sum.f64 (Int Int Int) Real)
(declare-fun r~1!1 () Int)
(declare-fun r~2!2 () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= k 0)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (>= p 0)))
 (let ((?s5 (* (* 1.0 (A.f64.r2 r~1!1 k~3!3)) (B.f64.r2 k~3!3 r~2!2))))
 (let ((?s6 (= (reduce0.sum.f64 m p k) (reduce1.sum.f64 k m p))))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) (and ?s2 ?s3 ?s4 true true true true true true (and (>= r~1!1 0) (< r~1!1 m) (>= r~2!2 0) (< r~2!2 p) (>= k~3!3 0) (< k~3!3 k)) (not (= ?s5 ?s5))) (and true true true true true true (not (= 0.0 0.0))) (and ?s2 ?s3 ?s4 true true true true true true ?s6 (not ?s6))))))))))
(check-sat)
