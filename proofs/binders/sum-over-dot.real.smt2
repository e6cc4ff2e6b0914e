; versa proof obligation for rule 'sum-over-dot' (rules/library/binders.toml), domain real: proved
; lhs: sum_over(x, lambda k, xk: xk * y[k])
; rhs: x @ y
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
(declare-fun k~1!3 () Int)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 (Int) Real)
(declare-fun reduce1.sum.f64 (Int) Real)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun y.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true true ?s1)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (* 1.0 (x.f64.r1 k~1!3))))
 (let ((?s5 (= (reduce0.sum.f64 n) (reduce1.sum.f64 n))))
 (or (and true true ?s1) ?s2 ?s2 (and ?s3 true true true true (forall ((k%1!2 Int)) (=> (and (>= k%1!2 0) (< k%1!2 n)) (and (<= (- 0 n) k%1!2) (< k%1!2 n)))) true (and (>= k~1!3 0) (< k~1!3 n)) (not (= (* ?s4 (y.f64.r1 (ite (> 0 k~1!3) (+ k~1!3 n) k~1!3))) (* ?s4 (y.f64.r1 k~1!3))))) (and true true true true true (not (= 0.0 0.0))) (and ?s3 true true true true (forall ((k%1!2 Int)) (=> (and (>= k%1!2 0) (< k%1!2 n)) (and (<= (- 0 n) k%1!2) (< k%1!2 n)))) true ?s5 (not ?s5)))))))))
(check-sat)
