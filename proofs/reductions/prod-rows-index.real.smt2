; versa proof obligation for rule 'prod-rows-index' (rules/library/reductions.toml), domain real: proved
; lhs: prod(A, axis=1)[i]
; rhs: prod(A[i])
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
;   13. wf: rhs well-formed where lhs is
;   14. shape: shapes equal
;   15. defined: rhs defined where lhs is
;   16. value: lhs equals rhs
(set-logic ALL)
(declare-fun i () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.prod.i64 (Int Int Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true ?s1)))
 (let ((?s4 (>= m 0)))
 (let ((?s5 (and (<= (- 0 m) i) (< i m))))
 (let ((?s6 (and ?s4 true true true ?s5 (not ?s5))))
 (let ((?s7 (reduce0.prod.i64 n i m)))
 (let ((?s8 (and ?s4 (>= n 0) true true true true ?s5 ?s5 (not (= ?s7 ?s7)))))
 (or ?s2 ?s3 ?s6 ?s8 ?s2 ?s3 ?s6 ?s8 ?s2 ?s3 ?s6 ?s8 ?s2 ?s3 ?s6 ?s8))))))))))
(check-sat)
