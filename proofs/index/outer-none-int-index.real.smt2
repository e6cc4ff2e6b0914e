; versa proof obligation for rule 'outer-none-int-index' (rules/library/index.toml), domain real: proved
; lhs: (x[:, None] * y)[i]
; rhs: x[i] * y
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i () Int)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun y.f64.r1 (Int) Real)
(assert
 (let ((?s1 (>= p 0)))
 (let ((?s2 (= p p)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (and (<= (- 0 n) i) (< i n))))
 (let ((?s5 (* (x.f64.r1 (ite (> 0 i) (+ i n) i)) (y.f64.r1 i0))))
 (or (and true true (not true)) (and ?s1 true true true (not ?s2)) (and ?s3 true true true ?s4 (not ?s4)) (and ?s3 ?s1 true true true ?s2 ?s4 ?s4 (>= i0 0) (< i0 p) (not (= ?s5 ?s5))))))))))
(check-sat)
