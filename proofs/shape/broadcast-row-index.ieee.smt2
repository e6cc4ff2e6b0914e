; versa proof obligation for rule 'broadcast-row-index' (rules/library/shape.toml), domain ieee: proved
; lhs: broadcast_to(x, (m, n))[i]
; rhs: x
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (or (and true ?s1) (and (>= n 0) true (and (<= 0 m) (<= 0 n)) true (not (= n n))) (and true true ?s1) (and true true true (not (= x.f64.r1!v1 x.f64.r1!v1))))))
(check-sat)
