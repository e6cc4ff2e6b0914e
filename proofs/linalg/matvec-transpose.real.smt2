; versa proof obligation for rule 'matvec-transpose' (rules/library/linalg.toml), domain real: proved
; lhs: A.T @ u
; rhs: u @ A
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
(declare-fun k () Int)
(declare-fun k~1!1 () Int)
(declare-fun m () Int)
(declare-fun reduce0.sum.f64 (Int Int) Real)
(declare-fun reduce1.sum.f64 (Int Int) Real)
(declare-fun u.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= k 0)))
 (let ((?s3 (= k k)))
 (let ((?s4 (>= m 0)))
 (let ((?s5 (>= i0 0)))
 (let ((?s6 (< i0 k)))
 (let ((?s7 (A.f64.r2 k~1!1 i0)))
 (let ((?s8 (u.f64.r1 k~1!1)))
 (let ((?s9 (= (reduce0.sum.f64 m i0) (reduce1.sum.f64 m i0))))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 ?s4 true true true ?s3 true true ?s5 ?s6 (and (>= k~1!1 0) (< k~1!1 m)) (not (= (* (* 1.0 ?s7) ?s8) (* (* 1.0 ?s8) ?s7)))) (and true true true true true (not (= 0.0 0.0))) (and ?s2 ?s4 true true true ?s3 true true ?s5 ?s6 ?s9 (not ?s9)))))))))))))
(check-sat)
