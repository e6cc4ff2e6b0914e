; versa proof obligation for rule 'sum-over-fuse' (rules/library/binders.toml), domain real: proved
; lhs: sum_over(x, lambda k, xk: exp(xk)) + sum_over(x, lambda k, xk: sin(xk))
; rhs: sum_over(x, lambda k, xk: exp(xk) + sin(xk))
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. summands equal under a binder bijection
;   6. summands equal under a binder bijection
;   7. summands equal under a binder bijection
;   8. terms without sums equal
(set-logic ALL)
(declare-fun exp.real (Real) Real)
(declare-fun k~1!1 () Int)
(declare-fun k~1!2 () Int)
(declare-fun k~1!3 () Int)
(declare-fun k~1!4 () Int)
(declare-fun k~1!5 () Int)
(declare-fun k~2!6 () Int)
(declare-fun n () Int)
(declare-fun sin.real (Real) Real)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (x.f64.r1 k~1!1)))
 (let ((?s4 (sin.real ?s3)))
 (let ((?s5 (and (>= ?s4 (- 1.0)) (<= ?s4 1.0))))
 (let ((?s6 (> (exp.real ?s3) 0.0)))
 (let ((?s7 (sin.real (x.f64.r1 k~1!2))))
 (let ((?s8 (and (>= ?s7 (- 1.0)) (<= ?s7 1.0))))
 (let ((?s9 (> (exp.real (x.f64.r1 (- (- n 1) k~1!2))) 0.0)))
 (let ((?s10 (sin.real (x.f64.r1 k~1!3))))
 (let ((?s11 (and (>= ?s10 (- 1.0)) (<= ?s10 1.0))))
 (let ((?s12 (* 1.0 ?s10)))
 (let ((?s13 (exp.real (x.f64.r1 k~1!4))))
 (let ((?s14 (> ?s13 0.0)))
 (let ((?s15 (* 1.0 ?s13)))
 (let ((?s16 (exp.real (x.f64.r1 k~1!5))))
 (let ((?s17 (> ?s16 0.0)))
 (let ((?s18 (* 1.0 ?s16)))
 (let ((?s19 (sin.real (x.f64.r1 k~2!6))))
 (let ((?s20 (and (>= ?s19 (- 1.0)) (<= ?s19 1.0))))
 (let ((?s21 (* 1.0 ?s19)))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) (and ?s2 true true true true true true (and (>= k~1!3 0) (< k~1!3 n)) ?s5 ?s6 ?s8 ?s9 ?s11 ?s11 (not (= ?s12 ?s12))) (and ?s2 true true true true true true (and (>= k~1!4 0) (< k~1!4 n)) ?s5 ?s6 ?s8 ?s9 ?s11 ?s11 ?s14 ?s14 (not (= ?s15 ?s15))) (and ?s2 true true true true true true (and (>= k~1!5 0) (< k~1!5 n)) ?s5 ?s6 ?s8 ?s9 ?s11 ?s11 ?s14 ?s14 ?s17 ?s17 (not (= ?s18 ?s18))) (and ?s2 true true true true true true (and (>= k~2!6 0) (< k~2!6 n)) ?s5 ?s6 ?s8 ?s9 ?s11 ?s11 ?s14 ?s14 ?s17 ?s17 ?s20 ?s20 (not (= ?s21 ?s21))) (and true true true true true true (not (= 0.0 0.0))))))))))))))))))))))))))
(check-sat)
