; versa proof obligation for rule 'int8-abs-mul' (rules/library/regressions.toml), domain real: proved
; lhs: abs(a * b)
; rhs: abs(a) * abs(b)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun a.i8.r1 (Int) Int)
(declare-fun b.i8.r1 (Int) Int)
(declare-fun i0 () Int)
(declare-fun n () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (a.i8.r1 i0)))
 (let ((?s5 (>= ?s4 (- 128))))
 (let ((?s6 (<= ?s4 127)))
 (let ((?s7 (b.i8.r1 i0)))
 (let ((?s8 (>= ?s7 (- 128))))
 (let ((?s9 (<= ?s7 127)))
 (let ((?s10 (* ?s4 ?s7)))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 true true true ?s3 true true (>= i0 0) (< i0 n) ?s5 ?s6 ?s8 ?s9 ?s5 ?s6 ?s8 ?s9 (not (= (ite (< ?s10 0) (- ?s10) ?s10) (* (ite (< ?s4 0) (- ?s4) ?s4) (ite (< ?s7 0) (- ?s7) ?s7)))))))))))))))))
(check-sat)
