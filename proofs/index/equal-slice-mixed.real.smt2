; versa proof obligation for rule 'equal-slice-mixed' (rules/library/index.toml), domain real: proved
; lhs: (u == v)[a:b]
; rhs: u[a:b] == v[a:b]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun a () Int)
(declare-fun b () Int)
(declare-fun cast_oob.i8.i16 (Int) Int)
(declare-fun cast_oob.u8.i16 (Int) Int)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun u.i8.r1 (Int) Int)
(declare-fun v.u8.r1 (Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (+ b n)))
 (let ((?s4 (+ a n)))
 (let ((?s5 (ite (> 0 a) (ite (<= 0 ?s4) ?s4 0) (ite (<= a n) a n))))
 (let ((?s6 (- (ite (> 0 b) (ite (<= 0 ?s3) ?s3 0) (ite (<= b n) b n)) ?s5)))
 (let ((?s7 (ite (<= 0 ?s6) ?s6 0)))
 (let ((?s8 (= ?s7 ?s7)))
 (let ((?s9 (+ ?s5 i0)))
 (let ((?s10 (u.i8.r1 ?s9)))
 (let ((?s11 (>= ?s10 (- 128))))
 (let ((?s12 (<= ?s10 127)))
 (let ((?s13 (v.u8.r1 ?s9)))
 (let ((?s14 (>= ?s13 0)))
 (let ((?s15 (<= ?s13 255)))
 (let ((?s16 (= (ite (and (>= ?s10 (- 32768)) (<= ?s10 32767)) ?s10 (cast_oob.i8.i16 ?s10)) (ite (and (>= ?s13 (- 32768)) (<= ?s13 32767)) ?s13 (cast_oob.u8.i16 ?s13)))))
 (or (and true true ?s1) (and ?s2 true true true (not ?s8)) (and true true true true ?s1) (and ?s2 true true true ?s8 true true (>= i0 0) (< i0 ?s7) ?s11 ?s12 ?s14 ?s15 ?s11 ?s12 ?s14 ?s15 (not (= ?s16 ?s16)))))))))))))))))))))
(check-sat)
