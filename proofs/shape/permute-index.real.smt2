; versa proof obligation for rule 'permute-index' (rules/library/shape.toml), domain real: proved
; lhs: permute_dims(X, (2, 0, 1))[i, j]
; rhs: X[j, :, i]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun X.f64.r3 (Int Int Int) Real)
(declare-fun i () Int)
(declare-fun i0 () Int)
(declare-fun j () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun r () Int)
(assert
 (let ((?s1 (>= k 0)))
 (let ((?s2 (= k k)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (>= r 0)))
 (let ((?s5 (<= (- 0 r) i)))
 (let ((?s6 (< i r)))
 (let ((?s7 (<= (- 0 m) j)))
 (let ((?s8 (< j m)))
 (let ((?s9 (and ?s5 ?s6 ?s7 ?s8)))
 (let ((?s10 (and ?s7 ?s8 ?s5 ?s6)))
 (let ((?s11 (X.f64.r3 (ite (> 0 j) (+ j m) j) i0 (ite (> 0 i) (+ i r) i))))
 (or (and true true (not true)) (and ?s1 true true true (not ?s2)) (and ?s3 ?s4 true true true ?s9 (not ?s10)) (and ?s1 ?s3 ?s4 true true true ?s2 ?s9 ?s10 (>= i0 0) (< i0 k) (not (= ?s11 ?s11))))))))))))))))
(check-sat)
