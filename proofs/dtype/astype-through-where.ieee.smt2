; versa proof obligation for rule 'astype-through-where' (rules/library/dtype.toml), domain ieee: proved
; lhs: astype(where(k, x, y), f32)
; rhs: where(k, astype(x, f32), astype(y, f32))
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun k.bool.r1!v1 () Bool)
(declare-fun n () Int)
(declare-fun x.f64.r1!v2 () (_ FloatingPoint 11 53))
(declare-fun y.f64.r1!v3 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and (>= n 0) true true true (not (= n n))) (and true true true true ?s1) (and true true true true true (not (= ((_ to_fp 8 24) roundNearestTiesToEven (ite k.bool.r1!v1 x.f64.r1!v2 y.f64.r1!v3)) (ite k.bool.r1!v1 ((_ to_fp 8 24) roundNearestTiesToEven x.f64.r1!v2) ((_ to_fp 8 24) roundNearestTiesToEven y.f64.r1!v3))))))))
(check-sat)
