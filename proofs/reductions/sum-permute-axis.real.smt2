; versa proof obligation for rule 'sum-permute-axis' (rules/library/reductions.toml), domain real: proved
; lhs: sum(permute_dims(T, (2, 0, 1)), axis=0)
; rhs: sum(T, axis=2)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun reduce0.sum.f64 (Int Int Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (and (= m m) (= n n))))
 (let ((?s5 (reduce0.sum.f64 p i0 i1)))
 (or (and true true ?s1) (and ?s2 ?s3 true true true (not ?s4)) (and true true true true ?s1) (and ?s2 ?s3 (>= p 0) true true true ?s4 true true (>= i0 0) (< i0 m) (>= i1 0) (< i1 n) (not (= ?s5 ?s5))))))))))
(check-sat)
