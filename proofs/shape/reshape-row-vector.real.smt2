; versa proof obligation for rule 'reshape-row-vector' (rules/library/shape.toml), domain real: proved
; lhs: reshape(x, (1, n))
; rhs: x[None]
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
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (<= 0 n)))
 (let ((?s4 (and (= 1 1) (= n n))))
 (or (and true ?s1) (and ?s2 true ?s3 true (not ?s4)) (and true true true ?s1) (and ?s2 true ?s3 true ?s4 true true (>= i0 0) (> 1 i0) (>= i1 0) (< i1 n) (not (= (x.f64.r1 (+ (* i0 n) i1)) (x.f64.r1 i1))))))))))
(check-sat)
