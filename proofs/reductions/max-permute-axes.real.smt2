; versa proof obligation for rule 'max-permute-axes' (rules/library/reductions.toml), domain real: proved
; lhs: max(permute_dims(T, (1, 0, 2)), axis=(1, 2))
; rhs: max(T, axis=(0, 2))
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
(declare-fun p () Int)
(declare-fun reduce0.max.f64 (Int Int Int) Real)
(assert
 (let ((?s1 (>= m 0)))
 (let ((?s2 (>= p 0)))
 (let ((?s3 (< 0 (* m p))))
 (let ((?s4 (>= n 0)))
 (let ((?s5 (= n n)))
 (let ((?s6 (reduce0.max.f64 m p i0)))
 (or (and ?s1 ?s2 true ?s3 (not ?s3)) (and ?s4 true (not ?s5)) (and true true (not true)) (and ?s1 ?s4 ?s2 true ?s3 ?s3 ?s5 true true (>= i0 0) (< i0 n) (not (= ?s6 ?s6)))))))))))
(check-sat)
