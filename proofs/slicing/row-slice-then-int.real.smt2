; versa proof obligation for rule 'row-slice-then-int' (rules/library/slicing.toml), domain real: proved
; lhs: A[i, :][j]
; rhs: A[i, j]
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
(declare-fun k () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= k 0)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (and (<= (- 0 m) i) (< i m) (<= (- 0 k) j) (< j k))))
 (let ((?s5 (A.f64.r2 (ite (> 0 i) (+ i m) i) (ite (> 0 j) (+ j k) j))))
 (or (and true true ?s1) (and true true true ?s1) (and ?s2 ?s3 true true true ?s4 (not ?s4)) (and ?s2 ?s3 true true true true ?s4 ?s4 (not (= ?s5 ?s5))))))))))
(check-sat)
