; versa proof obligation for rule 'sum-transpose-axis' (rules/library/reductions.toml), domain real: proved
; lhs: sum(A.T, axis=0)
; rhs: sum(A, axis=1)
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
(declare-fun reduce0.sum.f64 (Int Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (= m m)))
 (let ((?s4 (reduce0.sum.f64 n i0)))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 (>= n 0) true true true ?s3 true true (>= i0 0) (< i0 m) (not (= ?s4 ?s4)))))))))
(check-sat)
