; versa proof obligation for rule 'mul-column-broadcast-int-index' (rules/library/index.toml), domain real: proved
; lhs: (A * r)[i]
; rhs: A[i] * r[i]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun i () Int)
(declare-fun i0 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun r.f64.r2 (Int Int) Real)
(assert
 (let ((?s1 (>= n 0)))
 (let ((?s2 (= n n)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (and (<= (- 0 m) i) (< i m))))
 (let ((?s5 (ite (> 0 i) (+ i m) i)))
 (let ((?s6 (* (A.f64.r2 ?s5 i0) (r.f64.r2 ?s5 0))))
 (or (and true true (not true)) (and ?s1 true true true (not ?s2)) (and ?s3 true true true ?s4 (not ?s4)) (and ?s3 ?s1 true true true ?s2 ?s4 ?s4 (>= i0 0) (< i0 n) (not (= ?s6 ?s6)))))))))))
(check-sat)
