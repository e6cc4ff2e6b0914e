; versa proof obligation for rule 'square-abs-int' (rules/library/algebra-ieee.toml), domain ieee: proved
; lhs: square(abs(a))
; rhs: square(a)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun a.i32.r1!v1 () (_ BitVec 32))
(declare-fun n () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (ite (bvslt a.i32.r1!v1 #x00000000) (bvneg a.i32.r1!v1) a.i32.r1!v1)))
 (or (and true true ?s1) (and (>= n 0) true true true (not (= n n))) (and true true true true ?s1) (and true true true true true (not (= (bvmul ?s2 ?s2) (bvmul a.i32.r1!v1 a.i32.r1!v1))))))))
(check-sat)
