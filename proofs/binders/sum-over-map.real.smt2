; versa proof obligation for rule 'sum-over-map' (rules/library/binders.toml), domain real: proved
; lhs: sum_over(x, lambda k, xk: exp(xk))
; rhs: sum(exp(x))
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
;   5. wf: rhs well-formed where lhs is
;   6. shape: shapes equal
;   7. defined: rhs defined where lhs is
;   8. value: lhs equals rhs
;   9. wf: rhs well-formed where lhs is
;   10. shape: shapes equal
;   11. defined: rhs defined where lhs is
;   12. value: lhs equals rhs
(set-logic ALL)
(declare-fun n () Int)
(declare-fun reduce0.sum.f16 (Int) Real)
(declare-fun reduce0.sum.f32 (Int) Real)
(declare-fun reduce0.sum.f64 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true ?s1)))
 (let ((?s4 (and true true true true ?s1)))
 (let ((?s5 (>= n 0)))
 (let ((?s6 (reduce0.sum.f16 n)))
 (let ((?s7 (reduce0.sum.f32 n)))
 (let ((?s8 (reduce0.sum.f64 n)))
 (or ?s2 ?s3 ?s4 (and ?s5 true true true true true true (not (= ?s6 ?s6))) ?s2 ?s3 ?s4 (and ?s5 true true true true true true (not (= ?s7 ?s7))) ?s2 ?s3 ?s4 (and ?s5 true true true true true true (not (= ?s8 ?s8)))))))))))))
(check-sat)
