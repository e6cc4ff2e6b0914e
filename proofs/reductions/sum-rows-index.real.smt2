; versa proof obligation for rule 'sum-rows-index' (rules/library/reductions.toml), domain real: proved
; lhs: sum(A, axis=1)[i]
; rhs: sum(A[i])
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
(declare-fun i () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun reduce0.sum.f16 (Int Int Int) Real)
(declare-fun reduce0.sum.f32 (Int Int Int) Real)
(declare-fun reduce0.sum.f64 (Int Int Int) Real)
(declare-fun reduce0.sum.i64 (Int Int Int) Int)
(declare-fun reduce0.sum.u64 (Int Int Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true ?s1)))
 (let ((?s4 (>= m 0)))
 (let ((?s5 (and (<= (- 0 m) i) (< i m))))
 (let ((?s6 (and ?s4 true true true ?s5 (not ?s5))))
 (let ((?s7 (>= n 0)))
 (let ((?s8 (reduce0.sum.i64 n i m)))
 (let ((?s9 (and ?s4 ?s7 true true true true ?s5 ?s5 (not (= ?s8 ?s8)))))
 (let ((?s10 (reduce0.sum.u64 n i m)))
 (let ((?s11 (and ?s4 ?s7 true true true true ?s5 ?s5 (not (= ?s10 ?s10)))))
 (let ((?s12 (reduce0.sum.f16 n i m)))
 (let ((?s13 (reduce0.sum.f32 n i m)))
 (let ((?s14 (reduce0.sum.f64 n i m)))
 (or ?s2 ?s3 ?s6 ?s9 ?s2 ?s3 ?s6 ?s9 ?s2 ?s3 ?s6 ?s9 ?s2 ?s3 ?s6 ?s9 ?s2 ?s3 ?s6 ?s11 ?s2 ?s3 ?s6 ?s11 ?s2 ?s3 ?s6 ?s11 ?s2 ?s3 ?s6 ?s11 ?s2 ?s3 ?s6 (and ?s4 ?s7 true true true true ?s5 ?s5 (not (= ?s12 ?s12))) ?s2 ?s3 ?s6 (and ?s4 ?s7 true true true true ?s5 ?s5 (not (= ?s13 ?s13))) ?s2 ?s3 ?s6 (and ?s4 ?s7 true true true true ?s5 ?s5 (not (= ?s14 ?s14)))))))))))))))))))
(check-sat)
