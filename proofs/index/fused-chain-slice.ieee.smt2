; versa proof obligation for rule 'fused-chain-slice' (rules/library/index.toml), domain ieee: proved
; lhs: exp(x * c + y)[a:b]
; rhs: exp(x[a:b] * c + y[a:b])
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
(declare-fun c.f64.r0!v1 () (_ FloatingPoint 11 53))
(declare-fun exp.f64 ((_ FloatingPoint 11 53)) (_ FloatingPoint 11 53))
(declare-fun n () Int)
(declare-fun x.f64.r1!v2 () (_ FloatingPoint 11 53))
(declare-fun y.f64.r1!v3 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (+ b n)))
 (let ((?s3 (+ a n)))
 (let ((?s4 (- (ite (> 0 b) (ite (<= 0 ?s2) ?s2 0) (ite (<= b n) b n)) (ite (> 0 a) (ite (<= 0 ?s3) ?s3 0) (ite (<= a n) a n)))))
 (let ((?s5 (ite (<= 0 ?s4) ?s4 0)))
 (let ((?s6 (exp.f64 (fp.add roundNearestTiesToEven (fp.mul roundNearestTiesToEven x.f64.r1!v2 c.f64.r0!v1) y.f64.r1!v3))))
 (or (and true true ?s1) (and (>= n 0) true true true (not (= ?s5 ?s5))) (and true true true true ?s1) (and true true true true true (not (= ?s6 ?s6)))))))))))
(check-sat)
