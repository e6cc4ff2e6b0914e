; versa proof obligation for rule 'slice-clamps-index-raises' (rules/library/regressions.toml), domain ieee: not proved
; lhs: x[i:][0]
; rhs: x[i]
; the query that did not prove: defined query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i () Int)
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
 (let ((?s1 (+ i n)))
 (let ((?s2 (- n (ite (> 0 i) (ite (<= 0 ?s1) ?s1 0) (ite (<= i n) i n)))))
 (let ((?s3 (ite (<= 0 ?s2) ?s2 0)))
 (and (>= 0 (- 0 ?s3)) (< 0 ?s3))))))
(assert
 (not (and (<= (- 0 n) i) (< i n))))
(check-sat)
