; versa proof obligation for rule 'permute-compose-4d' (rules/library/shape.toml), domain real: proved
; lhs: permute_dims(permute_dims(Y, (0, 2, 1, 3)), (3, 1, 2, 0))
; rhs: permute_dims(Y, (3, 2, 1, 0))
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun Y.f32.r4 (Int Int Int Int) Real)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun i2 () Int)
(declare-fun i3 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(declare-fun r () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= k 0)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (>= p 0)))
 (let ((?s5 (>= r 0)))
 (let ((?s6 (and (= p p) (= r r) (= k k) (= m m))))
 (let ((?s7 (Y.f32.r4 i3 i2 i1 i0)))
 (or (and true true ?s1) (and ?s2 ?s3 ?s4 ?s5 true true true (not ?s6)) (and true true true true ?s1) (and ?s2 ?s3 ?s4 ?s5 true true true ?s6 true true (>= i0 0) (< i0 p) (>= i1 0) (< i1 r) (>= i2 0) (< i2 k) (>= i3 0) (< i3 m) (not (= ?s7 ?s7))))))))))))
(check-sat)
