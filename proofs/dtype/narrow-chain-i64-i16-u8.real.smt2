; versa proof obligation for rule 'narrow-chain-i64-i16-u8' (rules/library/dtype.toml), domain real: not proved
; lhs: astype(astype(x, i16), u8)
; rhs: astype(x, u8)
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-sort Idx 0)
(declare-sort Shape 0)
(declare-fun cast_oob.i16.u8 (Int) Int)
(declare-fun cast_oob.i64.i16 (Int) Int)
(declare-fun cast_oob.i64.u8 (Int) Int)
(declare-fun i () Idx)
(declare-fun in_bounds (Idx Shape) Bool)
(declare-fun shape.x () Shape)
(declare-fun x.i64.any (Idx) Int)
(assert
 true)
(assert
 true)
(assert
 true)
(assert
 (= shape.x shape.x))
(assert
 true)
(assert
 true)
(assert
 (in_bounds i shape.x))
(assert
 (>= (x.i64.any i) (- 9223372036854775808)))
(assert
 (<= (x.i64.any i) 9223372036854775807))
(assert
 (>= (x.i64.any i) (- 9223372036854775808)))
(assert
 (<= (x.i64.any i) 9223372036854775807))
(assert
 (>= (x.i64.any i) (- 9223372036854775808)))
(assert
 (<= (x.i64.any i) 9223372036854775807))
(assert
 (>= (x.i64.any i) (- 9223372036854775808)))
(assert
 (<= (x.i64.any i) 9223372036854775807))
(assert
 (let ((?s1 (x.i64.any i)))
 (let ((?s2 (ite (and (>= ?s1 (- 32768)) (<= ?s1 32767)) ?s1 (cast_oob.i64.i16 ?s1))))
 (not (= (ite (and (>= ?s2 0) (<= ?s2 255)) ?s2 (cast_oob.i16.u8 ?s2)) (ite (and (>= ?s1 0) (<= ?s1 255)) ?s1 (cast_oob.i64.u8 ?s1)))))))
(check-sat)
