; versa proof obligation for rule 'sqrt-reverse' (rules/library/index.toml), domain ieee: proved
; lhs: sqrt(x)[::-1]
; rhs: sqrt(x[::-1])
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun n () Int)
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (ite (<= 0 n) n 0)))
 (let ((?s3 (fp.sqrt roundNearestTiesToEven x.f64.r1!v1)))
 (or (and true true ?s1) (and (>= n 0) true true true (not (= ?s2 ?s2))) (and true true true true ?s1) (and true true true true true (not (= ?s3 ?s3))))))))
(check-sat)
