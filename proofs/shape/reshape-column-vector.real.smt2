; versa proof obligation for rule 'reshape-column-vector' (rules/library/shape.toml), domain real: proved
; lhs: reshape(x, (n, 1))
; rhs: x[:, None]
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
(declare-fun x.i16.r1 (Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (<= 0 n)))
 (let ((?s4 (and (= n n) (= 1 1))))
 (let ((?s5 (x.i16.r1 (+ i0 i1))))
 (let ((?s6 (x.i16.r1 i0)))
 (or (and true ?s1) (and ?s2 true ?s3 true (not ?s4)) (and true true true ?s1) (and ?s2 true ?s3 true ?s4 true true (>= i0 0) (< i0 n) (>= i1 0) (> 1 i1) (>= ?s5 (- 32768)) (<= ?s5 32767) (>= ?s6 (- 32768)) (<= ?s6 32767) (not (= ?s5 ?s6)))))))))))
(check-sat)
