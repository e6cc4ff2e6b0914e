; versa proof obligation for rule 'col-then-int' (rules/library/slicing.toml), domain ieee: proved
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
(declare-fun A.f64.r2!v1 () (_ FloatingPoint 11 53))
(declare-fun i () Int)
(declare-fun j () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (<= (- 0 k) j)))
 (let ((?s3 (< j k)))
 (let ((?s4 (<= (- 0 m) i)))
 (let ((?s5 (< i m)))
 (or (and true true ?s1) (and true true true ?s1) (and (>= k 0) (>= m 0) true true true (and ?s2 ?s3 ?s4 ?s5) (not (and ?s4 ?s5 ?s2 ?s3))) (and true true true true (not (= A.f64.r2!v1 A.f64.r2!v1))))))))))
(check-sat)
