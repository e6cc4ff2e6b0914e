; versa proof obligation for rule 'less-to-greater' (rules/library/algebra-ieee.toml), domain ieee: proved
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
(declare-fun n () Int)
(declare-fun p.f16.r1!v1 () (_ FloatingPoint 5 11))
(declare-fun p.i16.r1!v1 () (_ BitVec 16))
(declare-fun p.i32.r1!v1 () (_ BitVec 32))
(declare-fun p.i64.r1!v1 () (_ BitVec 64))
(declare-fun p.i8.r1!v1 () (_ BitVec 8))
(declare-fun p.u16.r1!v1 () (_ BitVec 16))
(declare-fun p.u32.r1!v1 () (_ BitVec 32))
(declare-fun p.u64.r1!v1 () (_ BitVec 64))
(declare-fun p.u8.r1!v1 () (_ BitVec 8))
(declare-fun q.f16.r1!v2 () (_ FloatingPoint 5 11))
(declare-fun q.f32.r1!v2 () (_ FloatingPoint 8 24))
(declare-fun q.f64.r1!v2 () (_ FloatingPoint 11 53))
(declare-fun q.i16.r1!v2 () (_ BitVec 16))
(declare-fun q.i32.r1!v2 () (_ BitVec 32))
(declare-fun q.i64.r1!v2 () (_ BitVec 64))
(declare-fun q.i8.r1!v2 () (_ BitVec 8))
(declare-fun q.u16.r1!v2 () (_ BitVec 16))
(declare-fun q.u32.r1!v2 () (_ BitVec 32))
(declare-fun q.u64.r1!v2 () (_ BitVec 64))
(declare-fun q.u8.r1!v2 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and (>= n 0) true true true (not (= n n)))))
 (let ((?s4 (and true true true true ?s1)))
 (let ((?s5 (bvslt p.i8.r1!v1 q.i8.r1!v2)))
 (let ((?s6 ((_ sign_extend 8) p.i8.r1!v1)))
 (let ((?s7 (bvslt ?s6 q.i16.r1!v2)))
 (let ((?s8 ((_ sign_extend 24) p.i8.r1!v1)))
 (let ((?s9 (bvslt ?s8 q.i32.r1!v2)))
 (let ((?s10 ((_ sign_extend 56) p.i8.r1!v1)))
 (let ((?s11 (bvslt ?s10 q.i64.r1!v2)))
 (let ((?s12 ((_ zero_extend 8) q.u8.r1!v2)))
 (let ((?s13 (bvslt ?s6 ?s12)))
 (let ((?s14 ((_ zero_extend 16) q.u16.r1!v2)))
 (let ((?s15 (bvslt ?s8 ?s14)))
 (let ((?s16 ((_ zero_extend 32) q.u32.r1!v2)))
 (let ((?s17 (bvslt ?s10 ?s16)))
 (let ((?s18 ((_ to_fp 11 53) roundNearestTiesToEven p.i8.r1!v1)))
 (let ((?s19 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven q.u64.r1!v2)))
 (let ((?s20 ((_ to_fp 5 11) roundNearestTiesToEven p.i8.r1!v1)))
 (let ((?s21 ((_ to_fp 8 24) roundNearestTiesToEven p.i8.r1!v1)))
 (let ((?s22 ((_ sign_extend 8) q.i8.r1!v2)))
 (let ((?s23 (bvslt p.i16.r1!v1 ?s22)))
 (let ((?s24 (bvslt p.i16.r1!v1 q.i16.r1!v2)))
 (let ((?s25 ((_ sign_extend 16) p.i16.r1!v1)))
 (let ((?s26 (bvslt ?s25 q.i32.r1!v2)))
 (let ((?s27 ((_ sign_extend 48) p.i16.r1!v1)))
 (let ((?s28 (bvslt ?s27 q.i64.r1!v2)))
 (let ((?s29 (bvslt p.i16.r1!v1 ?s12)))
 (let ((?s30 (bvslt ?s25 ?s14)))
 (let ((?s31 (bvslt ?s27 ?s16)))
 (let ((?s32 ((_ to_fp 11 53) roundNearestTiesToEven p.i16.r1!v1)))
 (let ((?s33 ((_ to_fp 8 24) roundNearestTiesToEven p.i16.r1!v1)))
 (let ((?s34 ((_ to_fp 8 24) roundNearestTiesToEven q.f16.r1!v2)))
 (let ((?s35 ((_ sign_extend 24) q.i8.r1!v2)))
 (let ((?s36 (bvslt p.i32.r1!v1 ?s35)))
 (let ((?s37 ((_ sign_extend 16) q.i16.r1!v2)))
 (let ((?s38 (bvslt p.i32.r1!v1 ?s37)))
 (let ((?s39 (bvslt p.i32.r1!v1 q.i32.r1!v2)))
 (let ((?s40 ((_ sign_extend 32) p.i32.r1!v1)))
 (let ((?s41 (bvslt ?s40 q.i64.r1!v2)))
 (let ((?s42 ((_ zero_extend 24) q.u8.r1!v2)))
 (let ((?s43 (bvslt p.i32.r1!v1 ?s42)))
 (let ((?s44 (bvslt p.i32.r1!v1 ?s14)))
 (let ((?s45 (bvslt ?s40 ?s16)))
 (let ((?s46 ((_ to_fp 11 53) roundNearestTiesToEven p.i32.r1!v1)))
 (let ((?s47 ((_ to_fp 11 53) roundNearestTiesToEven q.f16.r1!v2)))
 (let ((?s48 ((_ to_fp 11 53) roundNearestTiesToEven q.f32.r1!v2)))
 (let ((?s49 ((_ sign_extend 56) q.i8.r1!v2)))
 (let ((?s50 (bvslt p.i64.r1!v1 ?s49)))
 (let ((?s51 ((_ sign_extend 48) q.i16.r1!v2)))
 (let ((?s52 (bvslt p.i64.r1!v1 ?s51)))
 (let ((?s53 ((_ sign_extend 32) q.i32.r1!v2)))
 (let ((?s54 (bvslt p.i64.r1!v1 ?s53)))
 (let ((?s55 (bvslt p.i64.r1!v1 q.i64.r1!v2)))
 (let ((?s56 ((_ zero_extend 56) q.u8.r1!v2)))
 (let ((?s57 (bvslt p.i64.r1!v1 ?s56)))
 (let ((?s58 ((_ zero_extend 48) q.u16.r1!v2)))
 (let ((?s59 (bvslt p.i64.r1!v1 ?s58)))
 (let ((?s60 (bvslt p.i64.r1!v1 ?s16)))
 (let ((?s61 ((_ to_fp 11 53) roundNearestTiesToEven p.i64.r1!v1)))
 (let ((?s62 ((_ zero_extend 8) p.u8.r1!v1)))
 (let ((?s63 (bvslt ?s62 ?s22)))
 (let ((?s64 (bvslt ?s62 q.i16.r1!v2)))
 (let ((?s65 ((_ zero_extend 24) p.u8.r1!v1)))
 (let ((?s66 (bvslt ?s65 q.i32.r1!v2)))
 (let ((?s67 ((_ zero_extend 56) p.u8.r1!v1)))
 (let ((?s68 (bvslt ?s67 q.i64.r1!v2)))
 (let ((?s69 (bvult p.u8.r1!v1 q.u8.r1!v2)))
 (let ((?s70 (bvult ?s62 q.u16.r1!v2)))
 (let ((?s71 (bvult ?s65 q.u32.r1!v2)))
 (let ((?s72 (bvult ?s67 q.u64.r1!v2)))
 (let ((?s73 ((_ to_fp_unsigned 5 11) roundNearestTiesToEven p.u8.r1!v1)))
 (let ((?s74 ((_ to_fp_unsigned 8 24) roundNearestTiesToEven p.u8.r1!v1)))
 (let ((?s75 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven p.u8.r1!v1)))
 (let ((?s76 ((_ zero_extend 16) p.u16.r1!v1)))
 (let ((?s77 (bvslt ?s76 ?s35)))
 (let ((?s78 (bvslt ?s76 ?s37)))
 (let ((?s79 (bvslt ?s76 q.i32.r1!v2)))
 (let ((?s80 ((_ zero_extend 48) p.u16.r1!v1)))
 (let ((?s81 (bvslt ?s80 q.i64.r1!v2)))
 (let ((?s82 (bvult p.u16.r1!v1 ?s12)))
 (let ((?s83 (bvult p.u16.r1!v1 q.u16.r1!v2)))
 (let ((?s84 (bvult ?s76 q.u32.r1!v2)))
 (let ((?s85 (bvult ?s80 q.u64.r1!v2)))
 (let ((?s86 ((_ to_fp_unsigned 8 24) roundNearestTiesToEven p.u16.r1!v1)))
 (let ((?s87 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven p.u16.r1!v1)))
 (let ((?s88 ((_ zero_extend 32) p.u32.r1!v1)))
 (let ((?s89 (bvslt ?s88 ?s49)))
 (let ((?s90 (bvslt ?s88 ?s51)))
 (let ((?s91 (bvslt ?s88 ?s53)))
 (let ((?s92 (bvslt ?s88 q.i64.r1!v2)))
 (let ((?s93 (bvult p.u32.r1!v1 ?s42)))
 (let ((?s94 (bvult p.u32.r1!v1 ?s14)))
 (let ((?s95 (bvult p.u32.r1!v1 q.u32.r1!v2)))
 (let ((?s96 (bvult ?s88 q.u64.r1!v2)))
 (let ((?s97 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven p.u32.r1!v1)))
 (let ((?s98 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven p.u64.r1!v1)))
 (let ((?s99 ((_ to_fp 11 53) roundNearestTiesToEven q.i8.r1!v2)))
 (let ((?s100 ((_ to_fp 11 53) roundNearestTiesToEven q.i16.r1!v2)))
 (let ((?s101 ((_ to_fp 11 53) roundNearestTiesToEven q.i32.r1!v2)))
 (let ((?s102 ((_ to_fp 11 53) roundNearestTiesToEven q.i64.r1!v2)))
 (let ((?s103 (bvult p.u64.r1!v1 ?s56)))
 (let ((?s104 (bvult p.u64.r1!v1 ?s58)))
 (let ((?s105 (bvult p.u64.r1!v1 ?s16)))
 (let ((?s106 (bvult p.u64.r1!v1 q.u64.r1!v2)))
 (let ((?s107 ((_ to_fp 5 11) roundNearestTiesToEven q.i8.r1!v2)))
 (let ((?s108 ((_ to_fp 8 24) roundNearestTiesToEven p.f16.r1!v1)))
 (let ((?s109 ((_ to_fp 8 24) roundNearestTiesToEven q.i16.r1!v2)))
 (let ((?s110 ((_ to_fp 11 53) roundNearestTiesToEven p.f16.r1!v1)))
 (let ((?s111 ((_ to_fp_unsigned 5 11) roundNearestTiesToEven q.u8.r1!v2)))
 (let ((?s112 ((_ to_fp_unsigned 8 24) roundNearestTiesToEven q.u16.r1!v2)))
 (let ((?s113 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven q.u32.r1!v2)))
 (or ?s2 ?s3 ?s4 (and true true true true true (not (= ?s5 ?s5))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s7 ?s7))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s9 ?s9))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s11 ?s11))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s13 ?s13))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s15 ?s15))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s17 ?s17))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s18 ?s19) (fp.gt ?s19 ?s18)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s20 q.f16.r1!v2) (fp.gt q.f16.r1!v2 ?s20)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s21 q.f32.r1!v2) (fp.gt q.f32.r1!v2 ?s21)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s18 q.f64.r1!v2) (fp.gt q.f64.r1!v2 ?s18)))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s23 ?s23))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s24 ?s24))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s26 ?s26))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s28 ?s28))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s29 ?s29))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s30 ?s30))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s31 ?s31))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s32 ?s19) (fp.gt ?s19 ?s32)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s33 ?s34) (fp.gt ?s34 ?s33)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s33 q.f32.r1!v2) (fp.gt q.f32.r1!v2 ?s33)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s32 q.f64.r1!v2) (fp.gt q.f64.r1!v2 ?s32)))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s36 ?s36))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s38 ?s38))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s39 ?s39))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s41 ?s41))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s43 ?s43))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s44 ?s44))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s45 ?s45))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s46 ?s19) (fp.gt ?s19 ?s46)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s46 ?s47) (fp.gt ?s47 ?s46)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s46 ?s48) (fp.gt ?s48 ?s46)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s46 q.f64.r1!v2) (fp.gt q.f64.r1!v2 ?s46)))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s50 ?s50))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s52 ?s52))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s54 ?s54))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s55 ?s55))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s57 ?s57))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s59 ?s59))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s60 ?s60))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s61 ?s19) (fp.gt ?s19 ?s61)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s61 ?s47) (fp.gt ?s47 ?s61)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s61 ?s48) (fp.gt ?s48 ?s61)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s61 q.f64.r1!v2) (fp.gt q.f64.r1!v2 ?s61)))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s63 ?s63))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s64 ?s64))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s66 ?s66))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s68 ?s68))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s69 ?s69))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s70 ?s70))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s71 ?s71))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s72 ?s72))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s73 q.f16.r1!v2) (fp.gt q.f16.r1!v2 ?s73)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s74 q.f32.r1!v2) (fp.gt q.f32.r1!v2 ?s74)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s75 q.f64.r1!v2) (fp.gt q.f64.r1!v2 ?s75)))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s77 ?s77))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s78 ?s78))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s79 ?s79))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s81 ?s81))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s82 ?s82))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s83 ?s83))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s84 ?s84))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s85 ?s85))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s86 ?s34) (fp.gt ?s34 ?s86)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s86 q.f32.r1!v2) (fp.gt q.f32.r1!v2 ?s86)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s87 q.f64.r1!v2) (fp.gt q.f64.r1!v2 ?s87)))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s89 ?s89))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s90 ?s90))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s91 ?s91))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s92 ?s92))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s93 ?s93))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s94 ?s94))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s95 ?s95))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s96 ?s96))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s97 ?s47) (fp.gt ?s47 ?s97)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s97 ?s48) (fp.gt ?s48 ?s97)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s97 q.f64.r1!v2) (fp.gt q.f64.r1!v2 ?s97)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s98 ?s99) (fp.gt ?s99 ?s98)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s98 ?s100) (fp.gt ?s100 ?s98)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s98 ?s101) (fp.gt ?s101 ?s98)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s98 ?s102) (fp.gt ?s102 ?s98)))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s103 ?s103))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s104 ?s104))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s105 ?s105))) ?s2 ?s3 ?s4 (and true true true true true (not (= ?s106 ?s106))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s98 ?s47) (fp.gt ?s47 ?s98)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s98 ?s48) (fp.gt ?s48 ?s98)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s98 q.f64.r1!v2) (fp.gt q.f64.r1!v2 ?s98)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt p.f16.r1!v1 ?s107) (fp.gt ?s107 p.f16.r1!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s108 ?s109) (fp.gt ?s109 ?s108)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s110 ?s101) (fp.gt ?s101 ?s110)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s110 ?s102) (fp.gt ?s102 ?s110)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt p.f16.r1!v1 ?s111) (fp.gt ?s111 p.f16.r1!v1)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s108 ?s112) (fp.gt ?s112 ?s108)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s110 ?s113) (fp.gt ?s113 ?s110)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.lt ?s110 ?s19) (fp.gt ?s19 ?s110)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
