; versa proof obligation for rule 'reverse-window' (rules/library/slicing.toml), domain ieee: proved
; lhs: x[::-1][a:b]
; rhs: x[n - b:n - a][::-1]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. reads at equal indices
;   5. value: lhs equals rhs
(set-logic ALL)
(declare-fun a () Int)
(declare-fun b () Int)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (and (<= 0 a) (<= a n) (<= 0 b) (<= b n))))
 (let ((?s4 (ite (<= 0 n) n 0)))
 (let ((?s5 (+ b ?s4)))
 (let ((?s6 (+ a ?s4)))
 (let ((?s7 (ite (> 0 a) (ite (<= 0 ?s6) ?s6 0) (ite (<= a ?s4) a ?s4))))
 (let ((?s8 (- (ite (> 0 b) (ite (<= 0 ?s5) ?s5 0) (ite (<= b ?s4) b ?s4)) ?s7)))
 (let ((?s9 (ite (<= 0 ?s8) ?s8 0)))
 (let ((?s10 (- n a)))
 (let ((?s11 (+ ?s10 n)))
 (let ((?s12 (- n b)))
 (let ((?s13 (+ ?s12 n)))
 (let ((?s14 (ite (> 0 ?s12) (ite (<= 0 ?s13) ?s13 0) (ite (<= ?s12 n) ?s12 n))))
 (let ((?s15 (- (ite (> 0 ?s10) (ite (<= 0 ?s11) ?s11 0) (ite (<= ?s10 n) ?s10 n)) ?s14)))
 (let ((?s16 (ite (<= 0 ?s15) ?s15 0)))
 (let ((?s17 (= ?s9 (ite (<= 0 ?s16) ?s16 0))))
 (or (and true ?s1) (and ?s2 ?s3 true true (not ?s17)) (and true true true ?s1) (and ?s2 ?s3 true true ?s17 true true (>= i0 0) (< i0 ?s9) (not (= (+ ?s14 (+ (- ?s16 1) (* i0 (- 1)))) (+ (- n 1) (* (+ ?s7 i0) (- 1)))))) (and true true true true (not (= x.f64.r1!v1 x.f64.r1!v1))))))))))))))))))))))
(check-sat)
