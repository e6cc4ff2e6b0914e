; versa proof obligation for rule 'window-index' (rules/library/slicing.toml), domain real: proved
; lhs: x[a:b][i]
; rhs: x[a + i]
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
(declare-fun i () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (and (<= 0 a) (<= 0 i))))
 (let ((?s4 (+ b n)))
 (let ((?s5 (+ a n)))
 (let ((?s6 (ite (> 0 a) (ite (<= 0 ?s5) ?s5 0) (ite (<= a n) a n))))
 (let ((?s7 (- (ite (> 0 b) (ite (<= 0 ?s4) ?s4 0) (ite (<= b n) b n)) ?s6)))
 (let ((?s8 (ite (<= 0 ?s7) ?s7 0)))
 (let ((?s9 (and (<= (- 0 ?s8) i) (< i ?s8))))
 (let ((?s10 (+ a i)))
 (let ((?s11 (and (<= (- 0 n) ?s10) (< ?s10 n))))
 (or (and true ?s1) (and true true ?s1) (and ?s2 ?s3 true true ?s9 (not ?s11)) (and ?s2 ?s3 true true true ?s9 ?s11 (not (= (x.f64.r1 (+ ?s6 (ite (> 0 i) (+ i ?s8) i))) (x.f64.r1 (ite (> 0 ?s10) (+ ?s10 n) ?s10))))))))))))))))))
(check-sat)
