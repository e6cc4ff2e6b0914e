; versa proof obligation for rule 'broadcast-transpose-column' (rules/library/shape.toml), domain real: proved
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
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (>= n 0)))
 (let ((?s2 (<= 0 m)))
 (let ((?s3 (<= 0 n)))
 (let ((?s4 (and ?s2 ?s3)))
 (let ((?s5 (and ?s3 ?s2)))
 (let ((?s6 (and (= n n) (= m m))))
 (let ((?s7 (x.f64.r1 i0)))
 (or (and ?s1 true ?s4 (not ?s5)) (and ?s1 true ?s4 ?s5 (not ?s6)) (and true true (not true)) (and ?s1 true ?s4 ?s5 ?s6 true true (>= i0 0) (< i0 n) (>= i1 0) (< i1 m) (not (= ?s7 ?s7))))))))))))
(check-sat)
