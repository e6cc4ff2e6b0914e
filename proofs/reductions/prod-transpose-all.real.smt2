; versa proof obligation for rule 'prod-transpose-all' (rules/library/reductions.toml), domain real: proved
; lhs: prod(A.T)
; rhs: prod(A)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
;   5. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun r%5!1 () Int)
(declare-fun r%6!2 () Int)
(declare-fun reduce0.prod.f64 (Int Int) Real)
(declare-fun reduce1.prod.f64 (Int Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (A.f64.r2 r%6!2 r%5!1)))
 (let ((?s5 (= (reduce0.prod.f64 n m) (reduce1.prod.f64 m n))))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) (and ?s2 ?s3 true true true true true true (and (>= r%5!1 0) (< r%5!1 n) (>= r%6!2 0) (< r%6!2 m)) (not (= ?s4 ?s4))) (and ?s2 ?s3 true true true true true true ?s5 (not ?s5)))))))))
(check-sat)
