; versa proof obligation for rule 'batched-transpose-index' (rules/library/shape.toml), domain real: proved
; lhs: permute_dims(X, (0, 2, 1))[i]
; rhs: X[i].T
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun X.f64.r3 (Int Int Int) Real)
(declare-fun i () Int)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun r () Int)
(assert
 (let ((?s1 (>= k 0)))
 (let ((?s2 (>= r 0)))
 (let ((?s3 (and (= r r) (= k k))))
 (let ((?s4 (>= m 0)))
 (let ((?s5 (and (<= (- 0 m) i) (< i m))))
 (let ((?s6 (X.f64.r3 (ite (> 0 i) (+ i m) i) i1 i0)))
 (or (and true true (not true)) (and ?s1 ?s2 true true true (not ?s3)) (and ?s4 true true true ?s5 (not ?s5)) (and ?s1 ?s4 ?s2 true true true ?s3 ?s5 ?s5 (>= i0 0) (< i0 r) (>= i1 0) (< i1 k) (not (= ?s6 ?s6)))))))))))
(check-sat)
