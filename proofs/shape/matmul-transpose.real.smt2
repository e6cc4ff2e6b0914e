; versa proof obligation for rule 'matmul-transpose' (rules/library/shape.toml), domain real: proved
; lhs: (A @ B).T
; rhs: B.T @ A.T
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
(declare-fun i1 () Int)
(declare-fun k () Int)
(declare-fun k~1!1 () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(declare-fun reduce0.sum.f64 (Int Int Int) Real)
(declare-fun reduce1.sum.f64 (Int Int Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (>= p 0)))
 (let ((?s4 (and (= p p) (= m m))))
 (let ((?s5 (>= k 0)))
 (let ((?s6 (>= i0 0)))
 (let ((?s7 (< i0 p)))
 (let ((?s8 (>= i1 0)))
 (let ((?s9 (< i1 m)))
 (let ((?s10 (A.f64.r2 i1 k~1!1)))
 (let ((?s11 (B.f64.r2 k~1!1 i0)))
 (let ((?s12 (= (reduce0.sum.f64 k i1 i0) (reduce1.sum.f64 k i0 i1))))
 (or (and true true ?s1) (and ?s2 ?s3 true true true (not ?s4)) (and true true true true ?s1) (and ?s5 ?s2 ?s3 true true true ?s4 true true ?s6 ?s7 ?s8 ?s9 (and (>= k~1!1 0) (< k~1!1 k)) (not (= (* (* 1.0 ?s10) ?s11) (* (* 1.0 ?s11) ?s10)))) (and true true true true true (not (= 0.0 0.0))) (and ?s5 ?s2 ?s3 true true true ?s4 true true ?s6 ?s7 ?s8 ?s9 ?s12 (not ?s12))))))))))))))))
(check-sat)
