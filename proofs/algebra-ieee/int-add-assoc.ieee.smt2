; versa proof obligation for rule 'int-add-assoc' (rules/library/algebra-ieee.toml), domain ieee: proved
; lhs: (a + b) + c
; rhs: a + (b + c)
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
(declare-fun c.i32.r1!v3 () (_ BitVec 32))
(declare-fun n () Int)
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and (>= n 0) true true true (not (= n n))) (and true true true true ?s1) (and true true true true true (not (= (bvadd (bvadd a.i32.r1!v1 b.i32.r1!v2) c.i32.r1!v3) (bvadd a.i32.r1!v1 (bvadd b.i32.r1!v2 c.i32.r1!v3))))))))
(check-sat)
