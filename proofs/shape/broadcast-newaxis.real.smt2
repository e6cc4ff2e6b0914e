; versa proof obligation for rule 'broadcast-newaxis' (rules/library/shape.toml), domain real: proved
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
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (>= n 0)))
 (let ((?s2 (and (<= 0 m) (<= 0 n))))
 (let ((?s3 (and (= m m) (= n n))))
 (let ((?s4 (x.f64.r1 i1)))
 (or (and ?s1 true ?s2 (not ?s2)) (and ?s1 true ?s2 ?s2 (not ?s3)) (and true true (not true)) (and ?s1 true ?s2 ?s2 ?s3 true true (>= i0 0) (< i0 m) (>= i1 0) (< i1 n) (not (= ?s4 ?s4)))))))))
(check-sat)
