; versa proof obligation for rule 'concat-rows-column' (rules/library/slicing.toml), domain real: proved
; lhs: concat((A, B), axis=0)[:, j]
; rhs: concat((A[:, j], B[:, j]), axis=0)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun B.f64.r2 (Int Int) Real)
(declare-fun i0 () Int)
(declare-fun j () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun q () Int)
(assert
 (let ((?s1 (>= m 0)))
 (let ((?s2 (>= q 0)))
 (let ((?s3 (+ m q)))
 (let ((?s4 (= ?s3 ?s3)))
 (let ((?s5 (>= k 0)))
 (let ((?s6 (and (<= (- 0 k) j) (< j k))))
 (let ((?s7 (ite (> 0 j) (+ j k) j)))
 (let ((?s8 (ite (< i0 m) (A.f64.r2 i0 ?s7) (B.f64.r2 (- i0 m) ?s7))))
 (or (and true true (not true)) (and ?s1 ?s2 true true true (not ?s4)) (and ?s5 true true true ?s6 (not ?s6)) (and ?s5 ?s1 ?s2 true true true ?s4 ?s6 ?s6 (>= i0 0) (< i0 ?s3) (not (= ?s8 ?s8)))))))))))))
(check-sat)
