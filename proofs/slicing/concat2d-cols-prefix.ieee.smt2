; versa proof obligation for rule 'concat2d-cols-prefix' (rules/library/slicing.toml), domain ieee: proved
; lhs: concat((A, C), axis=1)[:, :k]
; rhs: A
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f32.r2!v1 () (_ FloatingPoint 8 24))
(declare-fun C.f32.r2!v2 () (_ FloatingPoint 8 24))
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun r () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= k 0)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (>= r 0)))
 (let ((?s5 (+ k r)))
 (let ((?s6 (+ k ?s5)))
 (let ((?s7 (ite (> 0 k) (ite (<= 0 ?s6) ?s6 0) (ite (<= k ?s5) k ?s5))))
 (let ((?s8 (ite (<= 0 ?s7) ?s7 0)))
 (let ((?s9 (and (= m m) (= ?s8 k))))
 (or (and true true ?s1) (and ?s2 ?s3 ?s4 true true true (not ?s9)) (and true true true true ?s1) (and ?s2 ?s3 ?s4 true true true ?s9 true true (>= i0 0) (< i0 m) (>= i1 0) (< i1 ?s8) (not (= (ite (< i1 k) A.f32.r2!v1 C.f32.r2!v2) A.f32.r2!v1))))))))))))))
(check-sat)
