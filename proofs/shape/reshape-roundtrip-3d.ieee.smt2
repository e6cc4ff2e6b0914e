; versa proof obligation for rule 'reshape-roundtrip-3d' (rules/library/shape.toml), domain ieee: proved
; lhs: reshape(reshape(X, (m * k, r)), (m, k, r))
; rhs: X
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. reads at equal indices
;   5. value: lhs equals rhs
(set-logic ALL)
(declare-fun X.f64.r3!v1 () (_ FloatingPoint 11 53))
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun i2 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun r () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= k 0)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (>= r 0)))
 (let ((?s5 (and (<= 0 (* m k)) (<= 0 r) (<= 0 m) (<= 0 k))))
 (let ((?s6 (and (= m m) (= k k) (= r r))))
 (let ((?s7 (> r 0)))
 (let ((?s8 (+ (* (+ (* i0 k) i1) r) i2)))
 (let ((?s9 (< r 0)))
 (let ((?s10 (- r)))
 (let ((?s11 (ite ?s7 (div ?s8 r) (ite ?s9 (div (- ?s8) ?s10) 0))))
 (let ((?s12 (= r 0)))
 (let ((?s13 (+ (* ?s11 r) (ite ?s12 ?s8 (- ?s8 (* r ?s11))))))
 (let ((?s14 (ite ?s7 (div ?s13 r) (ite ?s9 (div (- ?s13) ?s10) 0))))
 (let ((?s15 (ite (> k 0) (div ?s14 k) (ite (< k 0) (div (- ?s14) (- k)) 0))))
 (or (and true ?s1) (and ?s2 ?s3 ?s4 true ?s5 true (not ?s6)) (and true true true ?s1) (and ?s2 ?s3 ?s4 true ?s5 true ?s6 true true (>= i0 0) (< i0 m) (>= i1 0) (< i1 k) (>= i2 0) (< i2 r) (not (and (= ?s15 i0) (= (ite (= k 0) ?s14 (- ?s14 (* k ?s15))) i1) (= (ite ?s12 ?s13 (- ?s13 (* r ?s14))) i2)))) (and true true true true (not (= X.f64.r3!v1 X.f64.r3!v1))))))))))))))))))))
(check-sat)
