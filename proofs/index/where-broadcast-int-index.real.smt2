; versa proof obligation for rule 'where-broadcast-int-index' (rules/library/index.toml), domain real: proved
; lhs: where(k, A, c)[i]
; rhs: where(k[i], A[i], c)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun c.f64.r0 () Real)
(declare-fun i () Int)
(declare-fun i0 () Int)
(declare-fun k.bool.r2 (Int Int) Bool)
(declare-fun m () Int)
(declare-fun n () Int)
(assert
 (let ((?s1 (>= n 0)))
 (let ((?s2 (= n n)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (and (<= (- 0 m) i) (< i m))))
 (let ((?s5 (ite (> 0 i) (+ i m) i)))
 (let ((?s6 (ite (k.bool.r2 ?s5 i0) (A.f64.r2 ?s5 i0) c.f64.r0)))
 (or (and true true (not true)) (and ?s1 true true true (not ?s2)) (and ?s3 true true true ?s4 (not ?s4)) (and ?s3 ?s1 true true true ?s2 ?s4 ?s4 (>= i0 0) (< i0 n) (not (= ?s6 ?s6)))))))))))
(check-sat)
