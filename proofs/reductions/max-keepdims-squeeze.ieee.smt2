; versa proof obligation for rule 'max-keepdims-squeeze' (rules/library/reductions.toml), domain ieee: proved
; lhs: max(A, axis=1, keepdims=True)[:, 0]
; rhs: max(A, axis=1)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.max.f64 (Int) (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (< 0 n)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (= m m)))
 (let ((?s4 (reduce0.max.f64 i0)))
 (or (and (>= n 0) true ?s1 (not ?s1)) (and ?s2 true (not ?s3)) (and true true (not true)) (and ?s2 true ?s3 true true (>= i0 0) (< i0 m) (not (= ?s4 ?s4)))))))))
(check-sat)
