; versa proof obligation for rule 'int8-successor-greater' (rules/library/regressions.toml), domain real: proved
; lhs: a + 1 > a
; rhs: a == a
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun a.i8.r1 (Int) Int)
(declare-fun i0 () Int)
(declare-fun n () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (a.i8.r1 i0)))
 (let ((?s5 (>= ?s4 (- 128))))
 (let ((?s6 (<= ?s4 127)))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 true true true ?s3 true true (>= i0 0) (< i0 n) ?s5 ?s6 ?s5 ?s6 ?s5 ?s6 ?s5 ?s6 (not (= (> (+ ?s4 1) ?s4) (= ?s4 ?s4))))))))))))
(check-sat)
