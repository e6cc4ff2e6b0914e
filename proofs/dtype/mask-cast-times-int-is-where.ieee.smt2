; versa proof obligation for rule 'mask-cast-times-int-is-where' (rules/library/dtype.toml), domain ieee: proved
; lhs: astype(x > 0.0, i8) * y
; rhs: where(x > 0.0, y, 0)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun n () Int)
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(declare-fun y.i8.r1!v2 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (fp.gt x.f64.r1!v1 (_ +zero 11 53))))
 (or (and true true ?s1) (and (>= n 0) true true true (not (= n n))) (and true true true true ?s1) (and true true true true true (not (= (bvmul (ite ?s2 #x01 #x00) y.i8.r1!v2) (ite ?s2 y.i8.r1!v2 #x00))))))))
(check-sat)
