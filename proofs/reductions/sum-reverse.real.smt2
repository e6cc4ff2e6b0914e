; versa proof obligation for rule 'sum-reverse' (rules/library/reductions.toml), domain real: proved
; lhs: sum(x[::-1])
; rhs: sum(x)
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
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 (Int) Real)
(declare-fun reduce1.sum.f64 (Int) Real)
(declare-fun r~1!2 () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (ite (<= 0 n) n 0)))
 (let ((?s4 (and ?s2 true true true true true true (not (= ?s3 n)))))
 (let ((?s5 (- n 1)))
 (let ((?s6 (= (reduce0.sum.f64 n) (reduce1.sum.f64 n))))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) ?s4 ?s4 (and ?s2 true true true true true true (and (>= r~1!2 0) (< r~1!2 ?s3)) (not (= (* 1.0 (x.f64.r1 (+ ?s5 (* r~1!2 (- 1))))) (* 1.0 (x.f64.r1 (- ?s5 r~1!2)))))) (and true true true true true true (not (= 0.0 0.0))) (and ?s2 true true true true true true ?s6 (not ?s6))))))))))
(check-sat)
