; versa proof obligation for rule 'fubini-cols-then-all' (rules/library/reductions.toml), domain real: proved
; lhs: sum(sum(A, axis=0))
; rhs: sum(A)
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
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 (Int Int) Real)
(declare-fun reduce1.sum.f64 (Int Int) Real)
(declare-fun r~1!1 () Int)
(declare-fun r~2!2 () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (* 1.0 (A.f64.r2 r~2!2 r~1!1))))
 (let ((?s5 (= (reduce0.sum.f64 n m) (reduce1.sum.f64 m n))))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) (and ?s2 ?s3 true true true true true true (and (>= r~1!1 0) (< r~1!1 n) (>= r~2!2 0) (< r~2!2 m)) (not (= ?s4 ?s4))) (and true true true true true true (not (= 0.0 0.0))) (and ?s2 ?s3 true true true true true true ?s5 (not ?s5)))))))))
(check-sat)
