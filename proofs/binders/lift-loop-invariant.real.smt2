; versa proof obligation for rule 'lift-loop-invariant' (rules/library/binders.toml), domain real: proved
; lhs: sum_over(x, lambda a, xa: c * exp(xa))
; rhs: c * sum_over(x, lambda a, xa: exp(xa))
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. terms without sums equal
(set-logic ALL)
(declare-fun a~1!1 () Int)
(declare-fun a~1!2 () Int)
(declare-fun a~1!3 () Int)
(declare-fun c.f64.r0 () Real)
(declare-fun exp.real (Real) Real)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (> (exp.real (x.f64.r1 a~1!1)) 0.0)))
 (let ((?s3 (exp.real (x.f64.r1 a~1!3))))
 (let ((?s4 (> ?s3 0.0)))
 (let ((?s5 (* (* 1.0 c.f64.r0) ?s3)))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) (and (>= n 0) true true true true true true (and (>= a~1!3 0) (< a~1!3 n)) ?s2 ?s2 (> (exp.real (x.f64.r1 a~1!2)) 0.0) (> (exp.real (x.f64.r1 (- (- n 1) a~1!2))) 0.0) ?s4 ?s4 (not (= ?s5 ?s5))) (and true true true true true true (not (= 0.0 0.0))))))))))
(check-sat)
