; versa proof obligation for rule 'reverse-then-step' (rules/library/slicing.toml), domain real: proved
; lhs: x[::-1][::s]
; rhs: x[::-s]
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
(declare-fun s () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (< 0 s)))
 (let ((?s2 (distinct 0 s)))
 (let ((?s3 (- 0 s)))
 (let ((?s4 (distinct 0 ?s3)))
 (let ((?s5 (>= n 0)))
 (let ((?s6 (ite (<= 0 n) n 0)))
 (let ((?s7 (ite ?s1 0 (- ?s6 1))))
 (let ((?s8 (ite ?s1 ?s6 (- 1))))
 (let ((?s9 (- (- ?s8 ?s7) 1)))
 (let ((?s10 (> ?s3 0)))
 (let ((?s11 (- (- ?s7 ?s8) 1)))
 (let ((?s12 (< ?s3 0)))
 (let ((?s13 (- ?s3)))
 (let ((?s14 (ite ?s1 (ite (< ?s7 ?s8) (+ (ite (> s 0) (div ?s9 s) (ite (< s 0) (div (- ?s9) (- s)) 0)) 1) 0) (ite (< ?s8 ?s7) (+ (ite ?s10 (div ?s11 ?s3) (ite ?s12 (div (- ?s11) ?s13) 0)) 1) 0))))
 (let ((?s15 (< 0 ?s3)))
 (let ((?s16 (- n 1)))
 (let ((?s17 (ite ?s15 0 ?s16)))
 (let ((?s18 (ite ?s15 n (- 1))))
 (let ((?s19 (- (- ?s18 ?s17) 1)))
 (let ((?s20 (- 0 ?s3)))
 (let ((?s21 (- (- ?s17 ?s18) 1)))
 (let ((?s22 (= ?s14 (ite ?s15 (ite (< ?s17 ?s18) (+ (ite ?s10 (div ?s19 ?s3) (ite ?s12 (div (- ?s19) ?s13) 0)) 1) 0) (ite (< ?s18 ?s17) (+ (ite (> ?s20 0) (div ?s21 ?s20) (ite (< ?s20 0) (div (- ?s21) (- ?s20)) 0)) 1) 0)))))
 (or (and ?s1 ?s2 (not ?s4)) (and ?s5 ?s1 ?s2 ?s4 (not ?s22)) (and true (not true)) (and ?s5 ?s1 ?s2 ?s4 ?s22 true true (>= i0 0) (< i0 ?s14) (not (= (x.f64.r1 (+ ?s16 (* (+ ?s7 (* i0 s)) (- 1)))) (x.f64.r1 (+ ?s17 (* i0 ?s3))))))))))))))))))))))))))))))
(check-sat)
