; versa proof obligation for rule 'smmm-loops' (rules/library/binders.toml), domain real: proved
; lhs: sum_over(A, lambda k, Ak: sum_over(Ak, lambda i, Aik: sum_over(B[k, ...], lambda j, Bkj: Aik * Bkj)))
; rhs: sum_over(A, lambda k, Ak: sum_over(Ak, lambda i, Aik: Aik) * sum_over(B[k], lambda j, Bkj: Bkj))
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
(declare-fun i~2!10 () Int)
(declare-fun j~3!11 () Int)
(declare-fun k~1!9 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun reduce0.sum.f64 (Int Int Int) Real)
(declare-fun reduce1.sum.f64 (Int Int Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (>= p 0)))
 (let ((?s5 (* (* 1.0 (A.f64.r2 i~2!10 k~1!9)) (B.f64.r2 (ite (> 0 k~1!9) (+ k~1!9 n) k~1!9) j~3!11))))
 (let ((?s6 (= (reduce0.sum.f64 n m p) (reduce1.sum.f64 n m p))))
 (or (and true true ?s1) (and true true true ?s1) (and ?s2 ?s3 ?s4 true true true (forall ((k%1!4 Int)) (=> (and (>= k%1!4 0) (< k%1!4 n)) (forall ((i%2!5 Int)) (=> (and (>= i%2!5 0) (< i%2!5 m)) (and (<= (- 0 n) k%1!4) (< k%1!4 n) (forall ((j%3!6 Int)) (=> (and (>= j%3!6 0) (< j%3!6 p)) (and (<= (- 0 n) k%1!4) (< k%1!4 n))))))))) (not (forall ((k%4!7 Int)) (=> (and (>= k%4!7 0) (< k%4!7 n)) (and (<= (- 0 n) k%4!7) (< k%4!7 n) (forall ((j%6!8 Int)) (=> (and (>= j%6!8 0) (< j%6!8 p)) (and (<= (- 0 n) k%4!7) (< k%4!7 n))))))))) (and ?s2 ?s3 ?s4 true true true true (forall ((k%1!4 Int)) (=> (and (>= k%1!4 0) (< k%1!4 n)) (forall ((i%2!5 Int)) (=> (and (>= i%2!5 0) (< i%2!5 m)) (and (<= (- 0 n) k%1!4) (< k%1!4 n) (forall ((j%3!6 Int)) (=> (and (>= j%3!6 0) (< j%3!6 p)) (and (<= (- 0 n) k%1!4) (< k%1!4 n))))))))) (forall ((k%4!7 Int)) (=> (and (>= k%4!7 0) (< k%4!7 n)) (and (<= (- 0 n) k%4!7) (< k%4!7 n) (forall ((j%6!8 Int)) (=> (and (>= j%6!8 0) (< j%6!8 p)) (and (<= (- 0 n) k%4!7) (< k%4!7 n))))))) (and (>= k~1!9 0) (< k~1!9 n) (>= i~2!10 0) (< i~2!10 m) (>= j~3!11 0) (< j~3!11 p)) (not (= ?s5 ?s5))) (and true true true true (not (= 0.0 0.0))) (and ?s2 ?s3 ?s4 true true true true (forall ((k%1!4 Int)) (=> (and (>= k%1!4 0) (< k%1!4 n)) (forall ((i%2!5 Int)) (=> (and (>= i%2!5 0) (< i%2!5 m)) (and (<= (- 0 n) k%1!4) (< k%1!4 n) (forall ((j%3!6 Int)) (=> (and (>= j%3!6 0) (< j%3!6 p)) (and (<= (- 0 n) k%1!4) (< k%1!4 n))))))))) (forall ((k%4!7 Int)) (=> (and (>= k%4!7 0) (< k%4!7 n)) (and (<= (- 0 n) k%4!7) (< k%4!7 n) (forall ((j%6!8 Int)) (=> (and (>= j%6!8 0) (< j%6!8 p)) (and (<= (- 0 n) k%4!7) (< k%4!7 n))))))) ?s6 (not ?s6))))))))))
(check-sat)
