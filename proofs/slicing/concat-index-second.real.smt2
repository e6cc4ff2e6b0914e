; versa proof obligation for rule 'concat-index-second' (rules/library/slicing.toml), domain real: proved
; lhs: concat((x, y), axis=0)[n + j]
; rhs: y[j]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun j () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun y.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (>= p 0)))
 (let ((?s4 (<= 0 j)))
 (let ((?s5 (+ n p)))
 (let ((?s6 (+ n j)))
 (let ((?s7 (and (<= (- 0 ?s5) ?s6) (< ?s6 ?s5))))
 (let ((?s8 (and (<= (- 0 p) j) (< j p))))
 (let ((?s9 (ite (> 0 ?s6) (+ ?s6 ?s5) ?s6)))
 (or (and true ?s1) (and true true ?s1) (and ?s2 ?s3 ?s4 true true ?s7 (not ?s8)) (and ?s2 ?s3 ?s4 true true true ?s7 ?s8 (not (= (ite (< ?s9 n) (x.f64.r1 ?s9) (y.f64.r1 (- ?s9 n))) (y.f64.r1 (ite (> 0 j) (+ j p) j))))))))))))))))
(check-sat)
