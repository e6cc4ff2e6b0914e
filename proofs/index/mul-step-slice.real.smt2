; versa proof obligation for rule 'mul-step-slice' (rules/library/index.toml), domain real: proved
; lhs: (x * y)[a:b:s]
; rhs: x[a:b:s] * y[a:b:s]
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
(declare-fun s () Int)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun y.f64.r1 (Int) Real)
(assert
 (let ((?s1 (distinct 0 s)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (< 0 s)))
 (let ((?s4 (+ a n)))
 (let ((?s5 (ite ?s3 0 (- 1))))
 (let ((?s6 (ite ?s3 n (- n 1))))
 (let ((?s7 (ite (> 0 a) (ite (> 0 ?s4) ?s5 ?s4) (ite (<= n a) ?s6 a))))
 (let ((?s8 (+ b n)))
 (let ((?s9 (ite (> 0 b) (ite (> 0 ?s8) ?s5 ?s8) (ite (<= n b) ?s6 b))))
 (let ((?s10 (- (- ?s9 ?s7) 1)))
 (let ((?s11 (- 0 s)))
 (let ((?s12 (- (- ?s7 ?s9) 1)))
 (let ((?s13 (ite ?s3 (ite (< ?s7 ?s9) (+ (ite (> s 0) (div ?s10 s) (ite (< s 0) (div (- ?s10) (- s)) 0)) 1) 0) (ite (< ?s9 ?s7) (+ (ite (> ?s11 0) (div ?s12 ?s11) (ite (< ?s11 0) (div (- ?s12) (- ?s11)) 0)) 1) 0))))
 (let ((?s14 (= ?s13 ?s13)))
 (let ((?s15 (+ ?s7 (* i0 s))))
 (let ((?s16 (* (x.f64.r1 ?s15) (y.f64.r1 ?s15))))
 (or (and true ?s1 (not ?s1)) (and ?s2 true ?s1 ?s1 (not ?s14)) (and true true (not true)) (and ?s2 true ?s1 ?s1 ?s14 true true (>= i0 0) (< i0 ?s13) (not (= ?s16 ?s16)))))))))))))))))))))
(check-sat)
