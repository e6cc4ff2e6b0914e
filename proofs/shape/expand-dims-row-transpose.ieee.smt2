; versa proof obligation for rule 'expand-dims-row-transpose' (rules/library/shape.toml), domain ieee: proved
; lhs: expand_dims(x, axis=0).T
; rhs: expand_dims(x, axis=1)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun n () Int)
(declare-fun x.bool.r1!v1 () Bool)
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and (>= n 0) true true true (not (and (= n n) (= 1 1)))) (and true true true true ?s1) (and true true true true true (not (= x.bool.r1!v1 x.bool.r1!v1))))))
(check-sat)
