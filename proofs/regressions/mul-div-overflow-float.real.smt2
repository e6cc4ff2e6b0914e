; versa proof obligation for rule 'mul-div-overflow-float' (rules/library/regressions.toml), domain real: proved
; lhs: x * 2.0 / 2.0
; rhs: x
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun recip (Real) Real)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (recip 2.0)))
 (let ((?s5 (x.f64.r1 i0)))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 true true true ?s3 true true (>= i0 0) (< i0 n) (=> (distinct 2.0 0.0) (= (* 2.0 ?s4) 1.0)) (not (= (* (* ?s5 2.0) ?s4) ?s5))))))))))
(check-sat)
