; versa proof obligation for rule 'reverse-index-nonneg' (rules/library/slicing.toml), domain real: proved
; lhs: x[::-1][i]
; rhs: x[n - 1 - i]
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
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (and (<= 0 i) (< i n))))
 (let ((?s4 (ite (<= 0 n) n 0)))
 (let ((?s5 (and (<= (- 0 ?s4) i) (< i ?s4))))
 (let ((?s6 (- n 1)))
 (let ((?s7 (- ?s6 i)))
 (let ((?s8 (and (<= (- 0 n) ?s7) (< ?s7 n))))
 (or (and true ?s1) (and true true ?s1) (and ?s2 ?s3 true true ?s5 (not ?s8)) (and ?s2 ?s3 true true true ?s5 ?s8 (not (= (x.f64.r1 (+ ?s6 (* (ite (> 0 i) (+ i ?s4) i) (- 1)))) (x.f64.r1 (ite (> 0 ?s7) (+ ?s7 n) ?s7)))))))))))))))
(check-sat)
