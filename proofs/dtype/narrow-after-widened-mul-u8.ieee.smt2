; versa proof obligation for rule 'narrow-after-widened-mul-u8' (rules/library/dtype.toml), domain ieee: proved
; lhs: astype(astype(x, u32) * astype(y, u32), u8)
; rhs: x * y
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun n () Int)
(declare-fun x.u8.r1!v1 () (_ BitVec 8))
(declare-fun y.u8.r1!v2 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and (>= n 0) true true true (not (= n n))) (and true true true true ?s1) (and true true true true true (not (= ((_ extract 7 0) (bvmul ((_ zero_extend 24) x.u8.r1!v1) ((_ zero_extend 24) y.u8.r1!v2))) (bvmul x.u8.r1!v1 y.u8.r1!v2)))))))
(check-sat)
