; versa proof obligation for rule 'reshape-same-1d' (rules/library/shape.toml), domain ieee: proved
; lhs: reshape(x, (n,))
; rhs: x
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun n () Int)
(declare-fun x.u32.r1!v1 () (_ BitVec 32))
(assert
 (let ((?s1 (not true)))
 (or (and true ?s1) (and (>= n 0) true (<= 0 n) true (not (= n n))) (and true true true ?s1) (and true true true true (not (= x.u32.r1!v1 x.u32.r1!v1))))))
(check-sat)
