; versa proof obligation for rule 'where-negate-mask' (rules/library/algebra-ieee.toml), domain real: proved
; lhs: where(m, p, q)
; rhs: where(m == False, q, p)
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
(declare-fun i0 () Int)
(declare-fun m.bool.r1 (Int) Bool)
(declare-fun n () Int)
(declare-fun p.f16.r1 (Int) Real)
(declare-fun p.i16.r1 (Int) Int)
(declare-fun p.i32.r1 (Int) Int)
(declare-fun p.i64.r1 (Int) Int)
(declare-fun p.i8.r1 (Int) Int)
(declare-fun p.u16.r1 (Int) Int)
(declare-fun p.u32.r1 (Int) Int)
(declare-fun p.u64.r1 (Int) Int)
(declare-fun p.u8.r1 (Int) Int)
(declare-fun q.f16.r1 (Int) Real)
(declare-fun q.f32.r1 (Int) Real)
(declare-fun q.f64.r1 (Int) Real)
(declare-fun q.i16.r1 (Int) Int)
(declare-fun q.i32.r1 (Int) Int)
(declare-fun q.i64.r1 (Int) Int)
(declare-fun q.i8.r1 (Int) Int)
(declare-fun q.u16.r1 (Int) Int)
(declare-fun q.u32.r1 (Int) Int)
(declare-fun q.u64.r1 (Int) Int)
(declare-fun q.u8.r1 (Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (= n n)))
 (let ((?s5 (and ?s3 true true true (not ?s4))))
 (let ((?s6 (and true true true true ?s1)))
 (let ((?s7 (>= i0 0)))
 (let ((?s8 (< i0 n)))
 (let ((?s9 (p.i8.r1 i0)))
 (let ((?s10 (>= ?s9 (- 128))))
 (let ((?s11 (<= ?s9 127)))
 (let ((?s12 (q.i8.r1 i0)))
 (let ((?s13 (>= ?s12 (- 128))))
 (let ((?s14 (<= ?s12 127)))
 (let ((?s15 (m.bool.r1 i0)))
 (let ((?s16 (= ?s15 false)))
 (let ((?s17 (q.i16.r1 i0)))
 (let ((?s18 (>= ?s17 (- 32768))))
 (let ((?s19 (<= ?s17 32767)))
 (let ((?s20 (ite (and (>= ?s9 (- 32768)) (<= ?s9 32767)) ?s9 (cast_oob.i8.i16 ?s9))))
 (let ((?s21 (q.i32.r1 i0)))
 (let ((?s22 (>= ?s21 (- 2147483648))))
 (let ((?s23 (<= ?s21 2147483647)))
 (let ((?s24 (ite (and (>= ?s9 (- 2147483648)) (<= ?s9 2147483647)) ?s9 (cast_oob.i8.i32 ?s9))))
 (let ((?s25 (q.i64.r1 i0)))
 (let ((?s26 (>= ?s25 (- 9223372036854775808))))
 (let ((?s27 (<= ?s25 9223372036854775807)))
 (let ((?s28 (ite (and (>= ?s9 (- 9223372036854775808)) (<= ?s9 9223372036854775807)) ?s9 (cast_oob.i8.i64 ?s9))))
 (let ((?s29 (q.u8.r1 i0)))
 (let ((?s30 (>= ?s29 0)))
 (let ((?s31 (<= ?s29 255)))
 (let ((?s32 (ite (and (>= ?s29 (- 32768)) (<= ?s29 32767)) ?s29 (cast_oob.u8.i16 ?s29))))
 (let ((?s33 (q.u16.r1 i0)))
 (let ((?s34 (>= ?s33 0)))
 (let ((?s35 (<= ?s33 65535)))
 (let ((?s36 (ite (and (>= ?s33 (- 2147483648)) (<= ?s33 2147483647)) ?s33 (cast_oob.u16.i32 ?s33))))
 (let ((?s37 (q.u32.r1 i0)))
 (let ((?s38 (>= ?s37 0)))
 (let ((?s39 (<= ?s37 4294967295)))
 (let ((?s40 (ite (and (>= ?s37 (- 9223372036854775808)) (<= ?s37 9223372036854775807)) ?s37 (cast_oob.u32.i64 ?s37))))
 (let ((?s41 (q.u64.r1 i0)))
 (let ((?s42 (>= ?s41 0)))
 (let ((?s43 (<= ?s41 18446744073709551615)))
 (let ((?s44 (to_real ?s9)))
 (let ((?s45 (to_real ?s41)))
 (let ((?s46 (q.f16.r1 i0)))
 (let ((?s47 (q.f32.r1 i0)))
 (let ((?s48 (q.f64.r1 i0)))
 (let ((?s49 (p.i16.r1 i0)))
 (let ((?s50 (>= ?s49 (- 32768))))
 (let ((?s51 (<= ?s49 32767)))
 (let ((?s52 (ite (and (>= ?s12 (- 32768)) (<= ?s12 32767)) ?s12 (cast_oob.i8.i16 ?s12))))
 (let ((?s53 (ite (and (>= ?s49 (- 2147483648)) (<= ?s49 2147483647)) ?s49 (cast_oob.i16.i32 ?s49))))
 (let ((?s54 (ite (and (>= ?s49 (- 9223372036854775808)) (<= ?s49 9223372036854775807)) ?s49 (cast_oob.i16.i64 ?s49))))
 (let ((?s55 (to_real ?s49)))
 (let ((?s56 (p.i32.r1 i0)))
 (let ((?s57 (>= ?s56 (- 2147483648))))
 (let ((?s58 (<= ?s56 2147483647)))
 (let ((?s59 (ite (and (>= ?s12 (- 2147483648)) (<= ?s12 2147483647)) ?s12 (cast_oob.i8.i32 ?s12))))
 (let ((?s60 (ite (and (>= ?s17 (- 2147483648)) (<= ?s17 2147483647)) ?s17 (cast_oob.i16.i32 ?s17))))
 (let ((?s61 (ite (and (>= ?s56 (- 9223372036854775808)) (<= ?s56 9223372036854775807)) ?s56 (cast_oob.i32.i64 ?s56))))
 (let ((?s62 (ite (and (>= ?s29 (- 2147483648)) (<= ?s29 2147483647)) ?s29 (cast_oob.u8.i32 ?s29))))
 (let ((?s63 (to_real ?s56)))
 (let ((?s64 (p.i64.r1 i0)))
 (let ((?s65 (>= ?s64 (- 9223372036854775808))))
 (let ((?s66 (<= ?s64 9223372036854775807)))
 (let ((?s67 (ite (and (>= ?s12 (- 9223372036854775808)) (<= ?s12 9223372036854775807)) ?s12 (cast_oob.i8.i64 ?s12))))
 (let ((?s68 (ite (and (>= ?s17 (- 9223372036854775808)) (<= ?s17 9223372036854775807)) ?s17 (cast_oob.i16.i64 ?s17))))
 (let ((?s69 (ite (and (>= ?s21 (- 9223372036854775808)) (<= ?s21 9223372036854775807)) ?s21 (cast_oob.i32.i64 ?s21))))
 (let ((?s70 (ite (and (>= ?s29 (- 9223372036854775808)) (<= ?s29 9223372036854775807)) ?s29 (cast_oob.u8.i64 ?s29))))
 (let ((?s71 (ite (and (>= ?s33 (- 9223372036854775808)) (<= ?s33 9223372036854775807)) ?s33 (cast_oob.u16.i64 ?s33))))
 (let ((?s72 (to_real ?s64)))
 (let ((?s73 (p.u8.r1 i0)))
 (let ((?s74 (>= ?s73 0)))
 (let ((?s75 (<= ?s73 255)))
 (let ((?s76 (ite (and (>= ?s73 (- 32768)) (<= ?s73 32767)) ?s73 (cast_oob.u8.i16 ?s73))))
 (let ((?s77 (ite (and (>= ?s73 (- 2147483648)) (<= ?s73 2147483647)) ?s73 (cast_oob.u8.i32 ?s73))))
 (let ((?s78 (ite (and (>= ?s73 (- 9223372036854775808)) (<= ?s73 9223372036854775807)) ?s73 (cast_oob.u8.i64 ?s73))))
 (let ((?s79 (ite (and ?s74 (<= ?s73 65535)) ?s73 (cast_oob.u8.u16 ?s73))))
 (let ((?s80 (ite (and ?s74 (<= ?s73 4294967295)) ?s73 (cast_oob.u8.u32 ?s73))))
 (let ((?s81 (ite (and ?s74 (<= ?s73 18446744073709551615)) ?s73 (cast_oob.u8.u64 ?s73))))
 (let ((?s82 (to_real ?s73)))
 (let ((?s83 (p.u16.r1 i0)))
 (let ((?s84 (>= ?s83 0)))
 (let ((?s85 (<= ?s83 65535)))
 (let ((?s86 (ite (and (>= ?s83 (- 2147483648)) (<= ?s83 2147483647)) ?s83 (cast_oob.u16.i32 ?s83))))
 (let ((?s87 (ite (and (>= ?s83 (- 9223372036854775808)) (<= ?s83 9223372036854775807)) ?s83 (cast_oob.u16.i64 ?s83))))
 (let ((?s88 (ite (and ?s30 (<= ?s29 65535)) ?s29 (cast_oob.u8.u16 ?s29))))
 (let ((?s89 (ite (and ?s84 (<= ?s83 4294967295)) ?s83 (cast_oob.u16.u32 ?s83))))
 (let ((?s90 (ite (and ?s84 (<= ?s83 18446744073709551615)) ?s83 (cast_oob.u16.u64 ?s83))))
 (let ((?s91 (to_real ?s83)))
 (let ((?s92 (p.u32.r1 i0)))
 (let ((?s93 (>= ?s92 0)))
 (let ((?s94 (<= ?s92 4294967295)))
 (let ((?s95 (ite (and (>= ?s92 (- 9223372036854775808)) (<= ?s92 9223372036854775807)) ?s92 (cast_oob.u32.i64 ?s92))))
 (let ((?s96 (ite (and ?s30 (<= ?s29 4294967295)) ?s29 (cast_oob.u8.u32 ?s29))))
 (let ((?s97 (ite (and ?s34 (<= ?s33 4294967295)) ?s33 (cast_oob.u16.u32 ?s33))))
 (let ((?s98 (ite (and ?s93 (<= ?s92 18446744073709551615)) ?s92 (cast_oob.u32.u64 ?s92))))
 (let ((?s99 (to_real ?s92)))
 (let ((?s100 (p.u64.r1 i0)))
 (let ((?s101 (>= ?s100 0)))
 (let ((?s102 (<= ?s100 18446744073709551615)))
 (let ((?s103 (to_real ?s100)))
 (let ((?s104 (to_real ?s12)))
 (let ((?s105 (to_real ?s17)))
 (let ((?s106 (to_real ?s21)))
 (let ((?s107 (to_real ?s25)))
 (let ((?s108 (ite (and ?s30 (<= ?s29 18446744073709551615)) ?s29 (cast_oob.u8.u64 ?s29))))
 (let ((?s109 (ite (and ?s34 (<= ?s33 18446744073709551615)) ?s33 (cast_oob.u16.u64 ?s33))))
 (let ((?s110 (ite (and ?s38 (<= ?s37 18446744073709551615)) ?s37 (cast_oob.u32.u64 ?s37))))
 (let ((?s111 (p.f16.r1 i0)))
 (let ((?s112 (to_real ?s29)))
 (let ((?s113 (to_real ?s33)))
 (let ((?s114 (to_real ?s37)))
 (or ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s13 ?s14 ?s13 ?s14 ?s10 ?s11 (not (= (ite ?s15 ?s9 ?s12) (ite ?s16 ?s12 ?s9)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s18 ?s19 ?s18 ?s19 ?s10 ?s11 (not (= (ite ?s15 ?s20 ?s17) (ite ?s16 ?s17 ?s20)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s22 ?s23 ?s22 ?s23 ?s10 ?s11 (not (= (ite ?s15 ?s24 ?s21) (ite ?s16 ?s21 ?s24)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s26 ?s27 ?s26 ?s27 ?s10 ?s11 (not (= (ite ?s15 ?s28 ?s25) (ite ?s16 ?s25 ?s28)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s30 ?s31 ?s30 ?s31 ?s10 ?s11 (not (= (ite ?s15 ?s20 ?s32) (ite ?s16 ?s32 ?s20)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s34 ?s35 ?s34 ?s35 ?s10 ?s11 (not (= (ite ?s15 ?s24 ?s36) (ite ?s16 ?s36 ?s24)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s38 ?s39 ?s38 ?s39 ?s10 ?s11 (not (= (ite ?s15 ?s28 ?s40) (ite ?s16 ?s40 ?s28)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s42 ?s43 ?s42 ?s43 ?s10 ?s11 (not (= (ite ?s15 ?s44 ?s45) (ite ?s16 ?s45 ?s44)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s10 ?s11 (not (= (ite ?s15 ?s44 ?s46) (ite ?s16 ?s46 ?s44)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s10 ?s11 (not (= (ite ?s15 ?s44 ?s47) (ite ?s16 ?s47 ?s44)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s10 ?s11 (not (= (ite ?s15 ?s44 ?s48) (ite ?s16 ?s48 ?s44)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s50 ?s51 ?s13 ?s14 ?s13 ?s14 ?s50 ?s51 (not (= (ite ?s15 ?s49 ?s52) (ite ?s16 ?s52 ?s49)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s50 ?s51 ?s18 ?s19 ?s18 ?s19 ?s50 ?s51 (not (= (ite ?s15 ?s49 ?s17) (ite ?s16 ?s17 ?s49)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s50 ?s51 ?s22 ?s23 ?s22 ?s23 ?s50 ?s51 (not (= (ite ?s15 ?s53 ?s21) (ite ?s16 ?s21 ?s53)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s50 ?s51 ?s26 ?s27 ?s26 ?s27 ?s50 ?s51 (not (= (ite ?s15 ?s54 ?s25) (ite ?s16 ?s25 ?s54)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s50 ?s51 ?s30 ?s31 ?s30 ?s31 ?s50 ?s51 (not (= (ite ?s15 ?s49 ?s32) (ite ?s16 ?s32 ?s49)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s50 ?s51 ?s34 ?s35 ?s34 ?s35 ?s50 ?s51 (not (= (ite ?s15 ?s53 ?s36) (ite ?s16 ?s36 ?s53)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s50 ?s51 ?s38 ?s39 ?s38 ?s39 ?s50 ?s51 (not (= (ite ?s15 ?s54 ?s40) (ite ?s16 ?s40 ?s54)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s50 ?s51 ?s42 ?s43 ?s42 ?s43 ?s50 ?s51 (not (= (ite ?s15 ?s55 ?s45) (ite ?s16 ?s45 ?s55)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s50 ?s51 ?s50 ?s51 (not (= (ite ?s15 ?s55 ?s46) (ite ?s16 ?s46 ?s55)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s50 ?s51 ?s50 ?s51 (not (= (ite ?s15 ?s55 ?s47) (ite ?s16 ?s47 ?s55)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s50 ?s51 ?s50 ?s51 (not (= (ite ?s15 ?s55 ?s48) (ite ?s16 ?s48 ?s55)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s57 ?s58 ?s13 ?s14 ?s13 ?s14 ?s57 ?s58 (not (= (ite ?s15 ?s56 ?s59) (ite ?s16 ?s59 ?s56)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s57 ?s58 ?s18 ?s19 ?s18 ?s19 ?s57 ?s58 (not (= (ite ?s15 ?s56 ?s60) (ite ?s16 ?s60 ?s56)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s57 ?s58 ?s22 ?s23 ?s22 ?s23 ?s57 ?s58 (not (= (ite ?s15 ?s56 ?s21) (ite ?s16 ?s21 ?s56)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s57 ?s58 ?s26 ?s27 ?s26 ?s27 ?s57 ?s58 (not (= (ite ?s15 ?s61 ?s25) (ite ?s16 ?s25 ?s61)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s57 ?s58 ?s30 ?s31 ?s30 ?s31 ?s57 ?s58 (not (= (ite ?s15 ?s56 ?s62) (ite ?s16 ?s62 ?s56)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s57 ?s58 ?s34 ?s35 ?s34 ?s35 ?s57 ?s58 (not (= (ite ?s15 ?s56 ?s36) (ite ?s16 ?s36 ?s56)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s57 ?s58 ?s38 ?s39 ?s38 ?s39 ?s57 ?s58 (not (= (ite ?s15 ?s61 ?s40) (ite ?s16 ?s40 ?s61)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s57 ?s58 ?s42 ?s43 ?s42 ?s43 ?s57 ?s58 (not (= (ite ?s15 ?s63 ?s45) (ite ?s16 ?s45 ?s63)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s57 ?s58 ?s57 ?s58 (not (= (ite ?s15 ?s63 ?s46) (ite ?s16 ?s46 ?s63)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s57 ?s58 ?s57 ?s58 (not (= (ite ?s15 ?s63 ?s47) (ite ?s16 ?s47 ?s63)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s57 ?s58 ?s57 ?s58 (not (= (ite ?s15 ?s63 ?s48) (ite ?s16 ?s48 ?s63)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s65 ?s66 ?s13 ?s14 ?s13 ?s14 ?s65 ?s66 (not (= (ite ?s15 ?s64 ?s67) (ite ?s16 ?s67 ?s64)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s65 ?s66 ?s18 ?s19 ?s18 ?s19 ?s65 ?s66 (not (= (ite ?s15 ?s64 ?s68) (ite ?s16 ?s68 ?s64)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s65 ?s66 ?s22 ?s23 ?s22 ?s23 ?s65 ?s66 (not (= (ite ?s15 ?s64 ?s69) (ite ?s16 ?s69 ?s64)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s65 ?s66 ?s26 ?s27 ?s26 ?s27 ?s65 ?s66 (not (= (ite ?s15 ?s64 ?s25) (ite ?s16 ?s25 ?s64)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s65 ?s66 ?s30 ?s31 ?s30 ?s31 ?s65 ?s66 (not (= (ite ?s15 ?s64 ?s70) (ite ?s16 ?s70 ?s64)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s65 ?s66 ?s34 ?s35 ?s34 ?s35 ?s65 ?s66 (not (= (ite ?s15 ?s64 ?s71) (ite ?s16 ?s71 ?s64)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s65 ?s66 ?s38 ?s39 ?s38 ?s39 ?s65 ?s66 (not (= (ite ?s15 ?s64 ?s40) (ite ?s16 ?s40 ?s64)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s65 ?s66 ?s42 ?s43 ?s42 ?s43 ?s65 ?s66 (not (= (ite ?s15 ?s72 ?s45) (ite ?s16 ?s45 ?s72)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s65 ?s66 ?s65 ?s66 (not (= (ite ?s15 ?s72 ?s46) (ite ?s16 ?s46 ?s72)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s65 ?s66 ?s65 ?s66 (not (= (ite ?s15 ?s72 ?s47) (ite ?s16 ?s47 ?s72)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s65 ?s66 ?s65 ?s66 (not (= (ite ?s15 ?s72 ?s48) (ite ?s16 ?s48 ?s72)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s74 ?s75 ?s13 ?s14 ?s13 ?s14 ?s74 ?s75 (not (= (ite ?s15 ?s76 ?s52) (ite ?s16 ?s52 ?s76)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s74 ?s75 ?s18 ?s19 ?s18 ?s19 ?s74 ?s75 (not (= (ite ?s15 ?s76 ?s17) (ite ?s16 ?s17 ?s76)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s74 ?s75 ?s22 ?s23 ?s22 ?s23 ?s74 ?s75 (not (= (ite ?s15 ?s77 ?s21) (ite ?s16 ?s21 ?s77)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s74 ?s75 ?s26 ?s27 ?s26 ?s27 ?s74 ?s75 (not (= (ite ?s15 ?s78 ?s25) (ite ?s16 ?s25 ?s78)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s74 ?s75 ?s30 ?s31 ?s30 ?s31 ?s74 ?s75 (not (= (ite ?s15 ?s73 ?s29) (ite ?s16 ?s29 ?s73)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s74 ?s75 ?s34 ?s35 ?s34 ?s35 ?s74 ?s75 (not (= (ite ?s15 ?s79 ?s33) (ite ?s16 ?s33 ?s79)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s74 ?s75 ?s38 ?s39 ?s38 ?s39 ?s74 ?s75 (not (= (ite ?s15 ?s80 ?s37) (ite ?s16 ?s37 ?s80)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s74 ?s75 ?s42 ?s43 ?s42 ?s43 ?s74 ?s75 (not (= (ite ?s15 ?s81 ?s41) (ite ?s16 ?s41 ?s81)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s74 ?s75 ?s74 ?s75 (not (= (ite ?s15 ?s82 ?s46) (ite ?s16 ?s46 ?s82)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s74 ?s75 ?s74 ?s75 (not (= (ite ?s15 ?s82 ?s47) (ite ?s16 ?s47 ?s82)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s74 ?s75 ?s74 ?s75 (not (= (ite ?s15 ?s82 ?s48) (ite ?s16 ?s48 ?s82)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s84 ?s85 ?s13 ?s14 ?s13 ?s14 ?s84 ?s85 (not (= (ite ?s15 ?s86 ?s59) (ite ?s16 ?s59 ?s86)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s84 ?s85 ?s18 ?s19 ?s18 ?s19 ?s84 ?s85 (not (= (ite ?s15 ?s86 ?s60) (ite ?s16 ?s60 ?s86)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s84 ?s85 ?s22 ?s23 ?s22 ?s23 ?s84 ?s85 (not (= (ite ?s15 ?s86 ?s21) (ite ?s16 ?s21 ?s86)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s84 ?s85 ?s26 ?s27 ?s26 ?s27 ?s84 ?s85 (not (= (ite ?s15 ?s87 ?s25) (ite ?s16 ?s25 ?s87)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s84 ?s85 ?s30 ?s31 ?s30 ?s31 ?s84 ?s85 (not (= (ite ?s15 ?s83 ?s88) (ite ?s16 ?s88 ?s83)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s84 ?s85 ?s34 ?s35 ?s34 ?s35 ?s84 ?s85 (not (= (ite ?s15 ?s83 ?s33) (ite ?s16 ?s33 ?s83)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s84 ?s85 ?s38 ?s39 ?s38 ?s39 ?s84 ?s85 (not (= (ite ?s15 ?s89 ?s37) (ite ?s16 ?s37 ?s89)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s84 ?s85 ?s42 ?s43 ?s42 ?s43 ?s84 ?s85 (not (= (ite ?s15 ?s90 ?s41) (ite ?s16 ?s41 ?s90)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s84 ?s85 ?s84 ?s85 (not (= (ite ?s15 ?s91 ?s46) (ite ?s16 ?s46 ?s91)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s84 ?s85 ?s84 ?s85 (not (= (ite ?s15 ?s91 ?s47) (ite ?s16 ?s47 ?s91)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s84 ?s85 ?s84 ?s85 (not (= (ite ?s15 ?s91 ?s48) (ite ?s16 ?s48 ?s91)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s93 ?s94 ?s13 ?s14 ?s13 ?s14 ?s93 ?s94 (not (= (ite ?s15 ?s95 ?s67) (ite ?s16 ?s67 ?s95)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s93 ?s94 ?s18 ?s19 ?s18 ?s19 ?s93 ?s94 (not (= (ite ?s15 ?s95 ?s68) (ite ?s16 ?s68 ?s95)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s93 ?s94 ?s22 ?s23 ?s22 ?s23 ?s93 ?s94 (not (= (ite ?s15 ?s95 ?s69) (ite ?s16 ?s69 ?s95)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s93 ?s94 ?s26 ?s27 ?s26 ?s27 ?s93 ?s94 (not (= (ite ?s15 ?s95 ?s25) (ite ?s16 ?s25 ?s95)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s93 ?s94 ?s30 ?s31 ?s30 ?s31 ?s93 ?s94 (not (= (ite ?s15 ?s92 ?s96) (ite ?s16 ?s96 ?s92)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s93 ?s94 ?s34 ?s35 ?s34 ?s35 ?s93 ?s94 (not (= (ite ?s15 ?s92 ?s97) (ite ?s16 ?s97 ?s92)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s93 ?s94 ?s38 ?s39 ?s38 ?s39 ?s93 ?s94 (not (= (ite ?s15 ?s92 ?s37) (ite ?s16 ?s37 ?s92)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s93 ?s94 ?s42 ?s43 ?s42 ?s43 ?s93 ?s94 (not (= (ite ?s15 ?s98 ?s41) (ite ?s16 ?s41 ?s98)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s93 ?s94 ?s93 ?s94 (not (= (ite ?s15 ?s99 ?s46) (ite ?s16 ?s46 ?s99)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s93 ?s94 ?s93 ?s94 (not (= (ite ?s15 ?s99 ?s47) (ite ?s16 ?s47 ?s99)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s93 ?s94 ?s93 ?s94 (not (= (ite ?s15 ?s99 ?s48) (ite ?s16 ?s48 ?s99)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s101 ?s102 ?s13 ?s14 ?s13 ?s14 ?s101 ?s102 (not (= (ite ?s15 ?s103 ?s104) (ite ?s16 ?s104 ?s103)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s101 ?s102 ?s18 ?s19 ?s18 ?s19 ?s101 ?s102 (not (= (ite ?s15 ?s103 ?s105) (ite ?s16 ?s105 ?s103)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s101 ?s102 ?s22 ?s23 ?s22 ?s23 ?s101 ?s102 (not (= (ite ?s15 ?s103 ?s106) (ite ?s16 ?s106 ?s103)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s101 ?s102 ?s26 ?s27 ?s26 ?s27 ?s101 ?s102 (not (= (ite ?s15 ?s103 ?s107) (ite ?s16 ?s107 ?s103)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s101 ?s102 ?s30 ?s31 ?s30 ?s31 ?s101 ?s102 (not (= (ite ?s15 ?s100 ?s108) (ite ?s16 ?s108 ?s100)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s101 ?s102 ?s34 ?s35 ?s34 ?s35 ?s101 ?s102 (not (= (ite ?s15 ?s100 ?s109) (ite ?s16 ?s109 ?s100)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s101 ?s102 ?s38 ?s39 ?s38 ?s39 ?s101 ?s102 (not (= (ite ?s15 ?s100 ?s110) (ite ?s16 ?s110 ?s100)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s101 ?s102 ?s42 ?s43 ?s42 ?s43 ?s101 ?s102 (not (= (ite ?s15 ?s100 ?s41) (ite ?s16 ?s41 ?s100)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s101 ?s102 ?s101 ?s102 (not (= (ite ?s15 ?s103 ?s46) (ite ?s16 ?s46 ?s103)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s101 ?s102 ?s101 ?s102 (not (= (ite ?s15 ?s103 ?s47) (ite ?s16 ?s47 ?s103)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s101 ?s102 ?s101 ?s102 (not (= (ite ?s15 ?s103 ?s48) (ite ?s16 ?s48 ?s103)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s13 ?s14 ?s13 ?s14 (not (= (ite ?s15 ?s111 ?s104) (ite ?s16 ?s104 ?s111)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s18 ?s19 ?s18 ?s19 (not (= (ite ?s15 ?s111 ?s105) (ite ?s16 ?s105 ?s111)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s22 ?s23 ?s22 ?s23 (not (= (ite ?s15 ?s111 ?s106) (ite ?s16 ?s106 ?s111)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s26 ?s27 ?s26 ?s27 (not (= (ite ?s15 ?s111 ?s107) (ite ?s16 ?s107 ?s111)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s30 ?s31 ?s30 ?s31 (not (= (ite ?s15 ?s111 ?s112) (ite ?s16 ?s112 ?s111)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s34 ?s35 ?s34 ?s35 (not (= (ite ?s15 ?s111 ?s113) (ite ?s16 ?s113 ?s111)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s38 ?s39 ?s38 ?s39 (not (= (ite ?s15 ?s111 ?s114) (ite ?s16 ?s114 ?s111)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s42 ?s43 ?s42 ?s43 (not (= (ite ?s15 ?s111 ?s45) (ite ?s16 ?s45 ?s111))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
