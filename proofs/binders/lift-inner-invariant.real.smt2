; versa proof obligation for rule 'lift-inner-invariant' (rules/library/binders.toml), domain real: proved
; lhs: sum_over(A, lambda k, Ak: sum_over(z, lambda j, zj: Ak * zj))
; rhs: sum_over(A, lambda k, Ak: Ak) * sum_over(z, lambda j, zj: zj)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. terms without sums equal
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun i0 () Int)
(declare-fun j~2!2 () Int)
(declare-fun k~1!1 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun z.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (= m m)))
 (let ((?s4 (* (* 1.0 (A.f64.r2 i0 k~1!1)) (z.f64.r1 j~2!2))))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 (>= n 0) (>= p 0) true true true ?s3 true true (>= i0 0) (< i0 m) (and (>= k~1!1 0) (< k~1!1 n) (>= j~2!2 0) (< j~2!2 p)) (not (= ?s4 ?s4))) (and true true true true true (not (= 0.0 0.0)))))))))
(check-sat)
