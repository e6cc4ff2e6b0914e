; versa proof obligation for rule 'promote-f32-times-0d-f64' (rules/library/dtype.toml), domain ieee: proved
; lhs: x * c
; rhs: astype(x, f64) * c
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun c.f64.r0!v1 () (_ FloatingPoint 11 53))
(declare-fun n () Int)
(declare-fun x.f32.r1!v2 () (_ FloatingPoint 8 24))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (fp.mul roundNearestTiesToEven ((_ to_fp 11 53) roundNearestTiesToEven x.f32.r1!v2) c.f64.r0!v1)))
 (or (and true true ?s1) (and (>= n 0) true true true (not (= n n))) (and true true true true ?s1) (and true true true true true (not (= ?s2 ?s2)))))))
(check-sat)
