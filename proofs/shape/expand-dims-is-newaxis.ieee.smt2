; versa proof obligation for rule 'expand-dims-is-newaxis' (rules/library/shape.toml), domain ieee: proved
; lhs: expand_dims(A, axis=0)
; rhs: A[None]
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
;   17. wf: rhs well-formed where lhs is
;   18. shape: shapes equal
;   19. defined: rhs defined where lhs is
;   20. value: lhs equals rhs
;   21. wf: rhs well-formed where lhs is
;   22. shape: shapes equal
;   23. defined: rhs defined where lhs is
;   24. value: lhs equals rhs
;   25. wf: rhs well-formed where lhs is
;   26. shape: shapes equal
;   27. defined: rhs defined where lhs is
;   28. value: lhs equals rhs
;   29. wf: rhs well-formed where lhs is
;   30. shape: shapes equal
;   31. defined: rhs defined where lhs is
;   32. value: lhs equals rhs
;   33. wf: rhs well-formed where lhs is
;   34. shape: shapes equal
;   35. defined: rhs defined where lhs is
;   36. value: lhs equals rhs
;   37. wf: rhs well-formed where lhs is
;   38. shape: shapes equal
;   39. defined: rhs defined where lhs is
;   40. value: lhs equals rhs
;   41. wf: rhs well-formed where lhs is
;   42. shape: shapes equal
;   43. defined: rhs defined where lhs is
;   44. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f16.r2!v1 () (_ FloatingPoint 5 11))
(declare-fun A.f32.r2!v1 () (_ FloatingPoint 8 24))
(declare-fun A.f64.r2!v1 () (_ FloatingPoint 11 53))
(declare-fun A.i16.r2!v1 () (_ BitVec 16))
(declare-fun A.i32.r2!v1 () (_ BitVec 32))
(declare-fun A.i64.r2!v1 () (_ BitVec 64))
(declare-fun A.i8.r2!v1 () (_ BitVec 8))
(declare-fun A.u16.r2!v1 () (_ BitVec 16))
(declare-fun A.u32.r2!v1 () (_ BitVec 32))
(declare-fun A.u64.r2!v1 () (_ BitVec 64))
(declare-fun A.u8.r2!v1 () (_ BitVec 8))
(declare-fun k () Int)
(declare-fun m () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and (>= k 0) (>= m 0) true true true (not (and (= 1 1) (= m m) (= k k))))))
 (let ((?s4 (and true true true true ?s1)))
 (or ?s2 ?s3 ?s4 (and true true true true true (not (= A.i8.r2!v1 A.i8.r2!v1))) ?s2 ?s3 ?s4 (and true true true true true (not (= A.i16.r2!v1 A.i16.r2!v1))) ?s2 ?s3 ?s4 (and true true true true true (not (= A.i32.r2!v1 A.i32.r2!v1))) ?s2 ?s3 ?s4 (and true true true true true (not (= A.i64.r2!v1 A.i64.r2!v1))) ?s2 ?s3 ?s4 (and true true true true true (not (= A.u8.r2!v1 A.u8.r2!v1))) ?s2 ?s3 ?s4 (and true true true true true (not (= A.u16.r2!v1 A.u16.r2!v1))) ?s2 ?s3 ?s4 (and true true true true true (not (= A.u32.r2!v1 A.u32.r2!v1))) ?s2 ?s3 ?s4 (and true true true true true (not (= A.u64.r2!v1 A.u64.r2!v1))) ?s2 ?s3 ?s4 (and true true true true true (not (= A.f16.r2!v1 A.f16.r2!v1))) ?s2 ?s3 ?s4 (and true true true true true (not (= A.f32.r2!v1 A.f32.r2!v1))) ?s2 ?s3 ?s4 (and true true true true true (not (= A.f64.r2!v1 A.f64.r2!v1)))))))))
(check-sat)
