; versa proof obligation for rule 'sum-split' (rules/library/algebra-real.toml), domain real: proved
; lhs: sum(x + y)
; rhs: sum(x) + sum(y)
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
(declare-fun n () Int)
(declare-fun r~1!3 () Int)
(declare-fun r~1!4 () Int)
(declare-fun r~1!5 () Int)
(declare-fun r~1!6 () Int)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun y.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (* 1.0 (y.f64.r1 r~1!3))))
 (let ((?s4 (* 1.0 (x.f64.r1 r~1!4))))
 (let ((?s5 (* 1.0 (x.f64.r1 r~1!5))))
 (let ((?s6 (* 1.0 (y.f64.r1 r~1!6))))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) (and ?s2 true true true true true true (and (>= r~1!3 0) (< r~1!3 n)) (not (= ?s3 ?s3))) (and ?s2 true true true true true true (and (>= r~1!4 0) (< r~1!4 n)) (not (= ?s4 ?s4))) (and ?s2 true true true true true true (and (>= r~1!5 0) (< r~1!5 n)) (not (= ?s5 ?s5))) (and ?s2 true true true true true true (and (>= r~1!6 0) (< r~1!6 n)) (not (= ?s6 ?s6))) (and true true true true true true (not (= 0.0 0.0)))))))))))
(check-sat)
