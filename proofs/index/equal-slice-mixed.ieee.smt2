; versa proof obligation for rule 'equal-slice-mixed' (rules/library/index.toml), domain ieee: proved
; lhs: (u == v)[a:b]
; rhs: u[a:b] == v[a:b]
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
(declare-fun n () Int)
(declare-fun u.i8.r1!v1 () (_ BitVec 8))
(declare-fun v.u8.r1!v2 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (+ b n)))
 (let ((?s3 (+ a n)))
 (let ((?s4 (- (ite (> 0 b) (ite (<= 0 ?s2) ?s2 0) (ite (<= b n) b n)) (ite (> 0 a) (ite (<= 0 ?s3) ?s3 0) (ite (<= a n) a n)))))
 (let ((?s5 (ite (<= 0 ?s4) ?s4 0)))
 (let ((?s6 (= ((_ sign_extend 8) u.i8.r1!v1) ((_ zero_extend 8) v.u8.r1!v2))))
 (or (and true true ?s1) (and (>= n 0) true true true (not (= ?s5 ?s5))) (and true true true true ?s1) (and true true true true true (not (= ?s6 ?s6)))))))))))
(check-sat)
