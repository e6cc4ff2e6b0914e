; versa proof obligation for rule 'reshape-column-vector' (rules/library/shape.toml), domain ieee: proved
; lhs: reshape(x, (n, 1))
; rhs: x[:, None]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. reads at equal indices
;   5. value: lhs equals rhs
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun n () Int)
(declare-fun x.i16.r1!v1 () (_ BitVec 16))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (<= 0 n)))
 (let ((?s4 (and (= n n) (= 1 1))))
 (or (and true ?s1) (and ?s2 true ?s3 true (not ?s4)) (and true true true ?s1) (and ?s2 true ?s3 true ?s4 true true (>= i0 0) (< i0 n) (>= i1 0) (> 1 i1) (not (= i0 (+ i0 i1)))) (and true true true true (not (= x.i16.r1!v1 x.i16.r1!v1)))))))))
(check-sat)
