; versa proof obligation for rule 'sub-negative-step-slice' (rules/library/index.toml), domain ieee: proved
; lhs: (x - y)[b:a:-1]
; rhs: x[b:a:-1] - y[b:a:-1]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun a () Int)
(declare-fun b () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(declare-fun y.f64.r1!v2 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (+ b n)))
 (let ((?s3 (- n 1)))
 (let ((?s4 (+ a n)))
 (let ((?s5 (- (ite (> 0 b) (ite (<= (- 1) ?s2) ?s2 (- 1)) (ite (<= b ?s3) b ?s3)) (ite (> 0 a) (ite (<= (- 1) ?s4) ?s4 (- 1)) (ite (<= a ?s3) a ?s3)))))
 (let ((?s6 (ite (<= 0 ?s5) ?s5 0)))
 (let ((?s7 (fp.sub roundNearestTiesToEven x.f64.r1!v1 y.f64.r1!v2)))
 (or (and true true ?s1) (and (>= n 0) true true true (not (= ?s6 ?s6))) (and true true true true ?s1) (and true true true true true (not (= ?s7 ?s7))))))))))))
(check-sat)
