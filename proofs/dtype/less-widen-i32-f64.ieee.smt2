; versa proof obligation for rule 'less-widen-i32-f64' (rules/library/dtype.toml), domain ieee: proved
; lhs: astype(x, f64) < astype(y, f64)
; rhs: x < y
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun n () Int)
(declare-fun x.i32.r1!v1 () (_ BitVec 32))
(declare-fun y.i32.r1!v2 () (_ BitVec 32))
(assert
 (let ((?s1 (not true)))
 (or (and true true ?s1) (and (>= n 0) true true true (not (= n n))) (and true true true true ?s1) (and true true true true true (not (= (fp.lt ((_ to_fp 11 53) roundNearestTiesToEven x.i32.r1!v1) ((_ to_fp 11 53) roundNearestTiesToEven y.i32.r1!v2)) (bvslt x.i32.r1!v1 y.i32.r1!v2)))))))
(check-sat)
