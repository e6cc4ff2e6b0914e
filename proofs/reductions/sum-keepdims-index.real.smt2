; versa proof obligation for rule 'sum-keepdims-index' (rules/library/reductions.toml), domain real: proved
; lhs: sum(A, axis=1, keepdims=True)[i]
; rhs: sum(A[i], keepdims=True)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 (Int Int Int) Real)
(assert
 (let ((?s1 (= 1 1)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (and (<= (- 0 m) i) (< i m))))
 (let ((?s4 (reduce0.sum.f64 n i m)))
 (or (and true true (not true)) (and true true true (not ?s1)) (and ?s2 true true true ?s3 (not ?s3)) (and ?s2 (>= n 0) true true true ?s1 ?s3 ?s3 (not (= ?s4 ?s4)))))))))
(check-sat)
