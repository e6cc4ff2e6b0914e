; versa proof obligation for rule 'broadcast-transpose-column' (rules/library/shape.toml), domain ieee: proved
; lhs: broadcast_to(x, (m, n)).T
; rhs: broadcast_to(x[:, None], (n, m))
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
 (let ((?s2 (<= 0 m)))
 (let ((?s3 (<= 0 n)))
 (let ((?s4 (and ?s2 ?s3)))
 (let ((?s5 (and ?s3 ?s2)))
 (or (and ?s1 true ?s4 (not ?s5)) (and ?s1 true ?s4 ?s5 (not (and (= n n) (= m m)))) (and true true (not true)) (and true true true (not (= x.f64.r1!v1 x.f64.r1!v1))))))))))
(check-sat)
