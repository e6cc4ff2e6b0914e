; versa proof obligation for rule 'broadcast-row-index' (rules/library/shape.toml), domain real: proved
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
(declare-fun i () Int)
(declare-fun i0 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (and (<= 0 m) (<= 0 n))))
 (let ((?s4 (= n n)))
 (let ((?s5 (x.f64.r1 i0)))
 (or (and true ?s1) (and ?s2 true ?s3 true (not ?s4)) (and true true ?s1) (and ?s2 true ?s3 true ?s4 (and (<= (- 0 m) i) (< i m)) true (>= i0 0) (< i0 n) (not (= ?s5 ?s5))))))))))
(check-sat)
