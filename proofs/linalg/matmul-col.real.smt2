; versa proof obligation for rule 'matmul-col' (rules/library/linalg.toml), domain real: proved
; lhs: (A @ B)[:, j]
; rhs: A @ B[:, j]
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
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(declare-fun reduce0.sum.f64 (Int Int Int Int) Real)
(assert
 (let ((?s1 (>= m 0)))
 (let ((?s2 (= m m)))
 (let ((?s3 (>= p 0)))
 (let ((?s4 (and (<= (- 0 p) j) (< j p))))
 (let ((?s5 (reduce0.sum.f64 k i0 j p)))
 (or (and true true (not true)) (and ?s1 true true true (not ?s2)) (and ?s3 true true true ?s4 (not ?s4)) (and (>= k 0) ?s1 ?s3 true true true ?s2 ?s4 ?s4 (>= i0 0) (< i0 m) (not (= ?s5 ?s5))))))))))
(check-sat)
