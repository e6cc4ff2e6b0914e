; versa proof obligation for rule 'where-negate-mask' (rules/library/algebra-ieee.toml), domain ieee: proved
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
(declare-fun m.bool.r1!v1 () Bool)
(declare-fun n () Int)
(declare-fun p.f16.r1!v2 () (_ FloatingPoint 5 11))
(declare-fun p.i16.r1!v2 () (_ BitVec 16))
(declare-fun p.i32.r1!v2 () (_ BitVec 32))
(declare-fun p.i64.r1!v2 () (_ BitVec 64))
(declare-fun p.i8.r1!v2 () (_ BitVec 8))
(declare-fun p.u16.r1!v2 () (_ BitVec 16))
(declare-fun p.u32.r1!v2 () (_ BitVec 32))
(declare-fun p.u64.r1!v2 () (_ BitVec 64))
(declare-fun p.u8.r1!v2 () (_ BitVec 8))
(declare-fun q.f16.r1!v3 () (_ FloatingPoint 5 11))
(declare-fun q.f32.r1!v3 () (_ FloatingPoint 8 24))
(declare-fun q.f64.r1!v3 () (_ FloatingPoint 11 53))
(declare-fun q.i16.r1!v3 () (_ BitVec 16))
(declare-fun q.i32.r1!v3 () (_ BitVec 32))
(declare-fun q.i64.r1!v3 () (_ BitVec 64))
(declare-fun q.i8.r1!v3 () (_ BitVec 8))
(declare-fun q.u16.r1!v3 () (_ BitVec 16))
(declare-fun q.u32.r1!v3 () (_ BitVec 32))
(declare-fun q.u64.r1!v3 () (_ BitVec 64))
(declare-fun q.u8.r1!v3 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and (>= n 0) true true true (not (= n n)))))
 (let ((?s4 (and true true true true ?s1)))
 (let ((?s5 (= m.bool.r1!v1 false)))
 (let ((?s6 ((_ sign_extend 8) p.i8.r1!v2)))
 (let ((?s7 ((_ sign_extend 24) p.i8.r1!v2)))
 (let ((?s8 ((_ sign_extend 56) p.i8.r1!v2)))
 (let ((?s9 ((_ zero_extend 8) q.u8.r1!v3)))
 (let ((?s10 ((_ zero_extend 16) q.u16.r1!v3)))
 (let ((?s11 ((_ zero_extend 32) q.u32.r1!v3)))
 (let ((?s12 ((_ to_fp 11 53) roundNearestTiesToEven p.i8.r1!v2)))
 (let ((?s13 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven q.u64.r1!v3)))
 (let ((?s14 ((_ to_fp 5 11) roundNearestTiesToEven p.i8.r1!v2)))
 (let ((?s15 ((_ to_fp 8 24) roundNearestTiesToEven p.i8.r1!v2)))
 (let ((?s16 ((_ sign_extend 8) q.i8.r1!v3)))
 (let ((?s17 ((_ sign_extend 16) p.i16.r1!v2)))
 (let ((?s18 ((_ sign_extend 48) p.i16.r1!v2)))
 (let ((?s19 ((_ to_fp 11 53) roundNearestTiesToEven p.i16.r1!v2)))
 (let ((?s20 ((_ to_fp 8 24) roundNearestTiesToEven p.i16.r1!v2)))
 (let ((?s21 ((_ to_fp 8 24) roundNearestTiesToEven q.f16.r1!v3)))
 (let ((?s22 ((_ sign_extend 24) q.i8.r1!v3)))
 (let ((?s23 ((_ sign_extend 16) q.i16.r1!v3)))
 (let ((?s24 ((_ sign_extend 32) p.i32.r1!v2)))
 (let ((?s25 ((_ zero_extend 24) q.u8.r1!v3)))
 (let ((?s26 ((_ to_fp 11 53) roundNearestTiesToEven p.i32.r1!v2)))
 (let ((?s27 ((_ to_fp 11 53) roundNearestTiesToEven q.f16.r1!v3)))
 (let ((?s28 ((_ to_fp 11 53) roundNearestTiesToEven q.f32.r1!v3)))
 (let ((?s29 ((_ sign_extend 56) q.i8.r1!v3)))
 (let ((?s30 ((_ sign_extend 48) q.i16.r1!v3)))
 (let ((?s31 ((_ sign_extend 32) q.i32.r1!v3)))
 (let ((?s32 ((_ zero_extend 56) q.u8.r1!v3)))
 (let ((?s33 ((_ zero_extend 48) q.u16.r1!v3)))
 (let ((?s34 ((_ to_fp 11 53) roundNearestTiesToEven p.i64.r1!v2)))
 (let ((?s35 ((_ zero_extend 8) p.u8.r1!v2)))
 (let ((?s36 ((_ zero_extend 24) p.u8.r1!v2)))
 (let ((?s37 ((_ zero_extend 56) p.u8.r1!v2)))
 (let ((?s38 ((_ to_fp_unsigned 5 11) roundNearestTiesToEven p.u8.r1!v2)))
 (let ((?s39 ((_ to_fp_unsigned 8 24) roundNearestTiesToEven p.u8.r1!v2)))
 (let ((?s40 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven p.u8.r1!v2)))
 (let ((?s41 ((_ zero_extend 16) p.u16.r1!v2)))
 (let ((?s42 ((_ zero_extend 48) p.u16.r1!v2)))
 (let ((?s43 ((_ to_fp_unsigned 8 24) roundNearestTiesToEven p.u16.r1!v2)))
 (let ((?s44 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven p.u16.r1!v2)))
 (let ((?s45 ((_ zero_extend 32) p.u32.r1!v2)))
 (let ((?s46 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven p.u32.r1!v2)))
 (let ((?s47 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven p.u64.r1!v2)))
 (let ((?s48 ((_ to_fp 11 53) roundNearestTiesToEven q.i8.r1!v3)))
 (let ((?s49 ((_ to_fp 11 53) roundNearestTiesToEven q.i16.r1!v3)))
 (let ((?s50 ((_ to_fp 11 53) roundNearestTiesToEven q.i32.r1!v3)))
 (let ((?s51 ((_ to_fp 11 53) roundNearestTiesToEven q.i64.r1!v3)))
 (let ((?s52 ((_ to_fp 5 11) roundNearestTiesToEven q.i8.r1!v3)))
 (let ((?s53 ((_ to_fp 8 24) roundNearestTiesToEven p.f16.r1!v2)))
 (let ((?s54 ((_ to_fp 8 24) roundNearestTiesToEven q.i16.r1!v3)))
 (let ((?s55 ((_ to_fp 11 53) roundNearestTiesToEven p.f16.r1!v2)))
 (let ((?s56 ((_ to_fp_unsigned 5 11) roundNearestTiesToEven q.u8.r1!v3)))
 (let ((?s57 ((_ to_fp_unsigned 8 24) roundNearestTiesToEven q.u16.r1!v3)))
 (let ((?s58 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven q.u32.r1!v3)))
 (or ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i8.r1!v2 q.i8.r1!v3) (ite ?s5 q.i8.r1!v3 p.i8.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s6 q.i16.r1!v3) (ite ?s5 q.i16.r1!v3 ?s6)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s7 q.i32.r1!v3) (ite ?s5 q.i32.r1!v3 ?s7)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s8 q.i64.r1!v3) (ite ?s5 q.i64.r1!v3 ?s8)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s6 ?s9) (ite ?s5 ?s9 ?s6)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s7 ?s10) (ite ?s5 ?s10 ?s7)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s8 ?s11) (ite ?s5 ?s11 ?s8)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s12 ?s13) (ite ?s5 ?s13 ?s12)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s14 q.f16.r1!v3) (ite ?s5 q.f16.r1!v3 ?s14)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s15 q.f32.r1!v3) (ite ?s5 q.f32.r1!v3 ?s15)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s12 q.f64.r1!v3) (ite ?s5 q.f64.r1!v3 ?s12)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i16.r1!v2 ?s16) (ite ?s5 ?s16 p.i16.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i16.r1!v2 q.i16.r1!v3) (ite ?s5 q.i16.r1!v3 p.i16.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s17 q.i32.r1!v3) (ite ?s5 q.i32.r1!v3 ?s17)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s18 q.i64.r1!v3) (ite ?s5 q.i64.r1!v3 ?s18)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i16.r1!v2 ?s9) (ite ?s5 ?s9 p.i16.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s17 ?s10) (ite ?s5 ?s10 ?s17)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s18 ?s11) (ite ?s5 ?s11 ?s18)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s19 ?s13) (ite ?s5 ?s13 ?s19)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s20 ?s21) (ite ?s5 ?s21 ?s20)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s20 q.f32.r1!v3) (ite ?s5 q.f32.r1!v3 ?s20)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s19 q.f64.r1!v3) (ite ?s5 q.f64.r1!v3 ?s19)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i32.r1!v2 ?s22) (ite ?s5 ?s22 p.i32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i32.r1!v2 ?s23) (ite ?s5 ?s23 p.i32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i32.r1!v2 q.i32.r1!v3) (ite ?s5 q.i32.r1!v3 p.i32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s24 q.i64.r1!v3) (ite ?s5 q.i64.r1!v3 ?s24)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i32.r1!v2 ?s25) (ite ?s5 ?s25 p.i32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i32.r1!v2 ?s10) (ite ?s5 ?s10 p.i32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s24 ?s11) (ite ?s5 ?s11 ?s24)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s26 ?s13) (ite ?s5 ?s13 ?s26)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s26 ?s27) (ite ?s5 ?s27 ?s26)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s26 ?s28) (ite ?s5 ?s28 ?s26)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s26 q.f64.r1!v3) (ite ?s5 q.f64.r1!v3 ?s26)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i64.r1!v2 ?s29) (ite ?s5 ?s29 p.i64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i64.r1!v2 ?s30) (ite ?s5 ?s30 p.i64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i64.r1!v2 ?s31) (ite ?s5 ?s31 p.i64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i64.r1!v2 q.i64.r1!v3) (ite ?s5 q.i64.r1!v3 p.i64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i64.r1!v2 ?s32) (ite ?s5 ?s32 p.i64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i64.r1!v2 ?s33) (ite ?s5 ?s33 p.i64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.i64.r1!v2 ?s11) (ite ?s5 ?s11 p.i64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s34 ?s13) (ite ?s5 ?s13 ?s34)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s34 ?s27) (ite ?s5 ?s27 ?s34)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s34 ?s28) (ite ?s5 ?s28 ?s34)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s34 q.f64.r1!v3) (ite ?s5 q.f64.r1!v3 ?s34)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s35 ?s16) (ite ?s5 ?s16 ?s35)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s35 q.i16.r1!v3) (ite ?s5 q.i16.r1!v3 ?s35)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s36 q.i32.r1!v3) (ite ?s5 q.i32.r1!v3 ?s36)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s37 q.i64.r1!v3) (ite ?s5 q.i64.r1!v3 ?s37)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.u8.r1!v2 q.u8.r1!v3) (ite ?s5 q.u8.r1!v3 p.u8.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s35 q.u16.r1!v3) (ite ?s5 q.u16.r1!v3 ?s35)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s36 q.u32.r1!v3) (ite ?s5 q.u32.r1!v3 ?s36)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s37 q.u64.r1!v3) (ite ?s5 q.u64.r1!v3 ?s37)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s38 q.f16.r1!v3) (ite ?s5 q.f16.r1!v3 ?s38)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s39 q.f32.r1!v3) (ite ?s5 q.f32.r1!v3 ?s39)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s40 q.f64.r1!v3) (ite ?s5 q.f64.r1!v3 ?s40)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s41 ?s22) (ite ?s5 ?s22 ?s41)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s41 ?s23) (ite ?s5 ?s23 ?s41)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s41 q.i32.r1!v3) (ite ?s5 q.i32.r1!v3 ?s41)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s42 q.i64.r1!v3) (ite ?s5 q.i64.r1!v3 ?s42)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.u16.r1!v2 ?s9) (ite ?s5 ?s9 p.u16.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.u16.r1!v2 q.u16.r1!v3) (ite ?s5 q.u16.r1!v3 p.u16.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s41 q.u32.r1!v3) (ite ?s5 q.u32.r1!v3 ?s41)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s42 q.u64.r1!v3) (ite ?s5 q.u64.r1!v3 ?s42)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s43 ?s21) (ite ?s5 ?s21 ?s43)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s43 q.f32.r1!v3) (ite ?s5 q.f32.r1!v3 ?s43)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s44 q.f64.r1!v3) (ite ?s5 q.f64.r1!v3 ?s44)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s45 ?s29) (ite ?s5 ?s29 ?s45)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s45 ?s30) (ite ?s5 ?s30 ?s45)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s45 ?s31) (ite ?s5 ?s31 ?s45)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s45 q.i64.r1!v3) (ite ?s5 q.i64.r1!v3 ?s45)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.u32.r1!v2 ?s25) (ite ?s5 ?s25 p.u32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.u32.r1!v2 ?s10) (ite ?s5 ?s10 p.u32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.u32.r1!v2 q.u32.r1!v3) (ite ?s5 q.u32.r1!v3 p.u32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s45 q.u64.r1!v3) (ite ?s5 q.u64.r1!v3 ?s45)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s46 ?s27) (ite ?s5 ?s27 ?s46)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s46 ?s28) (ite ?s5 ?s28 ?s46)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s46 q.f64.r1!v3) (ite ?s5 q.f64.r1!v3 ?s46)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s47 ?s48) (ite ?s5 ?s48 ?s47)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s47 ?s49) (ite ?s5 ?s49 ?s47)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s47 ?s50) (ite ?s5 ?s50 ?s47)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s47 ?s51) (ite ?s5 ?s51 ?s47)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.u64.r1!v2 ?s32) (ite ?s5 ?s32 p.u64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.u64.r1!v2 ?s33) (ite ?s5 ?s33 p.u64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.u64.r1!v2 ?s11) (ite ?s5 ?s11 p.u64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.u64.r1!v2 q.u64.r1!v3) (ite ?s5 q.u64.r1!v3 p.u64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s47 ?s27) (ite ?s5 ?s27 ?s47)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s47 ?s28) (ite ?s5 ?s28 ?s47)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s47 q.f64.r1!v3) (ite ?s5 q.f64.r1!v3 ?s47)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.f16.r1!v2 ?s52) (ite ?s5 ?s52 p.f16.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s53 ?s54) (ite ?s5 ?s54 ?s53)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s55 ?s50) (ite ?s5 ?s50 ?s55)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s55 ?s51) (ite ?s5 ?s51 ?s55)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 p.f16.r1!v2 ?s56) (ite ?s5 ?s56 p.f16.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s53 ?s57) (ite ?s5 ?s57 ?s53)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s55 ?s58) (ite ?s5 ?s58 ?s55)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (ite m.bool.r1!v1 ?s55 ?s13) (ite ?s5 ?s13 ?s55))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
