; versa proof obligation for rule 'truediv-int-int-index' (rules/library/index.toml), domain ieee: proved
; lhs: (u / v)[i]
; rhs: u[i] / v[i]
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
(declare-fun i () Int)
(declare-fun n () Int)
(declare-fun u.i16.r1!v1 () (_ BitVec 16))
(declare-fun u.i32.r1!v1 () (_ BitVec 32))
(declare-fun u.i64.r1!v1 () (_ BitVec 64))
(declare-fun u.i8.r1!v1 () (_ BitVec 8))
(declare-fun v.i16.r1!v2 () (_ BitVec 16))
(declare-fun v.i32.r1!v2 () (_ BitVec 32))
(declare-fun v.i64.r1!v2 () (_ BitVec 64))
(declare-fun v.i8.r1!v2 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true ?s1)))
 (let ((?s4 (and (<= (- 0 n) i) (< i n))))
 (let ((?s5 (and (>= n 0) true true true ?s4 (not ?s4))))
 (let ((?s6 ((_ to_fp 11 53) roundNearestTiesToEven u.i8.r1!v1)))
 (let ((?s7 ((_ to_fp 11 53) roundNearestTiesToEven v.i8.r1!v2)))
 (let ((?s8 (fp.div roundNearestTiesToEven ?s6 ?s7)))
 (let ((?s9 ((_ to_fp 11 53) roundNearestTiesToEven v.i16.r1!v2)))
 (let ((?s10 (fp.div roundNearestTiesToEven ?s6 ?s9)))
 (let ((?s11 ((_ to_fp 11 53) roundNearestTiesToEven v.i32.r1!v2)))
 (let ((?s12 (fp.div roundNearestTiesToEven ?s6 ?s11)))
 (let ((?s13 ((_ to_fp 11 53) roundNearestTiesToEven v.i64.r1!v2)))
 (let ((?s14 (fp.div roundNearestTiesToEven ?s6 ?s13)))
 (let ((?s15 ((_ to_fp 11 53) roundNearestTiesToEven u.i16.r1!v1)))
 (let ((?s16 (fp.div roundNearestTiesToEven ?s15 ?s7)))
 (let ((?s17 (fp.div roundNearestTiesToEven ?s15 ?s9)))
 (let ((?s18 (fp.div roundNearestTiesToEven ?s15 ?s11)))
 (let ((?s19 (fp.div roundNearestTiesToEven ?s15 ?s13)))
 (let ((?s20 ((_ to_fp 11 53) roundNearestTiesToEven u.i32.r1!v1)))
 (let ((?s21 (fp.div roundNearestTiesToEven ?s20 ?s7)))
 (let ((?s22 (fp.div roundNearestTiesToEven ?s20 ?s9)))
 (let ((?s23 (fp.div roundNearestTiesToEven ?s20 ?s11)))
 (let ((?s24 (fp.div roundNearestTiesToEven ?s20 ?s13)))
 (let ((?s25 ((_ to_fp 11 53) roundNearestTiesToEven u.i64.r1!v1)))
 (let ((?s26 (fp.div roundNearestTiesToEven ?s25 ?s7)))
 (let ((?s27 (fp.div roundNearestTiesToEven ?s25 ?s9)))
 (let ((?s28 (fp.div roundNearestTiesToEven ?s25 ?s11)))
 (let ((?s29 (fp.div roundNearestTiesToEven ?s25 ?s13)))
 (or ?s2 ?s3 ?s5 (and true true true true (not (= ?s8 ?s8))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s10 ?s10))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s12 ?s12))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s14 ?s14))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s16 ?s16))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s17 ?s17))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s18 ?s18))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s19 ?s19))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s21 ?s21))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s22 ?s22))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s23 ?s23))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s24 ?s24))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s26 ?s26))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s27 ?s27))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s28 ?s28))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s29 ?s29))))))))))))))))))))))))))))))))))
(check-sat)
