; versa proof obligation for rule 'abs-mul-float' (rules/library/algebra-ieee.toml), domain ieee: proved
; lhs: abs(x * y)
; rhs: abs(x) * abs(y)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun n () Int)
(declare-fun x.f32.r1!v1 () (_ FloatingPoint 8 24))
(declare-fun y.f32.r1!v2 () (_ FloatingPoint 8 24))
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and (>= n 0) true true true (not (= n n))) (and true true true true ?s1) (and true true true true true (not (= (fp.abs (fp.mul roundNearestTiesToEven x.f32.r1!v1 y.f32.r1!v2)) (fp.mul roundNearestTiesToEven (fp.abs x.f32.r1!v1) (fp.abs y.f32.r1!v2))))))))
(check-sat)
