; versa proof obligation for rule 'sum-rows-slice' (rules/library/reductions.toml), domain ieee: not proved
; lhs: sum(A, axis=1)[lo:hi]
; rhs: sum(A[lo:hi], axis=1)
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun hi () Int)
(declare-fun i0 () Int)
(declare-fun lo () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 (Int) (_ FloatingPoint 11 53))
(declare-fun reduce1.sum.f64 (Int Int Int) (_ FloatingPoint 11 53))
(assert
 (>= m 0))
(assert
 (>= n 0))
(assert
 true)
(assert
 true)
(assert
 true)
(assert
 (let ((?s1 (+ hi m)))
 (let ((?s2 (+ lo m)))
 (let ((?s3 (- (ite (> 0 hi) (ite (<= 0 ?s1) ?s1 0) (ite (<= hi m) hi m)) (ite (> 0 lo) (ite (<= 0 ?s2) ?s2 0) (ite (<= lo m) lo m)))))
 (let ((?s4 (ite (<= 0 ?s3) ?s3 0)))
 (= ?s4 ?s4))))))
(assert
 true)
(assert
 true)
(assert
 (>= i0 0))
(assert
 (let ((?s1 (+ hi m)))
 (let ((?s2 (+ lo m)))
 (let ((?s3 (- (ite (> 0 hi) (ite (<= 0 ?s1) ?s1 0) (ite (<= hi m) hi m)) (ite (> 0 lo) (ite (<= 0 ?s2) ?s2 0) (ite (<= lo m) lo m)))))
 (< i0 (ite (<= 0 ?s3) ?s3 0))))))
(assert
 (let ((?s1 (+ lo m)))
 (not (= (reduce0.sum.f64 (+ (ite (> 0 lo) (ite (<= 0 ?s1) ?s1 0) (ite (<= lo m) lo m)) i0)) (reduce1.sum.f64 i0 lo hi)))))
(check-sat)
