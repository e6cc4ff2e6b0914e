; versa proof obligation for rule 'narrow-after-widened-add-i8' (rules/library/dtype.toml), domain ieee: proved
; lhs: astype(astype(x, i32) + astype(y, i32), i8)
; rhs: x + y
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun n () Int)
(declare-fun x.i8.r1!v1 () (_ BitVec 8))
(declare-fun y.i8.r1!v2 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and (>= n 0) true true true (not (= n n))) (and true true true true ?s1) (and true true true true true (not (= ((_ extract 7 0) (bvadd ((_ sign_extend 24) x.i8.r1!v1) ((_ sign_extend 24) y.i8.r1!v2))) (bvadd x.i8.r1!v1 y.i8.r1!v2)))))))
(check-sat)
