; versa proof obligation for rule 'slice-shift-index' (rules/library/regressions.toml), domain ieee: not proved
; lhs: x[1:][i]
; rhs: x[i]
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) (_ FloatingPoint 11 53))
(assert
 (>= n 0))
(assert
 (and (<= 0 i) (< i (- n 1))))
(assert
 true)
(assert
 true)
(assert
 true)
(assert
 (let ((?s1 (- n (ite (<= 1 n) 1 n))))
 (let ((?s2 (ite (<= 0 ?s1) ?s1 0)))
 (and (<= (- 0 ?s2) i) (< i ?s2)))))
(assert
 (and (<= (- 0 n) i) (< i n)))
(assert
 (let ((?s1 (ite (<= 1 n) 1 n)))
 (let ((?s2 (> 0 i)))
 (let ((?s3 (- n ?s1)))
 (not (= (x.f64.r1 (+ ?s1 (ite ?s2 (+ i (ite (<= 0 ?s3) ?s3 0)) i))) (x.f64.r1 (ite ?s2 (+ i n) i))))))))
(check-sat)
