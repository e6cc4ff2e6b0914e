; versa proof obligation for rule 'concat-rows-column' (rules/library/slicing.toml), domain ieee: proved
; lhs: concat((A, B), axis=0)[:, j]
; rhs: concat((A[:, j], B[:, j]), axis=0)
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
(declare-fun i0 () Int)
(declare-fun j () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun q () Int)
(assert
 (let ((?s1 (>= m 0)))
 (let ((?s2 (>= q 0)))
 (let ((?s3 (+ m q)))
 (let ((?s4 (= ?s3 ?s3)))
 (let ((?s5 (and (<= (- 0 k) j) (< j k))))
 (let ((?s6 (ite (< i0 m) A.f64.r2!v1 B.f64.r2!v2)))
 (or (and true true (not true)) (and ?s1 ?s2 true true true (not ?s4)) (and (>= k 0) true true true ?s5 (not ?s5)) (and ?s1 ?s2 true true true ?s4 (>= i0 0) (< i0 ?s3) (not (= ?s6 ?s6)))))))))))
(check-sat)
