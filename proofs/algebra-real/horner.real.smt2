; versa proof obligation for rule 'horner' (rules/library/algebra-real.toml), domain real: proved
; lhs: c * x * x + d * x + e
; rhs: (c * x + d) * x + e
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun c.f64.r0 () Real)
(declare-fun d.f64.r0 () Real)
(declare-fun e.f64.r0 () Real)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (x.f64.r1 i0)))
 (let ((?s5 (* c.f64.r0 ?s4)))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 true true true ?s3 true true (>= i0 0) (< i0 n) (not (= (+ (+ (* ?s5 ?s4) (* d.f64.r0 ?s4)) e.f64.r0) (+ (* (+ ?s5 d.f64.r0) ?s4) e.f64.r0)))))))))))
(check-sat)
