; versa proof obligation for rule 'transpose-sub-scalar' (rules/library/shape.toml), domain real: proved
; lhs: (A - c).T
; rhs: A.T - c
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun c.f64.r0 () Real)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= k 0)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (and (= k k) (= m m))))
 (let ((?s5 (- (A.f64.r2 i1 i0) c.f64.r0)))
 (or (and true true ?s1) (and ?s2 ?s3 true true true (not ?s4)) (and true true true true ?s1) (and ?s2 ?s3 true true true ?s4 true true (>= i0 0) (< i0 k) (>= i1 0) (< i1 m) (not (= ?s5 ?s5))))))))))
(check-sat)
