; versa proof obligation for rule 'negative-through-int-narrowing' (rules/library/dtype.toml), domain ieee: proved
; lhs: astype(-x, i8)
; rhs: -astype(x, i8)
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
(declare-fun shape.x () Shape)
(declare-fun x.i16.any!v1 () (_ BitVec 16))
(declare-fun x.i32.any!v1 () (_ BitVec 32))
(declare-fun x.i64.any!v1 () (_ BitVec 64))
(declare-fun x.i8.any!v1 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true (not (= shape.x shape.x)))))
 (let ((?s4 (and true true true true ?s1)))
 (let ((?s5 (bvneg x.i8.any!v1)))
 (or ?s2 ?s3 ?s4 (and true true true true true (not (= ?s5 ?s5))) ?s2 ?s3 ?s4 (and true true true true true (not (= ((_ extract 7 0) (bvneg x.i16.any!v1)) (bvneg ((_ extract 7 0) x.i16.any!v1))))) ?s2 ?s3 ?s4 (and true true true true true (not (= ((_ extract 7 0) (bvneg x.i32.any!v1)) (bvneg ((_ extract 7 0) x.i32.any!v1))))) ?s2 ?s3 ?s4 (and true true true true true (not (= ((_ extract 7 0) (bvneg x.i64.any!v1)) (bvneg ((_ extract 7 0) x.i64.any!v1))))))))))))
(check-sat)
