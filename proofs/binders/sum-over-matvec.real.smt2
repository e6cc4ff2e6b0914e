; versa proof obligation for rule 'sum-over-matvec' (rules/library/binders.toml), domain real: proved
; lhs: sum_over(A, lambda k, Ak: Ak * x[k])
; rhs: A @ x
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
(declare-fun i0 () Int)
(declare-fun k~1!3 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 (Int Int) Real)
(declare-fun reduce1.sum.f64 (Int Int) Real)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (= m m)))
 (let ((?s4 (>= n 0)))
 (let ((?s5 (>= i0 0)))
 (let ((?s6 (< i0 m)))
 (let ((?s7 (* 1.0 (A.f64.r2 i0 k~1!3))))
 (let ((?s8 (= (reduce0.sum.f64 n i0) (reduce1.sum.f64 n i0))))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true ?s1) (and ?s2 ?s4 true true true ?s3 (forall ((k%1!2 Int)) (=> (and (>= k%1!2 0) (< k%1!2 n)) (and (<= (- 0 n) k%1!2) (< k%1!2 n)))) true ?s5 ?s6 (and (>= k~1!3 0) (< k~1!3 n)) (not (= (* ?s7 (x.f64.r1 (ite (> 0 k~1!3) (+ k~1!3 n) k~1!3))) (* ?s7 (x.f64.r1 k~1!3))))) (and true true true true (not (= 0.0 0.0))) (and ?s2 ?s4 true true true ?s3 (forall ((k%1!2 Int)) (=> (and (>= k%1!2 0) (< k%1!2 n)) (and (<= (- 0 n) k%1!2) (< k%1!2 n)))) true ?s5 ?s6 ?s8 (not ?s8))))))))))))
(check-sat)
