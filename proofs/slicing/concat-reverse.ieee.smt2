; versa proof obligation for rule 'concat-reverse' (rules/library/slicing.toml), domain ieee: proved
; lhs: concat((x, y), axis=0)[::-1]
; rhs: concat((y[::-1], x[::-1]), axis=0)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. reads at equal indices
;   5. reads at equal indices
;   6. value: lhs equals rhs
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun x.i8.r1!v1 () (_ BitVec 8))
(declare-fun y.i8.r1!v2 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (>= p 0)))
 (let ((?s4 (+ n p)))
 (let ((?s5 (ite (<= 0 ?s4) ?s4 0)))
 (let ((?s6 (ite (<= 0 p) p 0)))
 (let ((?s7 (= ?s5 (+ ?s6 (ite (<= 0 n) n 0)))))
 (let ((?s8 (>= i0 0)))
 (let ((?s9 (< i0 ?s5)))
 (let ((?s10 (* i0 (- 1))))
 (let ((?s11 (+ (- ?s4 1) ?s10)))
 (or (and true true ?s1) (and ?s2 ?s3 true true true (not ?s7)) (and true true true true ?s1) (and ?s2 ?s3 true true true ?s7 true true ?s8 ?s9 (not (= ?s11 (+ (- n 1) (* (- i0 ?s6) (- 1)))))) (and ?s2 ?s3 true true true ?s7 true true ?s8 ?s9 (not (= (+ (- p 1) ?s10) (- ?s11 n)))) (and ?s2 ?s3 true true true ?s7 true true ?s8 ?s9 (not (= (ite (< ?s11 n) x.i8.r1!v1 y.i8.r1!v2) (ite (< i0 ?s6) y.i8.r1!v2 x.i8.r1!v1)))))))))))))))))
(check-sat)
