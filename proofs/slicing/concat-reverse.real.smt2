; versa proof obligation for rule 'concat-reverse' (rules/library/slicing.toml), domain real: proved
; lhs: concat((x, y), axis=0)[::-1]
; rhs: concat((y[::-1], x[::-1]), axis=0)
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
(declare-fun p () Int)
(declare-fun x.i8.r1 (Int) Int)
(declare-fun y.i8.r1 (Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (>= p 0)))
 (let ((?s4 (+ n p)))
 (let ((?s5 (ite (<= 0 ?s4) ?s4 0)))
 (let ((?s6 (ite (<= 0 p) p 0)))
 (let ((?s7 (= ?s5 (+ ?s6 (ite (<= 0 n) n 0)))))
 (let ((?s8 (* i0 (- 1))))
 (let ((?s9 (+ (- ?s4 1) ?s8)))
 (let ((?s10 (x.i8.r1 ?s9)))
 (let ((?s11 (y.i8.r1 (- ?s9 n))))
 (let ((?s12 (y.i8.r1 (+ (- p 1) ?s8))))
 (let ((?s13 (x.i8.r1 (+ (- n 1) (* (- i0 ?s6) (- 1))))))
 (or (and true true ?s1) (and ?s2 ?s3 true true true (not ?s7)) (and true true true true ?s1) (and ?s2 ?s3 true true true ?s7 true true (>= i0 0) (< i0 ?s5) (>= ?s10 (- 128)) (<= ?s10 127) (>= ?s11 (- 128)) (<= ?s11 127) (>= ?s12 (- 128)) (<= ?s12 127) (>= ?s13 (- 128)) (<= ?s13 127) (not (= (ite (< ?s9 n) ?s10 ?s11) (ite (< i0 ?s6) ?s12 ?s13)))))))))))))))))))
(check-sat)
