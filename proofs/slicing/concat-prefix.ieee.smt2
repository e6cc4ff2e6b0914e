; versa proof obligation for rule 'concat-prefix' (rules/library/slicing.toml), domain ieee: proved
; lhs: concat((x, y), axis=0)[:n]
; rhs: x
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(declare-fun y.f64.r1!v2 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (>= p 0)))
 (let ((?s4 (+ n p)))
 (let ((?s5 (+ n ?s4)))
 (let ((?s6 (ite (> 0 n) (ite (<= 0 ?s5) ?s5 0) (ite (<= n ?s4) n ?s4))))
 (let ((?s7 (ite (<= 0 ?s6) ?s6 0)))
 (let ((?s8 (= ?s7 n)))
 (or (and true true ?s1) (and ?s2 ?s3 true true true (not ?s8)) (and true true true true ?s1) (and ?s2 ?s3 true true true ?s8 true true (>= i0 0) (< i0 ?s7) (not (= (ite (< i0 n) x.f64.r1!v1 y.f64.r1!v2) x.f64.r1!v1)))))))))))))
(check-sat)
