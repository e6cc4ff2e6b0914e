; versa proof obligation for rule 'promote-i8-u8-to-i16' (rules/library/dtype.toml), domain ieee: proved
; lhs: x + y
; rhs: astype(x, i16) + astype(y, i16)
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
(declare-fun y.u8.r1!v2 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (bvadd ((_ sign_extend 8) x.i8.r1!v1) ((_ zero_extend 8) y.u8.r1!v2))))
 (or (and true true ?s1) (and (>= n 0) true true true (not (= n n))) (and true true true true ?s1) (and true true true true true (not (= ?s2 ?s2)))))))
(check-sat)
