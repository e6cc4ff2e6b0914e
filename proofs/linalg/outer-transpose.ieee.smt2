; versa proof obligation for rule 'outer-transpose' (rules/library/linalg.toml), domain ieee: proved
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
(declare-fun n () Int)
(declare-fun p () Int)
(declare-fun v.f16.r1!v1 () (_ FloatingPoint 5 11))
(declare-fun v.i16.r1!v1 () (_ BitVec 16))
(declare-fun v.i32.r1!v1 () (_ BitVec 32))
(declare-fun v.i64.r1!v1 () (_ BitVec 64))
(declare-fun v.i8.r1!v1 () (_ BitVec 8))
(declare-fun v.u16.r1!v1 () (_ BitVec 16))
(declare-fun v.u32.r1!v1 () (_ BitVec 32))
(declare-fun v.u64.r1!v1 () (_ BitVec 64))
(declare-fun v.u8.r1!v1 () (_ BitVec 8))
(declare-fun x.f16.r1!v2 () (_ FloatingPoint 5 11))
(declare-fun x.f32.r1!v2 () (_ FloatingPoint 8 24))
(declare-fun x.f64.r1!v2 () (_ FloatingPoint 11 53))
(declare-fun x.i16.r1!v2 () (_ BitVec 16))
(declare-fun x.i32.r1!v2 () (_ BitVec 32))
(declare-fun x.i64.r1!v2 () (_ BitVec 64))
(declare-fun x.i8.r1!v2 () (_ BitVec 8))
(declare-fun x.u16.r1!v2 () (_ BitVec 16))
(declare-fun x.u32.r1!v2 () (_ BitVec 32))
(declare-fun x.u64.r1!v2 () (_ BitVec 64))
(declare-fun x.u8.r1!v2 () (_ BitVec 8))
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and (>= n 0) (>= p 0) true true true (not (and (= p p) (= n n))))))
 (let ((?s4 (and true true true true ?s1)))
 (let ((?s5 ((_ sign_extend 8) v.i8.r1!v1)))
 (let ((?s6 ((_ sign_extend 24) v.i8.r1!v1)))
 (let ((?s7 ((_ sign_extend 56) v.i8.r1!v1)))
 (let ((?s8 ((_ zero_extend 8) x.u8.r1!v2)))
 (let ((?s9 ((_ zero_extend 16) x.u16.r1!v2)))
 (let ((?s10 ((_ zero_extend 32) x.u32.r1!v2)))
 (let ((?s11 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven x.u64.r1!v2)))
 (let ((?s12 ((_ to_fp 11 53) roundNearestTiesToEven v.i8.r1!v1)))
 (let ((?s13 ((_ to_fp 5 11) roundNearestTiesToEven v.i8.r1!v1)))
 (let ((?s14 ((_ to_fp 8 24) roundNearestTiesToEven v.i8.r1!v1)))
 (let ((?s15 ((_ sign_extend 8) x.i8.r1!v2)))
 (let ((?s16 ((_ sign_extend 16) v.i16.r1!v1)))
 (let ((?s17 ((_ sign_extend 48) v.i16.r1!v1)))
 (let ((?s18 ((_ to_fp 11 53) roundNearestTiesToEven v.i16.r1!v1)))
 (let ((?s19 ((_ to_fp 8 24) roundNearestTiesToEven x.f16.r1!v2)))
 (let ((?s20 ((_ to_fp 8 24) roundNearestTiesToEven v.i16.r1!v1)))
 (let ((?s21 ((_ sign_extend 24) x.i8.r1!v2)))
 (let ((?s22 ((_ sign_extend 16) x.i16.r1!v2)))
 (let ((?s23 ((_ sign_extend 32) v.i32.r1!v1)))
 (let ((?s24 ((_ zero_extend 24) x.u8.r1!v2)))
 (let ((?s25 ((_ to_fp 11 53) roundNearestTiesToEven v.i32.r1!v1)))
 (let ((?s26 ((_ to_fp 11 53) roundNearestTiesToEven x.f16.r1!v2)))
 (let ((?s27 ((_ to_fp 11 53) roundNearestTiesToEven x.f32.r1!v2)))
 (let ((?s28 ((_ sign_extend 56) x.i8.r1!v2)))
 (let ((?s29 ((_ sign_extend 48) x.i16.r1!v2)))
 (let ((?s30 ((_ sign_extend 32) x.i32.r1!v2)))
 (let ((?s31 ((_ zero_extend 56) x.u8.r1!v2)))
 (let ((?s32 ((_ zero_extend 48) x.u16.r1!v2)))
 (let ((?s33 ((_ to_fp 11 53) roundNearestTiesToEven v.i64.r1!v1)))
 (let ((?s34 ((_ zero_extend 8) v.u8.r1!v1)))
 (let ((?s35 ((_ zero_extend 24) v.u8.r1!v1)))
 (let ((?s36 ((_ zero_extend 56) v.u8.r1!v1)))
 (let ((?s37 ((_ to_fp_unsigned 5 11) roundNearestTiesToEven v.u8.r1!v1)))
 (let ((?s38 ((_ to_fp_unsigned 8 24) roundNearestTiesToEven v.u8.r1!v1)))
 (let ((?s39 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven v.u8.r1!v1)))
 (let ((?s40 ((_ zero_extend 16) v.u16.r1!v1)))
 (let ((?s41 ((_ zero_extend 48) v.u16.r1!v1)))
 (let ((?s42 ((_ to_fp_unsigned 8 24) roundNearestTiesToEven v.u16.r1!v1)))
 (let ((?s43 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven v.u16.r1!v1)))
 (let ((?s44 ((_ zero_extend 32) v.u32.r1!v1)))
 (let ((?s45 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven v.u32.r1!v1)))
 (let ((?s46 ((_ to_fp 11 53) roundNearestTiesToEven x.i8.r1!v2)))
 (let ((?s47 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven v.u64.r1!v1)))
 (let ((?s48 ((_ to_fp 11 53) roundNearestTiesToEven x.i16.r1!v2)))
 (let ((?s49 ((_ to_fp 11 53) roundNearestTiesToEven x.i32.r1!v2)))
 (let ((?s50 ((_ to_fp 11 53) roundNearestTiesToEven x.i64.r1!v2)))
 (let ((?s51 ((_ to_fp 5 11) roundNearestTiesToEven x.i8.r1!v2)))
 (let ((?s52 ((_ to_fp 8 24) roundNearestTiesToEven x.i16.r1!v2)))
 (let ((?s53 ((_ to_fp 8 24) roundNearestTiesToEven v.f16.r1!v1)))
 (let ((?s54 ((_ to_fp 11 53) roundNearestTiesToEven v.f16.r1!v1)))
 (let ((?s55 ((_ to_fp_unsigned 5 11) roundNearestTiesToEven x.u8.r1!v2)))
 (let ((?s56 ((_ to_fp_unsigned 8 24) roundNearestTiesToEven x.u16.r1!v2)))
 (let ((?s57 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven x.u32.r1!v2)))
 (or ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.i8.r1!v2 v.i8.r1!v1) (bvmul v.i8.r1!v1 x.i8.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.i16.r1!v2 ?s5) (bvmul ?s5 x.i16.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.i32.r1!v2 ?s6) (bvmul ?s6 x.i32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.i64.r1!v2 ?s7) (bvmul ?s7 x.i64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s8 ?s5) (bvmul ?s5 ?s8)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s9 ?s6) (bvmul ?s6 ?s9)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s10 ?s7) (bvmul ?s7 ?s10)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s11 ?s12) (fp.mul roundNearestTiesToEven ?s12 ?s11)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven x.f16.r1!v2 ?s13) (fp.mul roundNearestTiesToEven ?s13 x.f16.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven x.f32.r1!v2 ?s14) (fp.mul roundNearestTiesToEven ?s14 x.f32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven x.f64.r1!v2 ?s12) (fp.mul roundNearestTiesToEven ?s12 x.f64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s15 v.i16.r1!v1) (bvmul v.i16.r1!v1 ?s15)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.i16.r1!v2 v.i16.r1!v1) (bvmul v.i16.r1!v1 x.i16.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.i32.r1!v2 ?s16) (bvmul ?s16 x.i32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.i64.r1!v2 ?s17) (bvmul ?s17 x.i64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s8 v.i16.r1!v1) (bvmul v.i16.r1!v1 ?s8)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s9 ?s16) (bvmul ?s16 ?s9)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s10 ?s17) (bvmul ?s17 ?s10)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s11 ?s18) (fp.mul roundNearestTiesToEven ?s18 ?s11)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s19 ?s20) (fp.mul roundNearestTiesToEven ?s20 ?s19)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven x.f32.r1!v2 ?s20) (fp.mul roundNearestTiesToEven ?s20 x.f32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven x.f64.r1!v2 ?s18) (fp.mul roundNearestTiesToEven ?s18 x.f64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s21 v.i32.r1!v1) (bvmul v.i32.r1!v1 ?s21)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s22 v.i32.r1!v1) (bvmul v.i32.r1!v1 ?s22)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.i32.r1!v2 v.i32.r1!v1) (bvmul v.i32.r1!v1 x.i32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.i64.r1!v2 ?s23) (bvmul ?s23 x.i64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s24 v.i32.r1!v1) (bvmul v.i32.r1!v1 ?s24)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s9 v.i32.r1!v1) (bvmul v.i32.r1!v1 ?s9)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s10 ?s23) (bvmul ?s23 ?s10)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s11 ?s25) (fp.mul roundNearestTiesToEven ?s25 ?s11)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s26 ?s25) (fp.mul roundNearestTiesToEven ?s25 ?s26)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s27 ?s25) (fp.mul roundNearestTiesToEven ?s25 ?s27)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven x.f64.r1!v2 ?s25) (fp.mul roundNearestTiesToEven ?s25 x.f64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s28 v.i64.r1!v1) (bvmul v.i64.r1!v1 ?s28)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s29 v.i64.r1!v1) (bvmul v.i64.r1!v1 ?s29)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s30 v.i64.r1!v1) (bvmul v.i64.r1!v1 ?s30)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.i64.r1!v2 v.i64.r1!v1) (bvmul v.i64.r1!v1 x.i64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s31 v.i64.r1!v1) (bvmul v.i64.r1!v1 ?s31)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s32 v.i64.r1!v1) (bvmul v.i64.r1!v1 ?s32)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s10 v.i64.r1!v1) (bvmul v.i64.r1!v1 ?s10)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s11 ?s33) (fp.mul roundNearestTiesToEven ?s33 ?s11)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s26 ?s33) (fp.mul roundNearestTiesToEven ?s33 ?s26)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s27 ?s33) (fp.mul roundNearestTiesToEven ?s33 ?s27)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven x.f64.r1!v2 ?s33) (fp.mul roundNearestTiesToEven ?s33 x.f64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s15 ?s34) (bvmul ?s34 ?s15)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.i16.r1!v2 ?s34) (bvmul ?s34 x.i16.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.i32.r1!v2 ?s35) (bvmul ?s35 x.i32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.i64.r1!v2 ?s36) (bvmul ?s36 x.i64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.u8.r1!v2 v.u8.r1!v1) (bvmul v.u8.r1!v1 x.u8.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.u16.r1!v2 ?s34) (bvmul ?s34 x.u16.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.u32.r1!v2 ?s35) (bvmul ?s35 x.u32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.u64.r1!v2 ?s36) (bvmul ?s36 x.u64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven x.f16.r1!v2 ?s37) (fp.mul roundNearestTiesToEven ?s37 x.f16.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven x.f32.r1!v2 ?s38) (fp.mul roundNearestTiesToEven ?s38 x.f32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven x.f64.r1!v2 ?s39) (fp.mul roundNearestTiesToEven ?s39 x.f64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s21 ?s40) (bvmul ?s40 ?s21)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s22 ?s40) (bvmul ?s40 ?s22)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.i32.r1!v2 ?s40) (bvmul ?s40 x.i32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.i64.r1!v2 ?s41) (bvmul ?s41 x.i64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s8 v.u16.r1!v1) (bvmul v.u16.r1!v1 ?s8)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.u16.r1!v2 v.u16.r1!v1) (bvmul v.u16.r1!v1 x.u16.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.u32.r1!v2 ?s40) (bvmul ?s40 x.u32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.u64.r1!v2 ?s41) (bvmul ?s41 x.u64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s19 ?s42) (fp.mul roundNearestTiesToEven ?s42 ?s19)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven x.f32.r1!v2 ?s42) (fp.mul roundNearestTiesToEven ?s42 x.f32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven x.f64.r1!v2 ?s43) (fp.mul roundNearestTiesToEven ?s43 x.f64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s28 ?s44) (bvmul ?s44 ?s28)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s29 ?s44) (bvmul ?s44 ?s29)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s30 ?s44) (bvmul ?s44 ?s30)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.i64.r1!v2 ?s44) (bvmul ?s44 x.i64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s24 v.u32.r1!v1) (bvmul v.u32.r1!v1 ?s24)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s9 v.u32.r1!v1) (bvmul v.u32.r1!v1 ?s9)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.u32.r1!v2 v.u32.r1!v1) (bvmul v.u32.r1!v1 x.u32.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.u64.r1!v2 ?s44) (bvmul ?s44 x.u64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s26 ?s45) (fp.mul roundNearestTiesToEven ?s45 ?s26)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s27 ?s45) (fp.mul roundNearestTiesToEven ?s45 ?s27)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven x.f64.r1!v2 ?s45) (fp.mul roundNearestTiesToEven ?s45 x.f64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s46 ?s47) (fp.mul roundNearestTiesToEven ?s47 ?s46)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s48 ?s47) (fp.mul roundNearestTiesToEven ?s47 ?s48)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s49 ?s47) (fp.mul roundNearestTiesToEven ?s47 ?s49)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s50 ?s47) (fp.mul roundNearestTiesToEven ?s47 ?s50)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s31 v.u64.r1!v1) (bvmul v.u64.r1!v1 ?s31)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s32 v.u64.r1!v1) (bvmul v.u64.r1!v1 ?s32)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul ?s10 v.u64.r1!v1) (bvmul v.u64.r1!v1 ?s10)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (bvmul x.u64.r1!v2 v.u64.r1!v1) (bvmul v.u64.r1!v1 x.u64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s26 ?s47) (fp.mul roundNearestTiesToEven ?s47 ?s26)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s27 ?s47) (fp.mul roundNearestTiesToEven ?s47 ?s27)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven x.f64.r1!v2 ?s47) (fp.mul roundNearestTiesToEven ?s47 x.f64.r1!v2)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s51 v.f16.r1!v1) (fp.mul roundNearestTiesToEven v.f16.r1!v1 ?s51)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s52 ?s53) (fp.mul roundNearestTiesToEven ?s53 ?s52)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s49 ?s54) (fp.mul roundNearestTiesToEven ?s54 ?s49)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s50 ?s54) (fp.mul roundNearestTiesToEven ?s54 ?s50)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s55 v.f16.r1!v1) (fp.mul roundNearestTiesToEven v.f16.r1!v1 ?s55)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s56 ?s53) (fp.mul roundNearestTiesToEven ?s53 ?s56)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s57 ?s54) (fp.mul roundNearestTiesToEven ?s54 ?s57)))) ?s2 ?s3 ?s4 (and true true true true true (not (= (fp.mul roundNearestTiesToEven ?s11 ?s54) (fp.mul roundNearestTiesToEven ?s54 ?s11)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
