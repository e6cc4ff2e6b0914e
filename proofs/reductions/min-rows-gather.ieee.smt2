; versa proof obligation for rule 'min-rows-gather' (rules/library/reductions.toml), domain ieee: not proved
; lhs: min(A, axis=1)[idx]
; rhs: min(A[idx], axis=1)
; the query that did not prove: value query (sat = a counterexample may exist)
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun idx.i64.r1 (Int) (_ BitVec 64))
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun q () Int)
(declare-fun reduce0.min.f64 (Int) (_ FloatingPoint 11 53))
(declare-fun reduce1.min.f64 (Int) (_ FloatingPoint 11 53))
(assert
 (>= m 0))
(assert
 (>= n 0))
(assert
 (>= q 0))
(assert
 true)
(assert
 (< 0 n))
(assert
 (< 0 n))
(assert
 (= q q))
(assert
 (or (= 0 q) (forall ((g%1!2 Int)) (=> (and (>= g%1!2 0) (< g%1!2 q)) (and (<= (- 0 m) (ite (bvslt (idx.i64.r1 g%1!2) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%1!2)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%1!2)))) (< (ite (bvslt (idx.i64.r1 g%1!2) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%1!2)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%1!2))) m))))))
(assert
 (or (= 0 q) (forall ((g%3!3 Int)) (=> (and (>= g%3!3 0) (< g%3!3 q)) (and (<= (- 0 m) (ite (bvslt (idx.i64.r1 g%3!3) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%3!3)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%3!3)))) (< (ite (bvslt (idx.i64.r1 g%3!3) #x0000000000000000) (- (ubv_to_int (idx.i64.r1 g%3!3)) 18446744073709551616) (ubv_to_int (idx.i64.r1 g%3!3))) m))))))
(assert
 (>= i0 0))
(assert
 (< i0 q))
(assert
 (let ((?s1 (idx.i64.r1 i0)))
 (let ((?s2 (ubv_to_int ?s1)))
 (let ((?s3 (ite (bvslt ?s1 #x0000000000000000) (- ?s2 18446744073709551616) ?s2)))
 (not (= (reduce0.min.f64 (ite (> 0 ?s3) (+ ?s3 m) ?s3)) (reduce1.min.f64 i0)))))))
(check-sat)
