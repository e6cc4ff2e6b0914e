; versa proof obligation for rule 'broadcast-column-index' (rules/library/shape.toml), domain real: proved
; lhs: broadcast_to(x, (m, n))[:, j]
; rhs: broadcast_to(x[j], (m,))
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun j () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (>= n 0)))
 (let ((?s2 (<= 0 m)))
 (let ((?s3 (and ?s2 (<= 0 n))))
 (let ((?s4 (= m m)))
 (let ((?s5 (and (<= (- 0 n) j) (< j n))))
 (let ((?s6 (x.f64.r1 (ite (> 0 j) (+ j n) j))))
 (or (and ?s1 true ?s3 (not ?s2)) (and ?s1 true ?s3 ?s2 (not ?s4)) (and ?s1 true ?s3 ?s2 ?s5 (not ?s5)) (and ?s1 true ?s3 ?s2 ?s4 ?s5 ?s5 (>= i0 0) (< i0 m) (not (= ?s6 ?s6)))))))))))
(check-sat)
