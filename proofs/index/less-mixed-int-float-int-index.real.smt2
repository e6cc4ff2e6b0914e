; versa proof obligation for rule 'less-mixed-int-float-int-index' (rules/library/index.toml), domain real: proved
; lhs: (u < x)[i]
; rhs: u[i] < x[i]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i () Int)
(declare-fun n () Int)
(declare-fun u.i64.r1 (Int) Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (and (<= (- 0 n) i) (< i n))))
 (let ((?s4 (ite (> 0 i) (+ i n) i)))
 (let ((?s5 (u.i64.r1 ?s4)))
 (let ((?s6 (>= ?s5 (- 9223372036854775808))))
 (let ((?s7 (<= ?s5 9223372036854775807)))
 (let ((?s8 (< (to_real ?s5) (x.f64.r1 ?s4))))
 (or (and true true ?s1) (and true true true ?s1) (and ?s2 true true true ?s3 (not ?s3)) (and ?s2 true true true true ?s3 ?s3 ?s6 ?s7 ?s6 ?s7 (not (= ?s8 ?s8)))))))))))))
(check-sat)
