; versa proof obligation for rule 'sum-mul-is-dot' (rules/library/linalg.toml), domain real: proved
; lhs: sum(x * y)
; rhs: x @ y
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
(set-logic ALL)
(declare-fun n () Int)
(declare-fun reduce0.sum.f16 (Int) Real)
(declare-fun reduce0.sum.f32 (Int) Real)
(declare-fun reduce0.sum.f64 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true ?s1)))
 (let ((?s4 (and true true true true ?s1)))
 (let ((?s5 (>= n 0)))
 (let ((?s6 (reduce0.sum.f16 n)))
 (let ((?s7 (reduce0.sum.f32 n)))
 (let ((?s8 (and ?s5 true true true true true true (not (= ?s7 ?s7)))))
 (let ((?s9 (reduce0.sum.f64 n)))
 (let ((?s10 (and ?s5 true true true true true true (not (= ?s9 ?s9)))))
 (or ?s2 ?s3 ?s4 (and ?s5 true true true true true true (not (= ?s6 ?s6))) ?s2 ?s3 ?s4 ?s8 ?s2 ?s3 ?s4 ?s10 ?s2 ?s3 ?s4 ?s8 ?s2 ?s3 ?s4 ?s8 ?s2 ?s3 ?s4 ?s10 ?s2 ?s3 ?s4 ?s10 ?s2 ?s3 ?s4 ?s10 ?s2 ?s3 ?s4 ?s10))))))))))))
(check-sat)
