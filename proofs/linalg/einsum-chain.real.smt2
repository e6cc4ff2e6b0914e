; versa proof obligation for rule 'einsum-chain' (rules/library/linalg.toml), domain real: proved
; lhs: einsum("ij,jk,kl->il", A, B, D)
; rhs: (A @ B) @ D
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
(declare-fun D.f64.r2 (Int Int) Real)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun j~1!1 () Int)
(declare-fun k () Int)
(declare-fun k~2!2 () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(declare-fun q () Int)
(declare-fun reduce0.sum.f64 (Int Int Int Int) Real)
(declare-fun reduce1.sum.f64 (Int Int Int Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (>= q 0)))
 (let ((?s4 (and (= m m) (= q q))))
 (let ((?s5 (>= k 0)))
 (let ((?s6 (>= p 0)))
 (let ((?s7 (>= i0 0)))
 (let ((?s8 (< i0 m)))
 (let ((?s9 (>= i1 0)))
 (let ((?s10 (< i1 q)))
 (let ((?s11 (* (* (* 1.0 (A.f64.r2 i0 j~1!1)) (B.f64.r2 j~1!1 k~2!2)) (D.f64.r2 k~2!2 i1))))
 (let ((?s12 (= (reduce0.sum.f64 k p i0 i1) (reduce1.sum.f64 p k i0 i1))))
 (or (and true true ?s1) (and ?s2 ?s3 true true true (not ?s4)) (and true true true true ?s1) (and ?s5 ?s2 ?s6 ?s3 true true true ?s4 true true ?s7 ?s8 ?s9 ?s10 (and (>= j~1!1 0) (< j~1!1 k) (>= k~2!2 0) (< k~2!2 p)) (not (= ?s11 ?s11))) (and true true true true true (not (= 0.0 0.0))) (and ?s5 ?s2 ?s6 ?s3 true true true ?s4 true true ?s7 ?s8 ?s9 ?s10 ?s12 (not ?s12))))))))))))))))
(check-sat)
