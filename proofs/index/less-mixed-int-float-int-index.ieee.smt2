; versa proof obligation for rule 'less-mixed-int-float-int-index' (rules/library/index.toml), domain ieee: proved
; lhs: (u < x)[i]
; rhs: u[i] < x[i]
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
(declare-fun u.i64.r1!v1 () (_ BitVec 64))
(declare-fun x.f64.r1!v2 () (_ FloatingPoint 11 53))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and (<= (- 0 n) i) (< i n))))
 (let ((?s3 (fp.lt ((_ to_fp 11 53) roundNearestTiesToEven u.i64.r1!v1) x.f64.r1!v2)))
 (or (and true true ?s1) (and true true true ?s1) (and (>= n 0) true true true ?s2 (not ?s2)) (and true true true true (not (= ?s3 ?s3))))))))
(check-sat)
