; versa proof obligation for rule 'int-add-sub-cancel' (rules/library/algebra-ieee.toml), domain ieee: proved
; lhs: (a + b) - b
; rhs: a
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun a.i32.r1!v1 () (_ BitVec 32))
(declare-fun b.i32.r1!v2 () (_ BitVec 32))
(declare-fun n () Int)
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and (>= n 0) true true true (not (= n n))) (and true true true true ?s1) (and true true true true true (not (= (bvsub (bvadd a.i32.r1!v1 b.i32.r1!v2) b.i32.r1!v2) a.i32.r1!v1))))))
(check-sat)
