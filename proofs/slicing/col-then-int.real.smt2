; versa proof obligation for rule 'col-then-int' (rules/library/slicing.toml), domain real: proved
; lhs: A[:, j][i]
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
 (let ((?s4 (<= (- 0 k) j)))
 (let ((?s5 (< j k)))
 (let ((?s6 (<= (- 0 m) i)))
 (let ((?s7 (< i m)))
 (let ((?s8 (and ?s4 ?s5 ?s6 ?s7)))
 (let ((?s9 (and ?s6 ?s7 ?s4 ?s5)))
 (let ((?s10 (A.f64.r2 (ite (> 0 i) (+ i m) i) (ite (> 0 j) (+ j k) j))))
 (or (and true true ?s1) (and true true true ?s1) (and ?s2 ?s3 true true true ?s8 (not ?s9)) (and ?s2 ?s3 true true true true ?s8 ?s9 (not (= ?s10 ?s10)))))))))))))))
(check-sat)
