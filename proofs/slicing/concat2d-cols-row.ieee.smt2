; versa proof obligation for rule 'concat2d-cols-row' (rules/library/slicing.toml), domain ieee: proved
; lhs: concat((A, C), axis=1)[i]
; rhs: concat((A[i], C[i]), axis=0)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2!v1 () (_ FloatingPoint 11 53))
(declare-fun C.f64.r2!v2 () (_ FloatingPoint 11 53))
(declare-fun i () Int)
(declare-fun i0 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun r () Int)
(assert
 (let ((?s1 (>= k 0)))
 (let ((?s2 (>= r 0)))
 (let ((?s3 (+ k r)))
 (let ((?s4 (= ?s3 ?s3)))
 (let ((?s5 (and (<= (- 0 m) i) (< i m))))
 (let ((?s6 (ite (< i0 k) A.f64.r2!v1 C.f64.r2!v2)))
 (or (and true true (not true)) (and ?s1 ?s2 true true true (not ?s4)) (and (>= m 0) true true true ?s5 (not ?s5)) (and ?s1 ?s2 true true true ?s4 (>= i0 0) (< i0 ?s3) (not (= ?s6 ?s6)))))))))))
(check-sat)
