; versa proof obligation for rule 'unit-window' (rules/library/slicing.toml), domain ieee: proved
; lhs: x[i:i + 1]
; rhs: x[i][None]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. reads at equal indices
;   5. value: lhs equals rhs
(set-logic ALL)
(declare-fun i () Int)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (>= n 0)))
 (let ((?s2 (< i n)))
 (let ((?s3 (and (<= 0 i) ?s2)))
 (let ((?s4 (+ i 1)))
 (let ((?s5 (+ ?s4 n)))
 (let ((?s6 (> 0 i)))
 (let ((?s7 (+ i n)))
 (let ((?s8 (ite ?s6 (ite (<= 0 ?s7) ?s7 0) (ite (<= i n) i n))))
 (let ((?s9 (- (ite (> 0 ?s4) (ite (<= 0 ?s5) ?s5 0) (ite (<= ?s4 n) ?s4 n)) ?s8)))
 (let ((?s10 (ite (<= 0 ?s9) ?s9 0)))
 (let ((?s11 (= 1 ?s10)))
 (let ((?s12 (and (<= (- 0 n) i) ?s2)))
 (or (and true (not true)) (and ?s1 ?s3 true true (not ?s11)) (and ?s1 ?s3 true true true (not ?s12)) (and ?s1 ?s3 true true ?s11 true ?s12 (>= i0 0) (< i0 ?s10) (not (= (ite ?s6 ?s7 i) (+ ?s8 i0)))) (and true true true (not (= x.f64.r1!v1 x.f64.r1!v1)))))))))))))))))
(check-sat)
