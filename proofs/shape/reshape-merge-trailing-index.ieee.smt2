; versa proof obligation for rule 'reshape-merge-trailing-index' (rules/library/shape.toml), domain ieee: proved
; lhs: reshape(X, (m, 6))[i]
; rhs: reshape(X[i], (6,))
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. reads at equal indices
;   5. value: lhs equals rhs
(set-logic ALL)
(declare-fun X.f32.r3!v1 () (_ FloatingPoint 8 24))
(declare-fun i () Int)
(declare-fun i0 () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (= 6 6)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (and (= (* (* m 2) 3) (* m 6)) (<= 0 m))))
 (let ((?s4 (and (<= (- 0 m) i) (< i m))))
 (let ((?s5 (ite (> 0 i) (+ i m) i)))
 (let ((?s6 (> 3 0)))
 (let ((?s7 (+ (* ?s5 6) i0)))
 (let ((?s8 (< 3 0)))
 (let ((?s9 (- 3)))
 (let ((?s10 (ite ?s6 (div ?s7 3) (ite ?s8 (div (- ?s7) ?s9) 0))))
 (let ((?s11 (ite (> 2 0) (div ?s10 2) (ite (< 2 0) (div (- ?s10) (- 2)) 0))))
 (let ((?s12 (ite ?s6 (div i0 3) (ite ?s8 (div (- i0) ?s9) 0))))
 (let ((?s13 (= 3 0)))
 (or (and true (not true)) (and true true (not ?s1)) (and ?s2 true ?s3 true ?s4 (not ?s4)) (and ?s2 true ?s3 true ?s1 ?s4 ?s4 (>= i0 0) (> 6 i0) (not (and (= ?s5 ?s11) (= ?s12 (ite (= 2 0) ?s10 (- ?s10 (* 2 ?s11)))) (= (ite ?s13 i0 (- i0 (* 3 ?s12))) (ite ?s13 ?s7 (- ?s7 (* 3 ?s10))))))) (and true true ?s1 (not (= X.f32.r3!v1 X.f32.r3!v1))))))))))))))))))
(check-sat)
