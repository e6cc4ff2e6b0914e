; versa proof obligation for rule 'minimum-2d-int-index' (rules/library/index.toml), domain real: proved
; lhs: minimum(A, B)[i, j]
; rhs: minimum(A[i, j], B[i, j])
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun B.f64.r2 (Int Int) Real)
(declare-fun i () Int)
(declare-fun j () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (and (<= (- 0 m) i) (< i m) (<= (- 0 n) j) (< j n))))
 (let ((?s5 (ite (> 0 i) (+ i m) i)))
 (let ((?s6 (ite (> 0 j) (+ j n) j)))
 (let ((?s7 (A.f64.r2 ?s5 ?s6)))
 (let ((?s8 (B.f64.r2 ?s5 ?s6)))
 (let ((?s9 (ite (<= ?s7 ?s8) ?s7 ?s8)))
 (or (and true true ?s1) (and true true true ?s1) (and ?s2 ?s3 true true true ?s4 (not ?s4)) (and ?s2 ?s3 true true true true ?s4 ?s4 (not (= ?s9 ?s9))))))))))))))
(check-sat)
