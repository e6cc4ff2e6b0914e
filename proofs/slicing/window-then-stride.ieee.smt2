; versa proof obligation for rule 'window-then-stride' (rules/library/slicing.toml), domain ieee: proved
; lhs: x[a:b][::s]
; rhs: x[a:b:s]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. reads at equal indices
;   5. value: lhs equals rhs
(set-logic ALL)
(declare-fun a () Int)
(declare-fun b () Int)
(declare-fun i0 () Int)
(declare-fun n () Int)
(declare-fun s () Int)
(declare-fun x.f64.r1!v1 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (< 0 s)))
 (let ((?s2 (distinct 0 s)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (> 0 b)))
 (let ((?s5 (+ b n)))
 (let ((?s6 (> 0 a)))
 (let ((?s7 (+ a n)))
 (let ((?s8 (ite ?s6 (ite (<= 0 ?s7) ?s7 0) (ite (<= a n) a n))))
 (let ((?s9 (- (ite ?s4 (ite (<= 0 ?s5) ?s5 0) (ite (<= b n) b n)) ?s8)))
 (let ((?s10 (ite (<= 0 ?s9) ?s9 0)))
 (let ((?s11 (ite ?s1 0 (- ?s10 1))))
 (let ((?s12 (ite ?s1 ?s10 (- 1))))
 (let ((?s13 (> s 0)))
 (let ((?s14 (- (- ?s12 ?s11) 1)))
 (let ((?s15 (< s 0)))
 (let ((?s16 (- s)))
 (let ((?s17 (- 0 s)))
 (let ((?s18 (> ?s17 0)))
 (let ((?s19 (- (- ?s11 ?s12) 1)))
 (let ((?s20 (< ?s17 0)))
 (let ((?s21 (- ?s17)))
 (let ((?s22 (ite ?s1 (ite (< ?s11 ?s12) (+ (ite ?s13 (div ?s14 s) (ite ?s15 (div (- ?s14) ?s16) 0)) 1) 0) (ite (< ?s12 ?s11) (+ (ite ?s18 (div ?s19 ?s17) (ite ?s20 (div (- ?s19) ?s21) 0)) 1) 0))))
 (let ((?s23 (ite ?s1 0 (- 1))))
 (let ((?s24 (ite ?s1 n (- n 1))))
 (let ((?s25 (ite ?s6 (ite (> 0 ?s7) ?s23 ?s7) (ite (<= n a) ?s24 a))))
 (let ((?s26 (ite ?s4 (ite (> 0 ?s5) ?s23 ?s5) (ite (<= n b) ?s24 b))))
 (let ((?s27 (- (- ?s26 ?s25) 1)))
 (let ((?s28 (- (- ?s25 ?s26) 1)))
 (let ((?s29 (= ?s22 (ite ?s1 (ite (< ?s25 ?s26) (+ (ite ?s13 (div ?s27 s) (ite ?s15 (div (- ?s27) ?s16) 0)) 1) 0) (ite (< ?s26 ?s25) (+ (ite ?s18 (div ?s28 ?s17) (ite ?s20 (div (- ?s28) ?s21) 0)) 1) 0)))))
 (let ((?s30 (* i0 s)))
 (or (and ?s1 ?s2 (not ?s2)) (and ?s3 ?s1 ?s2 ?s2 (not ?s29)) (and true (not true)) (and ?s3 ?s1 ?s2 ?s2 ?s29 true true (>= i0 0) (< i0 ?s22) (not (= (+ ?s8 (+ ?s11 ?s30)) (+ ?s25 ?s30)))) (and true true (not (= x.f64.r1!v1 x.f64.r1!v1)))))))))))))))))))))))))))))))))))
(check-sat)
