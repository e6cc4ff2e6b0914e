; versa proof obligation for rule 'abs-key-num' (rules/library/index.toml), domain ieee: proved
; lhs: abs(w)[key]
; rhs: abs(w[key])
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
(declare-sort Key 0)
(declare-sort Shape 0)
(declare-fun key.key () Key)
(declare-fun key_shape (Key Shape) Shape)
(declare-fun key_valid (Key Shape) Bool)
(declare-fun shape.w () Shape)
(declare-fun w.f16.any!v1 () (_ FloatingPoint 5 11))
(declare-fun w.f32.any!v1 () (_ FloatingPoint 8 24))
(declare-fun w.f64.any!v1 () (_ FloatingPoint 11 53))
(declare-fun w.i16.any!v1 () (_ BitVec 16))
(declare-fun w.i32.any!v1 () (_ BitVec 32))
(declare-fun w.i64.any!v1 () (_ BitVec 64))
(declare-fun w.i8.any!v1 () (_ BitVec 8))
(declare-fun w.u16.any!v1 () (_ BitVec 16))
(declare-fun w.u32.any!v1 () (_ BitVec 32))
(declare-fun w.u64.any!v1 () (_ BitVec 64))
(declare-fun w.u8.any!v1 () (_ BitVec 8))
(assert
 (let ((?s1 (and true true (not true))))
 (let ((?s2 (key_shape key.key shape.w)))
 (let ((?s3 (and true true true (not (= ?s2 ?s2)))))
 (let ((?s4 (key_valid key.key shape.w)))
 (let ((?s5 (and true true true ?s4 (not ?s4))))
 (let ((?s6 (ite (bvslt w.i8.any!v1 #x00) (bvneg w.i8.any!v1) w.i8.any!v1)))
 (let ((?s7 (ite (bvslt w.i16.any!v1 #x0000) (bvneg w.i16.any!v1) w.i16.any!v1)))
 (let ((?s8 (ite (bvslt w.i32.any!v1 #x00000000) (bvneg w.i32.any!v1) w.i32.any!v1)))
 (let ((?s9 (ite (bvslt w.i64.any!v1 #x0000000000000000) (bvneg w.i64.any!v1) w.i64.any!v1)))
 (let ((?s10 (fp.abs w.f16.any!v1)))
 (let ((?s11 (fp.abs w.f32.any!v1)))
 (let ((?s12 (fp.abs w.f64.any!v1)))
 (or ?s1 ?s3 ?s5 (and true true true (not (= ?s6 ?s6))) ?s1 ?s3 ?s5 (and true true true (not (= ?s7 ?s7))) ?s1 ?s3 ?s5 (and true true true (not (= ?s8 ?s8))) ?s1 ?s3 ?s5 (and true true true (not (= ?s9 ?s9))) ?s1 ?s3 ?s5 (and true true true (not (= w.u8.any!v1 w.u8.any!v1))) ?s1 ?s3 ?s5 (and true true true (not (= w.u16.any!v1 w.u16.any!v1))) ?s1 ?s3 ?s5 (and true true true (not (= w.u32.any!v1 w.u32.any!v1))) ?s1 ?s3 ?s5 (and true true true (not (= w.u64.any!v1 w.u64.any!v1))) ?s1 ?s3 ?s5 (and true true true (not (= ?s10 ?s10))) ?s1 ?s3 ?s5 (and true true true (not (= ?s11 ?s11))) ?s1 ?s3 ?s5 (and true true true (not (= ?s12 ?s12)))))))))))))))))
(check-sat)
