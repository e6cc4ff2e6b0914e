; versa proof obligation for rule 'widen-narrow-int' (rules/library/algebra-ieee.toml), domain real: proved
; lhs: astype(astype(s, i64), i16)
; rhs: s
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
(declare-fun cast_oob.i16.i64 (Int) Int)
(declare-fun cast_oob.i64.i16 (Int) Int)
(declare-fun i () Idx)
(declare-fun in_bounds (Idx Shape) Bool)
(declare-fun s.i16.any (Idx) Int)
(declare-fun shape.s () Shape)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (= shape.s shape.s)))
 (let ((?s3 (s.i16.any i)))
 (let ((?s4 (>= ?s3 (- 32768))))
 (let ((?s5 (<= ?s3 32767)))
 (let ((?s6 (ite (and (>= ?s3 (- 9223372036854775808)) (<= ?s3 9223372036854775807)) ?s3 (cast_oob.i16.i64 ?s3))))
 (or (and true true ?s1) (and true true true (not ?s2)) (and true true true true ?s1) (and true true true ?s2 true true (in_bounds i shape.s) ?s4 ?s5 ?s4 ?s5 (not (= (ite (and (>= ?s6 (- 32768)) (<= ?s6 32767)) ?s6 (cast_oob.i64.i16 ?s6)) ?s3)))))))))))
(check-sat)
