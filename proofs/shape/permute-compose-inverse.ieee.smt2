; versa proof obligation for rule 'permute-compose-inverse' (rules/library/shape.toml), domain ieee: proved
; lhs: permute_dims(permute_dims(X, (1, 2, 0)), (2, 0, 1))
; rhs: X
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
(declare-fun X.i16.r3!v1 () (_ BitVec 16))
(declare-fun X.i32.r3!v1 () (_ BitVec 32))
(declare-fun X.i64.r3!v1 () (_ BitVec 64))
(declare-fun X.i8.r3!v1 () (_ BitVec 8))
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun r () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and (>= k 0) (>= m 0) (>= r 0) true true true (not (and (= m m) (= k k) (= r r))))))
 (let ((?s4 (and true true true true ?s1)))
 (or ?s2 ?s3 ?s4 (and true true true true true (not (= X.i8.r3!v1 X.i8.r3!v1))) ?s2 ?s3 ?s4 (and true true true true true (not (= X.i16.r3!v1 X.i16.r3!v1))) ?s2 ?s3 ?s4 (and true true true true true (not (= X.i32.r3!v1 X.i32.r3!v1))) ?s2 ?s3 ?s4 (and true true true true true (not (= X.i64.r3!v1 X.i64.r3!v1)))))))))
(check-sat)
