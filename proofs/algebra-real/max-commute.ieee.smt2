; versa proof obligation for rule 'max-commute' (rules/library/algebra-real.toml), domain ieee: not proved
; lhs: maximum(x, y)
; rhs: maximum(y, x)
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun maximum_tie.f64 ((_ FloatingPoint 11 53) (_ FloatingPoint 11 53)) (_ FloatingPoint 11 53))
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) (_ FloatingPoint 11 53))
(declare-fun y.f64.r1 (Int) (_ FloatingPoint 11 53))
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
 (let ((?s1 (x.f64.r1 i0)))
 (let ((?s2 (y.f64.r1 i0)))
 (let ((?s3 (maximum_tie.f64 ?s1 ?s2)))
 (or (= ?s3 ?s1) (= ?s3 ?s2))))))
(assert
 (let ((?s1 (y.f64.r1 i0)))
 (let ((?s2 (x.f64.r1 i0)))
 (let ((?s3 (maximum_tie.f64 ?s1 ?s2)))
 (or (= ?s3 ?s1) (= ?s3 ?s2))))))
(assert
 (let ((?s1 (x.f64.r1 i0)))
 (let ((?s2 (y.f64.r1 i0)))
 (let ((?s3 (maximum_tie.f64 ?s1 ?s2)))
 (or (= ?s3 ?s1) (= ?s3 ?s2))))))
(assert
 (let ((?s1 (y.f64.r1 i0)))
 (let ((?s2 (x.f64.r1 i0)))
 (let ((?s3 (maximum_tie.f64 ?s1 ?s2)))
 (or (= ?s3 ?s1) (= ?s3 ?s2))))))
(assert
 (let ((?s1 (x.f64.r1 i0)))
 (let ((?s2 (fp.isNaN ?s1)))
 (let ((?s3 (y.f64.r1 i0)))
 (let ((?s4 (fp.isNaN ?s3)))
 (not (= (ite (or ?s2 ?s4) (_ NaN 11 53) (ite (fp.gt ?s1 ?s3) ?s1 (ite (fp.lt ?s1 ?s3) ?s3 (ite (= ?s1 ?s3) ?s1 (maximum_tie.f64 ?s1 ?s3))))) (ite (or ?s4 ?s2) (_ NaN 11 53) (ite (fp.gt ?s3 ?s1) ?s3 (ite (fp.lt ?s3 ?s1) ?s1 (ite (= ?s3 ?s1) ?s3 (maximum_tie.f64 ?s3 ?s1))))))))))))
(check-sat)
