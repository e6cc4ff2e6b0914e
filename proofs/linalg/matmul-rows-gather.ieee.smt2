; versa proof obligation for rule 'matmul-rows-gather' (rules/library/linalg.toml), domain ieee: not proved
; lhs: (A @ B)[idx]
; rhs: A[idx] @ B
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun idx.i64.r1 (Int) (_ BitVec 64))
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(declare-fun q () Int)
(declare-fun reduce0.sum.f64 (Int Int) (_ FloatingPoint 11 53))
(declare-fun reduce1.sum.f64 (Int Int) (_ FloatingPoint 11 53))
(assert
 (>= k 0))
(assert
 (>= m 0))
(assert
 (>= p 0))
(assert
 (>= q 0))
(assert
 true)
(assert
 true)
(assert
 true)
(assert
 (and (= q q) (= p p)))
(assert
 (or (= 0 q) (forall ((g%1!2 Int)) (=> (and (>= g%1!2 0) (< g%1!2 q)) (and (<= (- 0 m) (ite (bvslt (idx.i64.r1 g%1!2) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%1!2)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%1!2)))) (< (ite (bvslt (idx.i64.r1 g%1!2) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%1!2)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%1!2))) m))))))
(assert
 (or (= 0 q) (forall ((g%3!3 Int)) (=> (and (>= g%3!3 0) (< g%3!3 q)) (and (<= (- 0 m) (ite (bvslt (idx.i64.r1 g%3!3) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%3!3)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%3!3)))) (< (ite (bvslt (idx.i64.r1 g%3!3) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%3!3)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%3!3))) m))))))
(assert
 (>= i0 0))
(assert
 (< i0 q))
(assert
 (>= i1 0))
(assert
 (< i1 p))
(assert
 (let ((?s1 (idx.i64.r1 i0)))
 (let ((?s2 (ubv_to_int ?s1)))
 (let ((?s3 (ite (bvslt ?s1 #x0000000000000000) (- ?s2 18446744073709551616) ?s2)))
 (not (= (reduce0.sum.f64 (ite (> 0 ?s3) (+ ?s3 m) ?s3) i1) (reduce1.sum.f64 i0 i1)))))))
(check-sat)
