; versa proof obligation for rule 'reverse2d-index' (rules/library/slicing.toml), domain real: proved
; lhs: A[::-1, ::-1][i, j]
; rhs: A[-1 - i, -1 - j]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun i () Int)
(declare-fun j () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= k 0)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (ite (<= 0 m) m 0)))
 (let ((?s5 (ite (<= 0 k) k 0)))
 (let ((?s6 (and (<= (- 0 ?s4) i) (< i ?s4) (<= (- 0 ?s5) j) (< j ?s5))))
 (let ((?s7 (- (- 1) i)))
 (let ((?s8 (- (- 1) j)))
 (let ((?s9 (and (<= (- 0 m) ?s7) (< ?s7 m) (<= (- 0 k) ?s8) (< ?s8 k))))
 (or (and true true ?s1) (and true true true ?s1) (and ?s2 ?s3 true true true ?s6 (not ?s9)) (and ?s2 ?s3 true true true true ?s6 ?s9 (not (= (A.f64.r2 (+ (- m 1) (* (ite (> 0 i) (+ i ?s4) i) (- 1))) (+ (- k 1) (* (ite (> 0 j) (+ j ?s5) j) (- 1)))) (A.f64.r2 (ite (> 0 ?s7) (+ ?s7 m) ?s7) (ite (> 0 ?s8) (+ ?s8 k) ?s8))))))))))))))))
(check-sat)
