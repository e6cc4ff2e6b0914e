; versa proof obligation for rule 'reverse-index' (rules/library/slicing.toml), domain ieee: proved
; lhs: x[::-1][i]
; rhs: x[-1 - i]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. reads at equal indices
;   5. value: lhs equals rhs
;   6. wf: rhs well-formed where lhs is
;   7. shape: shapes equal
;   8. defined: rhs defined where lhs is
;   9. reads at equal indices
;   10. value: lhs equals rhs
;   11. wf: rhs well-formed where lhs is
;   12. shape: shapes equal
;   13. defined: rhs defined where lhs is
;   14. reads at equal indices
;   15. value: lhs equals rhs
;   16. wf: rhs well-formed where lhs is
;   17. shape: shapes equal
;   18. defined: rhs defined where lhs is
;   19. reads at equal indices
;   20. value: lhs equals rhs
(set-logic ALL)
(declare-fun i () Int)
(declare-fun n () Int)
(declare-fun x.i16.r1!v1 () (_ BitVec 16))
(declare-fun x.i32.r1!v1 () (_ BitVec 32))
(declare-fun x.i64.r1!v1 () (_ BitVec 64))
(declare-fun x.i8.r1!v1 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true ?s1)))
 (let ((?s4 (>= n 0)))
 (let ((?s5 (ite (<= 0 n) n 0)))
 (let ((?s6 (and (<= (- 0 ?s5) i) (< i ?s5))))
 (let ((?s7 (- (- 1) i)))
 (let ((?s8 (and (<= (- 0 n) ?s7) (< ?s7 n))))
 (let ((?s9 (and ?s4 true true true ?s6 (not ?s8))))
 (let ((?s10 (and ?s4 true true true true ?s6 ?s8 (not (= (ite (> 0 ?s7) (+ ?s7 n) ?s7) (+ (- n 1) (* (ite (> 0 i) (+ i ?s5) i) (- 1))))))))
 (or ?s2 ?s3 ?s9 ?s10 (and true true true true (not (= x.i8.r1!v1 x.i8.r1!v1))) ?s2 ?s3 ?s9 ?s10 (and true true true true (not (= x.i16.r1!v1 x.i16.r1!v1))) ?s2 ?s3 ?s9 ?s10 (and true true true true (not (= x.i32.r1!v1 x.i32.r1!v1))) ?s2 ?s3 ?s9 ?s10 (and true true true true (not (= x.i64.r1!v1 x.i64.r1!v1)))))))))))))))
(check-sat)
