; versa proof obligation for rule 'sum-div-out' (rules/library/reductions.toml), domain real: proved
; lhs: sum(x / c)
; rhs: sum(x) / c
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
(declare-fun n () Int)
(declare-fun recip (Real) Real)
(declare-fun r~1!3 () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (recip c.f64.r0)))
 (let ((?s3 (=> (distinct c.f64.r0 0.0) (= (* c.f64.r0 ?s2) 1.0))))
 (let ((?s4 (* (* 1.0 (x.f64.r1 r~1!3)) (* 1.0 ?s2))))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) (and (>= n 0) true true true true true true (and (>= r~1!3 0) (< r~1!3 n)) ?s3 ?s3 ?s3 ?s3 ?s3 (not (= ?s4 ?s4))) (and true true true true true true (not (= 0.0 0.0)))))))))
(check-sat)
