; versa proof obligation for rule 'where-broadcast-int-index' (rules/library/index.toml), domain ieee: proved
; lhs: where(k, A, c)[i]
; rhs: where(k[i], A[i], c)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2!v1 () (_ FloatingPoint 11 53))
(declare-fun c.f64.r0!v2 () (_ FloatingPoint 11 53))
(declare-fun i () Int)
(declare-fun k.bool.r2!v3 () Bool)
(declare-fun m () Int)
(declare-fun n () Int)
(assert
 (let ((?s1 (and (<= (- 0 m) i) (< i m))))
 (let ((?s2 (ite k.bool.r2!v3 A.f64.r2!v1 c.f64.r0!v2)))
 (or (and true true (not true)) (and (>= n 0) true true true (not (= n n))) (and (>= m 0) true true true ?s1 (not ?s1)) (and true true true (not (= ?s2 ?s2)))))))
(check-sat)
