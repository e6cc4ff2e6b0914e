; versa proof obligation for rule 'slice-step-compose' (rules/library/slicing.toml), domain ieee: proved
; lhs: x[::s][::t]
; rhs: x[::s * t]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. reads at equal indices
;   5. value: lhs equals rhs
(set-logic ALL)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun s () Int)
(declare-fun t () Int)
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (< 0 s)))
 (let ((?s2 (< 0 t)))
 (let ((?s3 (and ?s1 ?s2)))
 (let ((?s4 (and (distinct 0 s) (distinct 0 t))))
 (let ((?s5 (* s t)))
 (let ((?s6 (distinct 0 ?s5)))
 (let ((?s7 (>= n 0)))
 (let ((?s8 (- n 1)))
 (let ((?s9 (ite ?s1 0 ?s8)))
 (let ((?s10 (ite ?s1 n (- 1))))
 (let ((?s11 (- (- ?s10 ?s9) 1)))
 (let ((?s12 (- 0 s)))
 (let ((?s13 (- (- ?s9 ?s10) 1)))
 (let ((?s14 (ite ?s1 (ite (< ?s9 ?s10) (+ (ite (> s 0) (div ?s11 s) (ite (< s 0) (div (- ?s11) (- s)) 0)) 1) 0) (ite (< ?s10 ?s9) (+ (ite (> ?s12 0) (div ?s13 ?s12) (ite (< ?s12 0) (div (- ?s13) (- ?s12)) 0)) 1) 0))))
 (let ((?s15 (ite ?s2 0 (- ?s14 1))))
 (let ((?s16 (ite ?s2 ?s14 (- 1))))
 (let ((?s17 (- (- ?s16 ?s15) 1)))
 (let ((?s18 (- 0 t)))
 (let ((?s19 (- (- ?s15 ?s16) 1)))
 (let ((?s20 (ite ?s2 (ite (< ?s15 ?s16) (+ (ite (> t 0) (div ?s17 t) (ite (< t 0) (div (- ?s17) (- t)) 0)) 1) 0) (ite (< ?s16 ?s15) (+ (ite (> ?s18 0) (div ?s19 ?s18) (ite (< ?s18 0) (div (- ?s19) (- ?s18)) 0)) 1) 0))))
 (let ((?s21 (< 0 ?s5)))
 (let ((?s22 (ite ?s21 0 ?s8)))
 (let ((?s23 (ite ?s21 n (- 1))))
 (let ((?s24 (- (- ?s23 ?s22) 1)))
 (let ((?s25 (- 0 ?s5)))
 (let ((?s26 (- (- ?s22 ?s23) 1)))
 (let ((?s27 (= ?s20 (ite ?s21 (ite (< ?s22 ?s23) (+ (ite (> ?s5 0) (div ?s24 ?s5) (ite (< ?s5 0) (div (- ?s24) (- ?s5)) 0)) 1) 0) (ite (< ?s23 ?s22) (+ (ite (> ?s25 0) (div ?s26 ?s25) (ite (< ?s25 0) (div (- ?s26) (- ?s25)) 0)) 1) 0)))))
 (or (and ?s3 ?s4 (not ?s6)) (and ?s7 ?s3 ?s4 ?s6 (not ?s27)) (and true (not true)) (and ?s7 ?s3 ?s4 ?s6 ?s27 true true (>= i0 0) (< i0 ?s20) (not (= (+ ?s9 (* (+ ?s15 (* i0 t)) s)) (+ ?s22 (* i0 ?s5))))) (and true true (not (= x.f64.r1!v1 x.f64.r1!v1))))))))))))))))))))))))))))))))
(check-sat)
