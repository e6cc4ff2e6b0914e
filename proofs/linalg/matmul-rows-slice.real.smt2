; versa proof obligation for rule 'matmul-rows-slice' (rules/library/linalg.toml), domain real: proved
; lhs: (A @ B)[lo:hi]
; rhs: A[lo:hi] @ B
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun hi () Int)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun k () Int)
(declare-fun lo () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(declare-fun reduce0.sum.f64 (Int Int Int Int Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (>= p 0)))
 (let ((?s4 (+ hi m)))
 (let ((?s5 (+ lo m)))
 (let ((?s6 (- (ite (> 0 hi) (ite (<= 0 ?s4) ?s4 0) (ite (<= hi m) hi m)) (ite (> 0 lo) (ite (<= 0 ?s5) ?s5 0) (ite (<= lo m) lo m)))))
 (let ((?s7 (ite (<= 0 ?s6) ?s6 0)))
 (let ((?s8 (and (= ?s7 ?s7) (= p p))))
 (let ((?s9 (reduce0.sum.f64 k lo m i0 i1)))
 (or (and true true ?s1) (and ?s2 ?s3 true true true (not ?s8)) (and true true true true ?s1) (and (>= k 0) ?s2 ?s3 true true true ?s8 true true (>= i0 0) (< i0 ?s7) (>= i1 0) (< i1 p) (not (= ?s9 ?s9))))))))))))))
(check-sat)
