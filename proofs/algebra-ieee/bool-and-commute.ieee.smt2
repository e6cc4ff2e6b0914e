; versa proof obligation for rule 'bool-and-commute' (rules/library/algebra-ieee.toml), domain ieee: proved
; lhs: m * m2
; rhs: m2 * m
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun m.bool.r1!v1 () Bool)
(declare-fun m2.bool.r1!v2 () Bool)
(declare-fun n () Int)
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and (>= n 0) true true true (not (= n n))) (and true true true true ?s1) (and true true true true true (not (= (and m.bool.r1!v1 m2.bool.r1!v2) (and m2.bool.r1!v2 m.bool.r1!v1)))))))
(check-sat)
