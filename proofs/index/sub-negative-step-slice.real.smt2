; versa proof obligation for rule 'sub-negative-step-slice' (rules/library/index.toml), domain real: proved
; lhs: (x - y)[b:a:-1]
; rhs: x[b:a:-1] - y[b:a:-1]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun a () Int)
(declare-fun b () Int)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun y.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (+ b n)))
 (let ((?s4 (- n 1)))
 (let ((?s5 (ite (> 0 b) (ite (<= (- 1) ?s3) ?s3 (- 1)) (ite (<= b ?s4) b ?s4))))
 (let ((?s6 (+ a n)))
 (let ((?s7 (- ?s5 (ite (> 0 a) (ite (<= (- 1) ?s6) ?s6 (- 1)) (ite (<= a ?s4) a ?s4)))))
 (let ((?s8 (ite (<= 0 ?s7) ?s7 0)))
 (let ((?s9 (= ?s8 ?s8)))
 (let ((?s10 (+ ?s5 (* i0 (- 1)))))
 (let ((?s11 (- (x.f64.r1 ?s10) (y.f64.r1 ?s10))))
 (or (and true true ?s1) (and ?s2 true true true (not ?s9)) (and true true true true ?s1) (and ?s2 true true true ?s9 true true (>= i0 0) (< i0 ?s8) (not (= ?s11 ?s11))))))))))))))))
(check-sat)
