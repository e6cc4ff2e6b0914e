; versa proof obligation for rule 'sum-add-split' (rules/library/reductions.toml), domain real: proved
; lhs: sum(x + y)
; rhs: sum(x) + sum(y)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. summands equal under a binder bijection
;   6. summands equal under a binder bijection
;   7. summands equal under a binder bijection
;   8. terms without sums equal
;   9. wf: rhs well-formed where lhs is
;   10. shape: shapes equal
;   11. defined: rhs defined where lhs is
;   12. summands equal under a binder bijection
;   13. summands equal under a binder bijection
;   14. summands equal under a binder bijection
;   15. terms without sums equal
;   16. wf: rhs well-formed where lhs is
;   17. shape: shapes equal
;   18. defined: rhs defined where lhs is
;   19. summands equal under a binder bijection
;   20. summands equal under a binder bijection
;   21. summands equal under a binder bijection
;   22. terms without sums equal
;   23. wf: rhs well-formed where lhs is
;   24. shape: shapes equal
;   25. defined: rhs defined where lhs is
;   26. summands equal under a binder bijection
;   27. summands equal under a binder bijection
;   28. summands equal under a binder bijection
;   29. terms without sums equal
;   30. wf: rhs well-formed where lhs is
;   31. shape: shapes equal
;   32. defined: rhs defined where lhs is
;   33. summands equal under a binder bijection
;   34. summands equal under a binder bijection
;   35. summands equal under a binder bijection
;   36. summands equal under a binder bijection
;   37. terms without sums equal
;   38. wf: rhs well-formed where lhs is
;   39. shape: shapes equal
;   40. defined: rhs defined where lhs is
;   41. summands equal under a binder bijection
;   42. summands equal under a binder bijection
;   43. summands equal under a binder bijection
;   44. terms without sums equal
;   45. wf: rhs well-formed where lhs is
;   46. shape: shapes equal
;   47. defined: rhs defined where lhs is
;   48. summands equal under a binder bijection
;   49. summands equal under a binder bijection
;   50. summands equal under a binder bijection
;   51. terms without sums equal
;   52. wf: rhs well-formed where lhs is
;   53. shape: shapes equal
;   54. defined: rhs defined where lhs is
;   55. summands equal under a binder bijection
;   56. summands equal under a binder bijection
;   57. summands equal under a binder bijection
;   58. terms without sums equal
;   59. wf: rhs well-formed where lhs is
;   60. shape: shapes equal
;   61. defined: rhs defined where lhs is
;   62. summands equal under a binder bijection
;   63. summands equal under a binder bijection
;   64. summands equal under a binder bijection
;   65. summands equal under a binder bijection
;   66. terms without sums equal
(set-logic ALL)
(declare-fun n () Int)
(declare-fun r~1!1 () Int)
(declare-fun r~1!2 () Int)
(declare-fun r~1!3 () Int)
(declare-fun r~1!4 () Int)
(declare-fun r~1!5 () Int)
(declare-fun r~1!6 () Int)
(declare-fun x.f16.r1 (Int) Real)
(declare-fun x.f32.r1 (Int) Real)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun y.f16.r1 (Int) Real)
(declare-fun y.f32.r1 (Int) Real)
(declare-fun y.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true ?s1)))
 (let ((?s4 (and true true true true ?s1)))
 (let ((?s5 (>= n 0)))
 (let ((?s6 (and (>= r~1!3 0) (< r~1!3 n))))
 (let ((?s7 (* 1.0 (y.f16.r1 r~1!3))))
 (let ((?s8 (and ?s5 true true true true true true ?s6 (not (= ?s7 ?s7)))))
 (let ((?s9 (and (>= r~1!4 0) (< r~1!4 n))))
 (let ((?s10 (* 1.0 (x.f16.r1 r~1!4))))
 (let ((?s11 (and ?s5 true true true true true true ?s9 (not (= ?s10 ?s10)))))
 (let ((?s12 (and (>= r~1!5 0) (< r~1!5 n))))
 (let ((?s13 (* 1.0 (x.f16.r1 r~1!5))))
 (let ((?s14 (and (>= r~1!6 0) (< r~1!6 n))))
 (let ((?s15 (* 1.0 (y.f16.r1 r~1!6))))
 (let ((?s16 (and true true true true true true (not (= 0.0 0.0)))))
 (let ((?s17 (* 1.0 (y.f32.r1 r~1!3))))
 (let ((?s18 (and ?s5 true true true true true true ?s6 (not (= ?s17 ?s17)))))
 (let ((?s19 (* 1.0 (y.f32.r1 r~1!5))))
 (let ((?s20 (* 1.0 (y.f64.r1 r~1!3))))
 (let ((?s21 (and ?s5 true true true true true true ?s6 (not (= ?s20 ?s20)))))
 (let ((?s22 (* 1.0 (y.f64.r1 r~1!5))))
 (let ((?s23 (and ?s5 true true true true true true ?s12 (not (= ?s22 ?s22)))))
 (let ((?s24 (and (>= r~1!1 0) (< r~1!1 n))))
 (let ((?s25 (* 1.0 (x.f32.r1 r~1!1))))
 (let ((?s26 (and (>= r~1!2 0) (< r~1!2 n))))
 (let ((?s27 (* 1.0 (x.f32.r1 r~1!2))))
 (let ((?s28 (* 1.0 (x.f32.r1 r~1!4))))
 (let ((?s29 (and ?s5 true true true true true true ?s9 (not (= ?s28 ?s28)))))
 (let ((?s30 (* 1.0 (x.f32.r1 r~1!5))))
 (let ((?s31 (* 1.0 (y.f32.r1 r~1!6))))
 (let ((?s32 (* 1.0 (x.f64.r1 r~1!1))))
 (let ((?s33 (and ?s5 true true true true true true ?s24 (not (= ?s32 ?s32)))))
 (let ((?s34 (* 1.0 (x.f64.r1 r~1!2))))
 (let ((?s35 (and ?s5 true true true true true true ?s26 (not (= ?s34 ?s34)))))
 (let ((?s36 (* 1.0 (x.f64.r1 r~1!4))))
 (let ((?s37 (* 1.0 (x.f64.r1 r~1!5))))
 (let ((?s38 (* 1.0 (y.f64.r1 r~1!6))))
 (or ?s2 ?s3 ?s4 ?s8 ?s11 (and ?s5 true true true true true true ?s12 (not (= ?s13 ?s13))) (and ?s5 true true true true true true ?s14 (not (= ?s15 ?s15))) ?s16 ?s2 ?s3 ?s4 ?s18 ?s11 (and ?s5 true true true true true true ?s12 (not (= ?s19 ?s19))) ?s16 ?s2 ?s3 ?s4 ?s21 ?s11 ?s23 ?s16 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s24 (not (= ?s25 ?s25))) (and ?s5 true true true true true true ?s26 (not (= ?s27 ?s27))) ?s8 ?s16 ?s2 ?s3 ?s4 ?s18 ?s29 (and ?s5 true true true true true true ?s12 (not (= ?s30 ?s30))) (and ?s5 true true true true true true ?s14 (not (= ?s31 ?s31))) ?s16 ?s2 ?s3 ?s4 ?s21 ?s29 ?s23 ?s16 ?s2 ?s3 ?s4 ?s33 ?s35 ?s8 ?s16 ?s2 ?s3 ?s4 ?s33 ?s35 ?s18 ?s16 ?s2 ?s3 ?s4 ?s21 (and ?s5 true true true true true true ?s9 (not (= ?s36 ?s36))) (and ?s5 true true true true true true ?s12 (not (= ?s37 ?s37))) (and ?s5 true true true true true true ?s14 (not (= ?s38 ?s38))) ?s16))))))))))))))))))))))))))))))))))))))))
(check-sat)
