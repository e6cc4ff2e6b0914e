; versa proof obligation for rule 'outer-col' (rules/library/linalg.toml), domain real: proved
; lhs: outer(x, v)[:, j]
; rhs: x * v[j]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun j () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun v.f64.r1 (Int) Real)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (>= n 0)))
 (let ((?s2 (= n n)))
 (let ((?s3 (>= p 0)))
 (let ((?s4 (and (<= (- 0 p) j) (< j p))))
 (let ((?s5 (* (x.f64.r1 i0) (v.f64.r1 (ite (> 0 j) (+ j p) j)))))
 (or (and true true (not true)) (and ?s1 true true true (not ?s2)) (and ?s3 true true true ?s4 (not ?s4)) (and ?s1 ?s3 true true true ?s2 ?s4 ?s4 (>= i0 0) (< i0 n) (not (= ?s5 ?s5))))))))))
(check-sat)
