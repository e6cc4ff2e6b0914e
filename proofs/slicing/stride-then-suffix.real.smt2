; versa proof obligation for rule 'stride-then-suffix' (rules/library/slicing.toml), domain real: proved
; lhs: x[::s][a:]
; rhs: x[s * a::s]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun a () Int)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun s () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (< 0 s)))
 (let ((?s2 (and ?s1 (<= 0 a))))
 (let ((?s3 (distinct 0 s)))
 (let ((?s4 (>= n 0)))
 (let ((?s5 (- n 1)))
 (let ((?s6 (ite ?s1 0 ?s5)))
 (let ((?s7 (ite ?s1 n (- 1))))
 (let ((?s8 (> s 0)))
 (let ((?s9 (- (- ?s7 ?s6) 1)))
 (let ((?s10 (< s 0)))
 (let ((?s11 (- s)))
 (let ((?s12 (- 0 s)))
 (let ((?s13 (> ?s12 0)))
 (let ((?s14 (- (- ?s6 ?s7) 1)))
 (let ((?s15 (< ?s12 0)))
 (let ((?s16 (- ?s12)))
 (let ((?s17 (ite ?s1 (ite (< ?s6 ?s7) (+ (ite ?s8 (div ?s9 s) (ite ?s10 (div (- ?s9) ?s11) 0)) 1) 0) (ite (< ?s7 ?s6) (+ (ite ?s13 (div ?s14 ?s12) (ite ?s15 (div (- ?s14) ?s16) 0)) 1) 0))))
 (let ((?s18 (+ a ?s17)))
 (let ((?s19 (ite (> 0 a) (ite (<= 0 ?s18) ?s18 0) (ite (<= a ?s17) a ?s17))))
 (let ((?s20 (- ?s17 ?s19)))
 (let ((?s21 (ite (<= 0 ?s20) ?s20 0)))
 (let ((?s22 (* s a)))
 (let ((?s23 (+ ?s22 n)))
 (let ((?s24 (ite (> 0 ?s22) (ite (> 0 ?s23) (ite ?s1 0 (- 1)) ?s23) (ite (<= n ?s22) (ite ?s1 n ?s5) ?s22))))
 (let ((?s25 (- (- ?s7 ?s24) 1)))
 (let ((?s26 (- (- ?s24 ?s7) 1)))
 (let ((?s27 (= ?s21 (ite ?s1 (ite (< ?s24 ?s7) (+ (ite ?s8 (div ?s25 s) (ite ?s10 (div (- ?s25) ?s11) 0)) 1) 0) (ite (< ?s7 ?s24) (+ (ite ?s13 (div ?s26 ?s12) (ite ?s15 (div (- ?s26) ?s16) 0)) 1) 0)))))
 (or (and ?s2 ?s3 (not ?s3)) (and ?s4 ?s2 ?s3 ?s3 (not ?s27)) (and true (not true)) (and ?s4 ?s2 ?s3 ?s3 ?s27 true true (>= i0 0) (< i0 ?s21) (not (= (x.f64.r1 (+ ?s6 (* (+ ?s19 i0) s))) (x.f64.r1 (+ ?s24 (* i0 s)))))))))))))))))))))))))))))))))))
(check-sat)
