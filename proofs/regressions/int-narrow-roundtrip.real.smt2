; versa proof obligation for rule 'int-narrow-roundtrip' (rules/library/regressions.toml), domain real: not proved
; lhs: astype(astype(k, i8), i16)
; rhs: k
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun cast_oob.i16.i8 (Int) Int)
(declare-fun cast_oob.i8.i16 (Int) Int)
(declare-fun i0 () Int)
(declare-fun k.i16.r1 (Int) Int)
(declare-fun n () Int)
(assert
 (>= n 0))
(assert
 true)
(assert
 true)
(assert
 true)
(assert
 (= n n))
(assert
 true)
(assert
 true)
(assert
 (>= i0 0))
(assert
 (< i0 n))
(assert
 (>= (k.i16.r1 i0) (- 32768)))
(assert
 (<= (k.i16.r1 i0) 32767))
(assert
 (>= (k.i16.r1 i0) (- 32768)))
(assert
 (<= (k.i16.r1 i0) 32767))
(assert
 (>= (k.i16.r1 i0) (- 32768)))
(assert
 (<= (k.i16.r1 i0) 32767))
(assert
 (>= (k.i16.r1 i0) (- 32768)))
(assert
 (<= (k.i16.r1 i0) 32767))
(assert
 (let ((?s1 (k.i16.r1 i0)))
 (let ((?s2 (ite (and (>= ?s1 (- 128)) (<= ?s1 127)) ?s1 (cast_oob.i16.i8 ?s1))))
 (not (= (ite (and (>= ?s2 (- 32768)) (<= ?s2 32767)) ?s2 (cast_oob.i8.i16 ?s2)) ?s1)))))
(check-sat)
