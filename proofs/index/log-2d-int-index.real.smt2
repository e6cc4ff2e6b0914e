; versa proof obligation for rule 'log-2d-int-index' (rules/library/index.toml), domain real: proved
; lhs: log(A)[i, j]
; rhs: log(A[i, j])
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun i () Int)
(declare-fun j () Int)
(declare-fun log.real (Real) Real)
(declare-fun m () Int)
(declare-fun n () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (and (<= (- 0 m) i) (< i m) (<= (- 0 n) j) (< j n))))
 (let ((?s5 (log.real (A.f64.r2 (ite (> 0 i) (+ i m) i) (ite (> 0 j) (+ j n) j)))))
 (or (and true true ?s1) (and true true true ?s1) (and ?s2 ?s3 true true true ?s4 (not ?s4)) (and ?s2 ?s3 true true true true ?s4 ?s4 (not (= ?s5 ?s5))))))))))
(check-sat)
