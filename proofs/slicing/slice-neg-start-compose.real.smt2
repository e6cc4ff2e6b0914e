; versa proof obligation for rule 'slice-neg-start-compose' (rules/library/slicing.toml), domain real: proved
; lhs: x[a:][b:]
; rhs: x[b:]
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
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun x.i32.r1 (Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (> 0 b)))
 (let ((?s4 (and (<= a b) ?s3)))
 (let ((?s5 (+ a n)))
 (let ((?s6 (ite (> 0 a) (ite (<= 0 ?s5) ?s5 0) (ite (<= a n) a n))))
 (let ((?s7 (- n ?s6)))
 (let ((?s8 (ite (<= 0 ?s7) ?s7 0)))
 (let ((?s9 (+ b ?s8)))
 (let ((?s10 (ite ?s3 (ite (<= 0 ?s9) ?s9 0) (ite (<= b ?s8) b ?s8))))
 (let ((?s11 (- ?s8 ?s10)))
 (let ((?s12 (ite (<= 0 ?s11) ?s11 0)))
 (let ((?s13 (+ b n)))
 (let ((?s14 (ite ?s3 (ite (<= 0 ?s13) ?s13 0) (ite (<= b n) b n))))
 (let ((?s15 (- n ?s14)))
 (let ((?s16 (= ?s12 (ite (<= 0 ?s15) ?s15 0))))
 (let ((?s17 (x.i32.r1 (+ ?s6 (+ ?s10 i0)))))
 (let ((?s18 (x.i32.r1 (+ ?s14 i0))))
 (or (and true ?s1) (and ?s2 ?s4 true true (not ?s16)) (and true true true ?s1) (and ?s2 ?s4 true true ?s16 true true (>= i0 0) (< i0 ?s12) (>= ?s17 (- 2147483648)) (<= ?s17 2147483647) (>= ?s18 (- 2147483648)) (<= ?s18 2147483647) (not (= ?s17 ?s18)))))))))))))))))))))))
(check-sat)
