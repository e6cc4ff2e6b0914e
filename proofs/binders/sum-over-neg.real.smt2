; versa proof obligation for rule 'sum-over-neg' (rules/library/binders.toml), domain real: proved
; lhs: sum_over(x, lambda k, xk: -exp(xk))
; rhs: -sum_over(x, lambda k, xk: exp(xk))
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. terms without sums equal
(set-logic ALL)
(declare-fun exp.real (Real) Real)
(declare-fun k~1!1 () Int)
(declare-fun k~1!2 () Int)
(declare-fun k~1!3 () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (> (exp.real (x.f64.r1 k~1!1)) 0.0)))
 (let ((?s3 (exp.real (x.f64.r1 k~1!3))))
 (let ((?s4 (> ?s3 0.0)))
 (let ((?s5 (* (- 1.0) ?s3)))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) (and (>= n 0) true true true true true true (and (>= k~1!3 0) (< k~1!3 n)) ?s2 ?s2 (> (exp.real (x.f64.r1 k~1!2)) 0.0) (> (exp.real (x.f64.r1 (- (- n 1) k~1!2))) 0.0) ?s4 ?s4 (not (= ?s5 ?s5))) (and true true true true true true (not (= 0.0 0.0))))))))))
(check-sat)
