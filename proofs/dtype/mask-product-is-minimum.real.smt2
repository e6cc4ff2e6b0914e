; versa proof obligation for rule 'mask-product-is-minimum' (rules/library/dtype.toml), domain real: proved
; lhs: astype(k, i8) * astype(l, i8)
; rhs: astype(minimum(k, l), i8)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun k.bool.r1 (Int) Bool)
(declare-fun l.bool.r1 (Int) Bool)
(declare-fun n () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (k.bool.r1 i0)))
 (let ((?s5 (l.bool.r1 i0)))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 true true true ?s3 true true (>= i0 0) (< i0 n) (not (= (* (ite ?s4 1 0) (ite ?s5 1 0)) (ite (and ?s4 ?s5) 1 0)))))))))))
(check-sat)
