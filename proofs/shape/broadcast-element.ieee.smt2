; versa proof obligation for rule 'broadcast-element' (rules/library/shape.toml), domain ieee: proved
; lhs: broadcast_to(x, (m, n))[i, j]
; rhs: x[j]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
;   5. wf: rhs well-formed where lhs is
;   6. shape: shapes equal
;   7. defined: rhs defined where lhs is
;   8. value: lhs equals rhs
;   9. wf: rhs well-formed where lhs is
;   10. shape: shapes equal
;   11. defined: rhs defined where lhs is
;   12. value: lhs equals rhs
;   13. wf: rhs well-formed where lhs is
;   14. shape: shapes equal
;   15. defined: rhs defined where lhs is
;   16. value: lhs equals rhs
(set-logic ALL)
(declare-fun i () Int)
(declare-fun j () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun x.u16.r1!v1 () (_ BitVec 16))
(declare-fun x.u32.r1!v1 () (_ BitVec 32))
(declare-fun x.u64.r1!v1 () (_ BitVec 64))
(declare-fun x.u8.r1!v1 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true ?s1)))
 (let ((?s3 (and true true ?s1)))
 (let ((?s4 (<= (- 0 n) j)))
 (let ((?s5 (< j n)))
 (let ((?s6 (and (>= n 0) true (and (<= 0 m) (<= 0 n)) true (and (<= (- 0 m) i) (< i m) ?s4 ?s5) (not (and ?s4 ?s5)))))
 (or ?s2 ?s3 ?s6 (and true true true (not (= x.u8.r1!v1 x.u8.r1!v1))) ?s2 ?s3 ?s6 (and true true true (not (= x.u16.r1!v1 x.u16.r1!v1))) ?s2 ?s3 ?s6 (and true true true (not (= x.u32.r1!v1 x.u32.r1!v1))) ?s2 ?s3 ?s6 (and true true true (not (= x.u64.r1!v1 x.u64.r1!v1)))))))))))
(check-sat)
