; versa proof obligation for rule 'broadcast-scalar-index' (rules/library/shape.toml), domain ieee: proved
; lhs: broadcast_to(c, (n,))[i]
; rhs: c
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun c.f64.r0!v1 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (or (and true ?s1) ?s2 ?s2 (and true true true true (not (= c.f64.r0!v1 c.f64.r0!v1)))))))
(check-sat)
