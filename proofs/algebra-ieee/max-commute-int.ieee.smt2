; versa proof obligation for rule 'max-commute-int' (rules/library/algebra-ieee.toml), domain ieee: proved
; lhs: maximum(i, j)
; rhs: maximum(j, i)
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
;   45. wf: rhs well-formed where lhs is
;   46. shape: shapes equal
;   47. defined: rhs defined where lhs is
;   48. value: lhs equals rhs
;   49. wf: rhs well-formed where lhs is
;   50. shape: shapes equal
;   51. defined: rhs defined where lhs is
;   52. value: lhs equals rhs
;   53. wf: rhs well-formed where lhs is
;   54. shape: shapes equal
;   55. defined: rhs defined where lhs is
;   56. value: lhs equals rhs
;   57. wf: rhs well-formed where lhs is
;   58. shape: shapes equal
;   59. defined: rhs defined where lhs is
;   60. value: lhs equals rhs
;   61. wf: rhs well-formed where lhs is
;   62. shape: shapes equal
;   63. defined: rhs defined where lhs is
;   64. value: lhs equals rhs
(set-logic ALL)
(declare-fun i.i16.r1!v1 () (_ BitVec 16))
(declare-fun i.i32.r1!v1 () (_ BitVec 32))
(declare-fun i.i64.r1!v1 () (_ BitVec 64))
(declare-fun i.i8.r1!v1 () (_ BitVec 8))
(declare-fun j.i16.r1!v2 () (_ BitVec 16))
(declare-fun j.i32.r1!v2 () (_ BitVec 32))
(declare-fun j.i64.r1!v2 () (_ BitVec 64))
(declare-fun j.i8.r1!v2 () (_ BitVec 8))
(declare-fun n () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and (>= n 0) true true true (not (= n n)))))
 (let ((?s4 (and true true true true ?s1)))
 (let ((?s5 ((_ sign_extend 8) i.i8.r1!v1)))
 (let ((?s6 ((_ sign_extend 24) i.i8.r1!v1)))
 (let ((?s7 ((_ sign_extend 56) i.i8.r1!v1)))
 (let ((?s8 ((_ sign_extend 8) j.i8.r1!v2)))
 (let ((?s9 ((_ sign_extend 16) i.i16.r1!v1)))
 (let ((?s10 ((_ sign_extend 48) i.i16.r1!v1)))
 (let ((?s11 ((_ sign_extend 24) j.i8.r1!v2)))
 (let ((?s12 ((_ sign_extend 16) j.i16.r1!v2)))
 (let ((?s13 ((_ sign_extend 32) i.i32.r1!v1)))
 (let ((?s14 ((_ sign_extend 56) j.i8.r1!v2)))
 (let ((?s15 ((_ sign_extend 48) j.i16.r1!v2)))
 (let ((?s16 ((_ sign_extend 32) j.i32.r1!v2)))
 (or ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt i.i8.r1!v1 j.i8.r1!v2) j.i8.r1!v2 i.i8.r1!v1) (ite (bvslt j.i8.r1!v2 i.i8.r1!v1) i.i8.r1!v1 j.i8.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt ?s5 j.i16.r1!v2) j.i16.r1!v2 ?s5) (ite (bvslt j.i16.r1!v2 ?s5) ?s5 j.i16.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt ?s6 j.i32.r1!v2) j.i32.r1!v2 ?s6) (ite (bvslt j.i32.r1!v2 ?s6) ?s6 j.i32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt ?s7 j.i64.r1!v2) j.i64.r1!v2 ?s7) (ite (bvslt j.i64.r1!v2 ?s7) ?s7 j.i64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt i.i16.r1!v1 ?s8) ?s8 i.i16.r1!v1) (ite (bvslt ?s8 i.i16.r1!v1) i.i16.r1!v1 ?s8)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt i.i16.r1!v1 j.i16.r1!v2) j.i16.r1!v2 i.i16.r1!v1) (ite (bvslt j.i16.r1!v2 i.i16.r1!v1) i.i16.r1!v1 j.i16.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt ?s9 j.i32.r1!v2) j.i32.r1!v2 ?s9) (ite (bvslt j.i32.r1!v2 ?s9) ?s9 j.i32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt ?s10 j.i64.r1!v2) j.i64.r1!v2 ?s10) (ite (bvslt j.i64.r1!v2 ?s10) ?s10 j.i64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt i.i32.r1!v1 ?s11) ?s11 i.i32.r1!v1) (ite (bvslt ?s11 i.i32.r1!v1) i.i32.r1!v1 ?s11)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt i.i32.r1!v1 ?s12) ?s12 i.i32.r1!v1) (ite (bvslt ?s12 i.i32.r1!v1) i.i32.r1!v1 ?s12)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt i.i32.r1!v1 j.i32.r1!v2) j.i32.r1!v2 i.i32.r1!v1) (ite (bvslt j.i32.r1!v2 i.i32.r1!v1) i.i32.r1!v1 j.i32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt ?s13 j.i64.r1!v2) j.i64.r1!v2 ?s13) (ite (bvslt j.i64.r1!v2 ?s13) ?s13 j.i64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt i.i64.r1!v1 ?s14) ?s14 i.i64.r1!v1) (ite (bvslt ?s14 i.i64.r1!v1) i.i64.r1!v1 ?s14)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt i.i64.r1!v1 ?s15) ?s15 i.i64.r1!v1) (ite (bvslt ?s15 i.i64.r1!v1) i.i64.r1!v1 ?s15)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt i.i64.r1!v1 ?s16) ?s16 i.i64.r1!v1) (ite (bvslt ?s16 i.i64.r1!v1) i.i64.r1!v1 ?s16)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt i.i64.r1!v1 j.i64.r1!v2) j.i64.r1!v2 i.i64.r1!v1) (ite (bvslt j.i64.r1!v2 i.i64.r1!v1) i.i64.r1!v1 j.i64.r1!v2))))))))))))))))))))))
(check-sat)
