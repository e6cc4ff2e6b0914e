; versa proof obligation for rule 'sum-of-broadcast' (rules/library/reductions.toml), domain real: proved
; lhs: sum(broadcast_to(x, (m, n)))
; rhs: sum(broadcast_to(sum(x), (m,)))
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
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 (Int Int) Real)
(declare-fun reduce1.sum.f64 (Int Int) Real)
(declare-fun r~2!1 () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (>= n 0)))
 (let ((?s2 (<= 0 m)))
 (let ((?s3 (and ?s2 (<= 0 n))))
 (let ((?s4 (not true)))
 (let ((?s5 (* (* 1.0 (to_real (ite ?s2 m 0))) (x.f64.r1 r~2!1))))
 (let ((?s6 (= (reduce0.sum.f64 m n) (reduce1.sum.f64 m n))))
 (or (and ?s1 true ?s3 (not ?s2)) (and true ?s4) (and true true ?s4) (and ?s1 true ?s3 ?s2 true true true (and (>= r~2!1 0) (< r~2!1 n)) (not (= ?s5 ?s5))) (and true true true true (not (= 0.0 0.0))) (and ?s1 true ?s3 ?s2 true true true ?s6 (not ?s6))))))))))
(check-sat)
