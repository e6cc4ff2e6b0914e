; versa proof obligation for rule 'prefix-index' (rules/library/slicing.toml), domain real: proved
; lhs: x[:b][i]
; rhs: x[i]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun b () Int)
(declare-fun i () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (<= 0 i)))
 (let ((?s4 (+ b n)))
 (let ((?s5 (ite (> 0 b) (ite (<= 0 ?s4) ?s4 0) (ite (<= b n) b n))))
 (let ((?s6 (ite (<= 0 ?s5) ?s5 0)))
 (let ((?s7 (and (<= (- 0 ?s6) i) (< i ?s6))))
 (let ((?s8 (and (<= (- 0 n) i) (< i n))))
 (let ((?s9 (> 0 i)))
 (or (and true ?s1) (and true true ?s1) (and ?s2 ?s3 true true ?s7 (not ?s8)) (and ?s2 ?s3 true true true ?s7 ?s8 (not (= (x.f64.r1 (ite ?s9 (+ i ?s6) i)) (x.f64.r1 (ite ?s9 (+ i n) i))))))))))))))))
(check-sat)
