; versa proof obligation for rule 'broadcast-newaxis' (rules/library/shape.toml), domain ieee: proved
; lhs: broadcast_to(x[None], (m, n))
; rhs: broadcast_to(x, (m, n))
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
 (let ((?s1 (>= n 0)))
 (let ((?s2 (and (<= 0 m) (<= 0 n))))
 (or (and ?s1 true ?s2 (not ?s2)) (and ?s1 true ?s2 ?s2 (not (and (= m m) (= n n)))) (and true true (not true)) (and true true true (not (= x.f64.r1!v1 x.f64.r1!v1)))))))
(check-sat)
