; versa proof obligation for rule 'where-key' (rules/library/index.toml), domain ieee: proved
; lhs: where(k, x, y)[key]
; rhs: where(k[key], x[key], y[key])
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-sort Key 0)
(declare-sort Shape 0)
(declare-fun k.bool.r1!v1 () Bool)
(declare-fun key.key () Key)
(declare-fun key_shape.r1 (Key Int) Shape)
(declare-fun key_valid.r1 (Key Int) Bool)
(declare-fun n () Int)
(declare-fun x.f64.r1!v2 () (_ FloatingPoint 11 53))
(declare-fun y.f64.r1!v3 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (>= n 0)))
 (let ((?s2 (key_shape.r1 key.key n)))
 (let ((?s3 (key_valid.r1 key.key n)))
 (let ((?s4 (ite k.bool.r1!v1 x.f64.r1!v2 y.f64.r1!v3)))
 (or (and true true (not true)) (and ?s1 true true true (not (= ?s2 ?s2))) (and ?s1 true true true ?s3 (not ?s3)) (and true true true (not (= ?s4 ?s4)))))))))
(check-sat)
