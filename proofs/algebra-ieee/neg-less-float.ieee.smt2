; versa proof obligation for rule 'neg-less-float' (rules/library/algebra-ieee.toml), domain ieee: proved
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
(declare-fun n () Int)
(declare-fun x.f16.r1!v1 () (_ FloatingPoint 5 11))
(declare-fun x.f32.r1!v1 () (_ FloatingPoint 8 24))
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(declare-fun y.f16.r1!v2 () (_ FloatingPoint 5 11))
(declare-fun y.f32.r1!v2 () (_ FloatingPoint 8 24))
(declare-fun y.f64.r1!v2 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and (>= n 0) true true true (not (= n n)))))
 (let ((?s4 (and true true true true ?s1)))
 (let ((?s5 (fp.neg x.f16.r1!v1)))
 (let ((?s6 (fp.neg y.f16.r1!v2)))
 (let ((?s7 (fp.neg y.f32.r1!v2)))
 (let ((?s8 (fp.neg y.f64.r1!v2)))
 (let ((?s9 (fp.neg x.f32.r1!v1)))
 (let ((?s10 (fp.neg x.f64.r1!v1)))
 (or ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s5 ?s6) (fp.lt y.f16.r1!v2 x.f16.r1!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ((_ to_fp 8 24) roundNearestTiesToEven ?s5) ?s7) (fp.lt y.f32.r1!v2 ((_ to_fp 8 24) roundNearestTiesToEven x.f16.r1!v1))))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ((_ to_fp 11 53) roundNearestTiesToEven ?s5) ?s8) (fp.lt y.f64.r1!v2 ((_ to_fp 11 53) roundNearestTiesToEven x.f16.r1!v1))))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s9 ((_ to_fp 8 24) roundNearestTiesToEven ?s6)) (fp.lt ((_ to_fp 8 24) roundNearestTiesToEven y.f16.r1!v2) x.f32.r1!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s9 ?s7) (fp.lt y.f32.r1!v2 x.f32.r1!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ((_ to_fp 11 53) roundNearestTiesToEven ?s9) ?s8) (fp.lt y.f64.r1!v2 ((_ to_fp 11 53) roundNearestTiesToEven x.f32.r1!v1))))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s10 ((_ to_fp 11 53) roundNearestTiesToEven ?s6)) (fp.lt ((_ to_fp 11 53) roundNearestTiesToEven y.f16.r1!v2) x.f64.r1!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s10 ((_ to_fp 11 53) roundNearestTiesToEven ?s7)) (fp.lt ((_ to_fp 11 53) roundNearestTiesToEven y.f32.r1!v2) x.f64.r1!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s10 ?s8) (fp.lt y.f64.r1!v2 x.f64.r1!v1))))))))))))))))
(check-sat)
