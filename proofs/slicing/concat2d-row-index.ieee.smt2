; versa proof obligation for rule 'concat2d-row-index' (rules/library/slicing.toml), domain ieee: proved
; lhs: concat((A, B), axis=0)[i]
; rhs: A[i]
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
(declare-fun B.f64.r2!v2 () (_ FloatingPoint 11 53))
(declare-fun i () Int)
(declare-fun i0 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun q () Int)
(assert
 (let ((?s1 (>= k 0)))
 (let ((?s2 (= k k)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (>= q 0)))
 (let ((?s5 (< i m)))
 (let ((?s6 (and (<= 0 i) ?s5)))
 (let ((?s7 (+ m q)))
 (let ((?s8 (and (<= (- 0 ?s7) i) (< i ?s7))))
 (let ((?s9 (and (<= (- 0 m) i) ?s5)))
 (let ((?s10 (> 0 i)))
 (let ((?s11 (ite ?s10 (+ i ?s7) i)))
 (or (and true (not true)) (and ?s1 true true (not ?s2)) (and ?s3 ?s4 ?s6 true true ?s8 (not ?s9)) (and ?s1 ?s3 ?s4 ?s6 true true ?s2 ?s8 ?s9 (>= i0 0) (< i0 k) (not (and (= (ite ?s10 (+ i m) i) ?s11) (= i0 i0)))) (and ?s3 ?s4 ?s6 true true ?s8 ?s9 (not (= (ite (< ?s11 m) A.f64.r2!v1 B.f64.r2!v2) A.f64.r2!v1))))))))))))))))
(check-sat)
