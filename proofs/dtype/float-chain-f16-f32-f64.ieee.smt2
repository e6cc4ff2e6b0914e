; versa proof obligation for rule 'float-chain-f16-f32-f64' (rules/library/dtype.toml), domain ieee: proved
; lhs: astype(astype(x, f32), f64)
; rhs: astype(x, f64)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-sort Shape 0)
(declare-fun shape.x () Shape)
(declare-fun x.f16.any!v1 () (_ FloatingPoint 5 11))
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and true true true (not (= shape.x shape.x))) (and true true true true ?s1) (and true true true true true (not (= ((_ to_fp 11 53) roundNearestTiesToEven ((_ to_fp 8 24) roundNearestTiesToEven x.f16.any!v1)) ((_ to_fp 11 53) roundNearestTiesToEven x.f16.any!v1)))))))
(check-sat)
