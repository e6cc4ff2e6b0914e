; versa proof obligation for rule 'min-via-max' (rules/library/algebra-real.toml), domain ieee: not proved
; lhs: minimum(x, y)
; rhs: -maximum(-x, -y)
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun maximum_tie.f64 ((_ FloatingPoint 11 53) (_ FloatingPoint 11 53)) (_ FloatingPoint 11 53))
(declare-fun minimum_tie.f64 ((_ FloatingPoint 11 53) (_ FloatingPoint 11 53)) (_ FloatingPoint 11 53))
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
 (let ((?s3 (minimum_tie.f64 ?s1 ?s2)))
 (or (= ?s3 ?s1) (= ?s3 ?s2))))))
(assert
 (let ((?s1 (fp.neg (x.f64.r1 i0))))
 (let ((?s2 (fp.neg (y.f64.r1 i0))))
 (let ((?s3 (maximum_tie.f64 ?s1 ?s2)))
 (or (= ?s3 ?s1) (= ?s3 ?s2))))))
(assert
 (let ((?s1 (x.f64.r1 i0)))
 (let ((?s2 (y.f64.r1 i0)))
 (let ((?s3 (minimum_tie.f64 ?s1 ?s2)))
 (or (= ?s3 ?s1) (= ?s3 ?s2))))))
(assert
 (let ((?s1 (fp.neg (x.f64.r1 i0))))
 (let ((?s2 (fp.neg (y.f64.r1 i0))))
 (let ((?s3 (maximum_tie.f64 ?s1 ?s2)))
 (or (= ?s3 ?s1) (= ?s3 ?s2))))))
(assert
 (let ((?s1 (x.f64.r1 i0)))
 (let ((?s2 (y.f64.r1 i0)))
 (let ((?s3 (fp.neg ?s1)))
 (let ((?s4 (fp.neg ?s2)))
 (not (= (ite (or (fp.isNaN ?s1) (fp.isNaN ?s2)) (_ NaN 11 53) (ite (fp.lt ?s1 ?s2) ?s1 (ite (fp.gt ?s1 ?s2) ?s2 (ite (= ?s1 ?s2) ?s1 (minimum_tie.f64 ?s1 ?s2))))) (fp.neg (ite (or (fp.isNaN ?s3) (fp.isNaN ?s4)) (_ NaN 11 53) (ite (fp.gt ?s3 ?s4) ?s3 (ite (fp.lt ?s3 ?s4) ?s4 (ite (= ?s3 ?s4) ?s3 (maximum_tie.f64 ?s3 ?s4)))))))))))))
(check-sat)
