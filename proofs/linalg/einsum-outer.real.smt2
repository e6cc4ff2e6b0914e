; versa proof obligation for rule 'einsum-outer' (rules/library/linalg.toml), domain real: proved
; lhs: einsum("i,j->ij", x, v)
; rhs: outer(x, v)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun v.f64.r1 (Int) Real)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (>= p 0)))
 (let ((?s4 (and (= n n) (= p p))))
 (let ((?s5 (* (x.f64.r1 i0) (v.f64.r1 i1))))
 (or (and true true ?s1) (and ?s2 ?s3 true true true (not ?s4)) (and true true true true ?s1) (and ?s2 ?s3 true true true ?s4 true true (>= i0 0) (< i0 n) (>= i1 0) (< i1 p) (not (= (+ 0.0 ?s5) ?s5))))))))))
(check-sat)
