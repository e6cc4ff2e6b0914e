; versa proof obligation for rule 'slice-start-compose' (rules/library/slicing.toml), domain ieee: proved
; lhs: x[a:][b:]
; rhs: x[a + b:]
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
 (let ((?s3 (and (<= 0 a) (<= 0 b))))
 (let ((?s4 (+ a n)))
 (let ((?s5 (ite (> 0 a) (ite (<= 0 ?s4) ?s4 0) (ite (<= a n) a n))))
 (let ((?s6 (- n ?s5)))
 (let ((?s7 (ite (<= 0 ?s6) ?s6 0)))
 (let ((?s8 (+ b ?s7)))
 (let ((?s9 (ite (> 0 b) (ite (<= 0 ?s8) ?s8 0) (ite (<= b ?s7) b ?s7))))
 (let ((?s10 (- ?s7 ?s9)))
 (let ((?s11 (ite (<= 0 ?s10) ?s10 0)))
 (let ((?s12 (+ a b)))
 (let ((?s13 (+ ?s12 n)))
 (let ((?s14 (ite (> 0 ?s12) (ite (<= 0 ?s13) ?s13 0) (ite (<= ?s12 n) ?s12 n))))
 (let ((?s15 (- n ?s14)))
 (let ((?s16 (= ?s11 (ite (<= 0 ?s15) ?s15 0))))
 (or (and true ?s1) (and ?s2 ?s3 true true (not ?s16)) (and true true true ?s1) (and ?s2 ?s3 true true ?s16 true true (>= i0 0) (< i0 ?s11) (not (= (+ ?s5 (+ ?s9 i0)) (+ ?s14 i0)))) (and true true true true (not (= x.f64.r1!v1 x.f64.r1!v1)))))))))))))))))))))
(check-sat)
