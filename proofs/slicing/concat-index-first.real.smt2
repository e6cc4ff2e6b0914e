; versa proof obligation for rule 'concat-index-first' (rules/library/slicing.toml), domain real: proved
; lhs: concat((x, y), axis=0)[i]
; rhs: x[i]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun y.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (>= p 0)))
 (let ((?s4 (< i n)))
 (let ((?s5 (and (<= 0 i) ?s4)))
 (let ((?s6 (+ n p)))
 (let ((?s7 (and (<= (- 0 ?s6) i) (< i ?s6))))
 (let ((?s8 (and (<= (- 0 n) i) ?s4)))
 (let ((?s9 (> 0 i)))
 (let ((?s10 (ite ?s9 (+ i ?s6) i)))
 (or (and true ?s1) (and true true ?s1) (and ?s2 ?s3 ?s5 true true ?s7 (not ?s8)) (and ?s2 ?s3 ?s5 true true true ?s7 ?s8 (not (= (ite (< ?s10 n) (x.f64.r1 ?s10) (y.f64.r1 (- ?s10 n))) (x.f64.r1 (ite ?s9 (+ i n) i)))))))))))))))))
(check-sat)
