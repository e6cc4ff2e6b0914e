; versa proof obligation for rule 'transpose-window' (rules/library/slicing.toml), domain ieee: proved
; lhs: A.T[a:b]
; rhs: A[:, a:b].T
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
(declare-fun k () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (+ b k)))
 (let ((?s3 (+ a k)))
 (let ((?s4 (- (ite (> 0 b) (ite (<= 0 ?s2) ?s2 0) (ite (<= b k) b k)) (ite (> 0 a) (ite (<= 0 ?s3) ?s3 0) (ite (<= a k) a k)))))
 (let ((?s5 (ite (<= 0 ?s4) ?s4 0)))
 (or (and true true ?s1) (and (>= k 0) (>= m 0) true true true (not (and (= ?s5 ?s5) (= m m)))) (and true true true true ?s1) (and true true true true true (not (= A.f64.r2!v1 A.f64.r2!v1))))))))))
(check-sat)
