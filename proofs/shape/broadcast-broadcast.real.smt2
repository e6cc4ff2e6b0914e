; versa proof obligation for rule 'broadcast-broadcast' (rules/library/shape.toml), domain real: proved
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
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun i2 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (>= n 0)))
 (let ((?s2 (<= 0 m)))
 (let ((?s3 (<= 0 n)))
 (let ((?s4 (<= 0 p)))
 (let ((?s5 (and ?s2 ?s3 ?s4)))
 (let ((?s6 (and ?s4 ?s2 ?s3)))
 (let ((?s7 (and (= p p) (= m m) (= n n))))
 (let ((?s8 (x.f64.r1 i2)))
 (or (and ?s1 true ?s5 (not ?s6)) (and ?s1 true ?s5 ?s6 (not ?s7)) (and true true (not true)) (and ?s1 true ?s5 ?s6 ?s7 true true (>= i0 0) (< i0 p) (>= i1 0) (< i1 m) (>= i2 0) (< i2 n) (not (= ?s8 ?s8)))))))))))))
(check-sat)
