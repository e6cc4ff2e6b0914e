; versa proof obligation for rule 'suffix-then-stride' (rules/library/slicing.toml), domain real: proved
; lhs: x[a:][::s]
; rhs: x[a::s]
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
(declare-fun x.f16.r1 (Int) Real)
(assert
 (let ((?s1 (< 0 s)))
 (let ((?s2 (distinct 0 s)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (> 0 a)))
 (let ((?s5 (+ a n)))
 (let ((?s6 (ite ?s4 (ite (<= 0 ?s5) ?s5 0) (ite (<= a n) a n))))
 (let ((?s7 (- n ?s6)))
 (let ((?s8 (ite (<= 0 ?s7) ?s7 0)))
 (let ((?s9 (ite ?s1 0 (- ?s8 1))))
 (let ((?s10 (ite ?s1 ?s8 (- 1))))
 (let ((?s11 (> s 0)))
 (let ((?s12 (- (- ?s10 ?s9) 1)))
 (let ((?s13 (< s 0)))
 (let ((?s14 (- s)))
 (let ((?s15 (- 0 s)))
 (let ((?s16 (> ?s15 0)))
 (let ((?s17 (- (- ?s9 ?s10) 1)))
 (let ((?s18 (< ?s15 0)))
 (let ((?s19 (- ?s15)))
 (let ((?s20 (ite ?s1 (ite (< ?s9 ?s10) (+ (ite ?s11 (div ?s12 s) (ite ?s13 (div (- ?s12) ?s14) 0)) 1) 0) (ite (< ?s10 ?s9) (+ (ite ?s16 (div ?s17 ?s15) (ite ?s18 (div (- ?s17) ?s19) 0)) 1) 0))))
 (let ((?s21 (ite ?s4 (ite (> 0 ?s5) (ite ?s1 0 (- 1)) ?s5) (ite (<= n a) (ite ?s1 n (- n 1)) a))))
 (let ((?s22 (ite ?s1 n (- 1))))
 (let ((?s23 (- (- ?s22 ?s21) 1)))
 (let ((?s24 (- (- ?s21 ?s22) 1)))
 (let ((?s25 (= ?s20 (ite ?s1 (ite (< ?s21 ?s22) (+ (ite ?s11 (div ?s23 s) (ite ?s13 (div (- ?s23) ?s14) 0)) 1) 0) (ite (< ?s22 ?s21) (+ (ite ?s16 (div ?s24 ?s15) (ite ?s18 (div (- ?s24) ?s19) 0)) 1) 0)))))
 (let ((?s26 (* i0 s)))
 (or (and ?s1 ?s2 (not ?s2)) (and ?s3 ?s1 ?s2 ?s2 (not ?s25)) (and true (not true)) (and ?s3 ?s1 ?s2 ?s2 ?s25 true true (>= i0 0) (< i0 ?s20) (not (= (x.f16.r1 (+ ?s6 (+ ?s9 ?s26))) (x.f16.r1 (+ ?s21 ?s26)))))))))))))))))))))))))))))))))
(check-sat)
