; versa proof obligation for rule 'maximum-literal-key-int' (rules/library/index.toml), domain ieee: proved
; lhs: maximum(u, 0)[key]
; rhs: maximum(u[key], 0)
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
(declare-sort Key 0)
(declare-sort Shape 0)
(declare-fun key.key () Key)
(declare-fun key_shape (Key Shape) Shape)
(declare-fun key_valid (Key Shape) Bool)
(declare-fun shape.u () Shape)
(declare-fun u.i16.any!v1 () (_ BitVec 16))
(declare-fun u.i32.any!v1 () (_ BitVec 32))
(declare-fun u.i64.any!v1 () (_ BitVec 64))
(declare-fun u.i8.any!v1 () (_ BitVec 8))
(assert
 (let ((?s1 (and true true (not true))))
 (let ((?s2 (key_shape key.key shape.u)))
 (let ((?s3 (and true true true (not (= ?s2 ?s2)))))
 (let ((?s4 (key_valid key.key shape.u)))
 (let ((?s5 (and true true true ?s4 (not ?s4))))
 (let ((?s6 (ite (bvsgt #x00 u.i8.any!v1) #x00 u.i8.any!v1)))
 (let ((?s7 (ite (bvsgt #x0000 u.i16.any!v1) #x0000 u.i16.any!v1)))
 (let ((?s8 (ite (bvsgt #x00000000 u.i32.any!v1) #x00000000 u.i32.any!v1)))
 (let ((?s9 (ite (bvsgt #x0000000000000000 u.i64.any!v1) #x0000000000000000 u.i64.any!v1)))
 (or ?s1 ?s3 ?s5 (and true true true (not (= ?s6 ?s6))) ?s1 ?s3 ?s5 (and true true true (not (= ?s7 ?s7))) ?s1 ?s3 ?s5 (and true true true (not (= ?s8 ?s8))) ?s1 ?s3 ?s5 (and true true true (not (= ?s9 ?s9))))))))))))))
(check-sat)
