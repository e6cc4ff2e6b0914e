; versa proof obligation for rule 'sub-3d-broadcast-int-index' (rules/library/index.toml), domain ieee: proved
; lhs: (T - M)[i]
; rhs: T[i] - M
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun M.f32.r2!v1 () (_ FloatingPoint 8 24))
(declare-fun T.f32.r3!v2 () (_ FloatingPoint 8 24))
(declare-fun i () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(assert
 (let ((?s1 (and (<= (- 0 p) i) (< i p))))
 (let ((?s2 (fp.sub roundNearestTiesToEven T.f32.r3!v2 M.f32.r2!v1)))
 (or (and true true (not true)) (and (>= m 0) (>= n 0) true true true (not (and (= m m) (= n n)))) (and (>= p 0) true true true ?s1 (not ?s1)) (and true true true (not (= ?s2 ?s2)))))))
(check-sat)
