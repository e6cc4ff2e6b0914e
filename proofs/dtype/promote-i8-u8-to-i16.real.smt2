; versa proof obligation for rule 'promote-i8-u8-to-i16' (rules/library/dtype.toml), domain real: proved
; lhs: x + y
; rhs: astype(x, i16) + astype(y, i16)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun cast_oob.i8.i16 (Int) Int)
(declare-fun cast_oob.u8.i16 (Int) Int)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun x.i8.r1 (Int) Int)
(declare-fun y.u8.r1 (Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (= n n)))
 (let ((?s4 (x.i8.r1 i0)))
 (let ((?s5 (>= ?s4 (- 128))))
 (let ((?s6 (<= ?s4 127)))
 (let ((?s7 (y.u8.r1 i0)))
 (let ((?s8 (>= ?s7 0)))
 (let ((?s9 (<= ?s7 255)))
 (let ((?s10 (+ (ite (and (>= ?s4 (- 32768)) (<= ?s4 32767)) ?s4 (cast_oob.i8.i16 ?s4)) (ite (and (>= ?s7 (- 32768)) (<= ?s7 32767)) ?s7 (cast_oob.u8.i16 ?s7)))))
 (or (and true true ?s1) (and ?s2 true true true (not ?s3)) (and true true true true ?s1) (and ?s2 true true true ?s3 true true (>= i0 0) (< i0 n) ?s5 ?s6 ?s8 ?s9 ?s5 ?s6 ?s8 ?s9 (not (= ?s10 ?s10)))))))))))))))
(check-sat)
