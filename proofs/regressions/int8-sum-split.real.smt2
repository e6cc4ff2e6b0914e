; versa proof obligation for rule 'int8-sum-split' (rules/library/regressions.toml), domain real: proved
; lhs: sum(a + b)
; rhs: sum(a) + sum(b)
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. summands equal under a binder bijection
;   6. summands equal under a binder bijection
;   7. summands equal under a binder bijection
;   8. terms without sums equal
(set-logic ALL)
(declare-fun a.i8.r1 (Int) Int)
(declare-fun b.i8.r1 (Int) Int)
(declare-fun n () Int)
(declare-fun r~1!1 () Int)
(declare-fun r~1!2 () Int)
(declare-fun r~1!3 () Int)
(declare-fun r~1!4 () Int)
(declare-fun r~1!5 () Int)
(declare-fun r~1!6 () Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (a.i8.r1 r~1!1)))
 (let ((?s4 (>= ?s3 (- 128))))
 (let ((?s5 (<= ?s3 127)))
 (let ((?s6 (b.i8.r1 r~1!1)))
 (let ((?s7 (>= ?s6 (- 128))))
 (let ((?s8 (<= ?s6 127)))
 (let ((?s9 (a.i8.r1 r~1!2)))
 (let ((?s10 (>= ?s9 (- 128))))
 (let ((?s11 (<= ?s9 127)))
 (let ((?s12 (b.i8.r1 (- (- n 1) r~1!2))))
 (let ((?s13 (>= ?s12 (- 128))))
 (let ((?s14 (<= ?s12 127)))
 (let ((?s15 (b.i8.r1 r~1!3)))
 (let ((?s16 (>= ?s15 (- 128))))
 (let ((?s17 (<= ?s15 127)))
 (let ((?s18 (* 1.0 (to_real ?s15))))
 (let ((?s19 (a.i8.r1 r~1!4)))
 (let ((?s20 (>= ?s19 (- 128))))
 (let ((?s21 (<= ?s19 127)))
 (let ((?s22 (* 1.0 (to_real ?s19))))
 (let ((?s23 (a.i8.r1 r~1!5)))
 (let ((?s24 (>= ?s23 (- 128))))
 (let ((?s25 (<= ?s23 127)))
 (let ((?s26 (* 1.0 (to_real ?s23))))
 (let ((?s27 (b.i8.r1 r~1!6)))
 (let ((?s28 (>= ?s27 (- 128))))
 (let ((?s29 (<= ?s27 127)))
 (let ((?s30 (* 1.0 (to_real ?s27))))
 (or (and true true ?s1) (and true true true ?s1) (and true true true true ?s1) (and ?s2 true true true true true true (and (>= r~1!3 0) (< r~1!3 n)) ?s4 ?s5 ?s7 ?s8 ?s10 ?s11 ?s13 ?s14 ?s16 ?s17 ?s16 ?s17 (not (= ?s18 ?s18))) (and ?s2 true true true true true true (and (>= r~1!4 0) (< r~1!4 n)) ?s4 ?s5 ?s7 ?s8 ?s10 ?s11 ?s13 ?s14 ?s16 ?s17 ?s16 ?s17 ?s20 ?s21 ?s20 ?s21 (not (= ?s22 ?s22))) (and ?s2 true true true true true true (and (>= r~1!5 0) (< r~1!5 n)) ?s4 ?s5 ?s7 ?s8 ?s10 ?s11 ?s13 ?s14 ?s16 ?s17 ?s16 ?s17 ?s20 ?s21 ?s20 ?s21 ?s24 ?s25 ?s24 ?s25 (not (= ?s26 ?s26))) (and ?s2 true true true true true true (and (>= r~1!6 0) (< r~1!6 n)) ?s4 ?s5 ?s7 ?s8 ?s10 ?s11 ?s13 ?s14 ?s16 ?s17 ?s16 ?s17 ?s20 ?s21 ?s20 ?s21 ?s24 ?s25 ?s24 ?s25 ?s28 ?s29 ?s28 ?s29 (not (= ?s30 ?s30))) (and true true true true true true (not (= 0.0 0.0)))))))))))))))))))))))))))))))))))
(check-sat)
