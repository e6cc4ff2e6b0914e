; versa proof obligation for rule 'tanh-ellipsis-3d' (rules/library/index.toml), domain real: proved
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
(declare-fun T.f32.r3 (Int Int Int) Real)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun j () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun tanh.real (Real) Real)
(assert
 (let ((?s1 (>= m 0)))
 (let ((?s2 (>= p 0)))
 (let ((?s3 (and (= p p) (= m m))))
 (let ((?s4 (>= n 0)))
 (let ((?s5 (and (<= (- 0 n) j) (< j n))))
 (let ((?s6 (tanh.real (T.f32.r3 i0 i1 (ite (> 0 j) (+ j n) j)))))
 (let ((?s7 (and (> ?s6 (- 1.0)) (< ?s6 1.0))))
 (or (and true true (not true)) (and ?s1 ?s2 true true true (not ?s3)) (and ?s4 true true true ?s5 (not ?s5)) (and ?s1 ?s4 ?s2 true true true ?s3 ?s5 ?s5 (>= i0 0) (< i0 p) (>= i1 0) (< i1 m) ?s7 ?s7 (not (= ?s6 ?s6))))))))))))
(check-sat)
