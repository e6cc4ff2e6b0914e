; versa proof obligation for rule 'int-float-roundtrip-i8-f16' (rules/library/dtype.toml), domain ieee: proved
; lhs: astype(astype(x, f16), i8)
; rhs: x
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-sort Shape 0)
(declare-fun cast_oob.f16.i8 ((_ FloatingPoint 5 11)) (_ BitVec 8))
(declare-fun shape.x () Shape)
(declare-fun x.i8.any!v1 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 ((_ to_fp 5 11) roundNearestTiesToEven x.i8.any!v1)))
 (let ((?s3 (fp.to_real ?s2)))
 (or (and true true ?s1) (and true true true (not (= shape.x shape.x))) (and true true true true ?s1) (and true true true true true (not (= (ite (and (not (fp.isNaN ?s2)) (not (fp.isInfinite ?s2)) (> ?s3 (- 129.0)) (< ?s3 128.0)) ((_ fp.to_sbv 8) roundTowardZero ?s2) (cast_oob.f16.i8 ?s2)) x.i8.any!v1))))))))
(check-sat)
