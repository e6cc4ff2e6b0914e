; versa proof obligation for rule 'sub-row-broadcast-slice' (rules/library/index.toml), domain real: proved
; lhs: (A - x)[a:b]
; rhs: A[a:b] - x
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f64.r2 (Int Int) Real)
(declare-fun a () Int)
(declare-fun b () Int)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun x.f64.r1 (Int) Real)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (+ b m)))
 (let ((?s5 (+ a m)))
 (let ((?s6 (ite (> 0 a) (ite (<= 0 ?s5) ?s5 0) (ite (<= a m) a m))))
 (let ((?s7 (- (ite (> 0 b) (ite (<= 0 ?s4) ?s4 0) (ite (<= b m) b m)) ?s6)))
 (let ((?s8 (ite (<= 0 ?s7) ?s7 0)))
 (let ((?s9 (and (= ?s8 ?s8) (= n n))))
 (let ((?s10 (- (A.f64.r2 (+ ?s6 i0) i1) (x.f64.r1 i1))))
 (or (and true true ?s1) (and ?s2 ?s3 true true true (not ?s9)) (and true true true true ?s1) (and ?s2 ?s3 true true true ?s9 true true (>= i0 0) (< i0 ?s8) (>= i1 0) (< i1 n) (not (= ?s10 ?s10)))))))))))))))
(check-sat)
