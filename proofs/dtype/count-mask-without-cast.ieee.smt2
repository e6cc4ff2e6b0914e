; versa proof obligation for rule 'count-mask-without-cast' (rules/library/dtype.toml), domain ieee: proved
; lhs: sum(astype(x > 0.0, i64))
; rhs: sum(x > 0.0)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun n () Int)
(declare-fun reduce0.sum.i64 (Int) (_ BitVec 64))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (reduce0.sum.i64 n)))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) (and (>= n 0) true true true true true true (not (= ?s2 ?s2)))))))
(check-sat)
