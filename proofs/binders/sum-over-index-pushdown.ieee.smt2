; versa proof obligation for rule 'sum-over-index-pushdown' (rules/library/binders.toml), domain ieee: proved
; lhs: sum_over(A, lambda k, Ak: exp(Ak))[i]
; rhs: sum_over(A[i], lambda k, Aik: exp(Aik))
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.sum.f64 (Int Int Int) (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (<= (- 0 m) i)))
 (let ((?s5 (< i m)))
 (let ((?s6 (and ?s4 ?s5)))
 (let ((?s7 (and ?s4 ?s5 (forall ((k%2!1 Int)) (=> (and (>= k%2!1 0) (< k%2!1 n)) (and (<= (- 0 m) i) (< i m)))))))
 (let ((?s8 (reduce0.sum.f64 n i m)))
 (or (and true true ?s1) (and true true true ?s1) (and ?s2 ?s3 true true true ?s6 (not ?s7)) (and ?s2 ?s3 true true true true ?s6 ?s7 (not (= ?s8 ?s8)))))))))))))
(check-sat)
