; versa proof obligation for rule 'sum-axis-tuple-all' (rules/library/reductions.toml), domain real: proved
; lhs: sum(A, axis=(0, 1))
; rhs: sum(A)
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
(declare-fun reduce0.sum.f64 (Int Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (reduce0.sum.f64 m n)))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) (and (>= m 0) (>= n 0) true true true true true true (not (= ?s2 ?s2)))))))
(check-sat)
