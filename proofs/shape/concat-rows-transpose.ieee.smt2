; versa proof obligation for rule 'concat-rows-transpose' (rules/library/shape.toml), domain ieee: proved
; lhs: concat((A, D), axis=0).T
; rhs: concat((A.T, D.T), axis=1)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2!v1 () (_ FloatingPoint 11 53))
(declare-fun D.f64.r2!v2 () (_ FloatingPoint 11 53))
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= k 0)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (>= p 0)))
 (let ((?s5 (+ m p)))
 (let ((?s6 (and (= k k) (= ?s5 ?s5))))
 (let ((?s7 (ite (< i1 m) A.f64.r2!v1 D.f64.r2!v2)))
 (or (and true true ?s1) (and ?s2 ?s3 ?s4 true true true (not ?s6)) (and true true true true ?s1) (and ?s2 ?s3 ?s4 true true true ?s6 true true (>= i0 0) (< i0 k) (>= i1 0) (< i1 ?s5) (not (= ?s7 ?s7))))))))))))
(check-sat)
