; versa proof obligation for rule 'outer-sum-transpose' (rules/library/shape.toml), domain ieee: proved
; lhs: (x[:, None] + y).T
; rhs: x + y[:, None]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(declare-fun y.f64.r1!v2 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (fp.add roundNearestTiesToEven x.f64.r1!v1 y.f64.r1!v2)))
 (or (and true true ?s1) (and (>= n 0) (>= p 0) true true true (not (and (= p p) (= n n)))) (and true true true true ?s1) (and true true true true true (not (= ?s2 ?s2)))))))
(check-sat)
