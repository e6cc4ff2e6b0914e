; versa proof obligation for rule 'sum-concat' (rules/library/reductions.toml), domain real: proved
; lhs: sum(concat((x, z)))
; rhs: sum(x) + sum(z)
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
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun r~2!2 () Int)
(declare-fun r~2!3 () Int)
(declare-fun r~3!1 () Int)
(declare-fun r~3!4 () Int)
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
 (let ((?s9 (ite (<= ?s4 n) ?s4 n)))
 (let ((?s10 (ite (<= 0 ?s9) ?s9 0)))
 (let ((?s11 (and ?s2 ?s3 true true true true true true (not (= ?s10 n)))))
 (let ((?s12 (* 1.0 (x.f64.r1 r~2!2))))
 (let ((?s13 (* 1.0 (x.f64.r1 r~2!3))))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) ?s8 (and ?s2 ?s3 true true true true true true (and (>= r~3!1 0) (< r~3!1 ?s7)) (not (= (* 1.0 (z.f64.r1 (- (+ r~3!1 ?s5) n))) (* 1.0 (z.f64.r1 r~3!1))))) ?s11 (and ?s2 ?s3 true true true true true true (and (>= r~2!2 0) (< r~2!2 ?s10)) (not (= ?s12 ?s12))) ?s11 (and ?s2 ?s3 true true true true true true (and (>= r~2!3 0) (< r~2!3 ?s10)) (not (= ?s13 ?s13))) ?s8 (and ?s2 ?s3 true true true true true true (and (>= r~3!4 0) (< r~3!4 ?s7)) (not (= (* 1.0 (z.f64.r1 (- (+ r~3!4 ?s5) n))) (* 1.0 (z.f64.r1 r~3!4))))) (and true true true true true true (not (= 0.0 0.0))))))))))))))))))
(check-sat)
