; versa proof obligation for rule 'slice-stop-compose' (rules/library/slicing.toml), domain ieee: proved
; lhs: x[:a][:b]
; rhs: x[:b]
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
(declare-fun a () Int)
(declare-fun b () Int)
(declare-fun n () Int)
(declare-fun x.f16.r1!v1 () (_ FloatingPoint 5 11))
(declare-fun x.f32.r1!v1 () (_ FloatingPoint 8 24))
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(declare-fun x.i16.r1!v1 () (_ BitVec 16))
(declare-fun x.i32.r1!v1 () (_ BitVec 32))
(declare-fun x.i64.r1!v1 () (_ BitVec 64))
(declare-fun x.i8.r1!v1 () (_ BitVec 8))
(declare-fun x.u16.r1!v1 () (_ BitVec 16))
(declare-fun x.u32.r1!v1 () (_ BitVec 32))
(declare-fun x.u64.r1!v1 () (_ BitVec 64))
(declare-fun x.u8.r1!v1 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true ?s1)))
 (let ((?s3 (> 0 b)))
 (let ((?s4 (+ a n)))
 (let ((?s5 (ite (> 0 a) (ite (<= 0 ?s4) ?s4 0) (ite (<= a n) a n))))
 (let ((?s6 (ite (<= 0 ?s5) ?s5 0)))
 (let ((?s7 (+ b ?s6)))
 (let ((?s8 (ite ?s3 (ite (<= 0 ?s7) ?s7 0) (ite (<= b ?s6) b ?s6))))
 (let ((?s9 (+ b n)))
 (let ((?s10 (ite ?s3 (ite (<= 0 ?s9) ?s9 0) (ite (<= b n) b n))))
 (let ((?s11 (and (>= n 0) (and (<= 0 b) (<= b a)) true true (not (= (ite (<= 0 ?s8) ?s8 0) (ite (<= 0 ?s10) ?s10 0))))))
 (let ((?s12 (and true true true ?s1)))
 (or ?s2 ?s11 ?s12 (and true true true true (not (= x.i8.r1!v1 x.i8.r1!v1))) ?s2 ?s11 ?s12 (and true true true true (not (= x.i16.r1!v1 x.i16.r1!v1))) ?s2 ?s11 ?s12 (and true true true true (not (= x.i32.r1!v1 x.i32.r1!v1))) ?s2 ?s11 ?s12 (and true true true true (not (= x.i64.r1!v1 x.i64.r1!v1))) ?s2 ?s11 ?s12 (and true true true true (not (= x.u8.r1!v1 x.u8.r1!v1))) ?s2 ?s11 ?s12 (and true true true true (not (= x.u16.r1!v1 x.u16.r1!v1))) ?s2 ?s11 ?s12 (and true true true true (not (= x.u32.r1!v1 x.u32.r1!v1))) ?s2 ?s11 ?s12 (and true true true true (not (= x.u64.r1!v1 x.u64.r1!v1))) ?s2 ?s11 ?s12 (and true true true true (not (= x.f16.r1!v1 x.f16.r1!v1))) ?s2 ?s11 ?s12 (and true true true true (not (= x.f32.r1!v1 x.f32.r1!v1))) ?s2 ?s11 ?s12 (and true true true true (not (= x.f64.r1!v1 x.f64.r1!v1)))))))))))))))))
(check-sat)
