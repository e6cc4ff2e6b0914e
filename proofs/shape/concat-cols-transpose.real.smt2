; versa proof obligation for rule 'concat-cols-transpose' (rules/library/shape.toml), domain real: proved
; lhs: concat((A, E), axis=1).T
; rhs: concat((A.T, E.T), axis=0)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun E.f64.r2 (Int Int) Real)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun r () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= k 0)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (>= r 0)))
 (let ((?s5 (+ k r)))
 (let ((?s6 (and (= ?s5 ?s5) (= m m))))
 (let ((?s7 (ite (< i0 k) (A.f64.r2 i1 i0) (E.f64.r2 i1 (- i0 k)))))
 (or (and true true ?s1) (and ?s2 ?s3 ?s4 true true true (not ?s6)) (and true true true true ?s1) (and ?s2 ?s3 ?s4 true true true ?s6 true true (>= i0 0) (< i0 ?s5) (>= i1 0) (< i1 m) (not (= ?s7 ?s7))))))))))))
(check-sat)
