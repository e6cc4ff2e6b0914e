; versa proof obligation for rule 'sum-over-rename' (rules/library/binders.toml), domain real: proved
; lhs: sum_over(x, lambda k, xk: xk * y[k])
; rhs: sum_over(x, lambda j, e: e * y[j])
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (reduce0.sum.f64 n)))
 (or (and true true ?s1) (and true true true ?s1) (and ?s2 true true true (forall ((k%1!2 Int)) (=> (and (>= k%1!2 0) (< k%1!2 n)) (and (<= (- 0 n) k%1!2) (< k%1!2 n)))) (not (forall ((j%2!3 Int)) (=> (and (>= j%2!3 0) (< j%2!3 n)) (and (<= (- 0 n) j%2!3) (< j%2!3 n)))))) (and ?s2 true true true true (forall ((k%1!2 Int)) (=> (and (>= k%1!2 0) (< k%1!2 n)) (and (<= (- 0 n) k%1!2) (< k%1!2 n)))) (forall ((j%2!3 Int)) (=> (and (>= j%2!3 0) (< j%2!3 n)) (and (<= (- 0 n) j%2!3) (< j%2!3 n)))) (not (= ?s3 ?s3))))))))
(check-sat)
