; versa proof obligation for rule 'dot-scalar-factor' (rules/library/algebra-real.toml), domain real: proved
; lhs: (c * x) @ y
; rhs: c * (x @ y)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. terms without sums equal
(set-logic ALL)
(declare-fun c.f64.r0 () Real)
(declare-fun k~1!3 () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun y.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (* (* (* 1.0 c.f64.r0) (x.f64.r1 k~1!3)) (y.f64.r1 k~1!3))))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) (and (>= n 0) true true true true true true (and (>= k~1!3 0) (< k~1!3 n)) (not (= ?s2 ?s2))) (and true true true true true true (not (= 0.0 0.0)))))))
(check-sat)
