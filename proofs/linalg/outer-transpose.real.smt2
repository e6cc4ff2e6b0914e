; versa proof obligation for rule 'outer-transpose' (rules/library/linalg.toml), domain real: proved
; lhs: outer(x, v).T
; rhs: outer(v, x)
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
(declare-fun i1 () Int)
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun v.f16.r1 (Int) Real)
(declare-fun v.i16.r1 (Int) Int)
(declare-fun v.i32.r1 (Int) Int)
(declare-fun v.i64.r1 (Int) Int)
(declare-fun v.i8.r1 (Int) Int)
(declare-fun v.u16.r1 (Int) Int)
(declare-fun v.u32.r1 (Int) Int)
(declare-fun v.u64.r1 (Int) Int)
(declare-fun v.u8.r1 (Int) Int)
(declare-fun x.f16.r1 (Int) Real)
(declare-fun x.f32.r1 (Int) Real)
(declare-fun x.f64.r1 (Int) Real)
(declare-fun x.i16.r1 (Int) Int)
(declare-fun x.i32.r1 (Int) Int)
(declare-fun x.i64.r1 (Int) Int)
(declare-fun x.i8.r1 (Int) Int)
(declare-fun x.u16.r1 (Int) Int)
(declare-fun x.u32.r1 (Int) Int)
(declare-fun x.u64.r1 (Int) Int)
(declare-fun x.u8.r1 (Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (>= p 0)))
 (let ((?s5 (and (= p p) (= n n))))
 (let ((?s6 (and ?s3 ?s4 true true true (not ?s5))))
 (let ((?s7 (and true true true true ?s1)))
 (let ((?s8 (>= i0 0)))
 (let ((?s9 (< i0 p)))
 (let ((?s10 (>= i1 0)))
 (let ((?s11 (< i1 n)))
 (let ((?s12 (x.i8.r1 i1)))
 (let ((?s13 (>= ?s12 (- 128))))
 (let ((?s14 (<= ?s12 127)))
 (let ((?s15 (v.i8.r1 i0)))
 (let ((?s16 (>= ?s15 (- 128))))
 (let ((?s17 (<= ?s15 127)))
 (let ((?s18 (x.i16.r1 i1)))
 (let ((?s19 (>= ?s18 (- 32768))))
 (let ((?s20 (<= ?s18 32767)))
 (let ((?s21 (ite (and (>= ?s15 (- 32768)) (<= ?s15 32767)) ?s15 (cast_oob.i8.i16 ?s15))))
 (let ((?s22 (x.i32.r1 i1)))
 (let ((?s23 (>= ?s22 (- 2147483648))))
 (let ((?s24 (<= ?s22 2147483647)))
 (let ((?s25 (ite (and (>= ?s15 (- 2147483648)) (<= ?s15 2147483647)) ?s15 (cast_oob.i8.i32 ?s15))))
 (let ((?s26 (x.i64.r1 i1)))
 (let ((?s27 (>= ?s26 (- 9223372036854775808))))
 (let ((?s28 (<= ?s26 9223372036854775807)))
 (let ((?s29 (ite (and (>= ?s15 (- 9223372036854775808)) (<= ?s15 9223372036854775807)) ?s15 (cast_oob.i8.i64 ?s15))))
 (let ((?s30 (x.u8.r1 i1)))
 (let ((?s31 (>= ?s30 0)))
 (let ((?s32 (<= ?s30 255)))
 (let ((?s33 (ite (and (>= ?s30 (- 32768)) (<= ?s30 32767)) ?s30 (cast_oob.u8.i16 ?s30))))
 (let ((?s34 (x.u16.r1 i1)))
 (let ((?s35 (>= ?s34 0)))
 (let ((?s36 (<= ?s34 65535)))
 (let ((?s37 (ite (and (>= ?s34 (- 2147483648)) (<= ?s34 2147483647)) ?s34 (cast_oob.u16.i32 ?s34))))
 (let ((?s38 (x.u32.r1 i1)))
 (let ((?s39 (>= ?s38 0)))
 (let ((?s40 (<= ?s38 4294967295)))
 (let ((?s41 (ite (and (>= ?s38 (- 9223372036854775808)) (<= ?s38 9223372036854775807)) ?s38 (cast_oob.u32.i64 ?s38))))
 (let ((?s42 (x.u64.r1 i1)))
 (let ((?s43 (>= ?s42 0)))
 (let ((?s44 (<= ?s42 18446744073709551615)))
 (let ((?s45 (to_real ?s42)))
 (let ((?s46 (to_real ?s15)))
 (let ((?s47 (x.f16.r1 i1)))
 (let ((?s48 (x.f32.r1 i1)))
 (let ((?s49 (x.f64.r1 i1)))
 (let ((?s50 (v.i16.r1 i0)))
 (let ((?s51 (>= ?s50 (- 32768))))
 (let ((?s52 (<= ?s50 32767)))
 (let ((?s53 (ite (and (>= ?s12 (- 32768)) (<= ?s12 32767)) ?s12 (cast_oob.i8.i16 ?s12))))
 (let ((?s54 (ite (and (>= ?s50 (- 2147483648)) (<= ?s50 2147483647)) ?s50 (cast_oob.i16.i32 ?s50))))
 (let ((?s55 (ite (and (>= ?s50 (- 9223372036854775808)) (<= ?s50 9223372036854775807)) ?s50 (cast_oob.i16.i64 ?s50))))
 (let ((?s56 (to_real ?s50)))
 (let ((?s57 (v.i32.r1 i0)))
 (let ((?s58 (>= ?s57 (- 2147483648))))
 (let ((?s59 (<= ?s57 2147483647)))
 (let ((?s60 (ite (and (>= ?s12 (- 2147483648)) (<= ?s12 2147483647)) ?s12 (cast_oob.i8.i32 ?s12))))
 (let ((?s61 (ite (and (>= ?s18 (- 2147483648)) (<= ?s18 2147483647)) ?s18 (cast_oob.i16.i32 ?s18))))
 (let ((?s62 (ite (and (>= ?s57 (- 9223372036854775808)) (<= ?s57 9223372036854775807)) ?s57 (cast_oob.i32.i64 ?s57))))
 (let ((?s63 (ite (and (>= ?s30 (- 2147483648)) (<= ?s30 2147483647)) ?s30 (cast_oob.u8.i32 ?s30))))
 (let ((?s64 (to_real ?s57)))
 (let ((?s65 (v.i64.r1 i0)))
 (let ((?s66 (>= ?s65 (- 9223372036854775808))))
 (let ((?s67 (<= ?s65 9223372036854775807)))
 (let ((?s68 (ite (and (>= ?s12 (- 9223372036854775808)) (<= ?s12 9223372036854775807)) ?s12 (cast_oob.i8.i64 ?s12))))
 (let ((?s69 (ite (and (>= ?s18 (- 9223372036854775808)) (<= ?s18 9223372036854775807)) ?s18 (cast_oob.i16.i64 ?s18))))
 (let ((?s70 (ite (and (>= ?s22 (- 9223372036854775808)) (<= ?s22 9223372036854775807)) ?s22 (cast_oob.i32.i64 ?s22))))
 (let ((?s71 (ite (and (>= ?s30 (- 9223372036854775808)) (<= ?s30 9223372036854775807)) ?s30 (cast_oob.u8.i64 ?s30))))
 (let ((?s72 (ite (and (>= ?s34 (- 9223372036854775808)) (<= ?s34 9223372036854775807)) ?s34 (cast_oob.u16.i64 ?s34))))
 (let ((?s73 (to_real ?s65)))
 (let ((?s74 (v.u8.r1 i0)))
 (let ((?s75 (>= ?s74 0)))
 (let ((?s76 (<= ?s74 255)))
 (let ((?s77 (ite (and (>= ?s74 (- 32768)) (<= ?s74 32767)) ?s74 (cast_oob.u8.i16 ?s74))))
 (let ((?s78 (ite (and (>= ?s74 (- 2147483648)) (<= ?s74 2147483647)) ?s74 (cast_oob.u8.i32 ?s74))))
 (let ((?s79 (ite (and (>= ?s74 (- 9223372036854775808)) (<= ?s74 9223372036854775807)) ?s74 (cast_oob.u8.i64 ?s74))))
 (let ((?s80 (ite (and ?s75 (<= ?s74 65535)) ?s74 (cast_oob.u8.u16 ?s74))))
 (let ((?s81 (ite (and ?s75 (<= ?s74 4294967295)) ?s74 (cast_oob.u8.u32 ?s74))))
 (let ((?s82 (ite (and ?s75 (<= ?s74 18446744073709551615)) ?s74 (cast_oob.u8.u64 ?s74))))
 (let ((?s83 (to_real ?s74)))
 (let ((?s84 (v.u16.r1 i0)))
 (let ((?s85 (>= ?s84 0)))
 (let ((?s86 (<= ?s84 65535)))
 (let ((?s87 (ite (and (>= ?s84 (- 2147483648)) (<= ?s84 2147483647)) ?s84 (cast_oob.u16.i32 ?s84))))
 (let ((?s88 (ite (and (>= ?s84 (- 9223372036854775808)) (<= ?s84 9223372036854775807)) ?s84 (cast_oob.u16.i64 ?s84))))
 (let ((?s89 (ite (and ?s31 (<= ?s30 65535)) ?s30 (cast_oob.u8.u16 ?s30))))
 (let ((?s90 (ite (and ?s85 (<= ?s84 4294967295)) ?s84 (cast_oob.u16.u32 ?s84))))
 (let ((?s91 (ite (and ?s85 (<= ?s84 18446744073709551615)) ?s84 (cast_oob.u16.u64 ?s84))))
 (let ((?s92 (to_real ?s84)))
 (let ((?s93 (v.u32.r1 i0)))
 (let ((?s94 (>= ?s93 0)))
 (let ((?s95 (<= ?s93 4294967295)))
 (let ((?s96 (ite (and (>= ?s93 (- 9223372036854775808)) (<= ?s93 9223372036854775807)) ?s93 (cast_oob.u32.i64 ?s93))))
 (let ((?s97 (ite (and ?s31 (<= ?s30 4294967295)) ?s30 (cast_oob.u8.u32 ?s30))))
 (let ((?s98 (ite (and ?s35 (<= ?s34 4294967295)) ?s34 (cast_oob.u16.u32 ?s34))))
 (let ((?s99 (ite (and ?s94 (<= ?s93 18446744073709551615)) ?s93 (cast_oob.u32.u64 ?s93))))
 (let ((?s100 (to_real ?s93)))
 (let ((?s101 (v.u64.r1 i0)))
 (let ((?s102 (>= ?s101 0)))
 (let ((?s103 (<= ?s101 18446744073709551615)))
 (let ((?s104 (to_real ?s12)))
 (let ((?s105 (to_real ?s101)))
 (let ((?s106 (to_real ?s18)))
 (let ((?s107 (to_real ?s22)))
 (let ((?s108 (to_real ?s26)))
 (let ((?s109 (ite (and ?s31 (<= ?s30 18446744073709551615)) ?s30 (cast_oob.u8.u64 ?s30))))
 (let ((?s110 (ite (and ?s35 (<= ?s34 18446744073709551615)) ?s34 (cast_oob.u16.u64 ?s34))))
 (let ((?s111 (ite (and ?s39 (<= ?s38 18446744073709551615)) ?s38 (cast_oob.u32.u64 ?s38))))
 (let ((?s112 (v.f16.r1 i0)))
 (let ((?s113 (to_real ?s30)))
 (let ((?s114 (to_real ?s34)))
 (let ((?s115 (to_real ?s38)))
 (or ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s13 ?s14 ?s16 ?s17 ?s16 ?s17 ?s13 ?s14 (not (= (* ?s12 ?s15) (* ?s15 ?s12)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s19 ?s20 ?s16 ?s17 ?s16 ?s17 ?s19 ?s20 (not (= (* ?s18 ?s21) (* ?s21 ?s18)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s23 ?s24 ?s16 ?s17 ?s16 ?s17 ?s23 ?s24 (not (= (* ?s22 ?s25) (* ?s25 ?s22)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s27 ?s28 ?s16 ?s17 ?s16 ?s17 ?s27 ?s28 (not (= (* ?s26 ?s29) (* ?s29 ?s26)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s31 ?s32 ?s16 ?s17 ?s16 ?s17 ?s31 ?s32 (not (= (* ?s33 ?s21) (* ?s21 ?s33)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s35 ?s36 ?s16 ?s17 ?s16 ?s17 ?s35 ?s36 (not (= (* ?s37 ?s25) (* ?s25 ?s37)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s39 ?s40 ?s16 ?s17 ?s16 ?s17 ?s39 ?s40 (not (= (* ?s41 ?s29) (* ?s29 ?s41)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s43 ?s44 ?s16 ?s17 ?s16 ?s17 ?s43 ?s44 (not (= (* ?s45 ?s46) (* ?s46 ?s45)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s16 ?s17 ?s16 ?s17 (not (= (* ?s47 ?s46) (* ?s46 ?s47)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s16 ?s17 ?s16 ?s17 (not (= (* ?s48 ?s46) (* ?s46 ?s48)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s16 ?s17 ?s16 ?s17 (not (= (* ?s49 ?s46) (* ?s46 ?s49)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s13 ?s14 ?s51 ?s52 ?s51 ?s52 ?s13 ?s14 (not (= (* ?s53 ?s50) (* ?s50 ?s53)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s19 ?s20 ?s51 ?s52 ?s51 ?s52 ?s19 ?s20 (not (= (* ?s18 ?s50) (* ?s50 ?s18)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s23 ?s24 ?s51 ?s52 ?s51 ?s52 ?s23 ?s24 (not (= (* ?s22 ?s54) (* ?s54 ?s22)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s27 ?s28 ?s51 ?s52 ?s51 ?s52 ?s27 ?s28 (not (= (* ?s26 ?s55) (* ?s55 ?s26)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s31 ?s32 ?s51 ?s52 ?s51 ?s52 ?s31 ?s32 (not (= (* ?s33 ?s50) (* ?s50 ?s33)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s35 ?s36 ?s51 ?s52 ?s51 ?s52 ?s35 ?s36 (not (= (* ?s37 ?s54) (* ?s54 ?s37)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s39 ?s40 ?s51 ?s52 ?s51 ?s52 ?s39 ?s40 (not (= (* ?s41 ?s55) (* ?s55 ?s41)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s43 ?s44 ?s51 ?s52 ?s51 ?s52 ?s43 ?s44 (not (= (* ?s45 ?s56) (* ?s56 ?s45)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s51 ?s52 ?s51 ?s52 (not (= (* ?s47 ?s56) (* ?s56 ?s47)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s51 ?s52 ?s51 ?s52 (not (= (* ?s48 ?s56) (* ?s56 ?s48)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s51 ?s52 ?s51 ?s52 (not (= (* ?s49 ?s56) (* ?s56 ?s49)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s13 ?s14 ?s58 ?s59 ?s58 ?s59 ?s13 ?s14 (not (= (* ?s60 ?s57) (* ?s57 ?s60)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s19 ?s20 ?s58 ?s59 ?s58 ?s59 ?s19 ?s20 (not (= (* ?s61 ?s57) (* ?s57 ?s61)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s23 ?s24 ?s58 ?s59 ?s58 ?s59 ?s23 ?s24 (not (= (* ?s22 ?s57) (* ?s57 ?s22)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s27 ?s28 ?s58 ?s59 ?s58 ?s59 ?s27 ?s28 (not (= (* ?s26 ?s62) (* ?s62 ?s26)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s31 ?s32 ?s58 ?s59 ?s58 ?s59 ?s31 ?s32 (not (= (* ?s63 ?s57) (* ?s57 ?s63)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s35 ?s36 ?s58 ?s59 ?s58 ?s59 ?s35 ?s36 (not (= (* ?s37 ?s57) (* ?s57 ?s37)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s39 ?s40 ?s58 ?s59 ?s58 ?s59 ?s39 ?s40 (not (= (* ?s41 ?s62) (* ?s62 ?s41)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s43 ?s44 ?s58 ?s59 ?s58 ?s59 ?s43 ?s44 (not (= (* ?s45 ?s64) (* ?s64 ?s45)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s58 ?s59 ?s58 ?s59 (not (= (* ?s47 ?s64) (* ?s64 ?s47)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s58 ?s59 ?s58 ?s59 (not (= (* ?s48 ?s64) (* ?s64 ?s48)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s58 ?s59 ?s58 ?s59 (not (= (* ?s49 ?s64) (* ?s64 ?s49)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s13 ?s14 ?s66 ?s67 ?s66 ?s67 ?s13 ?s14 (not (= (* ?s68 ?s65) (* ?s65 ?s68)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s19 ?s20 ?s66 ?s67 ?s66 ?s67 ?s19 ?s20 (not (= (* ?s69 ?s65) (* ?s65 ?s69)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s23 ?s24 ?s66 ?s67 ?s66 ?s67 ?s23 ?s24 (not (= (* ?s70 ?s65) (* ?s65 ?s70)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s27 ?s28 ?s66 ?s67 ?s66 ?s67 ?s27 ?s28 (not (= (* ?s26 ?s65) (* ?s65 ?s26)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s31 ?s32 ?s66 ?s67 ?s66 ?s67 ?s31 ?s32 (not (= (* ?s71 ?s65) (* ?s65 ?s71)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s35 ?s36 ?s66 ?s67 ?s66 ?s67 ?s35 ?s36 (not (= (* ?s72 ?s65) (* ?s65 ?s72)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s39 ?s40 ?s66 ?s67 ?s66 ?s67 ?s39 ?s40 (not (= (* ?s41 ?s65) (* ?s65 ?s41)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s43 ?s44 ?s66 ?s67 ?s66 ?s67 ?s43 ?s44 (not (= (* ?s45 ?s73) (* ?s73 ?s45)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s66 ?s67 ?s66 ?s67 (not (= (* ?s47 ?s73) (* ?s73 ?s47)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s66 ?s67 ?s66 ?s67 (not (= (* ?s48 ?s73) (* ?s73 ?s48)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s66 ?s67 ?s66 ?s67 (not (= (* ?s49 ?s73) (* ?s73 ?s49)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s13 ?s14 ?s75 ?s76 ?s75 ?s76 ?s13 ?s14 (not (= (* ?s53 ?s77) (* ?s77 ?s53)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s19 ?s20 ?s75 ?s76 ?s75 ?s76 ?s19 ?s20 (not (= (* ?s18 ?s77) (* ?s77 ?s18)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s23 ?s24 ?s75 ?s76 ?s75 ?s76 ?s23 ?s24 (not (= (* ?s22 ?s78) (* ?s78 ?s22)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s27 ?s28 ?s75 ?s76 ?s75 ?s76 ?s27 ?s28 (not (= (* ?s26 ?s79) (* ?s79 ?s26)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s31 ?s32 ?s75 ?s76 ?s75 ?s76 ?s31 ?s32 (not (= (* ?s30 ?s74) (* ?s74 ?s30)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s35 ?s36 ?s75 ?s76 ?s75 ?s76 ?s35 ?s36 (not (= (* ?s34 ?s80) (* ?s80 ?s34)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s39 ?s40 ?s75 ?s76 ?s75 ?s76 ?s39 ?s40 (not (= (* ?s38 ?s81) (* ?s81 ?s38)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s43 ?s44 ?s75 ?s76 ?s75 ?s76 ?s43 ?s44 (not (= (* ?s42 ?s82) (* ?s82 ?s42)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s75 ?s76 ?s75 ?s76 (not (= (* ?s47 ?s83) (* ?s83 ?s47)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s75 ?s76 ?s75 ?s76 (not (= (* ?s48 ?s83) (* ?s83 ?s48)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s75 ?s76 ?s75 ?s76 (not (= (* ?s49 ?s83) (* ?s83 ?s49)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s13 ?s14 ?s85 ?s86 ?s85 ?s86 ?s13 ?s14 (not (= (* ?s60 ?s87) (* ?s87 ?s60)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s19 ?s20 ?s85 ?s86 ?s85 ?s86 ?s19 ?s20 (not (= (* ?s61 ?s87) (* ?s87 ?s61)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s23 ?s24 ?s85 ?s86 ?s85 ?s86 ?s23 ?s24 (not (= (* ?s22 ?s87) (* ?s87 ?s22)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s27 ?s28 ?s85 ?s86 ?s85 ?s86 ?s27 ?s28 (not (= (* ?s26 ?s88) (* ?s88 ?s26)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s31 ?s32 ?s85 ?s86 ?s85 ?s86 ?s31 ?s32 (not (= (* ?s89 ?s84) (* ?s84 ?s89)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s35 ?s36 ?s85 ?s86 ?s85 ?s86 ?s35 ?s36 (not (= (* ?s34 ?s84) (* ?s84 ?s34)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s39 ?s40 ?s85 ?s86 ?s85 ?s86 ?s39 ?s40 (not (= (* ?s38 ?s90) (* ?s90 ?s38)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s43 ?s44 ?s85 ?s86 ?s85 ?s86 ?s43 ?s44 (not (= (* ?s42 ?s91) (* ?s91 ?s42)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s85 ?s86 ?s85 ?s86 (not (= (* ?s47 ?s92) (* ?s92 ?s47)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s85 ?s86 ?s85 ?s86 (not (= (* ?s48 ?s92) (* ?s92 ?s48)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s85 ?s86 ?s85 ?s86 (not (= (* ?s49 ?s92) (* ?s92 ?s49)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s13 ?s14 ?s94 ?s95 ?s94 ?s95 ?s13 ?s14 (not (= (* ?s68 ?s96) (* ?s96 ?s68)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s19 ?s20 ?s94 ?s95 ?s94 ?s95 ?s19 ?s20 (not (= (* ?s69 ?s96) (* ?s96 ?s69)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s23 ?s24 ?s94 ?s95 ?s94 ?s95 ?s23 ?s24 (not (= (* ?s70 ?s96) (* ?s96 ?s70)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s27 ?s28 ?s94 ?s95 ?s94 ?s95 ?s27 ?s28 (not (= (* ?s26 ?s96) (* ?s96 ?s26)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s31 ?s32 ?s94 ?s95 ?s94 ?s95 ?s31 ?s32 (not (= (* ?s97 ?s93) (* ?s93 ?s97)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s35 ?s36 ?s94 ?s95 ?s94 ?s95 ?s35 ?s36 (not (= (* ?s98 ?s93) (* ?s93 ?s98)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s39 ?s40 ?s94 ?s95 ?s94 ?s95 ?s39 ?s40 (not (= (* ?s38 ?s93) (* ?s93 ?s38)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s43 ?s44 ?s94 ?s95 ?s94 ?s95 ?s43 ?s44 (not (= (* ?s42 ?s99) (* ?s99 ?s42)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s94 ?s95 ?s94 ?s95 (not (= (* ?s47 ?s100) (* ?s100 ?s47)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s94 ?s95 ?s94 ?s95 (not (= (* ?s48 ?s100) (* ?s100 ?s48)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s94 ?s95 ?s94 ?s95 (not (= (* ?s49 ?s100) (* ?s100 ?s49)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s13 ?s14 ?s102 ?s103 ?s102 ?s103 ?s13 ?s14 (not (= (* ?s104 ?s105) (* ?s105 ?s104)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s19 ?s20 ?s102 ?s103 ?s102 ?s103 ?s19 ?s20 (not (= (* ?s106 ?s105) (* ?s105 ?s106)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s23 ?s24 ?s102 ?s103 ?s102 ?s103 ?s23 ?s24 (not (= (* ?s107 ?s105) (* ?s105 ?s107)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s27 ?s28 ?s102 ?s103 ?s102 ?s103 ?s27 ?s28 (not (= (* ?s108 ?s105) (* ?s105 ?s108)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s31 ?s32 ?s102 ?s103 ?s102 ?s103 ?s31 ?s32 (not (= (* ?s109 ?s101) (* ?s101 ?s109)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s35 ?s36 ?s102 ?s103 ?s102 ?s103 ?s35 ?s36 (not (= (* ?s110 ?s101) (* ?s101 ?s110)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s39 ?s40 ?s102 ?s103 ?s102 ?s103 ?s39 ?s40 (not (= (* ?s111 ?s101) (* ?s101 ?s111)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s43 ?s44 ?s102 ?s103 ?s102 ?s103 ?s43 ?s44 (not (= (* ?s42 ?s101) (* ?s101 ?s42)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s102 ?s103 ?s102 ?s103 (not (= (* ?s47 ?s105) (* ?s105 ?s47)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s102 ?s103 ?s102 ?s103 (not (= (* ?s48 ?s105) (* ?s105 ?s48)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s102 ?s103 ?s102 ?s103 (not (= (* ?s49 ?s105) (* ?s105 ?s49)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s13 ?s14 ?s13 ?s14 (not (= (* ?s104 ?s112) (* ?s112 ?s104)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s19 ?s20 ?s19 ?s20 (not (= (* ?s106 ?s112) (* ?s112 ?s106)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s23 ?s24 ?s23 ?s24 (not (= (* ?s107 ?s112) (* ?s112 ?s107)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s27 ?s28 ?s27 ?s28 (not (= (* ?s108 ?s112) (* ?s112 ?s108)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s31 ?s32 ?s31 ?s32 (not (= (* ?s113 ?s112) (* ?s112 ?s113)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s35 ?s36 ?s35 ?s36 (not (= (* ?s114 ?s112) (* ?s112 ?s114)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s39 ?s40 ?s39 ?s40 (not (= (* ?s115 ?s112) (* ?s112 ?s115)))) ?s2 ?s6 ?s7 (and ?s3 ?s4 true true true ?s5 true true ?s8 ?s9 ?s10 ?s11 ?s43 ?s44 ?s43 ?s44 (not (= (* ?s45 ?s112) (* ?s112 ?s45)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
