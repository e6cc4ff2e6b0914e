; versa proof obligation for rule 'widen-narrow-int' (rules/library/algebra-ieee.toml), domain ieee: proved
; lhs: astype(astype(s, i64), i16)
; rhs: s
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-sort Shape 0)
(declare-fun s.i16.any!v1 () (_ BitVec 16))
(declare-fun shape.s () Shape)
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and true true true (not (= shape.s shape.s))) (and true true true true ?s1) (and true true true true true (not (= ((_ extract 15 0) ((_ sign_extend 48) s.i16.any!v1)) s.i16.any!v1))))))
(check-sat)
