; versa proof obligation for rule 'add-row-broadcast-column' (rules/library/index.toml), domain real: proved
; lhs: (A + x)[:, j]
; rhs: A[:, j] + x[j]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun i0 () Int)
(declare-fun j () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (>= m 0)))
 (let ((?s2 (= m m)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (and (<= (- 0 n) j) (< j n))))
 (let ((?s5 (ite (> 0 j) (+ j n) j)))
 (let ((?s6 (+ (A.f64.r2 i0 ?s5) (x.f64.r1 ?s5))))
 (or (and true true (not true)) (and ?s1 true true true (not ?s2)) (and ?s3 true true true ?s4 (not ?s4)) (and ?s1 ?s3 true true true ?s2 ?s4 ?s4 (>= i0 0) (< i0 m) (not (= ?s6 ?s6)))))))))))
(check-sat)
