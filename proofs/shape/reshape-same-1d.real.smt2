; versa proof obligation for rule 'reshape-same-1d' (rules/library/shape.toml), domain real: proved
; lhs: reshape(x, (n,))
; rhs: x
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun x.u32.r1 (Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (<= 0 n)))
 (let ((?s4 (= n n)))
 (let ((?s5 (x.u32.r1 i0)))
 (let ((?s6 (>= ?s5 0)))
 (let ((?s7 (<= ?s5 4294967295)))
 (or (and true ?s1) (and ?s2 true ?s3 true (not ?s4)) (and true true true ?s1) (and ?s2 true ?s3 true ?s4 true true (>= i0 0) (< i0 n) ?s6 ?s7 ?s6 ?s7 (not (= ?s5 ?s5))))))))))))
(check-sat)
