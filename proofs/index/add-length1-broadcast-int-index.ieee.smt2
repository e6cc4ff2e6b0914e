; versa proof obligation for rule 'add-length1-broadcast-int-index' (rules/library/index.toml), domain ieee: proved
; lhs: (x + y1)[i]
; rhs: x[i] + y1[0]
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
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(declare-fun y1.f64.r1!v2 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and (<= (- 0 n) i) (< i n))))
 (let ((?s3 (fp.add roundNearestTiesToEven x.f64.r1!v1 y1.f64.r1!v2)))
 (or (and true true ?s1) (and true true true ?s1) (and (>= n 0) true true true ?s2 (not ?s2)) (and true true true true (not (= ?s3 ?s3))))))))
(check-sat)
