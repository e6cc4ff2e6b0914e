; versa proof obligation for rule 'matmul-factor-right' (rules/library/linalg.toml), domain real: proved
; lhs: A @ B + D @ B
; rhs: (A + D) @ B
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. summands equal under a binder bijection
;   6. summands equal under a binder bijection
;   7. summands equal under a binder bijection
;   8. terms without sums equal
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun B.f64.r2 (Int Int) Real)
(declare-fun D.f64.r2 (Int Int) Real)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun k () Int)
(declare-fun k~1!3 () Int)
(declare-fun k~1!4 () Int)
(declare-fun k~1!5 () Int)
(declare-fun k~2!6 () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (>= p 0)))
 (let ((?s4 (and (= m m) (= p p))))
 (let ((?s5 (>= k 0)))
 (let ((?s6 (>= i0 0)))
 (let ((?s7 (< i0 m)))
 (let ((?s8 (>= i1 0)))
 (let ((?s9 (< i1 p)))
 (let ((?s10 (* (* 1.0 (D.f64.r2 i0 k~1!3)) (B.f64.r2 k~1!3 i1))))
 (let ((?s11 (* (* 1.0 (A.f64.r2 i0 k~1!4)) (B.f64.r2 k~1!4 i1))))
 (let ((?s12 (* (* 1.0 (A.f64.r2 i0 k~1!5)) (B.f64.r2 k~1!5 i1))))
 (let ((?s13 (* (* 1.0 (D.f64.r2 i0 k~2!6)) (B.f64.r2 k~2!6 i1))))
 (or (and true true ?s1) (and ?s2 ?s3 true true true (not ?s4)) (and true true true true ?s1) (and ?s5 ?s2 ?s3 true true true ?s4 true true ?s6 ?s7 ?s8 ?s9 (and (>= k~1!3 0) (< k~1!3 k)) (not (= ?s10 ?s10))) (and ?s5 ?s2 ?s3 true true true ?s4 true true ?s6 ?s7 ?s8 ?s9 (and (>= k~1!4 0) (< k~1!4 k)) (not (= ?s11 ?s11))) (and ?s5 ?s2 ?s3 true true true ?s4 true true ?s6 ?s7 ?s8 ?s9 (and (>= k~1!5 0) (< k~1!5 k)) (not (= ?s12 ?s12))) (and ?s5 ?s2 ?s3 true true true ?s4 true true ?s6 ?s7 ?s8 ?s9 (and (>= k~2!6 0) (< k~2!6 k)) (not (= ?s13 ?s13))) (and true true true true true (not (= 0.0 0.0))))))))))))))))))
(check-sat)
