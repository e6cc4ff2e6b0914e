; versa proof obligation for rule 'trace-of-product' (rules/library/linalg.toml), domain real: proved
; lhs: einsum("ii->", M @ N)
; rhs: sum(M * N.T)
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
(declare-fun M.f64.r2 (Int Int) Real)
(declare-fun N.f64.r2 (Int Int) Real)
(declare-fun i~1!1 () Int)
(declare-fun k~2!2 () Int)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 (Int) Real)
(declare-fun reduce1.sum.f64 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (* (* 1.0 (M.f64.r2 i~1!1 k~2!2)) (N.f64.r2 k~2!2 i~1!1))))
 (let ((?s4 (= (reduce0.sum.f64 n) (reduce1.sum.f64 n))))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) (and ?s2 true true true true true true (and (>= i~1!1 0) (< i~1!1 n) (>= k~2!2 0) (< k~2!2 n)) (not (= ?s3 ?s3))) (and true true true true true true (not (= 0.0 0.0))) (and ?s2 true true true true true true ?s4 (not ?s4))))))))
(check-sat)
