; versa proof obligation for rule 'outer-none-int-index' (rules/library/index.toml), domain ieee: proved
; lhs: (x[:, None] * y)[i]
; rhs: x[i] * y
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(declare-fun y.f64.r1!v2 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (and (<= (- 0 n) i) (< i n))))
 (let ((?s2 (fp.mul roundNearestTiesToEven x.f64.r1!v1 y.f64.r1!v2)))
 (or (and true true (not true)) (and (>= p 0) true true true (not (= p p))) (and (>= n 0) true true true ?s1 (not ?s1)) (and true true true (not (= ?s2 ?s2)))))))
(check-sat)
