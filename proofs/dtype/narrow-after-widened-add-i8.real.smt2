; versa proof obligation for rule 'narrow-after-widened-add-i8' (rules/library/dtype.toml), domain real: not proved
; lhs: astype(astype(x, i32) + astype(y, i32), i8)
; rhs: x + y
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun cast_oob.i32.i8 (Int) Int)
(declare-fun cast_oob.i8.i32 (Int) Int)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun x.i8.r1 (Int) Int)
(declare-fun y.i8.r1 (Int) Int)
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
 (>= (x.i8.r1 i0) (- 128)))
(assert
 (<= (x.i8.r1 i0) 127))
(assert
 (>= (y.i8.r1 i0) (- 128)))
(assert
 (<= (y.i8.r1 i0) 127))
(assert
 (>= (x.i8.r1 i0) (- 128)))
(assert
 (<= (x.i8.r1 i0) 127))
(assert
 (>= (y.i8.r1 i0) (- 128)))
(assert
 (<= (y.i8.r1 i0) 127))
(assert
 (>= (x.i8.r1 i0) (- 128)))
(assert
 (<= (x.i8.r1 i0) 127))
(assert
 (>= (y.i8.r1 i0) (- 128)))
(assert
 (<= (y.i8.r1 i0) 127))
(assert
 (>= (x.i8.r1 i0) (- 128)))
(assert
 (<= (x.i8.r1 i0) 127))
(assert
 (>= (y.i8.r1 i0) (- 128)))
(assert
 (<= (y.i8.r1 i0) 127))
(assert
 (let ((?s1 (x.i8.r1 i0)))
 (let ((?s2 (y.i8.r1 i0)))
 (let ((?s3 (+ (ite (and (>= ?s1 (- 2147483648)) (<= ?s1 2147483647)) ?s1 (cast_oob.i8.i32 ?s1)) (ite (and (>= ?s2 (- 2147483648)) (<= ?s2 2147483647)) ?s2 (cast_oob.i8.i32 ?s2)))))
 (not (= (ite (and (>= ?s3 (- 128)) (<= ?s3 127)) ?s3 (cast_oob.i32.i8 ?s3)) (+ ?s1 ?s2)))))))
(check-sat)
