; versa proof obligation for rule 'abs-idempotent' (rules/library/algebra-ieee.toml), domain ieee: proved
; lhs: abs(abs(u))
; rhs: abs(u)
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
(declare-sort Shape 0)
(declare-fun shape.u () Shape)
(declare-fun u.f16.any!v1 () (_ FloatingPoint 5 11))
(declare-fun u.f32.any!v1 () (_ FloatingPoint 8 24))
(declare-fun u.f64.any!v1 () (_ FloatingPoint 11 53))
(declare-fun u.i16.any!v1 () (_ BitVec 16))
(declare-fun u.i32.any!v1 () (_ BitVec 32))
(declare-fun u.i64.any!v1 () (_ BitVec 64))
(declare-fun u.i8.any!v1 () (_ BitVec 8))
(declare-fun u.u16.any!v1 () (_ BitVec 16))
(declare-fun u.u32.any!v1 () (_ BitVec 32))
(declare-fun u.u64.any!v1 () (_ BitVec 64))
(declare-fun u.u8.any!v1 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true (not (= shape.u shape.u)))))
 (let ((?s4 (and true true true true ?s1)))
 (let ((?s5 (ite (bvslt u.i8.any!v1 #x00) (bvneg u.i8.any!v1) u.i8.any!v1)))
 (let ((?s6 (ite (bvslt u.i16.any!v1 #x0000) (bvneg u.i16.any!v1) u.i16.any!v1)))
 (let ((?s7 (ite (bvslt u.i32.any!v1 #x00000000) (bvneg u.i32.any!v1) u.i32.any!v1)))
 (let ((?s8 (ite (bvslt u.i64.any!v1 #x0000000000000000) (bvneg u.i64.any!v1) u.i64.any!v1)))
 (let ((?s9 (fp.abs u.f16.any!v1)))
 (let ((?s10 (fp.abs u.f32.any!v1)))
 (let ((?s11 (fp.abs u.f64.any!v1)))
 (or ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt ?s5 #x00) (bvneg ?s5) ?s5) ?s5))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt ?s6 #x0000) (bvneg ?s6) ?s6) ?s6))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt ?s7 #x00000000) (bvneg ?s7) ?s7) ?s7))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite (bvslt ?s8 #x0000000000000000) (bvneg ?s8) ?s8) ?s8))) ?s2 ?s3 ?s4 (and true true true true true (not (= u.u8.any!v1 u.u8.any!v1))) ?s2 ?s3 ?s4 (and true true true true true (not (= u.u16.any!v1 u.u16.any!v1))) ?s2 ?s3 ?s4 (and true true true true true (not (= u.u32.any!v1 u.u32.any!v1))) ?s2 ?s3 ?s4 (and true true true true true (not (= u.u64.any!v1 u.u64.any!v1))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.abs ?s9) ?s9))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.abs ?s10) ?s10))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.abs ?s11) ?s11))))))))))))))))
(check-sat)
