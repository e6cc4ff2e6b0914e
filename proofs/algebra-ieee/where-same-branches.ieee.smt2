; versa proof obligation for rule 'where-same-branches' (rules/library/algebra-ieee.toml), domain ieee: proved
; lhs: where(m, p, p)
; rhs: p
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
(declare-fun m.bool.r1!v1 () Bool)
(declare-fun n () Int)
(declare-fun p.f16.r1!v2 () (_ FloatingPoint 5 11))
(declare-fun p.f32.r1!v2 () (_ FloatingPoint 8 24))
(declare-fun p.f64.r1!v2 () (_ FloatingPoint 11 53))
(declare-fun p.i16.r1!v2 () (_ BitVec 16))
(declare-fun p.i32.r1!v2 () (_ BitVec 32))
(declare-fun p.i64.r1!v2 () (_ BitVec 64))
(declare-fun p.i8.r1!v2 () (_ BitVec 8))
(declare-fun p.u16.r1!v2 () (_ BitVec 16))
(declare-fun p.u32.r1!v2 () (_ BitVec 32))
(declare-fun p.u64.r1!v2 () (_ BitVec 64))
(declare-fun p.u8.r1!v2 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and (>= n 0) true true true (not (= n n)))))
 (let ((?s4 (and true true true true ?s1)))
 (or ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i8.r1!v2 p.i8.r1!v2) p.i8.r1!v2))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i16.r1!v2 p.i16.r1!v2) p.i16.r1!v2))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i32.r1!v2 p.i32.r1!v2) p.i32.r1!v2))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i64.r1!v2 p.i64.r1!v2) p.i64.r1!v2))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.u8.r1!v2 p.u8.r1!v2) p.u8.r1!v2))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.u16.r1!v2 p.u16.r1!v2) p.u16.r1!v2))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.u32.r1!v2 p.u32.r1!v2) p.u32.r1!v2))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.u64.r1!v2 p.u64.r1!v2) p.u64.r1!v2))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.f16.r1!v2 p.f16.r1!v2) p.f16.r1!v2))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.f32.r1!v2 p.f32.r1!v2) p.f32.r1!v2))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.f64.r1!v2 p.f64.r1!v2) p.f64.r1!v2)))))))))
(check-sat)
