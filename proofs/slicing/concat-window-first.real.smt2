; versa proof obligation for rule 'concat-window-first' (rules/library/slicing.toml), domain real: proved
; lhs: concat((x, y), axis=0)[a:b]
; rhs: x[a:b]
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
(declare-fun p () Int)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun y.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (>= p 0)))
 (let ((?s4 (<= b n)))
 (let ((?s5 (and (<= 0 a) (<= 0 b) ?s4)))
 (let ((?s6 (> 0 b)))
 (let ((?s7 (+ n p)))
 (let ((?s8 (+ b ?s7)))
 (let ((?s9 (> 0 a)))
 (let ((?s10 (+ a ?s7)))
 (let ((?s11 (ite ?s9 (ite (<= 0 ?s10) ?s10 0) (ite (<= a ?s7) a ?s7))))
 (let ((?s12 (- (ite ?s6 (ite (<= 0 ?s8) ?s8 0) (ite (<= b ?s7) b ?s7)) ?s11)))
 (let ((?s13 (ite (<= 0 ?s12) ?s12 0)))
 (let ((?s14 (+ b n)))
 (let ((?s15 (+ a n)))
 (let ((?s16 (ite ?s9 (ite (<= 0 ?s15) ?s15 0) (ite (<= a n) a n))))
 (let ((?s17 (- (ite ?s6 (ite (<= 0 ?s14) ?s14 0) (ite ?s4 b n)) ?s16)))
 (let ((?s18 (= ?s13 (ite (<= 0 ?s17) ?s17 0))))
 (let ((?s19 (+ ?s11 i0)))
 (or (and true ?s1) (and ?s2 ?s3 ?s5 true true (not ?s18)) (and true true true ?s1) (and ?s2 ?s3 ?s5 true true ?s18 true true (>= i0 0) (< i0 ?s13) (not (= (ite (< ?s19 n) (x.f64.r1 ?s19) (y.f64.r1 (- ?s19 n))) (x.f64.r1 (+ ?s16 i0))))))))))))))))))))))))))
(check-sat)
