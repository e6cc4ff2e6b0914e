; versa proof obligation for rule 'transpose-maximum' (rules/library/shape.toml), domain ieee: proved
; lhs: maximum(A, B).T
; rhs: maximum(A.T, B.T)
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
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun maximum_tie.f64 ((_ FloatingPoint 11 53) (_ FloatingPoint 11 53)) (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (maximum_tie.f64 A.f64.r2!v1 B.f64.r2!v2)))
 (let ((?s3 (or (= ?s2 A.f64.r2!v1) (= ?s2 B.f64.r2!v2))))
 (let ((?s4 (ite (or (fp.isNaN A.f64.r2!v1) (fp.isNaN B.f64.r2!v2)) (_ NaN 11 53) (ite (fp.gt A.f64.r2!v1 B.f64.r2!v2) A.f64.r2!v1 (ite (fp.lt A.f64.r2!v1 B.f64.r2!v2) B.f64.r2!v2 (ite (= A.f64.r2!v1 B.f64.r2!v2) A.f64.r2!v1 ?s2))))))
 (or (and true true ?s1) (and (>= k 0) (>= m 0) true true true (not (and (= k k) (= m m)))) (and true true true true ?s1) (and true true true true true ?s3 ?s3 (not (= ?s4 ?s4)))))))))
(check-sat)
