; versa proof obligation for rule 'min-transpose-axis' (rules/library/reductions.toml), domain real: proved
; lhs: min(A.T, axis=0)
; rhs: min(A, axis=1)
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
(declare-fun reduce0.min.f64 (Int Int) Real)
(assert
 (let ((?s1 (>= n 0)))
 (let ((?s2 (< 0 n)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (= m m)))
 (let ((?s5 (reduce0.min.f64 n i0)))
 (or (and ?s1 true ?s2 (not ?s2)) (and ?s3 true (not ?s4)) (and true true (not true)) (and ?s3 ?s1 true ?s2 ?s2 ?s4 true true (>= i0 0) (< i0 m) (not (= ?s5 ?s5))))))))))
(check-sat)
