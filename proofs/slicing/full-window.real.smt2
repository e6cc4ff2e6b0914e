; versa proof obligation for rule 'full-window' (rules/library/slicing.toml), domain real: proved
; lhs: x[0:b]
; rhs: x
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun b () Int)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (<= n b)))
 (let ((?s4 (+ b n)))
 (let ((?s5 (ite (> 0 b) (ite (<= 0 ?s4) ?s4 0) (ite (<= b n) b n))))
 (let ((?s6 (ite (<= 0 ?s5) ?s5 0)))
 (let ((?s7 (= ?s6 n)))
 (let ((?s8 (x.f64.r1 i0)))
 (or (and true ?s1) (and ?s2 ?s3 true true (not ?s7)) (and true true true ?s1) (and ?s2 ?s3 true true ?s7 true true (>= i0 0) (< i0 ?s6) (not (= ?s8 ?s8)))))))))))))
(check-sat)
