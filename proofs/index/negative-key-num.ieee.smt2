; versa proof obligation for rule 'negative-key-num' (rules/library/index.toml), domain ieee: proved
; lhs: (-w)[key]
; rhs: -(w[key])
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
 (let ((?s6 (bvneg w.i8.any!v1)))
 (let ((?s7 (bvneg w.i16.any!v1)))
 (let ((?s8 (bvneg w.i32.any!v1)))
 (let ((?s9 (bvneg w.i64.any!v1)))
 (let ((?s10 (bvneg w.u8.any!v1)))
 (let ((?s11 (bvneg w.u16.any!v1)))
 (let ((?s12 (bvneg w.u32.any!v1)))
 (let ((?s13 (bvneg w.u64.any!v1)))
 (let ((?s14 (fp.neg w.f16.any!v1)))
 (let ((?s15 (fp.neg w.f32.any!v1)))
 (let ((?s16 (fp.neg w.f64.any!v1)))
 (or ?s1 ?s3 ?s5 (and true true true (not (= ?s6 ?s6))) ?s1 ?s3 ?s5 (and true true true (not (= ?s7 ?s7))) ?s1 ?s3 ?s5 (and true true true (not (= ?s8 ?s8))) ?s1 ?s3 ?s5 (and true true true (not (= ?s9 ?s9))) ?s1 ?s3 ?s5 (and true true true (not (= ?s10 ?s10))) ?s1 ?s3 ?s5 (and true true true (not (= ?s11 ?s11))) ?s1 ?s3 ?s5 (and true true true (not (= ?s12 ?s12))) ?s1 ?s3 ?s5 (and true true true (not (= ?s13 ?s13))) ?s1 ?s3 ?s5 (and true true true (not (= ?s14 ?s14))) ?s1 ?s3 ?s5 (and true true true (not (= ?s15 ?s15))) ?s1 ?s3 ?s5 (and true true true (not (= ?s16 ?s16)))))))))))))))))))))
(check-sat)
