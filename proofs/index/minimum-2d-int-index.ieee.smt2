; versa proof obligation for rule 'minimum-2d-int-index' (rules/library/index.toml), domain ieee: proved
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
(declare-fun A.f64.r2!v1 () (_ FloatingPoint 11 53))
(declare-fun B.f64.r2!v2 () (_ FloatingPoint 11 53))
(declare-fun i () Int)
(declare-fun j () Int)
(declare-fun m () Int)
(declare-fun minimum_tie.f64 ((_ FloatingPoint 11 53) (_ FloatingPoint 11 53)) (_ FloatingPoint 11 53))
(declare-fun n () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and (<= (- 0 m) i) (< i m) (<= (- 0 n) j) (< j n))))
 (let ((?s3 (minimum_tie.f64 A.f64.r2!v1 B.f64.r2!v2)))
 (let ((?s4 (or (= ?s3 A.f64.r2!v1) (= ?s3 B.f64.r2!v2))))
 (let ((?s5 (ite (or (fp.isNaN A.f64.r2!v1) (fp.isNaN B.f64.r2!v2)) (_ NaN 11 53) (ite (fp.lt A.f64.r2!v1 B.f64.r2!v2) A.f64.r2!v1 (ite (fp.gt A.f64.r2!v1 B.f64.r2!v2) B.f64.r2!v2 (ite (= A.f64.r2!v1 B.f64.r2!v2) A.f64.r2!v1 ?s3))))))
 (or (and true true ?s1) (and true true true ?s1) (and (>= m 0) (>= n 0) true true true ?s2 (not ?s2)) (and true true true true ?s4 ?s4 (not (= ?s5 ?s5))))))))))
(check-sat)
