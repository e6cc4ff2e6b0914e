; versa proof obligation for rule 'max-rows-slice' (rules/library/reductions.toml), domain real: proved
; lhs: max(A, axis=1)[lo:hi]
; rhs: max(A[lo:hi], axis=1)
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
(declare-fun reduce0.max.f64 (Int Int Int Int) Real)
(assert
 (let ((?s1 (>= n 0)))
 (let ((?s2 (< 0 n)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (+ hi m)))
 (let ((?s5 (+ lo m)))
 (let ((?s6 (- (ite (> 0 hi) (ite (<= 0 ?s4) ?s4 0) (ite (<= hi m) hi m)) (ite (> 0 lo) (ite (<= 0 ?s5) ?s5 0) (ite (<= lo m) lo m)))))
 (let ((?s7 (ite (<= 0 ?s6) ?s6 0)))
 (let ((?s8 (= ?s7 ?s7)))
 (let ((?s9 (reduce0.max.f64 n lo m i0)))
 (or (and ?s1 true ?s2 (not ?s2)) (and ?s3 true (not ?s8)) (and true true (not true)) (and ?s3 ?s1 true ?s2 ?s2 ?s8 true true (>= i0 0) (< i0 ?s7) (not (= ?s9 ?s9))))))))))))))
(check-sat)
