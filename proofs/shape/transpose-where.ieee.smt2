; versa proof obligation for rule 'transpose-where' (rules/library/shape.toml), domain ieee: proved
; lhs: where(M, A, B).T
; rhs: where(M.T, A.T, B.T)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2!v1 () (_ FloatingPoint 11 53))
(declare-fun B.f64.r2!v2 () (_ FloatingPoint 11 53))
(declare-fun M.bool.r2!v3 () Bool)
(declare-fun k () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (ite M.bool.r2!v3 A.f64.r2!v1 B.f64.r2!v2)))
 (or (and true true ?s1) (and (>= k 0) (>= m 0) true true true (not (and (= k k) (= m m)))) (and true true true true ?s1) (and true true true true true (not (= ?s2 ?s2)))))))
(check-sat)
