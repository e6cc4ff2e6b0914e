; versa proof obligation for rule 'sum-scale-out' (rules/library/reductions.toml), domain real: proved
; lhs: sum(w * c)
; rhs: sum(w) * c
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. terms without sums equal
;   6. wf: rhs well-formed where lhs is
;   7. shape: shapes equal
;   8. defined: rhs defined where lhs is
;   9. summands equal under a binder bijection
;   10. terms without sums equal
;   11. wf: rhs well-formed where lhs is
;   12. shape: shapes equal
;   13. defined: rhs defined where lhs is
;   14. summands equal under a binder bijection
;   15. terms without sums equal
;   16. wf: rhs well-formed where lhs is
;   17. shape: shapes equal
;   18. defined: rhs defined where lhs is
;   19. summands equal under a binder bijection
;   20. terms without sums equal
;   21. wf: rhs well-formed where lhs is
;   22. shape: shapes equal
;   23. defined: rhs defined where lhs is
;   24. summands equal under a binder bijection
;   25. terms without sums equal
;   26. wf: rhs well-formed where lhs is
;   27. shape: shapes equal
;   28. defined: rhs defined where lhs is
;   29. summands equal under a binder bijection
;   30. terms without sums equal
;   31. wf: rhs well-formed where lhs is
;   32. shape: shapes equal
;   33. defined: rhs defined where lhs is
;   34. summands equal under a binder bijection
;   35. terms without sums equal
;   36. wf: rhs well-formed where lhs is
;   37. shape: shapes equal
;   38. defined: rhs defined where lhs is
;   39. summands equal under a binder bijection
;   40. terms without sums equal
;   41. wf: rhs well-formed where lhs is
;   42. shape: shapes equal
;   43. defined: rhs defined where lhs is
;   44. summands equal under a binder bijection
;   45. terms without sums equal
(set-logic ALL)
(declare-sort Idx 0)
(declare-sort Shape 0)
(declare-fun c.f16.r0 () Real)
(declare-fun c.f32.r0 () Real)
(declare-fun c.f64.r0 () Real)
(declare-fun in_bounds (Idx Shape) Bool)
(declare-fun r~1!1 () Idx)
(declare-fun r~1!2 () Idx)
(declare-fun shape.w () Shape)
(declare-fun w.f16.any (Idx) Real)
(declare-fun w.f32.any (Idx) Real)
(declare-fun w.f64.any (Idx) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true ?s1)))
 (let ((?s4 (and true true true true ?s1)))
 (let ((?s5 (in_bounds r~1!2 shape.w)))
 (let ((?s6 (* (* 1.0 (w.f16.any r~1!2)) c.f16.r0)))
 (let ((?s7 (and true true true true true true (not (= 0.0 0.0)))))
 (let ((?s8 (* 1.0 (w.f32.any r~1!2))))
 (let ((?s9 (* ?s8 c.f16.r0)))
 (let ((?s10 (* 1.0 (w.f64.any r~1!2))))
 (let ((?s11 (* ?s10 c.f16.r0)))
 (let ((?s12 (in_bounds r~1!1 shape.w)))
 (let ((?s13 (* 1.0 (w.f16.any r~1!1))))
 (let ((?s14 (* ?s13 c.f32.r0)))
 (let ((?s15 (* ?s8 c.f32.r0)))
 (let ((?s16 (* ?s10 c.f32.r0)))
 (let ((?s17 (* ?s13 c.f64.r0)))
 (let ((?s18 (* (* 1.0 (w.f32.any r~1!1)) c.f64.r0)))
 (let ((?s19 (* ?s10 c.f64.r0)))
 (or ?s2 ?s3 ?s4 (and true true true true true true ?s5 (not (= ?s6 ?s6))) ?s7 ?s2 ?s3 ?s4 (and true true true true true true ?s5 (not (= ?s9 ?s9))) ?s7 ?s2 ?s3 ?s4 (and true true true true true true ?s5 (not (= ?s11 ?s11))) ?s7 ?s2 ?s3 ?s4 (and true true true true true true ?s12 (not (= ?s14 ?s14))) ?s7 ?s2 ?s3 ?s4 (and true true true true true true ?s5 (not (= ?s15 ?s15))) ?s7 ?s2 ?s3 ?s4 (and true true true true true true ?s5 (not (= ?s16 ?s16))) ?s7 ?s2 ?s3 ?s4 (and true true true true true true ?s12 (not (= ?s17 ?s17))) ?s7 ?s2 ?s3 ?s4 (and true true true true true true ?s12 (not (= ?s18 ?s18))) ?s7 ?s2 ?s3 ?s4 (and true true true true true true ?s5 (not (= ?s19 ?s19))) ?s7)))))))))))))))))))))
(check-sat)
