; versa proof obligation for rule 'max-rows-of-broadcast' (rules/library/reductions.toml), domain real: proved
; lhs: max(broadcast_to(x, (m, n)), axis=1)
; rhs: broadcast_to(max(x), (m,))
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
(declare-fun reduce0.max.f64 (Int) Real)
(assert
 (let ((?s1 (>= n 0)))
 (let ((?s2 (<= 0 m)))
 (let ((?s3 (< 0 n)))
 (let ((?s4 (and ?s2 (<= 0 n) ?s3)))
 (let ((?s5 (and ?s3 ?s2)))
 (let ((?s6 (= m m)))
 (let ((?s7 (reduce0.max.f64 n)))
 (or (and ?s1 true ?s4 (not ?s5)) (and ?s1 true ?s4 ?s5 (not ?s6)) (and true true (not true)) (and ?s1 true ?s4 ?s5 ?s6 true true (>= i0 0) (< i0 m) (not (= ?s7 ?s7))))))))))))
(check-sat)
