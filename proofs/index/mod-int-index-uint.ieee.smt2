; versa proof obligation for rule 'mod-int-index-uint' (rules/library/index.toml), domain ieee: proved
; lhs: (u % v)[i]
; rhs: u[i] % v[i]
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
(declare-fun u.u16.r1!v1 () (_ BitVec 16))
(declare-fun u.u32.r1!v1 () (_ BitVec 32))
(declare-fun u.u64.r1!v1 () (_ BitVec 64))
(declare-fun u.u8.r1!v1 () (_ BitVec 8))
(declare-fun v.u16.r1!v2 () (_ BitVec 16))
(declare-fun v.u32.r1!v2 () (_ BitVec 32))
(declare-fun v.u64.r1!v2 () (_ BitVec 64))
(declare-fun v.u8.r1!v2 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true ?s1)))
 (let ((?s4 (and (<= (- 0 n) i) (< i n))))
 (let ((?s5 (and (>= n 0) true true true ?s4 (not ?s4))))
 (let ((?s6 (ite (= v.u8.r1!v2 #x00) #x00 (bvurem u.u8.r1!v1 v.u8.r1!v2))))
 (let ((?s7 (= v.u16.r1!v2 #x0000)))
 (let ((?s8 (ite ?s7 #x0000 (bvurem ((_ zero_extend 8) u.u8.r1!v1) v.u16.r1!v2))))
 (let ((?s9 (= v.u32.r1!v2 #x00000000)))
 (let ((?s10 (ite ?s9 #x00000000 (bvurem ((_ zero_extend 24) u.u8.r1!v1) v.u32.r1!v2))))
 (let ((?s11 (= v.u64.r1!v2 #x0000000000000000)))
 (let ((?s12 (ite ?s11 #x0000000000000000 (bvurem ((_ zero_extend 56) u.u8.r1!v1) v.u64.r1!v2))))
 (let ((?s13 ((_ zero_extend 8) v.u8.r1!v2)))
 (let ((?s14 (ite (= ?s13 #x0000) #x0000 (bvurem u.u16.r1!v1 ?s13))))
 (let ((?s15 (ite ?s7 #x0000 (bvurem u.u16.r1!v1 v.u16.r1!v2))))
 (let ((?s16 (ite ?s9 #x00000000 (bvurem ((_ zero_extend 16) u.u16.r1!v1) v.u32.r1!v2))))
 (let ((?s17 (ite ?s11 #x0000000000000000 (bvurem ((_ zero_extend 48) u.u16.r1!v1) v.u64.r1!v2))))
 (let ((?s18 ((_ zero_extend 24) v.u8.r1!v2)))
 (let ((?s19 (ite (= ?s18 #x00000000) #x00000000 (bvurem u.u32.r1!v1 ?s18))))
 (let ((?s20 ((_ zero_extend 16) v.u16.r1!v2)))
 (let ((?s21 (ite (= ?s20 #x00000000) #x00000000 (bvurem u.u32.r1!v1 ?s20))))
 (let ((?s22 (ite ?s9 #x00000000 (bvurem u.u32.r1!v1 v.u32.r1!v2))))
 (let ((?s23 (ite ?s11 #x0000000000000000 (bvurem ((_ zero_extend 32) u.u32.r1!v1) v.u64.r1!v2))))
 (let ((?s24 ((_ zero_extend 56) v.u8.r1!v2)))
 (let ((?s25 (ite (= ?s24 #x0000000000000000) #x0000000000000000 (bvurem u.u64.r1!v1 ?s24))))
 (let ((?s26 ((_ zero_extend 48) v.u16.r1!v2)))
 (let ((?s27 (ite (= ?s26 #x0000000000000000) #x0000000000000000 (bvurem u.u64.r1!v1 ?s26))))
 (let ((?s28 ((_ zero_extend 32) v.u32.r1!v2)))
 (let ((?s29 (ite (= ?s28 #x0000000000000000) #x0000000000000000 (bvurem u.u64.r1!v1 ?s28))))
 (let ((?s30 (ite ?s11 #x0000000000000000 (bvurem u.u64.r1!v1 v.u64.r1!v2))))
 (or ?s2 ?s3 ?s5 (and true true true true (not (= ?s6 ?s6))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s8 ?s8))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s10 ?s10))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s12 ?s12))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s14 ?s14))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s15 ?s15))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s16 ?s16))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s17 ?s17))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s19 ?s19))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s21 ?s21))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s22 ?s22))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s23 ?s23))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s25 ?s25))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s27 ?s27))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s29 ?s29))) ?s2 ?s3 ?s5 (and true true true true (not (= ?s30 ?s30)))))))))))))))))))))))))))))))))))
(check-sat)
