; versa proof obligation for rule 'abs-of-bool-cast' (rules/library/dtype.toml), domain real: proved
; lhs: abs(astype(k, i8))
; rhs: astype(k, i8)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-sort Idx 0)
(declare-sort Shape 0)
(declare-fun i () Idx)
(declare-fun in_bounds (Idx Shape) Bool)
(declare-fun k.bool.any (Idx) Bool)
(declare-fun shape.k () Shape)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (= shape.k shape.k)))
 (let ((?s3 (ite (k.bool.any i) 1 0)))
 (or (and true true ?s1) (and true true true (not ?s2)) (and true true true true ?s1) (and true true true ?s2 true true (in_bounds i shape.k) (not (= (ite (< ?s3 0) (- ?s3) ?s3) ?s3))))))))
(check-sat)
