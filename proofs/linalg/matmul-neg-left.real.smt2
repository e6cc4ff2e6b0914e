; versa proof obligation for rule 'matmul-neg-left' (rules/library/linalg.toml), domain real: proved
; lhs: (-A) @ B
; rhs: -(A @ B)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. terms without sums equal
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun B.f64.r2 (Int Int) Real)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun k () Int)
(declare-fun k~1!3 () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (>= p 0)))
 (let ((?s4 (and (= m m) (= p p))))
 (let ((?s5 (* (* (- 1.0) (A.f64.r2 i0 k~1!3)) (B.f64.r2 k~1!3 i1))))
 (or (and true true ?s1) (and ?s2 ?s3 true true true (not ?s4)) (and true true true true ?s1) (and (>= k 0) ?s2 ?s3 true true true ?s4 true true (>= i0 0) (< i0 m) (>= i1 0) (< i1 p) (and (>= k~1!3 0) (< k~1!3 k)) (not (= ?s5 ?s5))) (and true true true true true (not (= 0.0 0.0))))))))))
(check-sat)
