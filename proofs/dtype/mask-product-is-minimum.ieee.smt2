; versa proof obligation for rule 'mask-product-is-minimum' (rules/library/dtype.toml), domain ieee: proved
; lhs: astype(k, i8) * astype(l, i8)
; rhs: astype(minimum(k, l), i8)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun k.bool.r1!v1 () Bool)
(declare-fun l.bool.r1!v2 () Bool)
(declare-fun n () Int)
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and (>= n 0) true true true (not (= n n))) (and true true true true ?s1) (and true true true true true (not (= (bvmul (ite k.bool.r1!v1 #x01 #x00) (ite l.bool.r1!v2 #x01 #x00)) (ite (and k.bool.r1!v1 l.bool.r1!v2) #x01 #x00)))))))
(check-sat)
