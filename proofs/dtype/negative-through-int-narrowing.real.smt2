; versa proof obligation for rule 'negative-through-int-narrowing' (rules/library/dtype.toml), domain real: not proved
; lhs: astype(-x, i8)
; rhs: -astype(x, i8)
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-sort Idx 0)
(declare-sort Shape 0)
(declare-fun cast_oob.i16.i8 (Int) Int)
(declare-fun i () Idx)
(declare-fun in_bounds (Idx Shape) Bool)
(declare-fun shape.x () Shape)
(declare-fun x.i16.any (Idx) Int)
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
 (>= (x.i16.any i) (- 32768)))
(assert
 (<= (x.i16.any i) 32767))
(assert
 (>= (x.i16.any i) (- 32768)))
(assert
 (<= (x.i16.any i) 32767))
(assert
 (>= (x.i16.any i) (- 32768)))
(assert
 (<= (x.i16.any i) 32767))
(assert
 (>= (x.i16.any i) (- 32768)))
(assert
 (<= (x.i16.any i) 32767))
(assert
 (let ((?s1 (x.i16.any i)))
 (let ((?s2 (- ?s1)))
 (not (= (ite (and (>= ?s2 (- 128)) (<= ?s2 127)) ?s2 (cast_oob.i16.i8 ?s2)) (- (ite (and (>= ?s1 (- 128)) (<= ?s1 127)) ?s1 (cast_oob.i16.i8 ?s1))))))))
(check-sat)
