; versa proof obligation for rule 'concat-neg-index' (rules/library/slicing.toml), domain ieee: proved
; lhs: concat((x, y), axis=0)[i]
; rhs: y[i]
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
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(declare-fun y.f64.r1!v2 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (>= p 0)))
 (let ((?s4 (<= (- 0 p) i)))
 (let ((?s5 (> 0 i)))
 (let ((?s6 (and ?s4 ?s5)))
 (let ((?s7 (+ n p)))
 (let ((?s8 (and (<= (- 0 ?s7) i) (< i ?s7))))
 (let ((?s9 (and ?s4 (< i p))))
 (let ((?s10 (ite ?s5 (+ i ?s7) i)))
 (or (and true ?s1) (and true true ?s1) (and ?s2 ?s3 ?s6 true true ?s8 (not ?s9)) (and ?s2 ?s3 ?s6 true true true ?s8 ?s9 (not (= (ite ?s5 (+ i p) i) (- ?s10 n)))) (and ?s2 ?s3 ?s6 true true true ?s8 ?s9 (not (= (ite (< ?s10 n) x.f64.r1!v1 y.f64.r1!v2) y.f64.r1!v2)))))))))))))))
(check-sat)
