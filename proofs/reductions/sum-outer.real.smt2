; versa proof obligation for rule 'sum-outer' (rules/library/reductions.toml), domain real: proved
; lhs: sum(outer(x, z))
; rhs: sum(x) * sum(z)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. terms without sums equal
(set-logic ALL)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun r~1!1 () Int)
(declare-fun r~2!2 () Int)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun z.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (* (* 1.0 (x.f64.r1 r~1!1)) (z.f64.r1 r~2!2))))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) (and (>= n 0) (>= p 0) true true true true true true (and (>= r~1!1 0) (< r~1!1 n) (>= r~2!2 0) (< r~2!2 p)) (not (= ?s2 ?s2))) (and true true true true true true (not (= 0.0 0.0)))))))
(check-sat)
