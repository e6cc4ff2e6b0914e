; versa proof obligation for rule 'less-to-greater' (rules/library/algebra-ieee.toml), domain real: proved
; lhs: p < q
; rhs: q > p
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
 (let ((?s15 (q.i16.r1 i0)))
 (let ((?s16 (>= ?s15 (- 32768))))
 (let ((?s17 (<= ?s15 32767)))
 (let ((?s18 (ite (and (>= ?s9 (- 32768)) (<= ?s9 32767)) ?s9 (cast_oob.i8.i16 ?s9))))
 (let ((?s19 (q.i32.r1 i0)))
 (let ((?s20 (>= ?s19 (- 2147483648))))
 (let ((?s21 (<= ?s19 2147483647)))
 (let ((?s22 (ite (and (>= ?s9 (- 2147483648)) (<= ?s9 2147483647)) ?s9 (cast_oob.i8.i32 ?s9))))
 (let ((?s23 (q.i64.r1 i0)))
 (let ((?s24 (>= ?s23 (- 9223372036854775808))))
 (let ((?s25 (<= ?s23 9223372036854775807)))
 (let ((?s26 (ite (and (>= ?s9 (- 9223372036854775808)) (<= ?s9 9223372036854775807)) ?s9 (cast_oob.i8.i64 ?s9))))
 (let ((?s27 (q.u8.r1 i0)))
 (let ((?s28 (>= ?s27 0)))
 (let ((?s29 (<= ?s27 255)))
 (let ((?s30 (ite (and (>= ?s27 (- 32768)) (<= ?s27 32767)) ?s27 (cast_oob.u8.i16 ?s27))))
 (let ((?s31 (q.u16.r1 i0)))
 (let ((?s32 (>= ?s31 0)))
 (let ((?s33 (<= ?s31 65535)))
 (let ((?s34 (ite (and (>= ?s31 (- 2147483648)) (<= ?s31 2147483647)) ?s31 (cast_oob.u16.i32 ?s31))))
 (let ((?s35 (q.u32.r1 i0)))
 (let ((?s36 (>= ?s35 0)))
 (let ((?s37 (<= ?s35 4294967295)))
 (let ((?s38 (ite (and (>= ?s35 (- 9223372036854775808)) (<= ?s35 9223372036854775807)) ?s35 (cast_oob.u32.i64 ?s35))))
 (let ((?s39 (q.u64.r1 i0)))
 (let ((?s40 (>= ?s39 0)))
 (let ((?s41 (<= ?s39 18446744073709551615)))
 (let ((?s42 (to_real ?s9)))
 (let ((?s43 (to_real ?s39)))
 (let ((?s44 (q.f16.r1 i0)))
 (let ((?s45 (q.f32.r1 i0)))
 (let ((?s46 (q.f64.r1 i0)))
 (let ((?s47 (p.i16.r1 i0)))
 (let ((?s48 (>= ?s47 (- 32768))))
 (let ((?s49 (<= ?s47 32767)))
 (let ((?s50 (ite (and (>= ?s12 (- 32768)) (<= ?s12 32767)) ?s12 (cast_oob.i8.i16 ?s12))))
 (let ((?s51 (ite (and (>= ?s47 (- 2147483648)) (<= ?s47 2147483647)) ?s47 (cast_oob.i16.i32 ?s47))))
 (let ((?s52 (ite (and (>= ?s47 (- 9223372036854775808)) (<= ?s47 9223372036854775807)) ?s47 (cast_oob.i16.i64 ?s47))))
 (let ((?s53 (to_real ?s47)))
 (let ((?s54 (p.i32.r1 i0)))
 (let ((?s55 (>= ?s54 (- 2147483648))))
 (let ((?s56 (<= ?s54 2147483647)))
 (let ((?s57 (ite (and (>= ?s12 (- 2147483648)) (<= ?s12 2147483647)) ?s12 (cast_oob.i8.i32 ?s12))))
 (let ((?s58 (ite (and (>= ?s15 (- 2147483648)) (<= ?s15 2147483647)) ?s15 (cast_oob.i16.i32 ?s15))))
 (let ((?s59 (ite (and (>= ?s54 (- 9223372036854775808)) (<= ?s54 9223372036854775807)) ?s54 (cast_oob.i32.i64 ?s54))))
 (let ((?s60 (ite (and (>= ?s27 (- 2147483648)) (<= ?s27 2147483647)) ?s27 (cast_oob.u8.i32 ?s27))))
 (let ((?s61 (to_real ?s54)))
 (let ((?s62 (p.i64.r1 i0)))
 (let ((?s63 (>= ?s62 (- 9223372036854775808))))
 (let ((?s64 (<= ?s62 9223372036854775807)))
 (let ((?s65 (ite (and (>= ?s12 (- 9223372036854775808)) (<= ?s12 9223372036854775807)) ?s12 (cast_oob.i8.i64 ?s12))))
 (let ((?s66 (ite (and (>= ?s15 (- 9223372036854775808)) (<= ?s15 9223372036854775807)) ?s15 (cast_oob.i16.i64 ?s15))))
 (let ((?s67 (ite (and (>= ?s19 (- 9223372036854775808)) (<= ?s19 9223372036854775807)) ?s19 (cast_oob.i32.i64 ?s19))))
 (let ((?s68 (ite (and (>= ?s27 (- 9223372036854775808)) (<= ?s27 9223372036854775807)) ?s27 (cast_oob.u8.i64 ?s27))))
 (let ((?s69 (ite (and (>= ?s31 (- 9223372036854775808)) (<= ?s31 9223372036854775807)) ?s31 (cast_oob.u16.i64 ?s31))))
 (let ((?s70 (to_real ?s62)))
 (let ((?s71 (p.u8.r1 i0)))
 (let ((?s72 (>= ?s71 0)))
 (let ((?s73 (<= ?s71 255)))
 (let ((?s74 (ite (and (>= ?s71 (- 32768)) (<= ?s71 32767)) ?s71 (cast_oob.u8.i16 ?s71))))
 (let ((?s75 (ite (and (>= ?s71 (- 2147483648)) (<= ?s71 2147483647)) ?s71 (cast_oob.u8.i32 ?s71))))
 (let ((?s76 (ite (and (>= ?s71 (- 9223372036854775808)) (<= ?s71 9223372036854775807)) ?s71 (cast_oob.u8.i64 ?s71))))
 (let ((?s77 (ite (and ?s72 (<= ?s71 65535)) ?s71 (cast_oob.u8.u16 ?s71))))
 (let ((?s78 (ite (and ?s72 (<= ?s71 4294967295)) ?s71 (cast_oob.u8.u32 ?s71))))
 (let ((?s79 (ite (and ?s72 (<= ?s71 18446744073709551615)) ?s71 (cast_oob.u8.u64 ?s71))))
 (let ((?s80 (to_real ?s71)))
 (let ((?s81 (p.u16.r1 i0)))
 (let ((?s82 (>= ?s81 0)))
 (let ((?s83 (<= ?s81 65535)))
 (let ((?s84 (ite (and (>= ?s81 (- 2147483648)) (<= ?s81 2147483647)) ?s81 (cast_oob.u16.i32 ?s81))))
 (let ((?s85 (ite (and (>= ?s81 (- 9223372036854775808)) (<= ?s81 9223372036854775807)) ?s81 (cast_oob.u16.i64 ?s81))))
 (let ((?s86 (ite (and ?s28 (<= ?s27 65535)) ?s27 (cast_oob.u8.u16 ?s27))))
 (let ((?s87 (ite (and ?s82 (<= ?s81 4294967295)) ?s81 (cast_oob.u16.u32 ?s81))))
 (let ((?s88 (ite (and ?s82 (<= ?s81 18446744073709551615)) ?s81 (cast_oob.u16.u64 ?s81))))
 (let ((?s89 (to_real ?s81)))
 (let ((?s90 (p.u32.r1 i0)))
 (let ((?s91 (>= ?s90 0)))
 (let ((?s92 (<= ?s90 4294967295)))
 (let ((?s93 (ite (and (>= ?s90 (- 9223372036854775808)) (<= ?s90 9223372036854775807)) ?s90 (cast_oob.u32.i64 ?s90))))
 (let ((?s94 (ite (and ?s28 (<= ?s27 4294967295)) ?s27 (cast_oob.u8.u32 ?s27))))
 (let ((?s95 (ite (and ?s32 (<= ?s31 4294967295)) ?s31 (cast_oob.u16.u32 ?s31))))
 (let ((?s96 (ite (and ?s91 (<= ?s90 18446744073709551615)) ?s90 (cast_oob.u32.u64 ?s90))))
 (let ((?s97 (to_real ?s90)))
 (let ((?s98 (p.u64.r1 i0)))
 (let ((?s99 (>= ?s98 0)))
 (let ((?s100 (<= ?s98 18446744073709551615)))
 (let ((?s101 (to_real ?s98)))
 (let ((?s102 (to_real ?s12)))
 (let ((?s103 (to_real ?s15)))
 (let ((?s104 (to_real ?s19)))
 (let ((?s105 (to_real ?s23)))
 (let ((?s106 (ite (and ?s28 (<= ?s27 18446744073709551615)) ?s27 (cast_oob.u8.u64 ?s27))))
 (let ((?s107 (ite (and ?s32 (<= ?s31 18446744073709551615)) ?s31 (cast_oob.u16.u64 ?s31))))
 (let ((?s108 (ite (and ?s36 (<= ?s35 18446744073709551615)) ?s35 (cast_oob.u32.u64 ?s35))))
 (let ((?s109 (p.f16.r1 i0)))
 (let ((?s110 (to_real ?s27)))
 (let ((?s111 (to_real ?s31)))
 (let ((?s112 (to_real ?s35)))
 (or ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s13 ?s14 ?s13 ?s14 ?s10 ?s11 (not (= (< ?s9 ?s12) (> ?s12 ?s9)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s16 ?s17 ?s16 ?s17 ?s10 ?s11 (not (= (< ?s18 ?s15) (> ?s15 ?s18)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s20 ?s21 ?s20 ?s21 ?s10 ?s11 (not (= (< ?s22 ?s19) (> ?s19 ?s22)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s24 ?s25 ?s24 ?s25 ?s10 ?s11 (not (= (< ?s26 ?s23) (> ?s23 ?s26)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s28 ?s29 ?s28 ?s29 ?s10 ?s11 (not (= (< ?s18 ?s30) (> ?s30 ?s18)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s32 ?s33 ?s32 ?s33 ?s10 ?s11 (not (= (< ?s22 ?s34) (> ?s34 ?s22)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s36 ?s37 ?s36 ?s37 ?s10 ?s11 (not (= (< ?s26 ?s38) (> ?s38 ?s26)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s40 ?s41 ?s40 ?s41 ?s10 ?s11 (not (= (< ?s42 ?s43) (> ?s43 ?s42)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s10 ?s11 (not (= (< ?s42 ?s44) (> ?s44 ?s42)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s10 ?s11 (not (= (< ?s42 ?s45) (> ?s45 ?s42)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s10 ?s11 ?s10 ?s11 (not (= (< ?s42 ?s46) (> ?s46 ?s42)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s48 ?s49 ?s13 ?s14 ?s13 ?s14 ?s48 ?s49 (not (= (< ?s47 ?s50) (> ?s50 ?s47)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s48 ?s49 ?s16 ?s17 ?s16 ?s17 ?s48 ?s49 (not (= (< ?s47 ?s15) (> ?s15 ?s47)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s48 ?s49 ?s20 ?s21 ?s20 ?s21 ?s48 ?s49 (not (= (< ?s51 ?s19) (> ?s19 ?s51)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s48 ?s49 ?s24 ?s25 ?s24 ?s25 ?s48 ?s49 (not (= (< ?s52 ?s23) (> ?s23 ?s52)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s48 ?s49 ?s28 ?s29 ?s28 ?s29 ?s48 ?s49 (not (= (< ?s47 ?s30) (> ?s30 ?s47)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s48 ?s49 ?s32 ?s33 ?s32 ?s33 ?s48 ?s49 (not (= (< ?s51 ?s34) (> ?s34 ?s51)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s48 ?s49 ?s36 ?s37 ?s36 ?s37 ?s48 ?s49 (not (= (< ?s52 ?s38) (> ?s38 ?s52)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s48 ?s49 ?s40 ?s41 ?s40 ?s41 ?s48 ?s49 (not (= (< ?s53 ?s43) (> ?s43 ?s53)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s48 ?s49 ?s48 ?s49 (not (= (< ?s53 ?s44) (> ?s44 ?s53)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s48 ?s49 ?s48 ?s49 (not (= (< ?s53 ?s45) (> ?s45 ?s53)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s48 ?s49 ?s48 ?s49 (not (= (< ?s53 ?s46) (> ?s46 ?s53)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s55 ?s56 ?s13 ?s14 ?s13 ?s14 ?s55 ?s56 (not (= (< ?s54 ?s57) (> ?s57 ?s54)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s55 ?s56 ?s16 ?s17 ?s16 ?s17 ?s55 ?s56 (not (= (< ?s54 ?s58) (> ?s58 ?s54)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s55 ?s56 ?s20 ?s21 ?s20 ?s21 ?s55 ?s56 (not (= (< ?s54 ?s19) (> ?s19 ?s54)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s55 ?s56 ?s24 ?s25 ?s24 ?s25 ?s55 ?s56 (not (= (< ?s59 ?s23) (> ?s23 ?s59)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s55 ?s56 ?s28 ?s29 ?s28 ?s29 ?s55 ?s56 (not (= (< ?s54 ?s60) (> ?s60 ?s54)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s55 ?s56 ?s32 ?s33 ?s32 ?s33 ?s55 ?s56 (not (= (< ?s54 ?s34) (> ?s34 ?s54)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s55 ?s56 ?s36 ?s37 ?s36 ?s37 ?s55 ?s56 (not (= (< ?s59 ?s38) (> ?s38 ?s59)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s55 ?s56 ?s40 ?s41 ?s40 ?s41 ?s55 ?s56 (not (= (< ?s61 ?s43) (> ?s43 ?s61)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s55 ?s56 ?s55 ?s56 (not (= (< ?s61 ?s44) (> ?s44 ?s61)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s55 ?s56 ?s55 ?s56 (not (= (< ?s61 ?s45) (> ?s45 ?s61)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s55 ?s56 ?s55 ?s56 (not (= (< ?s61 ?s46) (> ?s46 ?s61)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s63 ?s64 ?s13 ?s14 ?s13 ?s14 ?s63 ?s64 (not (= (< ?s62 ?s65) (> ?s65 ?s62)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s63 ?s64 ?s16 ?s17 ?s16 ?s17 ?s63 ?s64 (not (= (< ?s62 ?s66) (> ?s66 ?s62)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s63 ?s64 ?s20 ?s21 ?s20 ?s21 ?s63 ?s64 (not (= (< ?s62 ?s67) (> ?s67 ?s62)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s63 ?s64 ?s24 ?s25 ?s24 ?s25 ?s63 ?s64 (not (= (< ?s62 ?s23) (> ?s23 ?s62)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s63 ?s64 ?s28 ?s29 ?s28 ?s29 ?s63 ?s64 (not (= (< ?s62 ?s68) (> ?s68 ?s62)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s63 ?s64 ?s32 ?s33 ?s32 ?s33 ?s63 ?s64 (not (= (< ?s62 ?s69) (> ?s69 ?s62)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s63 ?s64 ?s36 ?s37 ?s36 ?s37 ?s63 ?s64 (not (= (< ?s62 ?s38) (> ?s38 ?s62)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s63 ?s64 ?s40 ?s41 ?s40 ?s41 ?s63 ?s64 (not (= (< ?s70 ?s43) (> ?s43 ?s70)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s63 ?s64 ?s63 ?s64 (not (= (< ?s70 ?s44) (> ?s44 ?s70)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s63 ?s64 ?s63 ?s64 (not (= (< ?s70 ?s45) (> ?s45 ?s70)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s63 ?s64 ?s63 ?s64 (not (= (< ?s70 ?s46) (> ?s46 ?s70)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s72 ?s73 ?s13 ?s14 ?s13 ?s14 ?s72 ?s73 (not (= (< ?s74 ?s50) (> ?s50 ?s74)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s72 ?s73 ?s16 ?s17 ?s16 ?s17 ?s72 ?s73 (not (= (< ?s74 ?s15) (> ?s15 ?s74)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s72 ?s73 ?s20 ?s21 ?s20 ?s21 ?s72 ?s73 (not (= (< ?s75 ?s19) (> ?s19 ?s75)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s72 ?s73 ?s24 ?s25 ?s24 ?s25 ?s72 ?s73 (not (= (< ?s76 ?s23) (> ?s23 ?s76)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s72 ?s73 ?s28 ?s29 ?s28 ?s29 ?s72 ?s73 (not (= (< ?s71 ?s27) (> ?s27 ?s71)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s72 ?s73 ?s32 ?s33 ?s32 ?s33 ?s72 ?s73 (not (= (< ?s77 ?s31) (> ?s31 ?s77)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s72 ?s73 ?s36 ?s37 ?s36 ?s37 ?s72 ?s73 (not (= (< ?s78 ?s35) (> ?s35 ?s78)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s72 ?s73 ?s40 ?s41 ?s40 ?s41 ?s72 ?s73 (not (= (< ?s79 ?s39) (> ?s39 ?s79)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s72 ?s73 ?s72 ?s73 (not (= (< ?s80 ?s44) (> ?s44 ?s80)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s72 ?s73 ?s72 ?s73 (not (= (< ?s80 ?s45) (> ?s45 ?s80)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s72 ?s73 ?s72 ?s73 (not (= (< ?s80 ?s46) (> ?s46 ?s80)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s82 ?s83 ?s13 ?s14 ?s13 ?s14 ?s82 ?s83 (not (= (< ?s84 ?s57) (> ?s57 ?s84)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s82 ?s83 ?s16 ?s17 ?s16 ?s17 ?s82 ?s83 (not (= (< ?s84 ?s58) (> ?s58 ?s84)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s82 ?s83 ?s20 ?s21 ?s20 ?s21 ?s82 ?s83 (not (= (< ?s84 ?s19) (> ?s19 ?s84)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s82 ?s83 ?s24 ?s25 ?s24 ?s25 ?s82 ?s83 (not (= (< ?s85 ?s23) (> ?s23 ?s85)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s82 ?s83 ?s28 ?s29 ?s28 ?s29 ?s82 ?s83 (not (= (< ?s81 ?s86) (> ?s86 ?s81)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s82 ?s83 ?s32 ?s33 ?s32 ?s33 ?s82 ?s83 (not (= (< ?s81 ?s31) (> ?s31 ?s81)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s82 ?s83 ?s36 ?s37 ?s36 ?s37 ?s82 ?s83 (not (= (< ?s87 ?s35) (> ?s35 ?s87)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s82 ?s83 ?s40 ?s41 ?s40 ?s41 ?s82 ?s83 (not (= (< ?s88 ?s39) (> ?s39 ?s88)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s82 ?s83 ?s82 ?s83 (not (= (< ?s89 ?s44) (> ?s44 ?s89)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s82 ?s83 ?s82 ?s83 (not (= (< ?s89 ?s45) (> ?s45 ?s89)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s82 ?s83 ?s82 ?s83 (not (= (< ?s89 ?s46) (> ?s46 ?s89)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s91 ?s92 ?s13 ?s14 ?s13 ?s14 ?s91 ?s92 (not (= (< ?s93 ?s65) (> ?s65 ?s93)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s91 ?s92 ?s16 ?s17 ?s16 ?s17 ?s91 ?s92 (not (= (< ?s93 ?s66) (> ?s66 ?s93)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s91 ?s92 ?s20 ?s21 ?s20 ?s21 ?s91 ?s92 (not (= (< ?s93 ?s67) (> ?s67 ?s93)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s91 ?s92 ?s24 ?s25 ?s24 ?s25 ?s91 ?s92 (not (= (< ?s93 ?s23) (> ?s23 ?s93)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s91 ?s92 ?s28 ?s29 ?s28 ?s29 ?s91 ?s92 (not (= (< ?s90 ?s94) (> ?s94 ?s90)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s91 ?s92 ?s32 ?s33 ?s32 ?s33 ?s91 ?s92 (not (= (< ?s90 ?s95) (> ?s95 ?s90)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s91 ?s92 ?s36 ?s37 ?s36 ?s37 ?s91 ?s92 (not (= (< ?s90 ?s35) (> ?s35 ?s90)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s91 ?s92 ?s40 ?s41 ?s40 ?s41 ?s91 ?s92 (not (= (< ?s96 ?s39) (> ?s39 ?s96)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s91 ?s92 ?s91 ?s92 (not (= (< ?s97 ?s44) (> ?s44 ?s97)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s91 ?s92 ?s91 ?s92 (not (= (< ?s97 ?s45) (> ?s45 ?s97)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s91 ?s92 ?s91 ?s92 (not (= (< ?s97 ?s46) (> ?s46 ?s97)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s99 ?s100 ?s13 ?s14 ?s13 ?s14 ?s99 ?s100 (not (= (< ?s101 ?s102) (> ?s102 ?s101)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s99 ?s100 ?s16 ?s17 ?s16 ?s17 ?s99 ?s100 (not (= (< ?s101 ?s103) (> ?s103 ?s101)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s99 ?s100 ?s20 ?s21 ?s20 ?s21 ?s99 ?s100 (not (= (< ?s101 ?s104) (> ?s104 ?s101)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s99 ?s100 ?s24 ?s25 ?s24 ?s25 ?s99 ?s100 (not (= (< ?s101 ?s105) (> ?s105 ?s101)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s99 ?s100 ?s28 ?s29 ?s28 ?s29 ?s99 ?s100 (not (= (< ?s98 ?s106) (> ?s106 ?s98)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s99 ?s100 ?s32 ?s33 ?s32 ?s33 ?s99 ?s100 (not (= (< ?s98 ?s107) (> ?s107 ?s98)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s99 ?s100 ?s36 ?s37 ?s36 ?s37 ?s99 ?s100 (not (= (< ?s98 ?s108) (> ?s108 ?s98)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s99 ?s100 ?s40 ?s41 ?s40 ?s41 ?s99 ?s100 (not (= (< ?s98 ?s39) (> ?s39 ?s98)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s99 ?s100 ?s99 ?s100 (not (= (< ?s101 ?s44) (> ?s44 ?s101)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s99 ?s100 ?s99 ?s100 (not (= (< ?s101 ?s45) (> ?s45 ?s101)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s99 ?s100 ?s99 ?s100 (not (= (< ?s101 ?s46) (> ?s46 ?s101)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s13 ?s14 ?s13 ?s14 (not (= (< ?s109 ?s102) (> ?s102 ?s109)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s16 ?s17 ?s16 ?s17 (not (= (< ?s109 ?s103) (> ?s103 ?s109)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s20 ?s21 ?s20 ?s21 (not (= (< ?s109 ?s104) (> ?s104 ?s109)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s24 ?s25 ?s24 ?s25 (not (= (< ?s109 ?s105) (> ?s105 ?s109)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s28 ?s29 ?s28 ?s29 (not (= (< ?s109 ?s110) (> ?s110 ?s109)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s32 ?s33 ?s32 ?s33 (not (= (< ?s109 ?s111) (> ?s111 ?s109)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s36 ?s37 ?s36 ?s37 (not (= (< ?s109 ?s112) (> ?s112 ?s109)))) ?s2 ?s5 ?s6 (and ?s3 true true true ?s4 true true ?s7 ?s8 ?s40 ?s41 ?s40 ?s41 (not (= (< ?s109 ?s43) (> ?s43 ?s109))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
