; versa proof obligation for rule 'mul-step-slice' (rules/library/index.toml), domain ieee: proved
; lhs: (x * y)[a:b:s]
; rhs: x[a:b:s] * y[a:b:s]
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
(declare-fun s () Int)
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(declare-fun y.f64.r1!v2 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (distinct 0 s)))
 (let ((?s2 (< 0 s)))
 (let ((?s3 (+ a n)))
 (let ((?s4 (ite ?s2 0 (- 1))))
 (let ((?s5 (ite ?s2 n (- n 1))))
 (let ((?s6 (ite (> 0 a) (ite (> 0 ?s3) ?s4 ?s3) (ite (<= n a) ?s5 a))))
 (let ((?s7 (+ b n)))
 (let ((?s8 (ite (> 0 b) (ite (> 0 ?s7) ?s4 ?s7) (ite (<= n b) ?s5 b))))
 (let ((?s9 (- (- ?s8 ?s6) 1)))
 (let ((?s10 (- 0 s)))
 (let ((?s11 (- (- ?s6 ?s8) 1)))
 (let ((?s12 (ite ?s2 (ite (< ?s6 ?s8) (+ (ite (> s 0) (div ?s9 s) (ite (< s 0) (div (- ?s9) (- s)) 0)) 1) 0) (ite (< ?s8 ?s6) (+ (ite (> ?s10 0) (div ?s11 ?s10) (ite (< ?s10 0) (div (- ?s11) (- ?s10)) 0)) 1) 0))))
 (let ((?s13 (fp.mul roundNearestTiesToEven x.f64.r1!v1 y.f64.r1!v2)))
 (or (and true ?s1 (not ?s1)) (and (>= n 0) true ?s1 ?s1 (not (= ?s12 ?s12))) (and true true (not true)) (and true true true (not (= ?s13 ?s13))))))))))))))))))
(check-sat)
