; versa proof obligation for rule 'mul-3d-broadcast-ellipsis' (rules/library/index.toml), domain real: proved
; lhs: (T * M)[..., i, j]
; rhs: T[..., i, j] * M[i, j]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun M.f32.r2 (Int Int) Real)
(declare-fun T.f32.r3 (Int Int Int) Real)
(declare-fun i () Int)
(declare-fun i0 () Int)
(declare-fun j () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(assert
 (let ((?s1 (>= p 0)))
 (let ((?s2 (= p p)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (>= n 0)))
 (let ((?s5 (and (<= (- 0 m) i) (< i m) (<= (- 0 n) j) (< j n))))
 (let ((?s6 (ite (> 0 i) (+ i m) i)))
 (let ((?s7 (ite (> 0 j) (+ j n) j)))
 (let ((?s8 (* (T.f32.r3 i0 ?s6 ?s7) (M.f32.r2 ?s6 ?s7))))
 (or (and true true (not true)) (and ?s1 true true true (not ?s2)) (and ?s3 ?s4 true true true ?s5 (not ?s5)) (and ?s3 ?s4 ?s1 true true true ?s2 ?s5 ?s5 (>= i0 0) (< i0 p) (not (= ?s8 ?s8)))))))))))))
(check-sat)
