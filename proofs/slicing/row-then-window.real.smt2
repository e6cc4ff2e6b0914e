; versa proof obligation for rule 'row-then-window' (rules/library/slicing.toml), domain real: proved
; lhs: A[i][a:b]
; rhs: A[i, a:b]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun a () Int)
(declare-fun b () Int)
(declare-fun i () Int)
(declare-fun i0 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (>= k 0)))
 (let ((?s2 (+ b k)))
 (let ((?s3 (+ a k)))
 (let ((?s4 (ite (> 0 a) (ite (<= 0 ?s3) ?s3 0) (ite (<= a k) a k))))
 (let ((?s5 (- (ite (> 0 b) (ite (<= 0 ?s2) ?s2 0) (ite (<= b k) b k)) ?s4)))
 (let ((?s6 (ite (<= 0 ?s5) ?s5 0)))
 (let ((?s7 (= ?s6 ?s6)))
 (let ((?s8 (>= m 0)))
 (let ((?s9 (and (<= (- 0 m) i) (< i m))))
 (let ((?s10 (A.f64.r2 (ite (> 0 i) (+ i m) i) (+ ?s4 i0))))
 (or (and true true (not true)) (and ?s1 true true true (not ?s7)) (and ?s8 true true true ?s9 (not ?s9)) (and ?s1 ?s8 true true true ?s7 ?s9 ?s9 (>= i0 0) (< i0 ?s6) (not (= ?s10 ?s10)))))))))))))))
(check-sat)
