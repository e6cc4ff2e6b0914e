; versa proof obligation for rule 'neg-less-float' (rules/library/algebra-ieee.toml), domain real: proved
; lhs: -x < -y
; rhs: y < x
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
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun x.f16.r1 (Int) Real)
(declare-fun x.f32.r1 (Int) Real)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun y.f16.r1 (Int) Real)
(declare-fun y.f32.r1 (Int) Real)
(declare-fun y.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (= n n)))
 (let ((?s5 (and ?s3 true true true (not ?s4))))
 (let ((?s6 (and true true true true ?s1)))
 (let ((?s7 (>= i0 0)))
 (let ((?s8 (< i0 n)))
 (let ((?s9 (x.f16.r1 i0)))
 (let ((?s10 (- ?s9)))
 (let ((?s11 (y.f16.r1 i0)))
 (let ((?s12 (- ?s11)))
 (let ((?s13 (y.f32.r1 i0)))
 (let ((?s14 (- ?s13)))
 (let ((?s15 (y.f64.r1 i0)))
 (let ((?s16 (- ?s15)))
 (let ((?s17 (x.f32.r1 i0)))
 (let ((?s18 (- ?s17)))
 (let ((?s19 (x.f64.r1 i0)))
 (let ((?s20 (- ?s19)))
 (or ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 (not (= (< ?s10 ?s12) (< ?s11 ?s9)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 (not (= (< ?s10 ?s14) (< ?s13 ?s9)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 (not (= (< ?s10 ?s16) (< ?s15 ?s9)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 (not (= (< ?s18 ?s12) (< ?s11 ?s17)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 (not (= (< ?s18 ?s14) (< ?s13 ?s17)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 (not (= (< ?s18 ?s16) (< ?s15 ?s17)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 (not (= (< ?s20 ?s12) (< ?s11 ?s19)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 (not (= (< ?s20 ?s14) (< ?s13 ?s19)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 (not (= (< ?s20 ?s16) (< ?s15 ?s19))))))))))))))))))))))))))
(check-sat)
