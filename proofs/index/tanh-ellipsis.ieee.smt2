; versa proof obligation for rule 'tanh-ellipsis' (rules/library/index.toml), domain ieee: proved-bounded
; lhs: tanh(w)[..., j]
; rhs: tanh(w[..., j])
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
(set-logic ALL)
(declare-fun j () Int)
(declare-fun tanh.f16 ((_ FloatingPoint 5 11)) (_ FloatingPoint 5 11))
(declare-fun tanh.f32 ((_ FloatingPoint 8 24)) (_ FloatingPoint 8 24))
(declare-fun tanh.f64 ((_ FloatingPoint 11 53)) (_ FloatingPoint 11 53))
(declare-fun w.f16.r1!v1 () (_ FloatingPoint 5 11))
(declare-fun w.f16.r2!v1 () (_ FloatingPoint 5 11))
(declare-fun w.f16.r3!v1 () (_ FloatingPoint 5 11))
(declare-fun w.f16.r4!v1 () (_ FloatingPoint 5 11))
(declare-fun w.f32.r1!v1 () (_ FloatingPoint 8 24))
(declare-fun w.f32.r2!v1 () (_ FloatingPoint 8 24))
(declare-fun w.f32.r3!v1 () (_ FloatingPoint 8 24))
(declare-fun w.f32.r4!v1 () (_ FloatingPoint 8 24))
(declare-fun w.f64.r1!v1 () (_ FloatingPoint 11 53))
(declare-fun w.f64.r2!v1 () (_ FloatingPoint 11 53))
(declare-fun w.f64.r3!v1 () (_ FloatingPoint 11 53))
(declare-fun w.f64.r4!v1 () (_ FloatingPoint 11 53))
(declare-fun |w.shape[0]| () Int)
(declare-fun |w.shape[1]| () Int)
(declare-fun |w.shape[2]| () Int)
(declare-fun |w.shape[3]| () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true ?s1)))
 (let ((?s4 (>= |w.shape[0]| 0)))
 (let ((?s5 (and (<= (- 0 |w.shape[0]|) j) (< j |w.shape[0]|))))
 (let ((?s6 (and ?s4 true true true ?s5 (not ?s5))))
 (let ((?s7 (tanh.f16 w.f16.r1!v1)))
 (let ((?s8 (= |w.shape[0]| |w.shape[0]|)))
 (let ((?s9 (and ?s4 true true true (not ?s8))))
 (let ((?s10 (>= |w.shape[1]| 0)))
 (let ((?s11 (and (<= (- 0 |w.shape[1]|) j) (< j |w.shape[1]|))))
 (let ((?s12 (and ?s10 true true true ?s11 (not ?s11))))
 (let ((?s13 (tanh.f16 w.f16.r2!v1)))
 (let ((?s14 (= |w.shape[1]| |w.shape[1]|)))
 (let ((?s15 (and ?s4 ?s10 true true true (not (and ?s8 ?s14)))))
 (let ((?s16 (>= |w.shape[2]| 0)))
 (let ((?s17 (and (<= (- 0 |w.shape[2]|) j) (< j |w.shape[2]|))))
 (let ((?s18 (and ?s16 true true true ?s17 (not ?s17))))
 (let ((?s19 (tanh.f16 w.f16.r3!v1)))
 (let ((?s20 (and ?s4 ?s10 ?s16 true true true (not (and ?s8 ?s14 (= |w.shape[2]| |w.shape[2]|))))))
 (let ((?s21 (and (<= (- 0 |w.shape[3]|) j) (< j |w.shape[3]|))))
 (let ((?s22 (and (>= |w.shape[3]| 0) true true true ?s21 (not ?s21))))
 (let ((?s23 (tanh.f16 w.f16.r4!v1)))
 (let ((?s24 (tanh.f32 w.f32.r1!v1)))
 (let ((?s25 (tanh.f32 w.f32.r2!v1)))
 (let ((?s26 (tanh.f32 w.f32.r3!v1)))
 (let ((?s27 (tanh.f32 w.f32.r4!v1)))
 (let ((?s28 (tanh.f64 w.f64.r1!v1)))
 (let ((?s29 (tanh.f64 w.f64.r2!v1)))
 (let ((?s30 (tanh.f64 w.f64.r3!v1)))
 (let ((?s31 (tanh.f64 w.f64.r4!v1)))
 (or ?s2 ?s3 ?s6 (and true true true true (not (= ?s7 ?s7))) ?s2 ?s9 ?s12 (and true true true (not (= ?s13 ?s13))) ?s2 ?s15 ?s18 (and true true true (not (= ?s19 ?s19))) ?s2 ?s20 ?s22 (and true true true (not (= ?s23 ?s23))) ?s2 ?s3 ?s6 (and true true true true (not (= ?s24 ?s24))) ?s2 ?s9 ?s12 (and true true true (not (= ?s25 ?s25))) ?s2 ?s15 ?s18 (and true true true (not (= ?s26 ?s26))) ?s2 ?s20 ?s22 (and true true true (not (= ?s27 ?s27))) ?s2 ?s3 ?s6 (and true true true true (not (= ?s28 ?s28))) ?s2 ?s9 ?s12 (and true true true (not (= ?s29 ?s29))) ?s2 ?s15 ?s18 (and true true true (not (= ?s30 ?s30))) ?s2 ?s20 ?s22 (and true true true (not (= ?s31 ?s31))))))))))))))))))))))))))))))))))))
(check-sat)
