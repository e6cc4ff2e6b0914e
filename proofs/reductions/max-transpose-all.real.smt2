; versa proof obligation for rule 'max-transpose-all' (rules/library/reductions.toml), domain real: proved
; lhs: max(A.T)
; rhs: max(A)
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
(declare-fun reduce0.max.f64 (Int Int) Real)
(declare-fun reduce1.max.f64 (Int Int) Real)
(assert
 (let ((?s1 (>= m 0)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (< 0 (* n m))))
 (let ((?s4 (< 0 (* m n))))
 (let ((?s5 (not true)))
 (let ((?s6 (A.f64.r2 r%6!2 r%5!1)))
 (let ((?s7 (= (reduce0.max.f64 n m) (reduce1.max.f64 m n))))
 (or (and ?s1 ?s2 true ?s3 (not ?s4)) (and true ?s5) (and true true ?s5) (and ?s1 ?s2 true ?s3 ?s4 true true true (and (>= r%5!1 0) (< r%5!1 n) (>= r%6!2 0) (< r%6!2 m)) (not (= ?s6 ?s6))) (and ?s1 ?s2 true ?s3 ?s4 true true true ?s7 (not ?s7)))))))))))
(check-sat)
