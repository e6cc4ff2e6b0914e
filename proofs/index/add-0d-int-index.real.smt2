; versa proof obligation for rule 'add-0d-int-index' (rules/library/index.toml), domain real: proved
; lhs: (x + c)[i]
; rhs: x[i] + c
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun c.f64.r0 () Real)
(declare-fun i () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (and (<= (- 0 n) i) (< i n))))
 (let ((?s4 (+ (x.f64.r1 (ite (> 0 i) (+ i n) i)) c.f64.r0)))
 (or (and true true ?s1) (and true true true ?s1) (and ?s2 true true true ?s3 (not ?s3)) (and ?s2 true true true true ?s3 ?s3 (not (= ?s4 ?s4)))))))))
(check-sat)
