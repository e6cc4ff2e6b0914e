; versa proof obligation for rule 'reshape-trailing-unit' (rules/library/shape.toml), domain real: proved
; lhs: reshape(A, (m, k, 1))
; rhs: expand_dims(A, axis=2)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.i8.r2 (Int Int) Int)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun i2 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= k 0)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (and (<= 0 m) (<= 0 k))))
 (let ((?s5 (and (= m m) (= k k) (= 1 1))))
 (let ((?s6 (+ (+ (* i0 k) i1) i2)))
 (let ((?s7 (ite (> k 0) (div ?s6 k) (ite (< k 0) (div (- ?s6) (- k)) 0))))
 (let ((?s8 (A.i8.r2 ?s7 (ite (= k 0) ?s6 (- ?s6 (* k ?s7))))))
 (let ((?s9 (A.i8.r2 i0 i1)))
 (or (and true ?s1) (and ?s2 ?s3 true ?s4 true (not ?s5)) (and true true true ?s1) (and ?s2 ?s3 true ?s4 true ?s5 true true (>= i0 0) (< i0 m) (>= i1 0) (< i1 k) (>= i2 0) (> 1 i2) (>= ?s8 (- 128)) (<= ?s8 127) (>= ?s9 (- 128)) (<= ?s9 127) (not (= ?s8 ?s9))))))))))))))
(check-sat)
