; versa proof obligation for rule 'batched-matmul-scale' (rules/library/linalg.toml), domain real: proved
; lhs: (c * S) @ U
; rhs: c * (S @ U)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. terms without sums equal
(set-logic ALL)
(declare-fun S.f64.r3 (Int Int Int) Real)
(declare-fun U.f64.r3 (Int Int Int) Real)
(declare-fun c.f64.r0 () Real)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun i2 () Int)
(declare-fun k () Int)
(declare-fun k~1!3 () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(declare-fun r () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (>= p 0)))
 (let ((?s4 (>= r 0)))
 (let ((?s5 (and (= r r) (= m m) (= p p))))
 (let ((?s6 (* (* (* 1.0 c.f64.r0) (S.f64.r3 i0 i1 k~1!3)) (U.f64.r3 i0 k~1!3 i2))))
 (or (and true true ?s1) (and ?s2 ?s3 ?s4 true true true (not ?s5)) (and true true true true ?s1) (and (>= k 0) ?s2 ?s3 ?s4 true true true ?s5 true true (>= i0 0) (< i0 r) (>= i1 0) (< i1 m) (>= i2 0) (< i2 p) (and (>= k~1!3 0) (< k~1!3 k)) (not (= ?s6 ?s6))) (and true true true true true (not (= 0.0 0.0)))))))))))
(check-sat)
