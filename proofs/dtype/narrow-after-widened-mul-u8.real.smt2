; versa proof obligation for rule 'narrow-after-widened-mul-u8' (rules/library/dtype.toml), domain real: not proved
; lhs: astype(astype(x, u32) * astype(y, u32), u8)
; rhs: x * y
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun cast_oob.u32.u8 (Int) Int)
(declare-fun cast_oob.u8.u32 (Int) Int)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun x.u8.r1 (Int) Int)
(declare-fun y.u8.r1 (Int) Int)
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
 (>= (x.u8.r1 i0) 0))
(assert
 (<= (x.u8.r1 i0) 255))
(assert
 (>= (y.u8.r1 i0) 0))
(assert
 (<= (y.u8.r1 i0) 255))
(assert
 (>= (x.u8.r1 i0) 0))
(assert
 (<= (x.u8.r1 i0) 255))
(assert
 (>= (y.u8.r1 i0) 0))
(assert
 (<= (y.u8.r1 i0) 255))
(assert
 (>= (x.u8.r1 i0) 0))
(assert
 (<= (x.u8.r1 i0) 255))
(assert
 (>= (y.u8.r1 i0) 0))
(assert
 (<= (y.u8.r1 i0) 255))
(assert
 (>= (x.u8.r1 i0) 0))
(assert
 (<= (x.u8.r1 i0) 255))
(assert
 (>= (y.u8.r1 i0) 0))
(assert
 (<= (y.u8.r1 i0) 255))
(assert
 (let ((?s1 (x.u8.r1 i0)))
 (let ((?s2 (y.u8.r1 i0)))
 (let ((?s3 (* (ite (and (>= ?s1 0) (<= ?s1 4294967295)) ?s1 (cast_oob.u8.u32 ?s1)) (ite (and (>= ?s2 0) (<= ?s2 4294967295)) ?s2 (cast_oob.u8.u32 ?s2)))))
 (not (= (ite (and (>= ?s3 0) (<= ?s3 255)) ?s3 (cast_oob.u32.u8 ?s3)) (* ?s1 ?s2)))))))
(check-sat)
