; versa proof obligation for rule 'sub-row-broadcast-slice' (rules/library/index.toml), domain ieee: proved
; lhs: (A - x)[a:b]
; rhs: A[a:b] - x
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
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1!v2 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (+ b m)))
 (let ((?s3 (+ a m)))
 (let ((?s4 (- (ite (> 0 b) (ite (<= 0 ?s2) ?s2 0) (ite (<= b m) b m)) (ite (> 0 a) (ite (<= 0 ?s3) ?s3 0) (ite (<= a m) a m)))))
 (let ((?s5 (ite (<= 0 ?s4) ?s4 0)))
 (let ((?s6 (fp.sub roundNearestTiesToEven A.f64.r2!v1 x.f64.r1!v2)))
 (or (and true true ?s1) (and (>= m 0) (>= n 0) true true true (not (and (= ?s5 ?s5) (= n n)))) (and true true true true ?s1) (and true true true true true (not (= ?s6 ?s6)))))))))))
(check-sat)
