; versa proof obligation for rule 'where-false-is-and' (rules/library/algebra-ieee.toml), domain real: proved
; lhs: where(m, m2, False)
; rhs: m * m2
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun m.bool.r1 (Int) Bool)
(declare-fun m2.bool.r1 (Int) Bool)
(declare-fun n () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (m.bool.r1 i0)))
 (let ((?s5 (m2.bool.r1 i0)))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 true true true ?s3 true true (>= i0 0) (< i0 n) (not (= (ite ?s4 ?s5 false) (and ?s4 ?s5)))))))))))
(check-sat)
