; versa proof obligation for rule 'power-slice' (rules/library/index.toml), domain ieee: proved
; lhs: (x ** 3)[a:b]
; rhs: x[a:b] ** 3
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun a () Int)
(declare-fun b () Int)
(declare-fun n () Int)
(declare-fun power3.f64 ((_ FloatingPoint 11 53)) (_ FloatingPoint 11 53))
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (+ b n)))
 (let ((?s3 (+ a n)))
 (let ((?s4 (- (ite (> 0 b) (ite (<= 0 ?s2) ?s2 0) (ite (<= b n) b n)) (ite (> 0 a) (ite (<= 0 ?s3) ?s3 0) (ite (<= a n) a n)))))
 (let ((?s5 (ite (<= 0 ?s4) ?s4 0)))
 (let ((?s6 (power3.f64 x.f64.r1!v1)))
 (or (and true true ?s1) (and (>= n 0) true true true (not (= ?s5 ?s5))) (and true true true true ?s1) (and true true true true true (not (= ?s6 ?s6)))))))))))
(check-sat)
