; versa proof obligation for rule 'flatten-index' (rules/library/shape.toml), domain ieee: proved
; lhs: reshape(A, (-1,))[i]
; rhs: A[i // 3, i % 3]
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
(declare-fun i () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (* m 3)))
 (let ((?s4 (and (<= (- 0 ?s3) i) (< i ?s3))))
 (let ((?s5 (> 3 0)))
 (let ((?s6 (< 3 0)))
 (let ((?s7 (- 3)))
 (let ((?s8 (ite ?s5 (div i 3) (ite ?s6 (div (- i) ?s7) 0))))
 (let ((?s9 (= 3 0)))
 (let ((?s10 (ite ?s9 i (- i (* 3 ?s8)))))
 (let ((?s11 (and (<= (- 0 m) ?s8) (< ?s8 m) (<= (- 3) ?s10) (> 3 ?s10))))
 (let ((?s12 (ite (> 0 i) (+ i ?s3) i)))
 (let ((?s13 (ite ?s5 (div ?s12 3) (ite ?s6 (div (- ?s12) ?s7) 0))))
 (or (and true true ?s1) (and true true true ?s1) (and ?s2 true true true ?s4 (not ?s11)) (and ?s2 true true true true ?s4 ?s11 (not (and (= (ite (> 0 ?s8) (+ ?s8 m) ?s8) ?s13) (= (ite (> 0 ?s10) (+ ?s10 3) ?s10) (ite ?s9 ?s12 (- ?s12 (* 3 ?s13))))))) (and true true true true (not (= A.f64.r2!v1 A.f64.r2!v1))))))))))))))))))
(check-sat)
