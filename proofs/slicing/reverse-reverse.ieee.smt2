; versa proof obligation for rule 'reverse-reverse' (rules/library/slicing.toml), domain ieee: proved
; lhs: x[::-1][::-1]
; rhs: x
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
;   21. wf: rhs well-formed where lhs is
;   22. shape: shapes equal
;   23. defined: rhs defined where lhs is
;   24. reads at equal indices
;   25. value: lhs equals rhs
;   26. wf: rhs well-formed where lhs is
;   27. shape: shapes equal
;   28. defined: rhs defined where lhs is
;   29. reads at equal indices
;   30. value: lhs equals rhs
;   31. wf: rhs well-formed where lhs is
;   32. shape: shapes equal
;   33. defined: rhs defined where lhs is
;   34. reads at equal indices
;   35. value: lhs equals rhs
;   36. wf: rhs well-formed where lhs is
;   37. shape: shapes equal
;   38. defined: rhs defined where lhs is
;   39. reads at equal indices
;   40. value: lhs equals rhs
;   41. wf: rhs well-formed where lhs is
;   42. shape: shapes equal
;   43. defined: rhs defined where lhs is
;   44. reads at equal indices
;   45. value: lhs equals rhs
;   46. wf: rhs well-formed where lhs is
;   47. shape: shapes equal
;   48. defined: rhs defined where lhs is
;   49. reads at equal indices
;   50. value: lhs equals rhs
;   51. wf: rhs well-formed where lhs is
;   52. shape: shapes equal
;   53. defined: rhs defined where lhs is
;   54. reads at equal indices
;   55. value: lhs equals rhs
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun x.f16.r1!v1 () (_ FloatingPoint 5 11))
(declare-fun x.f32.r1!v1 () (_ FloatingPoint 8 24))
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(declare-fun x.i16.r1!v1 () (_ BitVec 16))
(declare-fun x.i32.r1!v1 () (_ BitVec 32))
(declare-fun x.i64.r1!v1 () (_ BitVec 64))
(declare-fun x.i8.r1!v1 () (_ BitVec 8))
(declare-fun x.u16.r1!v1 () (_ BitVec 16))
(declare-fun x.u32.r1!v1 () (_ BitVec 32))
(declare-fun x.u64.r1!v1 () (_ BitVec 64))
(declare-fun x.u8.r1!v1 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (ite (<= 0 n) n 0)))
 (let ((?s5 (ite (<= 0 ?s4) ?s4 0)))
 (let ((?s6 (= ?s5 n)))
 (let ((?s7 (and ?s3 true true true (not ?s6))))
 (let ((?s8 (and true true true true ?s1)))
 (let ((?s9 (and ?s3 true true true ?s6 true true (>= i0 0) (< i0 ?s5) (not (= i0 (+ (- n 1) (* (+ (- ?s4 1) (* i0 (- 1))) (- 1))))))))
 (or ?s2 ?s7 ?s8 ?s9 (and true true true true true (not (= x.i8.r1!v1 x.i8.r1!v1))) ?s2 ?s7 ?s8 ?s9 (and true true true true true (not (= x.i16.r1!v1 x.i16.r1!v1))) ?s2 ?s7 ?s8 ?s9 (and true true true true true (not (= x.i32.r1!v1 x.i32.r1!v1))) ?s2 ?s7 ?s8 ?s9 (and true true true true true (not (= x.i64.r1!v1 x.i64.r1!v1))) ?s2 ?s7 ?s8 ?s9 (and true true true true true (not (= x.u8.r1!v1 x.u8.r1!v1))) ?s2 ?s7 ?s8 ?s9 (and true true true true true (not (= x.u16.r1!v1 x.u16.r1!v1))) ?s2 ?s7 ?s8 ?s9 (and true true true true true (not (= x.u32.r1!v1 x.u32.r1!v1))) ?s2 ?s7 ?s8 ?s9 (and true true true true true (not (= x.u64.r1!v1 x.u64.r1!v1))) ?s2 ?s7 ?s8 ?s9 (and true true true true true (not (= x.f16.r1!v1 x.f16.r1!v1))) ?s2 ?s7 ?s8 ?s9 (and true true true true true (not (= x.f32.r1!v1 x.f32.r1!v1))) ?s2 ?s7 ?s8 ?s9 (and true true true true true (not (= x.f64.r1!v1 x.f64.r1!v1))))))))))))))
(check-sat)
