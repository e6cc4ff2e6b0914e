; versa proof obligation for rule 'sum-rows-slice' (rules/library/reductions.toml), domain real: proved
; lhs: sum(A, axis=1)[lo:hi]
; rhs: sum(A[lo:hi], axis=1)
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
(declare-fun lo () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 (Int Int Int Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (+ hi m)))
 (let ((?s4 (+ lo m)))
 (let ((?s5 (- (ite (> 0 hi) (ite (<= 0 ?s3) ?s3 0) (ite (<= hi m) hi m)) (ite (> 0 lo) (ite (<= 0 ?s4) ?s4 0) (ite (<= lo m) lo m)))))
 (let ((?s6 (ite (<= 0 ?s5) ?s5 0)))
 (let ((?s7 (= ?s6 ?s6)))
 (let ((?s8 (reduce0.sum.f64 n lo m i0)))
 (or (and true true ?s1) (and ?s2 true true true (not ?s7)) (and true true true true ?s1) (and ?s2 (>= n 0) true true true ?s7 true true (>= i0 0) (< i0 ?s6) (not (= ?s8 ?s8)))))))))))))
(check-sat)
