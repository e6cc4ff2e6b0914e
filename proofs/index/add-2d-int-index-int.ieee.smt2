; versa proof obligation for rule 'add-2d-int-index-int' (rules/library/index.toml), domain ieee: proved
; lhs: (U + V)[i, j]
; rhs: U[i, j] + V[i, j]
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
(declare-fun U.i16.r2!v1 () (_ BitVec 16))
(declare-fun U.i32.r2!v1 () (_ BitVec 32))
(declare-fun U.i64.r2!v1 () (_ BitVec 64))
(declare-fun U.i8.r2!v1 () (_ BitVec 8))
(declare-fun V.i16.r2!v2 () (_ BitVec 16))
(declare-fun V.i32.r2!v2 () (_ BitVec 32))
(declare-fun V.i64.r2!v2 () (_ BitVec 64))
(declare-fun V.i8.r2!v2 () (_ BitVec 8))
(declare-fun i () Int)
(declare-fun j () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true ?s1)))
 (let ((?s4 (and (<= (- 0 m) i) (< i m) (<= (- 0 n) j) (< j n))))
 (let ((?s5 (and (>= m 0) (>= n 0) true true true ?s4 (not ?s4))))
 (let ((?s6 (bvadd U.i8.r2!v1 V.i8.r2!v2)))
 (let ((?s7 (bvadd ((_ sign_extend 8) U.i8.r2!v1) V.i16.r2!v2)))
 (let ((?s8 (bvadd ((_ sign_extend 24) U.i8.r2!v1) V.i32.r2!v2)))
 (let ((?s9 (bvadd ((_ sign_extend 56) U.i8.r2!v1) V.i64.r2!v2)))
 (let ((?s10 (bvadd U.i16.r2!v1 ((_ sign_extend 8) V.i8.r2!v2))))
 (let ((?s11 (bvadd U.i16.r2!v1 V.i16.r2!v2)))
 (let ((?s12 (bvadd ((_ sign_extend 16) U.i16.r2!v1) V.i32.r2!v2)))
 (let ((?s13 (bvadd ((_ sign_extend 48) U.i16.r2!v1) V.i64.r2!v2)))
 (let ((?s14 (bvadd U.i32.r2!v1 ((_ sign_extend 24) V.i8.r2!v2))))
 (let ((?s15 (bvadd U.i32.r2!v1 ((_ sign_extend 16) V.i16.r2!v2))))
 (let ((?s16 (bvadd U.i32.r2!v1 V.i32.r2!v2)))
 (let ((?s17 (bvadd ((_ sign_extend 32) U.i32.r2!v1) V.i64.r2!v2)))
 (let ((?s18 (bvadd U.i64.r2!v1 ((_ sign_extend 56) V.i8.r2!v2))))
 (let ((?s19 (bvadd U.i64.r2!v1 ((_ sign_extend 48) V.i16.r2!v2))))
 (let ((?s20 (bvadd U.i64.r2!v1 ((_ sign_extend 32) V.i32.r2!v2))))
 (let ((?s21 (bvadd U.i64.r2!v1 V.i64.r2!v2)))
 (or ?s2 ?s3 ?s5 (and true true true true (not (= ?s6 ?s6))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s7 ?s7))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s8 ?s8))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s9 ?s9))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s10 ?s10))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s11 ?s11))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s12 ?s12))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s13 ?s13))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s14 ?s14))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s15 ?s15))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s16 ?s16))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s17 ?s17))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s18 ?s18))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s19 ?s19))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s20 ?s20))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s21 ?s21))))))))))))))))))))))))))
(check-sat)
