; versa proof obligation for rule 'tanh-ellipsis' (rules/library/index.toml), domain real: proved-bounded
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
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun i2 () Int)
(declare-fun j () Int)
(declare-fun tanh.real (Real) Real)
(declare-fun w.f16.r1 (Int) Real)
(declare-fun w.f16.r2 (Int Int) Real)
(declare-fun w.f16.r3 (Int Int Int) Real)
(declare-fun w.f16.r4 (Int Int Int Int) Real)
(declare-fun w.f32.r1 (Int) Real)
(declare-fun w.f32.r2 (Int Int) Real)
(declare-fun w.f32.r3 (Int Int Int) Real)
(declare-fun w.f32.r4 (Int Int Int Int) Real)
(declare-fun w.f64.r1 (Int) Real)
(declare-fun w.f64.r2 (Int Int) Real)
(declare-fun w.f64.r3 (Int Int Int) Real)
(declare-fun w.f64.r4 (Int Int Int Int) Real)
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
 (let ((?s7 (> 0 j)))
 (let ((?s8 (ite ?s7 (+ j |w.shape[0]|) j)))
 (let ((?s9 (tanh.real (w.f16.r1 ?s8))))
 (let ((?s10 (and (> ?s9 (- 1.0)) (< ?s9 1.0))))
 (let ((?s11 (= |w.shape[0]| |w.shape[0]|)))
 (let ((?s12 (and ?s4 true true true (not ?s11))))
 (let ((?s13 (>= |w.shape[1]| 0)))
 (let ((?s14 (and (<= (- 0 |w.shape[1]|) j) (< j |w.shape[1]|))))
 (let ((?s15 (and ?s13 true true true ?s14 (not ?s14))))
 (let ((?s16 (>= i0 0)))
 (let ((?s17 (< i0 |w.shape[0]|)))
 (let ((?s18 (ite ?s7 (+ j |w.shape[1]|) j)))
 (let ((?s19 (tanh.real (w.f16.r2 i0 ?s18))))
 (let ((?s20 (and (> ?s19 (- 1.0)) (< ?s19 1.0))))
 (let ((?s21 (= |w.shape[1]| |w.shape[1]|)))
 (let ((?s22 (and ?s11 ?s21)))
 (let ((?s23 (and ?s4 ?s13 true true true (not ?s22))))
 (let ((?s24 (>= |w.shape[2]| 0)))
 (let ((?s25 (and (<= (- 0 |w.shape[2]|) j) (< j |w.shape[2]|))))
 (let ((?s26 (and ?s24 true true true ?s25 (not ?s25))))
 (let ((?s27 (>= i1 0)))
 (let ((?s28 (< i1 |w.shape[1]|)))
 (let ((?s29 (ite ?s7 (+ j |w.shape[2]|) j)))
 (let ((?s30 (tanh.real (w.f16.r3 i0 i1 ?s29))))
 (let ((?s31 (and (> ?s30 (- 1.0)) (< ?s30 1.0))))
 (let ((?s32 (and ?s11 ?s21 (= |w.shape[2]| |w.shape[2]|))))
 (let ((?s33 (and ?s4 ?s13 ?s24 true true true (not ?s32))))
 (let ((?s34 (>= |w.shape[3]| 0)))
 (let ((?s35 (and (<= (- 0 |w.shape[3]|) j) (< j |w.shape[3]|))))
 (let ((?s36 (and ?s34 true true true ?s35 (not ?s35))))
 (let ((?s37 (>= i2 0)))
 (let ((?s38 (< i2 |w.shape[2]|)))
 (let ((?s39 (ite ?s7 (+ j |w.shape[3]|) j)))
 (let ((?s40 (tanh.real (w.f16.r4 i0 i1 i2 ?s39))))
 (let ((?s41 (and (> ?s40 (- 1.0)) (< ?s40 1.0))))
 (let ((?s42 (tanh.real (w.f32.r1 ?s8))))
 (let ((?s43 (and (> ?s42 (- 1.0)) (< ?s42 1.0))))
 (let ((?s44 (tanh.real (w.f32.r2 i0 ?s18))))
 (let ((?s45 (and (> ?s44 (- 1.0)) (< ?s44 1.0))))
 (let ((?s46 (tanh.real (w.f32.r3 i0 i1 ?s29))))
 (let ((?s47 (and (> ?s46 (- 1.0)) (< ?s46 1.0))))
 (let ((?s48 (tanh.real (w.f32.r4 i0 i1 i2 ?s39))))
 (let ((?s49 (and (> ?s48 (- 1.0)) (< ?s48 1.0))))
 (let ((?s50 (tanh.real (w.f64.r1 ?s8))))
 (let ((?s51 (and (> ?s50 (- 1.0)) (< ?s50 1.0))))
 (let ((?s52 (tanh.real (w.f64.r2 i0 ?s18))))
 (let ((?s53 (and (> ?s52 (- 1.0)) (< ?s52 1.0))))
 (let ((?s54 (tanh.real (w.f64.r3 i0 i1 ?s29))))
 (let ((?s55 (and (> ?s54 (- 1.0)) (< ?s54 1.0))))
 (let ((?s56 (tanh.real (w.f64.r4 i0 i1 i2 ?s39))))
 (let ((?s57 (and (> ?s56 (- 1.0)) (< ?s56 1.0))))
 (or ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s10 ?s10 (not (= ?s9 ?s9))) ?s2 ?s12 ?s15 (and ?s4 ?s13 true true true ?s11 ?s14 ?s14 ?s16 ?s17 ?s20 ?s20 (not (= ?s19 ?s19))) ?s2 ?s23 ?s26 (and ?s4 ?s13 ?s24 true true true ?s22 ?s25 ?s25 ?s16 ?s17 ?s27 ?s28 ?s31 ?s31 (not (= ?s30 ?s30))) ?s2 ?s33 ?s36 (and ?s4 ?s13 ?s24 ?s34 true true true ?s32 ?s35 ?s35 ?s16 ?s17 ?s27 ?s28 ?s37 ?s38 ?s41 ?s41 (not (= ?s40 ?s40))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s43 ?s43 (not (= ?s42 ?s42))) ?s2 ?s12 ?s15 (and ?s4 ?s13 true true true ?s11 ?s14 ?s14 ?s16 ?s17 ?s45 ?s45 (not (= ?s44 ?s44))) ?s2 ?s23 ?s26 (and ?s4 ?s13 ?s24 true true true ?s22 ?s25 ?s25 ?s16 ?s17 ?s27 ?s28 ?s47 ?s47 (not (= ?s46 ?s46))) ?s2 ?s33 ?s36 (and ?s4 ?s13 ?s24 ?s34 true true true ?s32 ?s35 ?s35 ?s16 ?s17 ?s27 ?s28 ?s37 ?s38 ?s49 ?s49 (not (= ?s48 ?s48))) ?s2 ?s3 ?s6 (and ?s4 true true true true ?s5 ?s5 ?s51 ?s51 (not (= ?s50 ?s50))) ?s2 ?s12 ?s15 (and ?s4 ?s13 true true true ?s11 ?s14 ?s14 ?s16 ?s17 ?s53 ?s53 (not (= ?s52 ?s52))) ?s2 ?s23 ?s26 (and ?s4 ?s13 ?s24 true true true ?s22 ?s25 ?s25 ?s16 ?s17 ?s27 ?s28 ?s55 ?s55 (not (= ?s54 ?s54))) ?s2 ?s33 ?s36 (and ?s4 ?s13 ?s24 ?s34 true true true ?s32 ?s35 ?s35 ?s16 ?s17 ?s27 ?s28 ?s37 ?s38 ?s57 ?s57 (not (= ?s56 ?s56))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
