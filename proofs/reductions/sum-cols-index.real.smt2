; versa proof obligation for rule 'sum-cols-index' (rules/library/reductions.toml), domain real: proved
; lhs: sum(A, axis=0)[j]
; rhs: sum(A[:, j])
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun j () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 (Int Int Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (and (<= (- 0 n) j) (< j n))))
 (let ((?s4 (reduce0.sum.f64 m j n)))
 (or (and true true ?s1) (and true true true ?s1) (and ?s2 true true true ?s3 (not ?s3)) (and (>= m 0) ?s2 true true true true ?s3 ?s3 (not (= ?s4 ?s4)))))))))
(check-sat)
