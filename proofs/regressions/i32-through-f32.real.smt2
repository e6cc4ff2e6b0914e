; versa proof obligation for rule 'i32-through-f32' (rules/library/regressions.toml), domain real: proved
; lhs: astype(astype(k, f32), i32)
; rhs: k
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun cast_oob.f32.i32 (Real) Int)
(declare-fun i0 () Int)
(declare-fun k.i32.r1 (Int) Int)
(declare-fun n () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (k.i32.r1 i0)))
 (let ((?s5 (>= ?s4 (- 2147483648))))
 (let ((?s6 (<= ?s4 2147483647)))
 (let ((?s7 (to_real ?s4)))
 (let ((?s8 (ite (>= ?s7 0.0) (to_int ?s7) (- (to_int (- ?s7))))))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 true true true ?s3 true true (>= i0 0) (< i0 n) ?s5 ?s6 ?s5 ?s6 (not (= (ite (and (>= ?s8 (- 2147483648)) (<= ?s8 2147483647)) ?s8 (cast_oob.f32.i32 ?s7)) ?s4)))))))))))))
(check-sat)
