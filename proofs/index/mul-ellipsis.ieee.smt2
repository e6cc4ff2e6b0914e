; versa proof obligation for rule 'mul-ellipsis' (rules/library/index.toml), domain ieee: proved
; lhs: (A * B)[..., j]
; rhs: A[..., j] * B[..., j]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2!v1 () (_ FloatingPoint 11 53))
(declare-fun B.f64.r2!v2 () (_ FloatingPoint 11 53))
(declare-fun j () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(assert
 (let ((?s1 (and (<= (- 0 n) j) (< j n))))
 (let ((?s2 (fp.mul roundNearestTiesToEven A.f64.r2!v1 B.f64.r2!v2)))
 (or (and true true (not true)) (and (>= m 0) true true true (not (= m m))) (and (>= n 0) true true true ?s1 (not ?s1)) (and true true true (not (= ?s2 ?s2)))))))
(check-sat)
