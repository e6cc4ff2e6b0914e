; versa proof obligation for rule 'sub-3d-broadcast-int-index' (rules/library/index.toml), domain real: proved
; lhs: (T - M)[i]
; rhs: T[i] - M
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
(declare-fun i1 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(assert
 (let ((?s1 (>= m 0)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (and (= m m) (= n n))))
 (let ((?s4 (>= p 0)))
 (let ((?s5 (and (<= (- 0 p) i) (< i p))))
 (let ((?s6 (- (T.f32.r3 (ite (> 0 i) (+ i p) i) i0 i1) (M.f32.r2 i0 i1))))
 (or (and true true (not true)) (and ?s1 ?s2 true true true (not ?s3)) (and ?s4 true true true ?s5 (not ?s5)) (and ?s1 ?s2 ?s4 true true true ?s3 ?s5 ?s5 (>= i0 0) (< i0 m) (>= i1 0) (< i1 n) (not (= ?s6 ?s6)))))))))))
(check-sat)
