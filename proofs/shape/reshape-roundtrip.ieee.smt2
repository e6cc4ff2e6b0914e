; versa proof obligation for rule 'reshape-roundtrip' (rules/library/shape.toml), domain ieee: proved
; lhs: reshape(reshape(A, (m * k,)), (m, k))
; rhs: A
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. reads at equal indices
;   5. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2!v1 () (_ FloatingPoint 11 53))
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= k 0)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (and (<= 0 (* m k)) (<= 0 m) (<= 0 k))))
 (let ((?s5 (and (= m m) (= k k))))
 (let ((?s6 (+ (* i0 k) i1)))
 (let ((?s7 (ite (> k 0) (div ?s6 k) (ite (< k 0) (div (- ?s6) (- k)) 0))))
 (or (and true ?s1) (and ?s2 ?s3 true ?s4 true (not ?s5)) (and true true true ?s1) (and ?s2 ?s3 true ?s4 true ?s5 true true (>= i0 0) (< i0 m) (>= i1 0) (< i1 k) (not (and (= ?s7 i0) (= (ite (= k 0) ?s6 (- ?s6 (* k ?s7))) i1)))) (and true true true true (not (= A.f64.r2!v1 A.f64.r2!v1))))))))))))
(check-sat)
