; versa proof obligation for rule 'einsum-dot' (rules/library/linalg.toml), domain real: proved
; lhs: einsum("i,i->", x, y)
; rhs: x @ y
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (reduce0.sum.f64 n)))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) (and (>= n 0) true true true true true true (not (= ?s2 ?s2)))))))
(check-sat)
