; versa proof obligation for rule 'sum-cols-of-concat' (rules/library/reductions.toml), domain real: proved
; lhs: sum(concat((A, D), axis=0), axis=0)
; rhs: sum(A, axis=0) + sum(D, axis=0)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. extents equal
;   5. summands equal under a binder bijection
;   6. extents equal
;   7. summands equal under a binder bijection
;   8. extents equal
;   9. summands equal under a binder bijection
;   10. extents equal
;   11. summands equal under a binder bijection
;   12. terms without sums equal
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun D.f64.r2 (Int Int) Real)
(declare-fun i0 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun r~2!2 () Int)
(declare-fun r~2!3 () Int)
(declare-fun r~3!1 () Int)
(declare-fun r~3!4 () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (>= m 0)))
 (let ((?s5 (>= p 0)))
 (let ((?s6 (+ m p)))
 (let ((?s7 (ite (>= 0 m) 0 m)))
 (let ((?s8 (- ?s6 ?s7)))
 (let ((?s9 (ite (<= 0 ?s8) ?s8 0)))
 (let ((?s10 (and ?s4 ?s5 true true true true true (not (= ?s9 p)))))
 (let ((?s11 (>= i0 0)))
 (let ((?s12 (< i0 n)))
 (let ((?s13 (ite (<= ?s6 m) ?s6 m)))
 (let ((?s14 (ite (<= 0 ?s13) ?s13 0)))
 (let ((?s15 (and ?s4 ?s5 true true true true true (not (= ?s14 m)))))
 (let ((?s16 (* 1.0 (A.f64.r2 r~2!2 i0))))
 (let ((?s17 (* 1.0 (A.f64.r2 r~2!3 i0))))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) ?s10 (and ?s4 ?s2 ?s5 true true true ?s3 true true ?s11 ?s12 (and (>= r~3!1 0) (< r~3!1 ?s9)) (not (= (* 1.0 (D.f64.r2 (- (+ r~3!1 ?s7) m) i0)) (* 1.0 (D.f64.r2 r~3!1 i0))))) ?s15 (and ?s4 ?s2 ?s5 true true true ?s3 true true ?s11 ?s12 (and (>= r~2!2 0) (< r~2!2 ?s14)) (not (= ?s16 ?s16))) ?s15 (and ?s4 ?s2 ?s5 true true true ?s3 true true ?s11 ?s12 (and (>= r~2!3 0) (< r~2!3 ?s14)) (not (= ?s17 ?s17))) ?s10 (and ?s4 ?s2 ?s5 true true true ?s3 true true ?s11 ?s12 (and (>= r~3!4 0) (< r~3!4 ?s9)) (not (= (* 1.0 (D.f64.r2 (- (+ r~3!4 ?s7) m) i0)) (* 1.0 (D.f64.r2 r~3!4 i0))))) (and true true true true true (not (= 0.0 0.0))))))))))))))))))))))
(check-sat)
