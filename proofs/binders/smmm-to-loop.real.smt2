; versa proof obligation for rule 'smmm-to-loop' (rules/library/binders.toml), domain real: proved
; lhs: sum(A @ B)
; rhs: sum_over(A, lambda k, Ak: sum(Ak) * sum(B[k]))
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
(declare-fun k~3!4 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun reduce0.sum.f64 (Int Int Int) Real)
(declare-fun reduce1.sum.f64 (Int Int Int) Real)
(declare-fun r~1!2 () Int)
(declare-fun r~2!3 () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (>= p 0)))
 (let ((?s5 (* 1.0 (A.f64.r2 r~1!2 k~3!4))))
 (let ((?s6 (= (reduce0.sum.f64 m p n) (reduce1.sum.f64 n m p))))
 (or (and true true ?s1) (and true true true ?s1) (and ?s2 true true true true (not (forall ((k%4!1 Int)) (=> (and (>= k%4!1 0) (< k%4!1 n)) (and (<= (- 0 n) k%4!1) (< k%4!1 n)))))) (and ?s3 ?s2 ?s4 true true true true true (forall ((k%4!1 Int)) (=> (and (>= k%4!1 0) (< k%4!1 n)) (and (<= (- 0 n) k%4!1) (< k%4!1 n)))) (and (>= r~1!2 0) (< r~1!2 m) (>= r~2!3 0) (< r~2!3 p) (>= k~3!4 0) (< k~3!4 n)) (not (= (* ?s5 (B.f64.r2 k~3!4 r~2!3)) (* ?s5 (B.f64.r2 (ite (> 0 k~3!4) (+ k~3!4 n) k~3!4) r~2!3))))) (and true true true true true (not (= 0.0 0.0))) (and ?s3 ?s2 ?s4 true true true true true (forall ((k%4!1 Int)) (=> (and (>= k%4!1 0) (< k%4!1 n)) (and (<= (- 0 n) k%4!1) (< k%4!1 n)))) ?s6 (not ?s6))))))))))
(check-sat)
