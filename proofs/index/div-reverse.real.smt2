; versa proof obligation for rule 'div-reverse' (rules/library/index.toml), domain real: proved
; lhs: (x / y)[::-1]
; rhs: x[::-1] / y[::-1]
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
(declare-fun recip (Real) Real)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun y.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (ite (<= 0 n) n 0)))
 (let ((?s4 (= ?s3 ?s3)))
 (let ((?s5 (+ (- n 1) (* i0 (- 1)))))
 (let ((?s6 (y.f64.r1 ?s5)))
 (let ((?s7 (recip ?s6)))
 (let ((?s8 (=> (distinct ?s6 0.0) (= (* ?s6 ?s7) 1.0))))
 (let ((?s9 (* (x.f64.r1 ?s5) ?s7)))
 (or (and true true ?s1) (and ?s2 true true true (not ?s4)) (and true true true true ?s1) (and ?s2 true true true ?s4 true true (>= i0 0) (< i0 ?s3) ?s8 ?s8 (not (= ?s9 ?s9))))))))))))))
(check-sat)
