; versa proof obligation for rule 'abs-neg-int' (rules/library/algebra-ieee.toml), domain ieee: proved
; lhs: abs(-k)
; rhs: abs(k)
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
(declare-fun k.i16.any!v1 () (_ BitVec 16))
(declare-fun k.i32.any!v1 () (_ BitVec 32))
(declare-fun k.i64.any!v1 () (_ BitVec 64))
(declare-fun k.i8.any!v1 () (_ BitVec 8))
(declare-fun shape.k () Shape)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true (not (= shape.k shape.k)))))
 (let ((?s4 (and true true true true ?s1)))
 (let ((?s5 (bvneg k.i8.any!v1)))
 (let ((?s6 (bvneg k.i16.any!v1)))
 (let ((?s7 (bvneg k.i32.any!v1)))
 (let ((?s8 (bvneg k.i64.any!v1)))
 (or ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt ?s5 #x00) (bvneg ?s5) ?s5) (ite (bvslt k.i8.any!v1 #x00) ?s5 k.i8.any!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt ?s6 #x0000) (bvneg ?s6) ?s6) (ite (bvslt k.i16.any!v1 #x0000) ?s6 k.i16.any!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt ?s7 #x00000000) (bvneg ?s7) ?s7) (ite (bvslt k.i32.any!v1 #x00000000) ?s7 k.i32.any!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt ?s8 #x0000000000000000) (bvneg ?s8) ?s8) (ite (bvslt k.i64.any!v1 #x0000000000000000) ?s8 k.i64.any!v1))))))))))))))
(check-sat)
