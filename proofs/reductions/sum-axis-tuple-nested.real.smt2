; versa proof obligation for rule 'sum-axis-tuple-nested' (rules/library/reductions.toml), domain real: proved
; lhs: sum(T, axis=(0, 2))
; rhs: sum(sum(T, axis=2), axis=0)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. terms without sums equal
;   6. value: lhs equals rhs
(set-logic ALL)
(declare-fun T.f64.r3 (Int Int Int) Real)
(declare-fun i0 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun reduce0.sum.f64 (Int Int Int) Real)
(declare-fun reduce1.sum.f64 (Int Int Int) Real)
(declare-fun r~1!1 () Int)
(declare-fun r~2!2 () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (>= m 0)))
 (let ((?s5 (>= p 0)))
 (let ((?s6 (>= i0 0)))
 (let ((?s7 (< i0 n)))
 (let ((?s8 (* 1.0 (T.f64.r3 r~1!1 i0 r~2!2))))
 (let ((?s9 (= (reduce0.sum.f64 m p i0) (reduce1.sum.f64 m p i0))))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s4 ?s2 ?s5 true true true ?s3 true true ?s6 ?s7 (and (>= r~1!1 0) (< r~1!1 m) (>= r~2!2 0) (< r~2!2 p)) (not (= ?s8 ?s8))) (and true true true true true (not (= 0.0 0.0))) (and ?s4 ?s2 ?s5 true true true ?s3 true true ?s6 ?s7 ?s9 (not ?s9)))))))))))))
(check-sat)
