; versa proof obligation for rule 'matmul-chain-matvec' (rules/library/linalg.toml), domain real: proved
; lhs: (A @ B) @ v
; rhs: A @ (B @ v)
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
(declare-fun i0 () Int)
(declare-fun k () Int)
(declare-fun k~1!1 () Int)
(declare-fun k~2!2 () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(declare-fun reduce0.sum.f64 (Int Int Int) Real)
(declare-fun reduce1.sum.f64 (Int Int Int) Real)
(declare-fun v.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (= m m)))
 (let ((?s4 (>= k 0)))
 (let ((?s5 (>= p 0)))
 (let ((?s6 (>= i0 0)))
 (let ((?s7 (< i0 m)))
 (let ((?s8 (* (* (* 1.0 (A.f64.r2 i0 k~2!2)) (B.f64.r2 k~2!2 k~1!1)) (v.f64.r1 k~1!1))))
 (let ((?s9 (= (reduce0.sum.f64 p k i0) (reduce1.sum.f64 k i0 p))))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s4 ?s2 ?s5 true true true ?s3 true true ?s6 ?s7 (and (>= k~1!1 0) (< k~1!1 p) (>= k~2!2 0) (< k~2!2 k)) (not (= ?s8 ?s8))) (and true true true true true (not (= 0.0 0.0))) (and ?s4 ?s2 ?s5 true true true ?s3 true true ?s6 ?s7 ?s9 (not ?s9)))))))))))))
(check-sat)
