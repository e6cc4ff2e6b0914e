; versa proof obligation for rule 'newaxis-window-commute' (rules/library/slicing.toml), domain real: proved
; lhs: x[None][:, a:b]
; rhs: x[a:b][None]
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
(declare-fun i1 () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= n 0)))
 (let ((?s3 (+ b n)))
 (let ((?s4 (+ a n)))
 (let ((?s5 (ite (> 0 a) (ite (<= 0 ?s4) ?s4 0) (ite (<= a n) a n))))
 (let ((?s6 (- (ite (> 0 b) (ite (<= 0 ?s3) ?s3 0) (ite (<= b n) b n)) ?s5)))
 (let ((?s7 (ite (<= 0 ?s6) ?s6 0)))
 (let ((?s8 (and (= 1 1) (= ?s7 ?s7))))
 (let ((?s9 (x.f64.r1 (+ ?s5 i1))))
 (or (and true true ?s1) (and ?s2 true true true (not ?s8)) (and true true true true ?s1) (and ?s2 true true true ?s8 true true (>= i1 0) (< i1 ?s7) (not (= ?s9 ?s9))))))))))))))
(check-sat)
