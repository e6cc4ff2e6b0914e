; versa proof obligation for rule 'prod-rows-of-broadcast' (rules/library/reductions.toml), domain real: proved
; lhs: prod(broadcast_to(x, (m, n)), axis=1)
; rhs: broadcast_to(prod(x), (m,))
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.prod.f64 (Int) Real)
(assert
 (let ((?s1 (>= n 0)))
 (let ((?s2 (<= 0 m)))
 (let ((?s3 (and ?s2 (<= 0 n))))
 (let ((?s4 (= m m)))
 (let ((?s5 (reduce0.prod.f64 n)))
 (or (and ?s1 true ?s3 (not ?s2)) (and ?s1 true ?s3 ?s2 (not ?s4)) (and true true (not true)) (and ?s1 true ?s3 ?s2 ?s4 true true (>= i0 0) (< i0 m) (not (= ?s5 ?s5))))))))))
(check-sat)
