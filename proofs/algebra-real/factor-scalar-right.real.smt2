; versa proof obligation for rule 'factor-scalar-right' (rules/library/algebra-real.toml), domain real: proved
; lhs: x * c + y * c
; rhs: (x + y) * c
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun c.f64.r0 () Real)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun y.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (x.f64.r1 i0)))
 (let ((?s5 (y.f64.r1 i0)))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 true true true ?s3 true true (>= i0 0) (< i0 n) (not (= (+ (* ?s4 c.f64.r0) (* ?s5 c.f64.r0)) (* (+ ?s4 ?s5) c.f64.r0)))))))))))
(check-sat)
