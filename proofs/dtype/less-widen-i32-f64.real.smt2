; versa proof obligation for rule 'less-widen-i32-f64' (rules/library/dtype.toml), domain real: proved
; lhs: astype(x, f64) < astype(y, f64)
; rhs: x < y
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun x.i32.r1 (Int) Int)
(declare-fun y.i32.r1 (Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (x.i32.r1 i0)))
 (let ((?s5 (>= ?s4 (- 2147483648))))
 (let ((?s6 (<= ?s4 2147483647)))
 (let ((?s7 (y.i32.r1 i0)))
 (let ((?s8 (>= ?s7 (- 2147483648))))
 (let ((?s9 (<= ?s7 2147483647)))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 true true true ?s3 true true (>= i0 0) (< i0 n) ?s5 ?s6 ?s8 ?s9 ?s5 ?s6 ?s8 ?s9 (not (= (< (to_real ?s4) (to_real ?s7)) (< ?s4 ?s7)))))))))))))))
(check-sat)
