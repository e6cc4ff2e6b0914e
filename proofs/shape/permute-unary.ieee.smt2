; versa proof obligation for rule 'permute-unary' (rules/library/shape.toml), domain ieee: proved
; lhs: permute_dims(sqrt(X), (2, 0, 1))
; rhs: sqrt(permute_dims(X, (2, 0, 1)))
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
;   5. wf: rhs well-formed where lhs is
;   6. shape: shapes equal
;   7. defined: rhs defined where lhs is
;   8. value: lhs equals rhs
;   9. wf: rhs well-formed where lhs is
;   10. shape: shapes equal
;   11. defined: rhs defined where lhs is
;   12. value: lhs equals rhs
(set-logic ALL)
(declare-fun X.f16.r3!v1 () (_ FloatingPoint 5 11))
(declare-fun X.f32.r3!v1 () (_ FloatingPoint 8 24))
(declare-fun X.f64.r3!v1 () (_ FloatingPoint 11 53))
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun r () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and (>= k 0) (>= m 0) (>= r 0) true true true (not (and (= r r) (= m m) (= k k))))))
 (let ((?s4 (and true true true true ?s1)))
 (let ((?s5 (fp.sqrt roundNearestTiesToEven X.f16.r3!v1)))
 (let ((?s6 (fp.sqrt roundNearestTiesToEven X.f32.r3!v1)))
 (let ((?s7 (fp.sqrt roundNearestTiesToEven X.f64.r3!v1)))
 (or ?s2 ?s3 ?s4 (and true true true true true (not (= ?s5 ?s5))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s6 ?s6))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s7 ?s7))))))))))))
(check-sat)
