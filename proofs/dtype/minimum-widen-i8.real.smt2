; versa proof obligation for rule 'minimum-widen-i8' (rules/library/dtype.toml), domain real: proved
; lhs: minimum(astype(x, i32), astype(y, i32))
; rhs: astype(minimum(x, y), i32)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun cast_oob.i8.i32 (Int) Int)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun x.i8.r1 (Int) Int)
(declare-fun y.i8.r1 (Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (x.i8.r1 i0)))
 (let ((?s5 (>= ?s4 (- 128))))
 (let ((?s6 (<= ?s4 127)))
 (let ((?s7 (y.i8.r1 i0)))
 (let ((?s8 (>= ?s7 (- 128))))
 (let ((?s9 (<= ?s7 127)))
 (let ((?s10 (ite (and (>= ?s4 (- 2147483648)) (<= ?s4 2147483647)) ?s4 (cast_oob.i8.i32 ?s4))))
 (let ((?s11 (ite (and (>= ?s7 (- 2147483648)) (<= ?s7 2147483647)) ?s7 (cast_oob.i8.i32 ?s7))))
 (let ((?s12 (ite (<= ?s4 ?s7) ?s4 ?s7)))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 true true true ?s3 true true (>= i0 0) (< i0 n) ?s5 ?s6 ?s8 ?s9 ?s5 ?s6 ?s8 ?s9 (not (= (ite (<= ?s10 ?s11) ?s10 ?s11) (ite (and (>= ?s12 (- 2147483648)) (<= ?s12 2147483647)) ?s12 (cast_oob.i8.i32 ?s12)))))))))))))))))))
(check-sat)
