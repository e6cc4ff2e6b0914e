; versa proof obligation for rule 'max-rows-index' (rules/library/reductions.toml), domain real: proved
; lhs: max(A, axis=1)[i]
; rhs: max(A[i])
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
(declare-fun reduce0.max.f16 (Int Int Int) Real)
(declare-fun reduce0.max.f32 (Int Int Int) Real)
(declare-fun reduce0.max.f64 (Int Int Int) Real)
(declare-fun reduce0.max.i16 (Int Int Int) Int)
(declare-fun reduce0.max.i32 (Int Int Int) Int)
(declare-fun reduce0.max.i64 (Int Int Int) Int)
(declare-fun reduce0.max.i8 (Int Int Int) Int)
(declare-fun reduce0.max.u16 (Int Int Int) Int)
(declare-fun reduce0.max.u32 (Int Int Int) Int)
(declare-fun reduce0.max.u64 (Int Int Int) Int)
(declare-fun reduce0.max.u8 (Int Int Int) Int)
(assert
 (let ((?s1 (>= n 0)))
 (let ((?s2 (< 0 n)))
 (let ((?s3 (and ?s1 true ?s2 (not ?s2))))
 (let ((?s4 (and true (not true))))
 (let ((?s5 (>= m 0)))
 (let ((?s6 (and (<= (- 0 m) i) (< i m))))
 (let ((?s7 (and ?s5 true ?s6 (not ?s6))))
 (let ((?s8 (reduce0.max.i8 n i m)))
 (let ((?s9 (reduce0.max.i16 n i m)))
 (let ((?s10 (reduce0.max.i32 n i m)))
 (let ((?s11 (reduce0.max.i64 n i m)))
 (let ((?s12 (reduce0.max.u8 n i m)))
 (let ((?s13 (reduce0.max.u16 n i m)))
 (let ((?s14 (reduce0.max.u32 n i m)))
 (let ((?s15 (reduce0.max.u64 n i m)))
 (let ((?s16 (reduce0.max.f16 n i m)))
 (let ((?s17 (reduce0.max.f32 n i m)))
 (let ((?s18 (reduce0.max.f64 n i m)))
 (or ?s3 ?s4 ?s7 (and ?s5 ?s1 true ?s2 ?s2 true ?s6 ?s6 (not (= ?s8 ?s8))) ?s3 ?s4 ?s7 (and ?s5 ?s1 true ?s2 ?s2 true ?s6 ?s6 (not (= ?s9 ?s9))) ?s3 ?s4 ?s7 (and ?s5 ?s1 true ?s2 ?s2 true ?s6 ?s6 (not (= ?s10 ?s10))) ?s3 ?s4 ?s7 (and ?s5 ?s1 true ?s2 ?s2 true ?s6 ?s6 (not (= ?s11 ?s11))) ?s3 ?s4 ?s7 (and ?s5 ?s1 true ?s2 ?s2 true ?s6 ?s6 (not (= ?s12 ?s12))) ?s3 ?s4 ?s7 (and ?s5 ?s1 true ?s2 ?s2 true ?s6 ?s6 (not (= ?s13 ?s13))) ?s3 ?s4 ?s7 (and ?s5 ?s1 true ?s2 ?s2 true ?s6 ?s6 (not (= ?s14 ?s14))) ?s3 ?s4 ?s7 (and ?s5 ?s1 true ?s2 ?s2 true ?s6 ?s6 (not (= ?s15 ?s15))) ?s3 ?s4 ?s7 (and ?s5 ?s1 true ?s2 ?s2 true ?s6 ?s6 (not (= ?s16 ?s16))) ?s3 ?s4 ?s7 (and ?s5 ?s1 true ?s2 ?s2 true ?s6 ?s6 (not (= ?s17 ?s17))) ?s3 ?s4 ?s7 (and ?s5 ?s1 true ?s2 ?s2 true ?s6 ?s6 (not (= ?s18 ?s18)))))))))))))))))))))))
(check-sat)
