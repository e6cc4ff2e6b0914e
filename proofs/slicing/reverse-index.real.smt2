; versa proof obligation for rule 'reverse-index' (rules/library/slicing.toml), domain real: proved
; lhs: x[::-1][i]
; rhs: x[-1 - i]
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
(set-logic ALL)
(declare-fun i () Int)
(declare-fun n () Int)
(declare-fun x.i16.r1 (Int) Int)
(declare-fun x.i32.r1 (Int) Int)
(declare-fun x.i64.r1 (Int) Int)
(declare-fun x.i8.r1 (Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true ?s1)))
 (let ((?s4 (>= n 0)))
 (let ((?s5 (ite (<= 0 n) n 0)))
 (let ((?s6 (and (<= (- 0 ?s5) i) (< i ?s5))))
 (let ((?s7 (- (- 1) i)))
 (let ((?s8 (and (<= (- 0 n) ?s7) (< ?s7 n))))
 (let ((?s9 (and ?s4 true true true ?s6 (not ?s8))))
 (let ((?s10 (+ (- n 1) (* (ite (> 0 i) (+ i ?s5) i) (- 1)))))
 (let ((?s11 (x.i8.r1 ?s10)))
 (let ((?s12 (ite (> 0 ?s7) (+ ?s7 n) ?s7)))
 (let ((?s13 (x.i8.r1 ?s12)))
 (let ((?s14 (x.i16.r1 ?s10)))
 (let ((?s15 (x.i16.r1 ?s12)))
 (let ((?s16 (x.i32.r1 ?s10)))
 (let ((?s17 (x.i32.r1 ?s12)))
 (let ((?s18 (x.i64.r1 ?s10)))
 (let ((?s19 (x.i64.r1 ?s12)))
 (or ?s2 ?s3 ?s9 (and ?s4 true true true true ?s6 ?s8 (>= ?s11 (- 128)) (<= ?s11 127) (>= ?s13 (- 128)) (<= ?s13 127) (not (= ?s11 ?s13))) ?s2 ?s3 ?s9 (and ?s4 true true true true ?s6 ?s8 (>= ?s14 (- 32768)) (<= ?s14 32767) (>= ?s15 (- 32768)) (<= ?s15 32767) (not (= ?s14 ?s15))) ?s2 ?s3 ?s9 (and ?s4 true true true true ?s6 ?s8 (>= ?s16 (- 2147483648)) (<= ?s16 2147483647) (>= ?s17 (- 2147483648)) (<= ?s17 2147483647) (not (= ?s16 ?s17))) ?s2 ?s3 ?s9 (and ?s4 true true true true ?s6 ?s8 (>= ?s18 (- 9223372036854775808)) (<= ?s18 9223372036854775807) (>= ?s19 (- 9223372036854775808)) (<= ?s19 9223372036854775807) (not (= ?s18 ?s19))))))))))))))))))))))))
(check-sat)
