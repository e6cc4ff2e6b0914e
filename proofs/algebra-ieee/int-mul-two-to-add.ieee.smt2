; versa proof obligation for rule 'int-mul-two-to-add' (rules/library/algebra-ieee.toml), domain ieee: proved
; lhs: z * 2
; rhs: z + z
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
(declare-sort Shape 0)
(declare-fun shape.z () Shape)
(declare-fun z.i16.any!v1 () (_ BitVec 16))
(declare-fun z.i32.any!v1 () (_ BitVec 32))
(declare-fun z.i64.any!v1 () (_ BitVec 64))
(declare-fun z.i8.any!v1 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true (not (= shape.z shape.z)))))
 (let ((?s4 (and true true true true ?s1)))
 (or ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul z.i8.any!v1 #x02) (bvadd z.i8.any!v1 z.i8.any!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul z.i16.any!v1 #x0002) (bvadd z.i16.any!v1 z.i16.any!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul z.i32.any!v1 #x00000002) (bvadd z.i32.any!v1 z.i32.any!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul z.i64.any!v1 #x0000000000000002) (bvadd z.i64.any!v1 z.i64.any!v1))))))))))
(check-sat)
