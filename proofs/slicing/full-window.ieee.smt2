; versa proof obligation for rule 'full-window' (rules/library/slicing.toml), domain ieee: proved
; lhs: x[0:b]
; rhs: x
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun b () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (+ b n)))
 (let ((?s3 (ite (> 0 b) (ite (<= 0 ?s2) ?s2 0) (ite (<= b n) b n))))
 (or (and true ?s1) (and (>= n 0) (<= n b) true true (not (= (ite (<= 0 ?s3) ?s3 0) n))) (and true true true ?s1) (and true true true true (not (= x.f64.r1!v1 x.f64.r1!v1))))))))
(check-sat)
