; versa proof obligation for rule 'transpose-abs' (rules/library/shape.toml), domain ieee: proved
; lhs: abs(A).T
; rhs: abs(A.T)
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
(declare-fun A.i16.r2!v1 () (_ BitVec 16))
(declare-fun A.i32.r2!v1 () (_ BitVec 32))
(declare-fun A.i64.r2!v1 () (_ BitVec 64))
(declare-fun A.i8.r2!v1 () (_ BitVec 8))
(declare-fun k () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and (>= k 0) (>= m 0) true true true (not (and (= k k) (= m m))))))
 (let ((?s4 (and true true true true ?s1)))
 (let ((?s5 (ite (bvslt A.i8.r2!v1 #x00) (bvneg A.i8.r2!v1) A.i8.r2!v1)))
 (let ((?s6 (ite (bvslt A.i16.r2!v1 #x0000) (bvneg A.i16.r2!v1) A.i16.r2!v1)))
 (let ((?s7 (ite (bvslt A.i32.r2!v1 #x00000000) (bvneg A.i32.r2!v1) A.i32.r2!v1)))
 (let ((?s8 (ite (bvslt A.i64.r2!v1 #x0000000000000000) (bvneg A.i64.r2!v1) A.i64.r2!v1)))
 (or ?s2 ?s3 ?s4 (and true true true true true (not (= ?s5 ?s5))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s6 ?s6))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s7 ?s7))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s8 ?s8)))))))))))))
(check-sat)
