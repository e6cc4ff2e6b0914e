; versa proof obligation for rule 'bool-of-negative' (rules/library/dtype.toml), domain ieee: proved
; lhs: astype(-x, bool)
; rhs: astype(x, bool)
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
(declare-fun shape.x () Shape)
(declare-fun x.f16.any!v1 () (_ FloatingPoint 5 11))
(declare-fun x.f32.any!v1 () (_ FloatingPoint 8 24))
(declare-fun x.f64.any!v1 () (_ FloatingPoint 11 53))
(declare-fun x.i16.any!v1 () (_ BitVec 16))
(declare-fun x.i32.any!v1 () (_ BitVec 32))
(declare-fun x.i64.any!v1 () (_ BitVec 64))
(declare-fun x.i8.any!v1 () (_ BitVec 8))
(declare-fun x.u16.any!v1 () (_ BitVec 16))
(declare-fun x.u32.any!v1 () (_ BitVec 32))
(declare-fun x.u64.any!v1 () (_ BitVec 64))
(declare-fun x.u8.any!v1 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true (not (= shape.x shape.x)))))
 (let ((?s4 (and true true true true ?s1)))
 (or ?s2 ?s3 ?s4 (and true true true true true (not (= (distinct #x00 (bvneg x.i8.any!v1)) (distinct #x00 x.i8.any!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (distinct #x0000 (bvneg x.i16.any!v1)) (distinct #x0000 x.i16.any!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (distinct #x00000000 (bvneg x.i32.any!v1)) (distinct #x00000000 x.i32.any!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (distinct #x0000000000000000 (bvneg x.i64.any!v1)) (distinct #x0000000000000000 x.i64.any!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (distinct #x00 (bvneg x.u8.any!v1)) (distinct #x00 x.u8.any!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (distinct #x0000 (bvneg x.u16.any!v1)) (distinct #x0000 x.u16.any!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (distinct #x00000000 (bvneg x.u32.any!v1)) (distinct #x00000000 x.u32.any!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (distinct #x0000000000000000 (bvneg x.u64.any!v1)) (distinct #x0000000000000000 x.u64.any!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (not (fp.isZero (fp.neg x.f16.any!v1))) (not (fp.isZero x.f16.any!v1))))) ?s2 ?s3 ?s4 (and true true true true true (not (= (not (fp.isZero (fp.neg x.f32.any!v1))) (not (fp.isZero x.f32.any!v1))))) ?s2 ?s3 ?s4 (and true true true true true (not (= (not (fp.isZero (fp.neg x.f64.any!v1))) (not (fp.isZero x.f64.any!v1)))))))))))
(check-sat)
