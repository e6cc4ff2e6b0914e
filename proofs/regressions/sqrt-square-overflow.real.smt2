; versa proof obligation for rule 'sqrt-square-overflow' (rules/library/regressions.toml), domain real: proved
; lhs: sqrt(x * x)
; rhs: abs(x)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun sqrt.real (Real) Real)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (x.f64.r1 i0)))
 (let ((?s5 (* ?s4 ?s4)))
 (let ((?s6 (sqrt.real ?s5)))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 true true true ?s3 true true (>= i0 0) (< i0 n) (>= ?s6 0.0) (=> (>= ?s5 0.0) (= (* ?s6 ?s6) ?s5)) (not (= ?s6 (ite (< ?s4 0.0) (- ?s4) ?s4))))))))))))
(check-sat)
