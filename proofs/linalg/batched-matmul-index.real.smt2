; versa proof obligation for rule 'batched-matmul-index' (rules/library/linalg.toml), domain real: proved
; lhs: (S @ B)[i]
; rhs: S[i] @ B
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i () Int)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(declare-fun r () Int)
(declare-fun reduce0.sum.f64 (Int Int Int Int Int) Real)
(assert
 (let ((?s1 (>= m 0)))
 (let ((?s2 (>= p 0)))
 (let ((?s3 (and (= m m) (= p p))))
 (let ((?s4 (>= r 0)))
 (let ((?s5 (and (<= (- 0 r) i) (< i r))))
 (let ((?s6 (reduce0.sum.f64 k i r i0 i1)))
 (or (and true true (not true)) (and ?s1 ?s2 true true true (not ?s3)) (and ?s4 true true true ?s5 (not ?s5)) (and (>= k 0) ?s1 ?s2 ?s4 true true true ?s3 ?s5 ?s5 (>= i0 0) (< i0 m) (>= i1 0) (< i1 p) (not (= ?s6 ?s6)))))))))))
(check-sat)
