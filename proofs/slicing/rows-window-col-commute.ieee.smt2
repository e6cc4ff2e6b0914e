; versa proof obligation for rule 'rows-window-col-commute' (rules/library/slicing.toml), domain ieee: proved
; lhs: A[a:b, j]
; rhs: A[:, j][a:b]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2!v1 () (_ FloatingPoint 11 53))
(declare-fun a () Int)
(declare-fun b () Int)
(declare-fun j () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (+ b m)))
 (let ((?s2 (+ a m)))
 (let ((?s3 (- (ite (> 0 b) (ite (<= 0 ?s1) ?s1 0) (ite (<= b m) b m)) (ite (> 0 a) (ite (<= 0 ?s2) ?s2 0) (ite (<= a m) a m)))))
 (let ((?s4 (ite (<= 0 ?s3) ?s3 0)))
 (let ((?s5 (and (<= (- 0 k) j) (< j k))))
 (or (and true true (not true)) (and (>= m 0) true true true (not (= ?s4 ?s4))) (and (>= k 0) true true true ?s5 (not ?s5)) (and true true true (not (= A.f64.r2!v1 A.f64.r2!v1))))))))))
(check-sat)
