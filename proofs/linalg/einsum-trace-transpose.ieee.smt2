; versa proof obligation for rule 'einsum-trace-transpose' (rules/library/linalg.toml), domain ieee: not proved
; lhs: einsum("ii->", M.T)
; rhs: einsum("ii->", M)
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 () (_ FloatingPoint 11 53))
(declare-fun reduce1.sum.f64 () (_ FloatingPoint 11 53))
(assert
 (>= n 0))
(assert
 true)
(assert
 true)
(assert
 true)
(assert
 true)
(assert
 true)
(assert
 true)
(assert
 (not (= reduce0.sum.f64 reduce1.sum.f64)))
(check-sat)
