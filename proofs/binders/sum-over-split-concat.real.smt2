; versa proof obligation for rule 'sum-over-split-concat' (rules/library/binders.toml), domain real: proved
; lhs: sum_over(concat((x, z)), lambda k, vk: c * vk)
; rhs: sum_over(x, lambda k, vk: c * vk) + sum_over(z, lambda k, vk: c * vk)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. extents equal
;   5. summands equal under a binder bijection
;   6. extents equal
;   7. summands equal under a binder bijection
;   8. extents equal
;   9. summands equal under a binder bijection
;   10. extents equal
;   11. summands equal under a binder bijection
;   12. terms without sums equal
(set-logic ALL)
(declare-fun c.f64.r0 () Real)
(declare-fun k~2!2 () Int)
(declare-fun k~2!3 () Int)
(declare-fun k~3!1 () Int)
(declare-fun k~3!4 () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun z.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (>= p 0)))
 (let ((?s4 (+ n p)))
 (let ((?s5 (ite (>= 0 n) 0 n)))
 (let ((?s6 (- ?s4 ?s5)))
 (let ((?s7 (ite (<= 0 ?s6) ?s6 0)))
 (let ((?s8 (and ?s2 ?s3 true true true true true true (not (= ?s7 p)))))
 (let ((?s9 (* 1.0 c.f64.r0)))
 (let ((?s10 (ite (<= ?s4 n) ?s4 n)))
 (let ((?s11 (ite (<= 0 ?s10) ?s10 0)))
 (let ((?s12 (and ?s2 ?s3 true true true true true true (not (= ?s11 n)))))
 (let ((?s13 (* ?s9 (x.f64.r1 k~2!2))))
 (let ((?s14 (* ?s9 (x.f64.r1 k~2!3))))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) ?s8 (and ?s2 ?s3 true true true true true true (and (>= k~3!1 0) (< k~3!1 ?s7)) (not (= (* ?s9 (z.f64.r1 (- (+ k~3!1 ?s5) n))) (* ?s9 (z.f64.r1 k~3!1))))) ?s12 (and ?s2 ?s3 true true true true true true (and (>= k~2!2 0) (< k~2!2 ?s11)) (not (= ?s13 ?s13))) ?s12 (and ?s2 ?s3 true true true true true true (and (>= k~2!3 0) (< k~2!3 ?s11)) (not (= ?s14 ?s14))) ?s8 (and ?s2 ?s3 true true true true true true (and (>= k~3!4 0) (< k~3!4 ?s7)) (not (= (* ?s9 (z.f64.r1 (- (+ k~3!4 ?s5) n))) (* ?s9 (z.f64.r1 k~3!4))))) (and true true true true true true (not (= 0.0 0.0)))))))))))))))))))
(check-sat)
