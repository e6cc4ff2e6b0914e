; versa proof obligation for rule 'reshape-unflatten-index' (rules/library/shape.toml), domain real: proved
; lhs: reshape(x, (m, k))[i]
; rhs: x[i * k:i * k + k]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i () Int)
(declare-fun i0 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= k 0)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (< i m)))
 (let ((?s5 (and (<= 0 i) ?s4)))
 (let ((?s6 (and (<= 0 m) (<= 0 k))))
 (let ((?s7 (* i k)))
 (let ((?s8 (+ ?s7 k)))
 (let ((?s9 (* m k)))
 (let ((?s10 (+ ?s8 ?s9)))
 (let ((?s11 (+ ?s7 ?s9)))
 (let ((?s12 (ite (> 0 ?s7) (ite (<= 0 ?s11) ?s11 0) (ite (<= ?s7 ?s9) ?s7 ?s9))))
 (let ((?s13 (- (ite (> 0 ?s8) (ite (<= 0 ?s10) ?s10 0) (ite (<= ?s8 ?s9) ?s8 ?s9)) ?s12)))
 (let ((?s14 (= k (ite (<= 0 ?s13) ?s13 0))))
 (or ?s1 (and ?s2 ?s3 ?s5 ?s6 true (not ?s14)) (and true ?s1) (and ?s2 ?s3 ?s5 ?s6 true ?s14 (and (<= (- 0 m) i) ?s4) true (>= i0 0) (< i0 k) (not (= (x.f64.r1 (+ (* (ite (> 0 i) (+ i m) i) k) i0)) (x.f64.r1 (+ ?s12 i0)))))))))))))))))))))
(check-sat)
