; versa proof obligation for rule 'batax' (rules/library/linalg.toml), domain real: proved
; lhs: beta * ((A.T @ A) @ x)
; rhs: beta * (A.T @ (A @ x))
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
(declare-fun beta.f64.r0 () Real)
(declare-fun i0 () Int)
(declare-fun k~1!1 () Int)
(declare-fun k~2!2 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 (Int Int Int) Real)
(declare-fun reduce1.sum.f64 (Int Int Int) Real)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (>= m 0)))
 (let ((?s5 (>= i0 0)))
 (let ((?s6 (< i0 n)))
 (let ((?s7 (* (* (* 1.0 (A.f64.r2 k~2!2 i0)) (A.f64.r2 k~2!2 k~1!1)) (x.f64.r1 k~1!1))))
 (let ((?s8 (reduce0.sum.f64 n m i0)))
 (let ((?s9 (reduce1.sum.f64 m i0 n)))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s4 ?s2 true true true ?s3 true true ?s5 ?s6 (and (>= k~1!1 0) (< k~1!1 n) (>= k~2!2 0) (< k~2!2 m)) (not (= ?s7 ?s7))) (and true true true true true (not (= 0.0 0.0))) (and ?s4 ?s2 true true true ?s3 true true ?s5 ?s6 (= ?s8 ?s9) (not (= (* beta.f64.r0 ?s8) (* beta.f64.r0 ?s9)))))))))))))))
(check-sat)
