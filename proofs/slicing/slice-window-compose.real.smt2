; versa proof obligation for rule 'slice-window-compose' (rules/library/slicing.toml), domain real: proved
; lhs: x[a:b][c:d]
; rhs: x[a + c:a + d]
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
(declare-fun c () Int)
(declare-fun d () Int)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (+ a d)))
 (let ((?s4 (and (<= 0 a) (<= 0 c) (<= 0 d) (<= ?s3 b))))
 (let ((?s5 (+ b n)))
 (let ((?s6 (+ a n)))
 (let ((?s7 (ite (> 0 a) (ite (<= 0 ?s6) ?s6 0) (ite (<= a n) a n))))
 (let ((?s8 (- (ite (> 0 b) (ite (<= 0 ?s5) ?s5 0) (ite (<= b n) b n)) ?s7)))
 (let ((?s9 (ite (<= 0 ?s8) ?s8 0)))
 (let ((?s10 (+ d ?s9)))
 (let ((?s11 (+ c ?s9)))
 (let ((?s12 (ite (> 0 c) (ite (<= 0 ?s11) ?s11 0) (ite (<= c ?s9) c ?s9))))
 (let ((?s13 (- (ite (> 0 d) (ite (<= 0 ?s10) ?s10 0) (ite (<= d ?s9) d ?s9)) ?s12)))
 (let ((?s14 (ite (<= 0 ?s13) ?s13 0)))
 (let ((?s15 (+ ?s3 n)))
 (let ((?s16 (+ a c)))
 (let ((?s17 (+ ?s16 n)))
 (let ((?s18 (ite (> 0 ?s16) (ite (<= 0 ?s17) ?s17 0) (ite (<= ?s16 n) ?s16 n))))
 (let ((?s19 (- (ite (> 0 ?s3) (ite (<= 0 ?s15) ?s15 0) (ite (<= ?s3 n) ?s3 n)) ?s18)))
 (let ((?s20 (= ?s14 (ite (<= 0 ?s19) ?s19 0))))
 (or (and true ?s1) (and ?s2 ?s4 true true (not ?s20)) (and true true true ?s1) (and ?s2 ?s4 true true ?s20 true true (>= i0 0) (< i0 ?s14) (not (= (x.f64.r1 (+ ?s7 (+ ?s12 i0))) (x.f64.r1 (+ ?s18 i0)))))))))))))))))))))))))))
(check-sat)
