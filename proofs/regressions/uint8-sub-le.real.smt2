; versa proof obligation for rule 'uint8-sub-le' (rules/library/regressions.toml), domain real: proved
; lhs: a - b <= a
; rhs: a == a
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun a.u8.r1 (Int) Int)
(declare-fun b.u8.r1 (Int) Int)
(declare-fun i0 () Int)
(declare-fun n () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (a.u8.r1 i0)))
 (let ((?s5 (>= ?s4 0)))
 (let ((?s6 (<= ?s4 255)))
 (let ((?s7 (b.u8.r1 i0)))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 true true true ?s3 true true (>= i0 0) (< i0 n) ?s5 ?s6 (>= ?s7 0) (<= ?s7 255) ?s5 ?s6 ?s5 ?s6 ?s5 ?s6 (not (= (<= (- ?s4 ?s7) ?s4) (= ?s4 ?s4)))))))))))))
(check-sat)
