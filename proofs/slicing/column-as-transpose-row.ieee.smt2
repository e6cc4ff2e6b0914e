; versa proof obligation for rule 'column-as-transpose-row' (rules/library/slicing.toml), domain ieee: proved
; lhs: A[:, j]
; rhs: A.T[j]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2!v1 () (_ FloatingPoint 11 53))
(declare-fun j () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (and (<= (- 0 k) j) (< j k))))
 (or (and true true (not true)) (and (>= m 0) true true true (not (= m m))) (and (>= k 0) true true true ?s1 (not ?s1)) (and true true true (not (= A.f64.r2!v1 A.f64.r2!v1))))))
(check-sat)
