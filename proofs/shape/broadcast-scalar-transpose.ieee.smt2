; versa proof obligation for rule 'broadcast-scalar-transpose' (rules/library/shape.toml), domain ieee: proved
; lhs: broadcast_to(c, (m, n)).T
; rhs: broadcast_to(c, (n, m))
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun c.f64.r0!v1 () (_ FloatingPoint 11 53))
(declare-fun m () Int)
(declare-fun n () Int)
(assert
 (let ((?s1 (<= 0 m)))
 (let ((?s2 (<= 0 n)))
 (let ((?s3 (and ?s1 ?s2)))
 (let ((?s4 (and ?s2 ?s1)))
 (or (and true ?s3 (not ?s4)) (and true ?s3 ?s4 (not (and (= n n) (= m m)))) (and true true (not true)) (and true true true (not (= c.f64.r0!v1 c.f64.r0!v1)))))))))
(check-sat)
