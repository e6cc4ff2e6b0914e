; versa proof obligation for rule 'ellipsis-last-index' (rules/library/slicing.toml), domain real: proved
; lhs: A[..., j]
; rhs: A[:, j]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.u16.r2 (Int Int) Int)
(declare-fun i0 () Int)
(declare-fun j () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (>= m 0)))
 (let ((?s2 (= m m)))
 (let ((?s3 (>= k 0)))
 (let ((?s4 (and (<= (- 0 k) j) (< j k))))
 (let ((?s5 (A.u16.r2 i0 (ite (> 0 j) (+ j k) j))))
 (let ((?s6 (>= ?s5 0)))
 (let ((?s7 (<= ?s5 65535)))
 (or (and true true (not true)) (and ?s1 true true true (not ?s2)) (and ?s3 true true true ?s4 (not ?s4)) (and ?s3 ?s1 true true true ?s2 ?s4 ?s4 (>= i0 0) (< i0 m) ?s6 ?s7 ?s6 ?s7 (not (= ?s5 ?s5))))))))))))
(check-sat)
