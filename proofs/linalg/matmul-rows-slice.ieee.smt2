; versa proof obligation for rule 'matmul-rows-slice' (rules/library/linalg.toml), domain ieee: not proved
; lhs: (A @ B)[lo:hi]
; rhs: A[lo:hi] @ B
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun hi () Int)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun k () Int)
(declare-fun lo () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(declare-fun reduce0.sum.f64 (Int Int) (_ FloatingPoint 11 53))
(declare-fun reduce1.sum.f64 (Int Int Int Int) (_ FloatingPoint 11 53))
(assert
 (>= k 0))
(assert
 (>= m 0))
(assert
 (>= p 0))
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
 (and (= ?s4 ?s4) (= p p)))))))
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
 (>= i1 0))
(assert
 (< i1 p))
(assert
 (let ((?s1 (+ lo m)))
 (not (= (reduce0.sum.f64 (+ (ite (> 0 lo) (ite (<= 0 ?s1) ?s1 0) (ite (<= lo m) lo m)) i0) i1) (reduce1.sum.f64 i0 i1 lo hi)))))
(check-sat)
