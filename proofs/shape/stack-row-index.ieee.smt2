; versa proof obligation for rule 'stack-row-index' (rules/library/shape.toml), domain ieee: proved
; lhs: concat((expand_dims(x, axis=0), expand_dims(y, axis=0)), axis=0)[1]
; rhs: y
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun n () Int)
(declare-fun y.f64.r1!v1 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and (>= n 0) true true true (not (= n n))) (and true true true true ?s1) (and true true true true true (not (= y.f64.r1!v1 y.f64.r1!v1))))))
(check-sat)
