; versa proof obligation for rule 'sqrt-reverse' (rules/library/index.toml), domain real: proved
; lhs: sqrt(x)[::-1]
; rhs: sqrt(x[::-1])
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
 (let ((?s3 (ite (<= 0 n) n 0)))
 (let ((?s4 (= ?s3 ?s3)))
 (let ((?s5 (x.f64.r1 (+ (- n 1) (* i0 (- 1))))))
 (let ((?s6 (sqrt.real ?s5)))
 (let ((?s7 (>= ?s6 0.0)))
 (let ((?s8 (=> (>= ?s5 0.0) (= (* ?s6 ?s6) ?s5))))
 (or (and true true ?s1) (and ?s2 true true true (not ?s4)) (and true true true true ?s1) (and ?s2 true true true ?s4 true true (>= i0 0) (< i0 ?s3) ?s7 ?s8 ?s7 ?s8 (not (= ?s6 ?s6)))))))))))))
(check-sat)
