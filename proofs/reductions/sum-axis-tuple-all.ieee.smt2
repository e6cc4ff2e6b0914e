; versa proof obligation for rule 'sum-axis-tuple-all' (rules/library/reductions.toml), domain ieee: proved
; lhs: sum(A, axis=(0, 1))
; rhs: sum(A)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun reduce0.sum.f64 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) (and true true true true true true (not (= reduce0.sum.f64 reduce0.sum.f64))))))
(check-sat)
