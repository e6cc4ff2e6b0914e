; versa proof obligation for rule 'stride-index' (rules/library/slicing.toml), domain real: proved
; lhs: x[::s][i]
; rhs: x[s * i]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun i () Int)
(declare-fun n () Int)
(declare-fun s () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (< 0 s)))
 (let ((?s4 (and ?s3 (<= 0 i))))
 (let ((?s5 (distinct 0 s)))
 (let ((?s6 (ite ?s3 0 (- n 1))))
 (let ((?s7 (ite ?s3 n (- 1))))
 (let ((?s8 (- (- ?s7 ?s6) 1)))
 (let ((?s9 (- 0 s)))
 (let ((?s10 (- (- ?s6 ?s7) 1)))
 (let ((?s11 (ite ?s3 (ite (< ?s6 ?s7) (+ (ite (> s 0) (div ?s8 s) (ite (< s 0) (div (- ?s8) (- s)) 0)) 1) 0) (ite (< ?s7 ?s6) (+ (ite (> ?s9 0) (div ?s10 ?s9) (ite (< ?s9 0) (div (- ?s10) (- ?s9)) 0)) 1) 0))))
 (let ((?s12 (and (<= (- 0 ?s11) i) (< i ?s11))))
 (let ((?s13 (* s i)))
 (let ((?s14 (and (<= (- 0 n) ?s13) (< ?s13 n))))
 (or ?s1 (and true ?s1) (and ?s2 ?s4 ?s5 true ?s12 (not ?s14)) (and ?s2 ?s4 ?s5 true true ?s12 ?s14 (not (= (x.f64.r1 (+ ?s6 (* (ite (> 0 i) (+ i ?s11) i) s))) (x.f64.r1 (ite (> 0 ?s13) (+ ?s13 n) ?s13)))))))))))))))))))))
(check-sat)
