; versa proof obligation for rule 'suffix-neg-index' (rules/library/slicing.toml), domain ieee: proved
; lhs: x[a:][i]
; rhs: x[i]
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
(declare-fun i () Int)
(declare-fun n () Int)
(declare-fun x.bool.r1!v1 () Bool)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (> 0 i)))
 (let ((?s4 (+ a n)))
 (let ((?s5 (ite (> 0 a) (ite (<= 0 ?s4) ?s4 0) (ite (<= a n) a n))))
 (let ((?s6 (- n ?s5)))
 (let ((?s7 (ite (<= 0 ?s6) ?s6 0)))
 (let ((?s8 (and (<= (- 0 ?s7) i) (< i ?s7))))
 (let ((?s9 (and (<= (- 0 n) i) (< i n))))
 (or (and true ?s1) (and true true ?s1) (and ?s2 ?s3 true true ?s8 (not ?s9)) (and ?s2 ?s3 true true true ?s8 ?s9 (not (= (ite ?s3 (+ i n) i) (+ ?s5 (ite ?s3 (+ i ?s7) i))))) (and true true true (not (= x.bool.r1!v1 x.bool.r1!v1))))))))))))))
(check-sat)
