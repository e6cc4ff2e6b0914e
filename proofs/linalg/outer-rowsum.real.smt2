; versa proof obligation for rule 'outer-rowsum' (rules/library/linalg.toml), domain real: proved
; lhs: sum(outer(x, v), axis=1)
; rhs: x * sum(v)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. terms without sums equal
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun r~1!3 () Int)
(declare-fun v.f64.r1 (Int) Real)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (* (* 1.0 (x.f64.r1 i0)) (v.f64.r1 r~1!3))))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 (>= p 0) true true true ?s3 true true (>= i0 0) (< i0 n) (and (>= r~1!3 0) (< r~1!3 p)) (not (= ?s4 ?s4))) (and true true true true true (not (= 0.0 0.0)))))))))
(check-sat)
