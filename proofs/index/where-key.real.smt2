; versa proof obligation for rule 'where-key' (rules/library/index.toml), domain real: proved
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
(declare-sort Idx 0)
(declare-sort Key 0)
(declare-sort Shape 0)
(declare-fun i () Idx)
(declare-fun in_bounds (Idx Shape) Bool)
(declare-fun k.bool.r1 (Int) Bool)
(declare-fun key.key () Key)
(declare-fun key_comp.r1.0 (Key Int Idx) Int)
(declare-fun key_shape.r1 (Key Int) Shape)
(declare-fun key_valid.r1 (Key Int) Bool)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun y.f64.r1 (Int) Real)
(assert
 (let ((?s1 (>= n 0)))
 (let ((?s2 (key_shape.r1 key.key n)))
 (let ((?s3 (= ?s2 ?s2)))
 (let ((?s4 (key_valid.r1 key.key n)))
 (let ((?s5 (key_comp.r1.0 key.key n i)))
 (let ((?s6 (ite (k.bool.r1 ?s5) (x.f64.r1 ?s5) (y.f64.r1 ?s5))))
 (or (and true true (not true)) (and ?s1 true true true (not ?s3)) (and ?s1 true true true ?s4 (not ?s4)) (and ?s1 true true true ?s3 ?s4 ?s4 (in_bounds i ?s2) (not (= ?s6 ?s6)))))))))))
(check-sat)
