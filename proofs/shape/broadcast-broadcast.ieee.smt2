; versa proof obligation for rule 'broadcast-broadcast' (rules/library/shape.toml), domain ieee: proved
; lhs: broadcast_to(broadcast_to(x, (m, n)), (p, m, n))
; rhs: broadcast_to(x, (p, m, n))
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
(declare-fun p () Int)
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (>= n 0)))
 (let ((?s2 (<= 0 m)))
 (let ((?s3 (<= 0 n)))
 (let ((?s4 (<= 0 p)))
 (let ((?s5 (and ?s2 ?s3 ?s4)))
 (let ((?s6 (and ?s4 ?s2 ?s3)))
 (or (and ?s1 true ?s5 (not ?s6)) (and ?s1 true ?s5 ?s6 (not (and (= p p) (= m m) (= n n)))) (and true true (not true)) (and true true true (not (= x.f64.r1!v1 x.f64.r1!v1)))))))))))
(check-sat)
