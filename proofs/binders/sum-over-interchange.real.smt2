; versa proof obligation for rule 'sum-over-interchange' (rules/library/binders.toml), domain real: proved
; lhs: sum_over(A, lambda k, Ak: sum_over(Ak, lambda i, Aik: exp(Aik)))
; rhs: sum_over(A.T, lambda i, Ai: sum_over(Ai, lambda k, Aik: exp(Aik)))
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
(declare-fun exp.real (Real) Real)
(declare-fun i~2!2 () Int)
(declare-fun k~1!1 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 (Int Int) Real)
(declare-fun reduce1.sum.f64 (Int Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (exp.real (A.f64.r2 i~2!2 k~1!1))))
 (let ((?s5 (> ?s4 0.0)))
 (let ((?s6 (* 1.0 ?s4)))
 (let ((?s7 (= (reduce0.sum.f64 n m) (reduce1.sum.f64 m n))))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) (and ?s2 ?s3 true true true true true true (and (>= k~1!1 0) (< k~1!1 n) (>= i~2!2 0) (< i~2!2 m)) ?s5 ?s5 (not (= ?s6 ?s6))) (and true true true true true true (not (= 0.0 0.0))) (and ?s2 ?s3 true true true true true true ?s7 (not ?s7)))))))))))
(check-sat)
