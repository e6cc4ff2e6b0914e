; versa proof obligation for rule 'sum-over-reverse' (rules/library/binders.toml), domain real: proved
; lhs: sum_over(x[::-1], lambda k, xk: exp(xk))
; rhs: sum_over(x, lambda k, xk: exp(xk))
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. extents equal
;   5. extents equal
;   6. summands equal under a binder bijection
;   7. terms without sums equal
;   8. value: lhs equals rhs
(set-logic ALL)
(declare-fun exp.real (Real) Real)
(declare-fun k~1!1 () Int)
(declare-fun k~1!2 () Int)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 (Int) Real)
(declare-fun reduce1.sum.f64 (Int) Real)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (ite (<= 0 n) n 0)))
 (let ((?s4 (not (= ?s3 n))))
 (let ((?s5 (- n 1)))
 (let ((?s6 (> (exp.real (x.f64.r1 (+ ?s5 (* k~1!1 (- 1))))) 0.0)))
 (let ((?s7 (> (exp.real (x.f64.r1 k~1!1)) 0.0)))
 (let ((?s8 (exp.real (x.f64.r1 (+ ?s5 (* k~1!2 (- 1)))))))
 (let ((?s9 (> ?s8 0.0)))
 (let ((?s10 (exp.real (x.f64.r1 (- ?s5 k~1!2)))))
 (let ((?s11 (> ?s10 0.0)))
 (let ((?s12 (= (reduce0.sum.f64 n) (reduce1.sum.f64 n))))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) (and ?s2 true true true true true true ?s4) (and ?s2 true true true true true true ?s6 ?s7 ?s4) (and ?s2 true true true true true true (and (>= k~1!2 0) (< k~1!2 ?s3)) ?s6 ?s7 ?s9 ?s11 (not (= (* 1.0 ?s8) (* 1.0 ?s10)))) (and true true true true true true (not (= 0.0 0.0))) (and ?s2 true true true true true true ?s12 ?s6 ?s7 ?s9 ?s11 (not ?s12))))))))))))))))
(check-sat)
