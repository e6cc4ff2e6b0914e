; versa proof obligation for rule 'batched-matmul-transpose' (rules/library/linalg.toml), domain real: proved
; lhs: permute_dims(S @ U, (0, 2, 1))
; rhs: permute_dims(U, (0, 2, 1)) @ permute_dims(S, (0, 2, 1))
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
(declare-fun S.f64.r3 (Int Int Int) Real)
(declare-fun U.f64.r3 (Int Int Int) Real)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun i2 () Int)
(declare-fun k () Int)
(declare-fun k~1!1 () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(declare-fun r () Int)
(declare-fun reduce0.sum.f64 (Int Int Int Int) Real)
(declare-fun reduce1.sum.f64 (Int Int Int Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (>= p 0)))
 (let ((?s4 (>= r 0)))
 (let ((?s5 (and (= r r) (= p p) (= m m))))
 (let ((?s6 (>= k 0)))
 (let ((?s7 (>= i0 0)))
 (let ((?s8 (< i0 r)))
 (let ((?s9 (>= i1 0)))
 (let ((?s10 (< i1 p)))
 (let ((?s11 (>= i2 0)))
 (let ((?s12 (< i2 m)))
 (let ((?s13 (S.f64.r3 i0 i2 k~1!1)))
 (let ((?s14 (U.f64.r3 i0 k~1!1 i1)))
 (let ((?s15 (= (reduce0.sum.f64 k i0 i2 i1) (reduce1.sum.f64 k i0 i1 i2))))
 (or (and true true ?s1) (and ?s2 ?s3 ?s4 true true true (not ?s5)) (and true true true true ?s1) (and ?s6 ?s2 ?s3 ?s4 true true true ?s5 true true ?s7 ?s8 ?s9 ?s10 ?s11 ?s12 (and (>= k~1!1 0) (< k~1!1 k)) (not (= (* (* 1.0 ?s13) ?s14) (* (* 1.0 ?s14) ?s13)))) (and true true true true true (not (= 0.0 0.0))) (and ?s6 ?s2 ?s3 ?s4 true true true ?s5 true true ?s7 ?s8 ?s9 ?s10 ?s11 ?s12 ?s15 (not ?s15)))))))))))))))))))
(check-sat)
