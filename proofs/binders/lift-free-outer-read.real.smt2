; versa proof obligation for rule 'lift-free-outer-read' (rules/library/binders.toml), domain real: proved
; lhs: sum_over(x, lambda k, xk: xk * z[i])
; rhs: sum_over(x, lambda k, xk: xk) * z[i]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. terms without sums equal
(set-logic ALL)
(declare-fun i () Int)
(declare-fun k~1!5 () Int)
(declare-fun n () Int)
(declare-fun q () Int)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun z.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (>= q 0)))
 (let ((?s4 (and (<= (- 0 q) i) (< i q))))
 (let ((?s5 (* (* 1.0 (x.f64.r1 k~1!5)) (z.f64.r1 (ite (> 0 i) (+ i q) i)))))
 (or (and true ?s1) (and true true ?s1) (and ?s2 ?s3 ?s4 true true (forall ((k%1!2 Int)) (=> (and (>= k%1!2 0) (< k%1!2 n)) (and (<= (- 0 q) i) (< i q)))) (not ?s4)) (and ?s2 ?s3 ?s4 true true true (forall ((k%1!2 Int)) (=> (and (>= k%1!2 0) (< k%1!2 n)) (and (<= (- 0 q) i) (< i q)))) ?s4 (and (>= k~1!5 0) (< k~1!5 n)) (not (= ?s5 ?s5))) (and true true true (not (= 0.0 0.0))))))))))
(check-sat)
