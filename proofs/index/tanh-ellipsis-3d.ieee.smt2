; versa proof obligation for rule 'tanh-ellipsis-3d' (rules/library/index.toml), domain ieee: proved
; lhs: tanh(T)[..., j]
; rhs: tanh(T[..., j])
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun T.f32.r3!v1 () (_ FloatingPoint 8 24))
(declare-fun j () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun tanh.f32 ((_ FloatingPoint 8 24)) (_ FloatingPoint 8 24))
(assert
 (let ((?s1 (and (<= (- 0 n) j) (< j n))))
 (let ((?s2 (tanh.f32 T.f32.r3!v1)))
 (or (and true true (not true)) (and (>= m 0) (>= p 0) true true true (not (and (= p p) (= m m)))) (and (>= n 0) true true true ?s1 (not ?s1)) (and true true true (not (= ?s2 ?s2)))))))
(check-sat)
