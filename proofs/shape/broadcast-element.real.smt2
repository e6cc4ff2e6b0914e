; versa proof obligation for rule 'broadcast-element' (rules/library/shape.toml), domain real: proved
; lhs: broadcast_to(x, (m, n))[i, j]
; rhs: x[j]
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. value: lhs equals rhs
;   5. wf: rhs well-formed where lhs is
;   6. shape: shapes equal
;   7. defined: rhs defined where lhs is
;   8. value: lhs equals rhs
;   9. wf: rhs well-formed where lhs is
;   10. shape: shapes equal
;   11. defined: rhs defined where lhs is
;   12. value: lhs equals rhs
;   13. wf: rhs well-formed where lhs is
;   14. shape: shapes equal
;   15. defined: rhs defined where lhs is
;   16. value: lhs equals rhs
(set-logic ALL)
(declare-fun i () Int)
(declare-fun j () Int)
(declare-fun m () Int)
(declare-fun n () Int)
(declare-fun x.u16.r1 (Int) Int)
(declare-fun x.u32.r1 (Int) Int)
(declare-fun x.u64.r1 (Int) Int)
(declare-fun x.u8.r1 (Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true ?s1)))
 (let ((?s3 (and true true ?s1)))
 (let ((?s4 (>= n 0)))
 (let ((?s5 (and (<= 0 m) (<= 0 n))))
 (let ((?s6 (<= (- 0 n) j)))
 (let ((?s7 (< j n)))
 (let ((?s8 (and (<= (- 0 m) i) (< i m) ?s6 ?s7)))
 (let ((?s9 (and ?s6 ?s7)))
 (let ((?s10 (and ?s4 true ?s5 true ?s8 (not ?s9))))
 (let ((?s11 (ite (> 0 j) (+ j n) j)))
 (let ((?s12 (x.u8.r1 ?s11)))
 (let ((?s13 (>= ?s12 0)))
 (let ((?s14 (<= ?s12 255)))
 (let ((?s15 (x.u16.r1 ?s11)))
 (let ((?s16 (>= ?s15 0)))
 (let ((?s17 (<= ?s15 65535)))
 (let ((?s18 (x.u32.r1 ?s11)))
 (let ((?s19 (>= ?s18 0)))
 (let ((?s20 (<= ?s18 4294967295)))
 (let ((?s21 (x.u64.r1 ?s11)))
 (let ((?s22 (>= ?s21 0)))
 (let ((?s23 (<= ?s21 18446744073709551615)))
 (or ?s2 ?s3 ?s10 (and ?s4 true ?s5 true true ?s8 ?s9 ?s13 ?s14 ?s13 ?s14 (not (= ?s12 ?s12))) ?s2 ?s3 ?s10 (and ?s4 true ?s5 true true ?s8 ?s9 ?s16 ?s17 ?s16 ?s17 (not (= ?s15 ?s15))) ?s2 ?s3 ?s10 (and ?s4 true ?s5 true true ?s8 ?s9 ?s19 ?s20 ?s19 ?s20 (not (= ?s18 ?s18))) ?s2 ?s3 ?s10 (and ?s4 true ?s5 true true ?s8 ?s9 ?s22 ?s23 ?s22 ?s23 (not (= ?s21 ?s21))))))))))))))))))))))))))))
(check-sat)
