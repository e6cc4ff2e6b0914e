; versa proof obligation for rule 'add-key-same-shape-num' (rules/library/index.toml), domain real: proved
; lhs: (P + Q)[key]
; rhs: P[key] + Q[key]
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
;   17. wf: rhs well-formed where lhs is
;   18. shape: shapes equal
;   19. defined: rhs defined where lhs is
;   20. value: lhs equals rhs
;   21. wf: rhs well-formed where lhs is
;   22. shape: shapes equal
;   23. defined: rhs defined where lhs is
;   24. value: lhs equals rhs
;   25. wf: rhs well-formed where lhs is
;   26. shape: shapes equal
;   27. defined: rhs defined where lhs is
;   28. value: lhs equals rhs
;   29. wf: rhs well-formed where lhs is
;   30. shape: shapes equal
;   31. defined: rhs defined where lhs is
;   32. value: lhs equals rhs
;   33. wf: rhs well-formed where lhs is
;   34. shape: shapes equal
;   35. defined: rhs defined where lhs is
;   36. value: lhs equals rhs
;   37. wf: rhs well-formed where lhs is
;   38. shape: shapes equal
;   39. defined: rhs defined where lhs is
;   40. value: lhs equals rhs
;   41. wf: rhs well-formed where lhs is
;   42. shape: shapes equal
;   43. defined: rhs defined where lhs is
;   44. value: lhs equals rhs
;   45. wf: rhs well-formed where lhs is
;   46. shape: shapes equal
;   47. defined: rhs defined where lhs is
;   48. value: lhs equals rhs
;   49. wf: rhs well-formed where lhs is
;   50. shape: shapes equal
;   51. defined: rhs defined where lhs is
;   52. value: lhs equals rhs
;   53. wf: rhs well-formed where lhs is
;   54. shape: shapes equal
;   55. defined: rhs defined where lhs is
;   56. value: lhs equals rhs
;   57. wf: rhs well-formed where lhs is
;   58. shape: shapes equal
;   59. defined: rhs defined where lhs is
;   60. value: lhs equals rhs
;   61. wf: rhs well-formed where lhs is
;   62. shape: shapes equal
;   63. defined: rhs defined where lhs is
;   64. value: lhs equals rhs
;   65. wf: rhs well-formed where lhs is
;   66. shape: shapes equal
;   67. defined: rhs defined where lhs is
;   68. value: lhs equals rhs
;   69. wf: rhs well-formed where lhs is
;   70. shape: shapes equal
;   71. defined: rhs defined where lhs is
;   72. value: lhs equals rhs
;   73. wf: rhs well-formed where lhs is
;   74. shape: shapes equal
;   75. defined: rhs defined where lhs is
;   76. value: lhs equals rhs
;   77. wf: rhs well-formed where lhs is
;   78. shape: shapes equal
;   79. defined: rhs defined where lhs is
;   80. value: lhs equals rhs
;   81. wf: rhs well-formed where lhs is
;   82. shape: shapes equal
;   83. defined: rhs defined where lhs is
;   84. value: lhs equals rhs
;   85. wf: rhs well-formed where lhs is
;   86. shape: shapes equal
;   87. defined: rhs defined where lhs is
;   88. value: lhs equals rhs
;   89. wf: rhs well-formed where lhs is
;   90. shape: shapes equal
;   91. defined: rhs defined where lhs is
;   92. value: lhs equals rhs
;   93. wf: rhs well-formed where lhs is
;   94. shape: shapes equal
;   95. defined: rhs defined where lhs is
;   96. value: lhs equals rhs
;   97. wf: rhs well-formed where lhs is
;   98. shape: shapes equal
;   99. defined: rhs defined where lhs is
;   100. value: lhs equals rhs
;   101. wf: rhs well-formed where lhs is
;   102. shape: shapes equal
;   103. defined: rhs defined where lhs is
;   104. value: lhs equals rhs
;   105. wf: rhs well-formed where lhs is
;   106. shape: shapes equal
;   107. defined: rhs defined where lhs is
;   108. value: lhs equals rhs
;   109. wf: rhs well-formed where lhs is
;   110. shape: shapes equal
;   111. defined: rhs defined where lhs is
;   112. value: lhs equals rhs
;   113. wf: rhs well-formed where lhs is
;   114. shape: shapes equal
;   115. defined: rhs defined where lhs is
;   116. value: lhs equals rhs
;   117. wf: rhs well-formed where lhs is
;   118. shape: shapes equal
;   119. defined: rhs defined where lhs is
;   120. value: lhs equals rhs
;   121. wf: rhs well-formed where lhs is
;   122. shape: shapes equal
;   123. defined: rhs defined where lhs is
;   124. value: lhs equals rhs
;   125. wf: rhs well-formed where lhs is
;   126. shape: shapes equal
;   127. defined: rhs defined where lhs is
;   128. value: lhs equals rhs
;   129. wf: rhs well-formed where lhs is
;   130. shape: shapes equal
;   131. defined: rhs defined where lhs is
;   132. value: lhs equals rhs
;   133. wf: rhs well-formed where lhs is
;   134. shape: shapes equal
;   135. defined: rhs defined where lhs is
;   136. value: lhs equals rhs
;   137. wf: rhs well-formed where lhs is
;   138. shape: shapes equal
;   139. defined: rhs defined where lhs is
;   140. value: lhs equals rhs
;   141. wf: rhs well-formed where lhs is
;   142. shape: shapes equal
;   143. defined: rhs defined where lhs is
;   144. value: lhs equals rhs
;   145. wf: rhs well-formed where lhs is
;   146. shape: shapes equal
;   147. defined: rhs defined where lhs is
;   148. value: lhs equals rhs
;   149. wf: rhs well-formed where lhs is
;   150. shape: shapes equal
;   151. defined: rhs defined where lhs is
;   152. value: lhs equals rhs
;   153. wf: rhs well-formed where lhs is
;   154. shape: shapes equal
;   155. defined: rhs defined where lhs is
;   156. value: lhs equals rhs
;   157. wf: rhs well-formed where lhs is
;   158. shape: shapes equal
;   159. defined: rhs defined where lhs is
;   160. value: lhs equals rhs
;   161. wf: rhs well-formed where lhs is
;   162. shape: shapes equal
;   163. defined: rhs defined where lhs is
;   164. value: lhs equals rhs
;   165. wf: rhs well-formed where lhs is
;   166. shape: shapes equal
;   167. defined: rhs defined where lhs is
;   168. value: lhs equals rhs
;   169. wf: rhs well-formed where lhs is
;   170. shape: shapes equal
;   171. defined: rhs defined where lhs is
;   172. value: lhs equals rhs
;   173. wf: rhs well-formed where lhs is
;   174. shape: shapes equal
;   175. defined: rhs defined where lhs is
;   176. value: lhs equals rhs
;   177. wf: rhs well-formed where lhs is
;   178. shape: shapes equal
;   179. defined: rhs defined where lhs is
;   180. value: lhs equals rhs
;   181. wf: rhs well-formed where lhs is
;   182. shape: shapes equal
;   183. defined: rhs defined where lhs is
;   184. value: lhs equals rhs
;   185. wf: rhs well-formed where lhs is
;   186. shape: shapes equal
;   187. defined: rhs defined where lhs is
;   188. value: lhs equals rhs
;   189. wf: rhs well-formed where lhs is
;   190. shape: shapes equal
;   191. defined: rhs defined where lhs is
;   192. value: lhs equals rhs
;   193. wf: rhs well-formed where lhs is
;   194. shape: shapes equal
;   195. defined: rhs defined where lhs is
;   196. value: lhs equals rhs
;   197. wf: rhs well-formed where lhs is
;   198. shape: shapes equal
;   199. defined: rhs defined where lhs is
;   200. value: lhs equals rhs
;   201. wf: rhs well-formed where lhs is
;   202. shape: shapes equal
;   203. defined: rhs defined where lhs is
;   204. value: lhs equals rhs
;   205. wf: rhs well-formed where lhs is
;   206. shape: shapes equal
;   207. defined: rhs defined where lhs is
;   208. value: lhs equals rhs
;   209. wf: rhs well-formed where lhs is
;   210. shape: shapes equal
;   211. defined: rhs defined where lhs is
;   212. value: lhs equals rhs
;   213. wf: rhs well-formed where lhs is
;   214. shape: shapes equal
;   215. defined: rhs defined where lhs is
;   216. value: lhs equals rhs
;   217. wf: rhs well-formed where lhs is
;   218. shape: shapes equal
;   219. defined: rhs defined where lhs is
;   220. value: lhs equals rhs
;   221. wf: rhs well-formed where lhs is
;   222. shape: shapes equal
;   223. defined: rhs defined where lhs is
;   224. value: lhs equals rhs
;   225. wf: rhs well-formed where lhs is
;   226. shape: shapes equal
;   227. defined: rhs defined where lhs is
;   228. value: lhs equals rhs
;   229. wf: rhs well-formed where lhs is
;   230. shape: shapes equal
;   231. defined: rhs defined where lhs is
;   232. value: lhs equals rhs
;   233. wf: rhs well-formed where lhs is
;   234. shape: shapes equal
;   235. defined: rhs defined where lhs is
;   236. value: lhs equals rhs
;   237. wf: rhs well-formed where lhs is
;   238. shape: shapes equal
;   239. defined: rhs defined where lhs is
;   240. value: lhs equals rhs
;   241. wf: rhs well-formed where lhs is
;   242. shape: shapes equal
;   243. defined: rhs defined where lhs is
;   244. value: lhs equals rhs
;   245. wf: rhs well-formed where lhs is
;   246. shape: shapes equal
;   247. defined: rhs defined where lhs is
;   248. value: lhs equals rhs
;   249. wf: rhs well-formed where lhs is
;   250. shape: shapes equal
;   251. defined: rhs defined where lhs is
;   252. value: lhs equals rhs
;   253. wf: rhs well-formed where lhs is
;   254. shape: shapes equal
;   255. defined: rhs defined where lhs is
;   256. value: lhs equals rhs
;   257. wf: rhs well-formed where lhs is
;   258. shape: shapes equal
;   259. defined: rhs defined where lhs is
;   260. value: lhs equals rhs
;   261. wf: rhs well-formed where lhs is
;   262. shape: shapes equal
;   263. defined: rhs defined where lhs is
;   264. value: lhs equals rhs
;   265. wf: rhs well-formed where lhs is
;   266. shape: shapes equal
;   267. defined: rhs defined where lhs is
;   268. value: lhs equals rhs
;   269. wf: rhs well-formed where lhs is
;   270. shape: shapes equal
;   271. defined: rhs defined where lhs is
;   272. value: lhs equals rhs
;   273. wf: rhs well-formed where lhs is
;   274. shape: shapes equal
;   275. defined: rhs defined where lhs is
;   276. value: lhs equals rhs
;   277. wf: rhs well-formed where lhs is
;   278. shape: shapes equal
;   279. defined: rhs defined where lhs is
;   280. value: lhs equals rhs
;   281. wf: rhs well-formed where lhs is
;   282. shape: shapes equal
;   283. defined: rhs defined where lhs is
;   284. value: lhs equals rhs
;   285. wf: rhs well-formed where lhs is
;   286. shape: shapes equal
;   287. defined: rhs defined where lhs is
;   288. value: lhs equals rhs
;   289. wf: rhs well-formed where lhs is
;   290. shape: shapes equal
;   291. defined: rhs defined where lhs is
;   292. value: lhs equals rhs
;   293. wf: rhs well-formed where lhs is
;   294. shape: shapes equal
;   295. defined: rhs defined where lhs is
;   296. value: lhs equals rhs
;   297. wf: rhs well-formed where lhs is
;   298. shape: shapes equal
;   299. defined: rhs defined where lhs is
;   300. value: lhs equals rhs
;   301. wf: rhs well-formed where lhs is
;   302. shape: shapes equal
;   303. defined: rhs defined where lhs is
;   304. value: lhs equals rhs
;   305. wf: rhs well-formed where lhs is
;   306. shape: shapes equal
;   307. defined: rhs defined where lhs is
;   308. value: lhs equals rhs
;   309. wf: rhs well-formed where lhs is
;   310. shape: shapes equal
;   311. defined: rhs defined where lhs is
;   312. value: lhs equals rhs
;   313. wf: rhs well-formed where lhs is
;   314. shape: shapes equal
;   315. defined: rhs defined where lhs is
;   316. value: lhs equals rhs
;   317. wf: rhs well-formed where lhs is
;   318. shape: shapes equal
;   319. defined: rhs defined where lhs is
;   320. value: lhs equals rhs
;   321. wf: rhs well-formed where lhs is
;   322. shape: shapes equal
;   323. defined: rhs defined where lhs is
;   324. value: lhs equals rhs
;   325. wf: rhs well-formed where lhs is
;   326. shape: shapes equal
;   327. defined: rhs defined where lhs is
;   328. value: lhs equals rhs
;   329. wf: rhs well-formed where lhs is
;   330. shape: shapes equal
;   331. defined: rhs defined where lhs is
;   332. value: lhs equals rhs
;   333. wf: rhs well-formed where lhs is
;   334. shape: shapes equal
;   335. defined: rhs defined where lhs is
;   336. value: lhs equals rhs
;   337. wf: rhs well-formed where lhs is
;   338. shape: shapes equal
;   339. defined: rhs defined where lhs is
;   340. value: lhs equals rhs
;   341. wf: rhs well-formed where lhs is
;   342. shape: shapes equal
;   343. defined: rhs defined where lhs is
;   344. value: lhs equals rhs
;   345. wf: rhs well-formed where lhs is
;   346. shape: shapes equal
;   347. defined: rhs defined where lhs is
;   348. value: lhs equals rhs
;   349. wf: rhs well-formed where lhs is
;   350. shape: shapes equal
;   351. defined: rhs defined where lhs is
;   352. value: lhs equals rhs
;   353. wf: rhs well-formed where lhs is
;   354. shape: shapes equal
;   355. defined: rhs defined where lhs is
;   356. value: lhs equals rhs
;   357. wf: rhs well-formed where lhs is
;   358. shape: shapes equal
;   359. defined: rhs defined where lhs is
;   360. value: lhs equals rhs
;   361. wf: rhs well-formed where lhs is
;   362. shape: shapes equal
;   363. defined: rhs defined where lhs is
;   364. value: lhs equals rhs
;   365. wf: rhs well-formed where lhs is
;   366. shape: shapes equal
;   367. defined: rhs defined where lhs is
;   368. value: lhs equals rhs
;   369. wf: rhs well-formed where lhs is
;   370. shape: shapes equal
;   371. defined: rhs defined where lhs is
;   372. value: lhs equals rhs
;   373. wf: rhs well-formed where lhs is
;   374. shape: shapes equal
;   375. defined: rhs defined where lhs is
;   376. value: lhs equals rhs
;   377. wf: rhs well-formed where lhs is
;   378. shape: shapes equal
;   379. defined: rhs defined where lhs is
;   380. value: lhs equals rhs
;   381. wf: rhs well-formed where lhs is
;   382. shape: shapes equal
;   383. defined: rhs defined where lhs is
;   384. value: lhs equals rhs
(set-logic ALL)
(declare-sort Idx 0)
(declare-sort Key 0)
(declare-sort Shape 0)
(declare-fun P.f16.r2 (Int Int) Real)
(declare-fun P.i16.r2 (Int Int) Int)
(declare-fun P.i32.r2 (Int Int) Int)
(declare-fun P.i64.r2 (Int Int) Int)
(declare-fun P.i8.r2 (Int Int) Int)
(declare-fun P.u16.r2 (Int Int) Int)
(declare-fun P.u32.r2 (Int Int) Int)
(declare-fun P.u64.r2 (Int Int) Int)
(declare-fun P.u8.r2 (Int Int) Int)
(declare-fun Q.f16.r2 (Int Int) Real)
(declare-fun Q.f32.r2 (Int Int) Real)
(declare-fun Q.f64.r2 (Int Int) Real)
(declare-fun Q.i16.r2 (Int Int) Int)
(declare-fun Q.i32.r2 (Int Int) Int)
(declare-fun Q.i64.r2 (Int Int) Int)
(declare-fun Q.i8.r2 (Int Int) Int)
(declare-fun Q.u16.r2 (Int Int) Int)
(declare-fun Q.u32.r2 (Int Int) Int)
(declare-fun Q.u64.r2 (Int Int) Int)
(declare-fun Q.u8.r2 (Int Int) Int)
(declare-fun cast_oob.i16.i32 (Int) Int)
(declare-fun cast_oob.i16.i64 (Int) Int)
(declare-fun cast_oob.i32.i64 (Int) Int)
(declare-fun cast_oob.i8.i16 (Int) Int)
(declare-fun cast_oob.i8.i32 (Int) Int)
(declare-fun cast_oob.i8.i64 (Int) Int)
(declare-fun cast_oob.u16.i32 (Int) Int)
(declare-fun cast_oob.u16.i64 (Int) Int)
(declare-fun cast_oob.u16.u32 (Int) Int)
(declare-fun cast_oob.u16.u64 (Int) Int)
(declare-fun cast_oob.u32.i64 (Int) Int)
(declare-fun cast_oob.u32.u64 (Int) Int)
(declare-fun cast_oob.u8.i16 (Int) Int)
(declare-fun cast_oob.u8.i32 (Int) Int)
(declare-fun cast_oob.u8.i64 (Int) Int)
(declare-fun cast_oob.u8.u16 (Int) Int)
(declare-fun cast_oob.u8.u32 (Int) Int)
(declare-fun cast_oob.u8.u64 (Int) Int)
(declare-fun i () Idx)
(declare-fun in_bounds (Idx Shape) Bool)
(declare-fun key.key () Key)
(declare-fun key_comp.r2.0 (Key Int Int Idx) Int)
(declare-fun key_comp.r2.1 (Key Int Int Idx) Int)
(declare-fun key_shape.r2 (Key Int Int) Shape)
(declare-fun key_valid.r2 (Key Int Int) Bool)
(declare-fun m () Int)
(declare-fun n () Int)
(assert
 (let ((?s1 (and true true (not true))))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (key_shape.r2 key.key m n)))
 (let ((?s5 (= ?s4 ?s4)))
 (let ((?s6 (and ?s2 ?s3 true true true (not ?s5))))
 (let ((?s7 (key_valid.r2 key.key m n)))
 (let ((?s8 (and ?s2 ?s3 true true true ?s7 (not ?s7))))
 (let ((?s9 (in_bounds i ?s4)))
 (let ((?s10 (key_comp.r2.0 key.key m n i)))
 (let ((?s11 (key_comp.r2.1 key.key m n i)))
 (let ((?s12 (P.i8.r2 ?s10 ?s11)))
 (let ((?s13 (>= ?s12 (- 128))))
 (let ((?s14 (<= ?s12 127)))
 (let ((?s15 (Q.i8.r2 ?s10 ?s11)))
 (let ((?s16 (>= ?s15 (- 128))))
 (let ((?s17 (<= ?s15 127)))
 (let ((?s18 (+ ?s12 ?s15)))
 (let ((?s19 (Q.i16.r2 ?s10 ?s11)))
 (let ((?s20 (>= ?s19 (- 32768))))
 (let ((?s21 (<= ?s19 32767)))
 (let ((?s22 (ite (and (>= ?s12 (- 32768)) (<= ?s12 32767)) ?s12 (cast_oob.i8.i16 ?s12))))
 (let ((?s23 (+ ?s22 ?s19)))
 (let ((?s24 (Q.i32.r2 ?s10 ?s11)))
 (let ((?s25 (>= ?s24 (- 2147483648))))
 (let ((?s26 (<= ?s24 2147483647)))
 (let ((?s27 (ite (and (>= ?s12 (- 2147483648)) (<= ?s12 2147483647)) ?s12 (cast_oob.i8.i32 ?s12))))
 (let ((?s28 (+ ?s27 ?s24)))
 (let ((?s29 (Q.i64.r2 ?s10 ?s11)))
 (let ((?s30 (>= ?s29 (- 9223372036854775808))))
 (let ((?s31 (<= ?s29 9223372036854775807)))
 (let ((?s32 (ite (and (>= ?s12 (- 9223372036854775808)) (<= ?s12 9223372036854775807)) ?s12 (cast_oob.i8.i64 ?s12))))
 (let ((?s33 (+ ?s32 ?s29)))
 (let ((?s34 (Q.u8.r2 ?s10 ?s11)))
 (let ((?s35 (>= ?s34 0)))
 (let ((?s36 (<= ?s34 255)))
 (let ((?s37 (ite (and (>= ?s34 (- 32768)) (<= ?s34 32767)) ?s34 (cast_oob.u8.i16 ?s34))))
 (let ((?s38 (+ ?s22 ?s37)))
 (let ((?s39 (Q.u16.r2 ?s10 ?s11)))
 (let ((?s40 (>= ?s39 0)))
 (let ((?s41 (<= ?s39 65535)))
 (let ((?s42 (ite (and (>= ?s39 (- 2147483648)) (<= ?s39 2147483647)) ?s39 (cast_oob.u16.i32 ?s39))))
 (let ((?s43 (+ ?s27 ?s42)))
 (let ((?s44 (Q.u32.r2 ?s10 ?s11)))
 (let ((?s45 (>= ?s44 0)))
 (let ((?s46 (<= ?s44 4294967295)))
 (let ((?s47 (ite (and (>= ?s44 (- 9223372036854775808)) (<= ?s44 9223372036854775807)) ?s44 (cast_oob.u32.i64 ?s44))))
 (let ((?s48 (+ ?s32 ?s47)))
 (let ((?s49 (Q.u64.r2 ?s10 ?s11)))
 (let ((?s50 (>= ?s49 0)))
 (let ((?s51 (<= ?s49 18446744073709551615)))
 (let ((?s52 (to_real ?s12)))
 (let ((?s53 (to_real ?s49)))
 (let ((?s54 (+ ?s52 ?s53)))
 (let ((?s55 (Q.f16.r2 ?s10 ?s11)))
 (let ((?s56 (+ ?s52 ?s55)))
 (let ((?s57 (Q.f32.r2 ?s10 ?s11)))
 (let ((?s58 (+ ?s52 ?s57)))
 (let ((?s59 (Q.f64.r2 ?s10 ?s11)))
 (let ((?s60 (+ ?s52 ?s59)))
 (let ((?s61 (P.i16.r2 ?s10 ?s11)))
 (let ((?s62 (>= ?s61 (- 32768))))
 (let ((?s63 (<= ?s61 32767)))
 (let ((?s64 (ite (and (>= ?s15 (- 32768)) (<= ?s15 32767)) ?s15 (cast_oob.i8.i16 ?s15))))
 (let ((?s65 (+ ?s61 ?s64)))
 (let ((?s66 (+ ?s61 ?s19)))
 (let ((?s67 (ite (and (>= ?s61 (- 2147483648)) (<= ?s61 2147483647)) ?s61 (cast_oob.i16.i32 ?s61))))
 (let ((?s68 (+ ?s67 ?s24)))
 (let ((?s69 (ite (and (>= ?s61 (- 9223372036854775808)) (<= ?s61 9223372036854775807)) ?s61 (cast_oob.i16.i64 ?s61))))
 (let ((?s70 (+ ?s69 ?s29)))
 (let ((?s71 (+ ?s61 ?s37)))
 (let ((?s72 (+ ?s67 ?s42)))
 (let ((?s73 (+ ?s69 ?s47)))
 (let ((?s74 (to_real ?s61)))
 (let ((?s75 (+ ?s74 ?s53)))
 (let ((?s76 (+ ?s74 ?s55)))
 (let ((?s77 (+ ?s74 ?s57)))
 (let ((?s78 (+ ?s74 ?s59)))
 (let ((?s79 (P.i32.r2 ?s10 ?s11)))
 (let ((?s80 (>= ?s79 (- 2147483648))))
 (let ((?s81 (<= ?s79 2147483647)))
 (let ((?s82 (ite (and (>= ?s15 (- 2147483648)) (<= ?s15 2147483647)) ?s15 (cast_oob.i8.i32 ?s15))))
 (let ((?s83 (+ ?s79 ?s82)))
 (let ((?s84 (ite (and (>= ?s19 (- 2147483648)) (<= ?s19 2147483647)) ?s19 (cast_oob.i16.i32 ?s19))))
 (let ((?s85 (+ ?s79 ?s84)))
 (let ((?s86 (+ ?s79 ?s24)))
 (let ((?s87 (ite (and (>= ?s79 (- 9223372036854775808)) (<= ?s79 9223372036854775807)) ?s79 (cast_oob.i32.i64 ?s79))))
 (let ((?s88 (+ ?s87 ?s29)))
 (let ((?s89 (+ ?s79 (ite (and (>= ?s34 (- 2147483648)) (<= ?s34 2147483647)) ?s34 (cast_oob.u8.i32 ?s34)))))
 (let ((?s90 (+ ?s79 ?s42)))
 (let ((?s91 (+ ?s87 ?s47)))
 (let ((?s92 (to_real ?s79)))
 (let ((?s93 (+ ?s92 ?s53)))
 (let ((?s94 (+ ?s92 ?s55)))
 (let ((?s95 (+ ?s92 ?s57)))
 (let ((?s96 (+ ?s92 ?s59)))
 (let ((?s97 (P.i64.r2 ?s10 ?s11)))
 (let ((?s98 (>= ?s97 (- 9223372036854775808))))
 (let ((?s99 (<= ?s97 9223372036854775807)))
 (let ((?s100 (ite (and (>= ?s15 (- 9223372036854775808)) (<= ?s15 9223372036854775807)) ?s15 (cast_oob.i8.i64 ?s15))))
 (let ((?s101 (+ ?s97 ?s100)))
 (let ((?s102 (ite (and (>= ?s19 (- 9223372036854775808)) (<= ?s19 9223372036854775807)) ?s19 (cast_oob.i16.i64 ?s19))))
 (let ((?s103 (+ ?s97 ?s102)))
 (let ((?s104 (ite (and (>= ?s24 (- 9223372036854775808)) (<= ?s24 9223372036854775807)) ?s24 (cast_oob.i32.i64 ?s24))))
 (let ((?s105 (+ ?s97 ?s104)))
 (let ((?s106 (+ ?s97 ?s29)))
 (let ((?s107 (+ ?s97 (ite (and (>= ?s34 (- 9223372036854775808)) (<= ?s34 9223372036854775807)) ?s34 (cast_oob.u8.i64 ?s34)))))
 (let ((?s108 (+ ?s97 (ite (and (>= ?s39 (- 9223372036854775808)) (<= ?s39 9223372036854775807)) ?s39 (cast_oob.u16.i64 ?s39)))))
 (let ((?s109 (+ ?s97 ?s47)))
 (let ((?s110 (to_real ?s97)))
 (let ((?s111 (+ ?s110 ?s53)))
 (let ((?s112 (+ ?s110 ?s55)))
 (let ((?s113 (+ ?s110 ?s57)))
 (let ((?s114 (+ ?s110 ?s59)))
 (let ((?s115 (P.u8.r2 ?s10 ?s11)))
 (let ((?s116 (>= ?s115 0)))
 (let ((?s117 (<= ?s115 255)))
 (let ((?s118 (ite (and (>= ?s115 (- 32768)) (<= ?s115 32767)) ?s115 (cast_oob.u8.i16 ?s115))))
 (let ((?s119 (+ ?s118 ?s64)))
 (let ((?s120 (+ ?s118 ?s19)))
 (let ((?s121 (+ (ite (and (>= ?s115 (- 2147483648)) (<= ?s115 2147483647)) ?s115 (cast_oob.u8.i32 ?s115)) ?s24)))
 (let ((?s122 (+ (ite (and (>= ?s115 (- 9223372036854775808)) (<= ?s115 9223372036854775807)) ?s115 (cast_oob.u8.i64 ?s115)) ?s29)))
 (let ((?s123 (+ ?s115 ?s34)))
 (let ((?s124 (+ (ite (and ?s116 (<= ?s115 65535)) ?s115 (cast_oob.u8.u16 ?s115)) ?s39)))
 (let ((?s125 (+ (ite (and ?s116 (<= ?s115 4294967295)) ?s115 (cast_oob.u8.u32 ?s115)) ?s44)))
 (let ((?s126 (+ (ite (and ?s116 (<= ?s115 18446744073709551615)) ?s115 (cast_oob.u8.u64 ?s115)) ?s49)))
 (let ((?s127 (to_real ?s115)))
 (let ((?s128 (+ ?s127 ?s55)))
 (let ((?s129 (+ ?s127 ?s57)))
 (let ((?s130 (+ ?s127 ?s59)))
 (let ((?s131 (P.u16.r2 ?s10 ?s11)))
 (let ((?s132 (>= ?s131 0)))
 (let ((?s133 (<= ?s131 65535)))
 (let ((?s134 (ite (and (>= ?s131 (- 2147483648)) (<= ?s131 2147483647)) ?s131 (cast_oob.u16.i32 ?s131))))
 (let ((?s135 (+ ?s134 ?s82)))
 (let ((?s136 (+ ?s134 ?s84)))
 (let ((?s137 (+ ?s134 ?s24)))
 (let ((?s138 (+ (ite (and (>= ?s131 (- 9223372036854775808)) (<= ?s131 9223372036854775807)) ?s131 (cast_oob.u16.i64 ?s131)) ?s29)))
 (let ((?s139 (+ ?s131 (ite (and ?s35 (<= ?s34 65535)) ?s34 (cast_oob.u8.u16 ?s34)))))
 (let ((?s140 (+ ?s131 ?s39)))
 (let ((?s141 (+ (ite (and ?s132 (<= ?s131 4294967295)) ?s131 (cast_oob.u16.u32 ?s131)) ?s44)))
 (let ((?s142 (+ (ite (and ?s132 (<= ?s131 18446744073709551615)) ?s131 (cast_oob.u16.u64 ?s131)) ?s49)))
 (let ((?s143 (to_real ?s131)))
 (let ((?s144 (+ ?s143 ?s55)))
 (let ((?s145 (+ ?s143 ?s57)))
 (let ((?s146 (+ ?s143 ?s59)))
 (let ((?s147 (P.u32.r2 ?s10 ?s11)))
 (let ((?s148 (>= ?s147 0)))
 (let ((?s149 (<= ?s147 4294967295)))
 (let ((?s150 (ite (and (>= ?s147 (- 9223372036854775808)) (<= ?s147 9223372036854775807)) ?s147 (cast_oob.u32.i64 ?s147))))
 (let ((?s151 (+ ?s150 ?s100)))
 (let ((?s152 (+ ?s150 ?s102)))
 (let ((?s153 (+ ?s150 ?s104)))
 (let ((?s154 (+ ?s150 ?s29)))
 (let ((?s155 (+ ?s147 (ite (and ?s35 (<= ?s34 4294967295)) ?s34 (cast_oob.u8.u32 ?s34)))))
 (let ((?s156 (+ ?s147 (ite (and ?s40 (<= ?s39 4294967295)) ?s39 (cast_oob.u16.u32 ?s39)))))
 (let ((?s157 (+ ?s147 ?s44)))
 (let ((?s158 (+ (ite (and ?s148 (<= ?s147 18446744073709551615)) ?s147 (cast_oob.u32.u64 ?s147)) ?s49)))
 (let ((?s159 (to_real ?s147)))
 (let ((?s160 (+ ?s159 ?s55)))
 (let ((?s161 (+ ?s159 ?s57)))
 (let ((?s162 (+ ?s159 ?s59)))
 (let ((?s163 (P.u64.r2 ?s10 ?s11)))
 (let ((?s164 (>= ?s163 0)))
 (let ((?s165 (<= ?s163 18446744073709551615)))
 (let ((?s166 (to_real ?s163)))
 (let ((?s167 (to_real ?s15)))
 (let ((?s168 (+ ?s166 ?s167)))
 (let ((?s169 (to_real ?s19)))
 (let ((?s170 (+ ?s166 ?s169)))
 (let ((?s171 (to_real ?s24)))
 (let ((?s172 (+ ?s166 ?s171)))
 (let ((?s173 (to_real ?s29)))
 (let ((?s174 (+ ?s166 ?s173)))
 (let ((?s175 (+ ?s163 (ite (and ?s35 (<= ?s34 18446744073709551615)) ?s34 (cast_oob.u8.u64 ?s34)))))
 (let ((?s176 (+ ?s163 (ite (and ?s40 (<= ?s39 18446744073709551615)) ?s39 (cast_oob.u16.u64 ?s39)))))
 (let ((?s177 (+ ?s163 (ite (and ?s45 (<= ?s44 18446744073709551615)) ?s44 (cast_oob.u32.u64 ?s44)))))
 (let ((?s178 (+ ?s163 ?s49)))
 (let ((?s179 (+ ?s166 ?s55)))
 (let ((?s180 (+ ?s166 ?s57)))
 (let ((?s181 (+ ?s166 ?s59)))
 (let ((?s182 (P.f16.r2 ?s10 ?s11)))
 (let ((?s183 (+ ?s182 ?s167)))
 (let ((?s184 (+ ?s182 ?s169)))
 (let ((?s185 (+ ?s182 ?s171)))
 (let ((?s186 (+ ?s182 ?s173)))
 (let ((?s187 (+ ?s182 (to_real ?s34))))
 (let ((?s188 (+ ?s182 (to_real ?s39))))
 (let ((?s189 (+ ?s182 (to_real ?s44))))
 (let ((?s190 (+ ?s182 ?s53)))
 (or ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s13 ?s14 ?s16 ?s17 ?s13 ?s14 ?s16 ?s17 (not (= ?s18 ?s18))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s13 ?s14 ?s20 ?s21 ?s13 ?s14 ?s20 ?s21 (not (= ?s23 ?s23))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s13 ?s14 ?s25 ?s26 ?s13 ?s14 ?s25 ?s26 (not (= ?s28 ?s28))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s13 ?s14 ?s30 ?s31 ?s13 ?s14 ?s30 ?s31 (not (= ?s33 ?s33))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s13 ?s14 ?s35 ?s36 ?s13 ?s14 ?s35 ?s36 (not (= ?s38 ?s38))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s13 ?s14 ?s40 ?s41 ?s13 ?s14 ?s40 ?s41 (not (= ?s43 ?s43))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s13 ?s14 ?s45 ?s46 ?s13 ?s14 ?s45 ?s46 (not (= ?s48 ?s48))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s13 ?s14 ?s50 ?s51 ?s13 ?s14 ?s50 ?s51 (not (= ?s54 ?s54))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s13 ?s14 ?s13 ?s14 (not (= ?s56 ?s56))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s13 ?s14 ?s13 ?s14 (not (= ?s58 ?s58))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s13 ?s14 ?s13 ?s14 (not (= ?s60 ?s60))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s62 ?s63 ?s16 ?s17 ?s62 ?s63 ?s16 ?s17 (not (= ?s65 ?s65))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s62 ?s63 ?s20 ?s21 ?s62 ?s63 ?s20 ?s21 (not (= ?s66 ?s66))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s62 ?s63 ?s25 ?s26 ?s62 ?s63 ?s25 ?s26 (not (= ?s68 ?s68))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s62 ?s63 ?s30 ?s31 ?s62 ?s63 ?s30 ?s31 (not (= ?s70 ?s70))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s62 ?s63 ?s35 ?s36 ?s62 ?s63 ?s35 ?s36 (not (= ?s71 ?s71))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s62 ?s63 ?s40 ?s41 ?s62 ?s63 ?s40 ?s41 (not (= ?s72 ?s72))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s62 ?s63 ?s45 ?s46 ?s62 ?s63 ?s45 ?s46 (not (= ?s73 ?s73))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s62 ?s63 ?s50 ?s51 ?s62 ?s63 ?s50 ?s51 (not (= ?s75 ?s75))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s62 ?s63 ?s62 ?s63 (not (= ?s76 ?s76))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s62 ?s63 ?s62 ?s63 (not (= ?s77 ?s77))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s62 ?s63 ?s62 ?s63 (not (= ?s78 ?s78))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s80 ?s81 ?s16 ?s17 ?s80 ?s81 ?s16 ?s17 (not (= ?s83 ?s83))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s80 ?s81 ?s20 ?s21 ?s80 ?s81 ?s20 ?s21 (not (= ?s85 ?s85))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s80 ?s81 ?s25 ?s26 ?s80 ?s81 ?s25 ?s26 (not (= ?s86 ?s86))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s80 ?s81 ?s30 ?s31 ?s80 ?s81 ?s30 ?s31 (not (= ?s88 ?s88))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s80 ?s81 ?s35 ?s36 ?s80 ?s81 ?s35 ?s36 (not (= ?s89 ?s89))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s80 ?s81 ?s40 ?s41 ?s80 ?s81 ?s40 ?s41 (not (= ?s90 ?s90))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s80 ?s81 ?s45 ?s46 ?s80 ?s81 ?s45 ?s46 (not (= ?s91 ?s91))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s80 ?s81 ?s50 ?s51 ?s80 ?s81 ?s50 ?s51 (not (= ?s93 ?s93))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s80 ?s81 ?s80 ?s81 (not (= ?s94 ?s94))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s80 ?s81 ?s80 ?s81 (not (= ?s95 ?s95))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s80 ?s81 ?s80 ?s81 (not (= ?s96 ?s96))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s98 ?s99 ?s16 ?s17 ?s98 ?s99 ?s16 ?s17 (not (= ?s101 ?s101))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s98 ?s99 ?s20 ?s21 ?s98 ?s99 ?s20 ?s21 (not (= ?s103 ?s103))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s98 ?s99 ?s25 ?s26 ?s98 ?s99 ?s25 ?s26 (not (= ?s105 ?s105))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s98 ?s99 ?s30 ?s31 ?s98 ?s99 ?s30 ?s31 (not (= ?s106 ?s106))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s98 ?s99 ?s35 ?s36 ?s98 ?s99 ?s35 ?s36 (not (= ?s107 ?s107))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s98 ?s99 ?s40 ?s41 ?s98 ?s99 ?s40 ?s41 (not (= ?s108 ?s108))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s98 ?s99 ?s45 ?s46 ?s98 ?s99 ?s45 ?s46 (not (= ?s109 ?s109))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s98 ?s99 ?s50 ?s51 ?s98 ?s99 ?s50 ?s51 (not (= ?s111 ?s111))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s98 ?s99 ?s98 ?s99 (not (= ?s112 ?s112))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s98 ?s99 ?s98 ?s99 (not (= ?s113 ?s113))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s98 ?s99 ?s98 ?s99 (not (= ?s114 ?s114))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s116 ?s117 ?s16 ?s17 ?s116 ?s117 ?s16 ?s17 (not (= ?s119 ?s119))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s116 ?s117 ?s20 ?s21 ?s116 ?s117 ?s20 ?s21 (not (= ?s120 ?s120))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s116 ?s117 ?s25 ?s26 ?s116 ?s117 ?s25 ?s26 (not (= ?s121 ?s121))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s116 ?s117 ?s30 ?s31 ?s116 ?s117 ?s30 ?s31 (not (= ?s122 ?s122))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s116 ?s117 ?s35 ?s36 ?s116 ?s117 ?s35 ?s36 (not (= ?s123 ?s123))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s116 ?s117 ?s40 ?s41 ?s116 ?s117 ?s40 ?s41 (not (= ?s124 ?s124))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s116 ?s117 ?s45 ?s46 ?s116 ?s117 ?s45 ?s46 (not (= ?s125 ?s125))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s116 ?s117 ?s50 ?s51 ?s116 ?s117 ?s50 ?s51 (not (= ?s126 ?s126))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s116 ?s117 ?s116 ?s117 (not (= ?s128 ?s128))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s116 ?s117 ?s116 ?s117 (not (= ?s129 ?s129))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s116 ?s117 ?s116 ?s117 (not (= ?s130 ?s130))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s132 ?s133 ?s16 ?s17 ?s132 ?s133 ?s16 ?s17 (not (= ?s135 ?s135))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s132 ?s133 ?s20 ?s21 ?s132 ?s133 ?s20 ?s21 (not (= ?s136 ?s136))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s132 ?s133 ?s25 ?s26 ?s132 ?s133 ?s25 ?s26 (not (= ?s137 ?s137))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s132 ?s133 ?s30 ?s31 ?s132 ?s133 ?s30 ?s31 (not (= ?s138 ?s138))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s132 ?s133 ?s35 ?s36 ?s132 ?s133 ?s35 ?s36 (not (= ?s139 ?s139))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s132 ?s133 ?s40 ?s41 ?s132 ?s133 ?s40 ?s41 (not (= ?s140 ?s140))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s132 ?s133 ?s45 ?s46 ?s132 ?s133 ?s45 ?s46 (not (= ?s141 ?s141))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s132 ?s133 ?s50 ?s51 ?s132 ?s133 ?s50 ?s51 (not (= ?s142 ?s142))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s132 ?s133 ?s132 ?s133 (not (= ?s144 ?s144))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s132 ?s133 ?s132 ?s133 (not (= ?s145 ?s145))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s132 ?s133 ?s132 ?s133 (not (= ?s146 ?s146))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s148 ?s149 ?s16 ?s17 ?s148 ?s149 ?s16 ?s17 (not (= ?s151 ?s151))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s148 ?s149 ?s20 ?s21 ?s148 ?s149 ?s20 ?s21 (not (= ?s152 ?s152))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s148 ?s149 ?s25 ?s26 ?s148 ?s149 ?s25 ?s26 (not (= ?s153 ?s153))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s148 ?s149 ?s30 ?s31 ?s148 ?s149 ?s30 ?s31 (not (= ?s154 ?s154))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s148 ?s149 ?s35 ?s36 ?s148 ?s149 ?s35 ?s36 (not (= ?s155 ?s155))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s148 ?s149 ?s40 ?s41 ?s148 ?s149 ?s40 ?s41 (not (= ?s156 ?s156))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s148 ?s149 ?s45 ?s46 ?s148 ?s149 ?s45 ?s46 (not (= ?s157 ?s157))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s148 ?s149 ?s50 ?s51 ?s148 ?s149 ?s50 ?s51 (not (= ?s158 ?s158))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s148 ?s149 ?s148 ?s149 (not (= ?s160 ?s160))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s148 ?s149 ?s148 ?s149 (not (= ?s161 ?s161))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s148 ?s149 ?s148 ?s149 (not (= ?s162 ?s162))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s164 ?s165 ?s16 ?s17 ?s164 ?s165 ?s16 ?s17 (not (= ?s168 ?s168))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s164 ?s165 ?s20 ?s21 ?s164 ?s165 ?s20 ?s21 (not (= ?s170 ?s170))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s164 ?s165 ?s25 ?s26 ?s164 ?s165 ?s25 ?s26 (not (= ?s172 ?s172))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s164 ?s165 ?s30 ?s31 ?s164 ?s165 ?s30 ?s31 (not (= ?s174 ?s174))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s164 ?s165 ?s35 ?s36 ?s164 ?s165 ?s35 ?s36 (not (= ?s175 ?s175))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s164 ?s165 ?s40 ?s41 ?s164 ?s165 ?s40 ?s41 (not (= ?s176 ?s176))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s164 ?s165 ?s45 ?s46 ?s164 ?s165 ?s45 ?s46 (not (= ?s177 ?s177))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s164 ?s165 ?s50 ?s51 ?s164 ?s165 ?s50 ?s51 (not (= ?s178 ?s178))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s164 ?s165 ?s164 ?s165 (not (= ?s179 ?s179))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s164 ?s165 ?s164 ?s165 (not (= ?s180 ?s180))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s164 ?s165 ?s164 ?s165 (not (= ?s181 ?s181))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s16 ?s17 ?s16 ?s17 (not (= ?s183 ?s183))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s20 ?s21 ?s20 ?s21 (not (= ?s184 ?s184))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s25 ?s26 ?s25 ?s26 (not (= ?s185 ?s185))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s30 ?s31 ?s30 ?s31 (not (= ?s186 ?s186))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s35 ?s36 ?s35 ?s36 (not (= ?s187 ?s187))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s40 ?s41 ?s40 ?s41 (not (= ?s188 ?s188))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s45 ?s46 ?s45 ?s46 (not (= ?s189 ?s189))) ?s1 ?s6 ?s8 (and ?s2 ?s3 true true true ?s5 ?s7 ?s7 ?s9 ?s50 ?s51 ?s50 ?s51 (not (= ?s190 ?s190)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
