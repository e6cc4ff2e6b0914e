; versa proof obligation for rule 'add-key-same-shape-num' (rules/library/index.toml), domain ieee: proved
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
(declare-sort Key 0)
(declare-sort Shape 0)
(declare-fun P.f16.r2!v1 () (_ FloatingPoint 5 11))
(declare-fun P.i16.r2!v1 () (_ BitVec 16))
(declare-fun P.i32.r2!v1 () (_ BitVec 32))
(declare-fun P.i64.r2!v1 () (_ BitVec 64))
(declare-fun P.i8.r2!v1 () (_ BitVec 8))
(declare-fun P.u16.r2!v1 () (_ BitVec 16))
(declare-fun P.u32.r2!v1 () (_ BitVec 32))
(declare-fun P.u64.r2!v1 () (_ BitVec 64))
(declare-fun P.u8.r2!v1 () (_ BitVec 8))
(declare-fun Q.f16.r2!v2 () (_ FloatingPoint 5 11))
(declare-fun Q.f32.r2!v2 () (_ FloatingPoint 8 24))
(declare-fun Q.f64.r2!v2 () (_ FloatingPoint 11 53))
(declare-fun Q.i16.r2!v2 () (_ BitVec 16))
(declare-fun Q.i32.r2!v2 () (_ BitVec 32))
(declare-fun Q.i64.r2!v2 () (_ BitVec 64))
(declare-fun Q.i8.r2!v2 () (_ BitVec 8))
(declare-fun Q.u16.r2!v2 () (_ BitVec 16))
(declare-fun Q.u32.r2!v2 () (_ BitVec 32))
(declare-fun Q.u64.r2!v2 () (_ BitVec 64))
(declare-fun Q.u8.r2!v2 () (_ BitVec 8))
(declare-fun key.key () Key)
(declare-fun key_shape.r2 (Key Int Int) Shape)
(declare-fun key_valid.r2 (Key Int Int) Bool)
(declare-fun m () Int)
(declare-fun n () Int)
(assert
 (let ((?s1 (and true true (not true))))
 (let ((?s2 (>= m 0)))
 (let ((?s3 (>= n 0)))
 (let ((?s4 (key_shape.r2 key.key m n)))
 (let ((?s5 (and ?s2 ?s3 true true true (not (= ?s4 ?s4)))))
 (let ((?s6 (key_valid.r2 key.key m n)))
 (let ((?s7 (and ?s2 ?s3 true true true ?s6 (not ?s6))))
 (let ((?s8 (bvadd P.i8.r2!v1 Q.i8.r2!v2)))
 (let ((?s9 ((_ sign_extend 8) P.i8.r2!v1)))
 (let ((?s10 (bvadd ?s9 Q.i16.r2!v2)))
 (let ((?s11 ((_ sign_extend 24) P.i8.r2!v1)))
 (let ((?s12 (bvadd ?s11 Q.i32.r2!v2)))
 (let ((?s13 ((_ sign_extend 56) P.i8.r2!v1)))
 (let ((?s14 (bvadd ?s13 Q.i64.r2!v2)))
 (let ((?s15 ((_ zero_extend 8) Q.u8.r2!v2)))
 (let ((?s16 (bvadd ?s9 ?s15)))
 (let ((?s17 ((_ zero_extend 16) Q.u16.r2!v2)))
 (let ((?s18 (bvadd ?s11 ?s17)))
 (let ((?s19 ((_ zero_extend 32) Q.u32.r2!v2)))
 (let ((?s20 (bvadd ?s13 ?s19)))
 (let ((?s21 ((_ to_fp 11 53) roundNearestTiesToEven P.i8.r2!v1)))
 (let ((?s22 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven Q.u64.r2!v2)))
 (let ((?s23 (fp.add roundNearestTiesToEven ?s21 ?s22)))
 (let ((?s24 (fp.add roundNearestTiesToEven ((_ to_fp 5 11) roundNearestTiesToEven P.i8.r2!v1) Q.f16.r2!v2)))
 (let ((?s25 (fp.add roundNearestTiesToEven ((_ to_fp 8 24) roundNearestTiesToEven P.i8.r2!v1) Q.f32.r2!v2)))
 (let ((?s26 (fp.add roundNearestTiesToEven ?s21 Q.f64.r2!v2)))
 (let ((?s27 ((_ sign_extend 8) Q.i8.r2!v2)))
 (let ((?s28 (bvadd P.i16.r2!v1 ?s27)))
 (let ((?s29 (bvadd P.i16.r2!v1 Q.i16.r2!v2)))
 (let ((?s30 ((_ sign_extend 16) P.i16.r2!v1)))
 (let ((?s31 (bvadd ?s30 Q.i32.r2!v2)))
 (let ((?s32 ((_ sign_extend 48) P.i16.r2!v1)))
 (let ((?s33 (bvadd ?s32 Q.i64.r2!v2)))
 (let ((?s34 (bvadd P.i16.r2!v1 ?s15)))
 (let ((?s35 (bvadd ?s30 ?s17)))
 (let ((?s36 (bvadd ?s32 ?s19)))
 (let ((?s37 ((_ to_fp 11 53) roundNearestTiesToEven P.i16.r2!v1)))
 (let ((?s38 (fp.add roundNearestTiesToEven ?s37 ?s22)))
 (let ((?s39 ((_ to_fp 8 24) roundNearestTiesToEven P.i16.r2!v1)))
 (let ((?s40 ((_ to_fp 8 24) roundNearestTiesToEven Q.f16.r2!v2)))
 (let ((?s41 (fp.add roundNearestTiesToEven ?s39 ?s40)))
 (let ((?s42 (fp.add roundNearestTiesToEven ?s39 Q.f32.r2!v2)))
 (let ((?s43 (fp.add roundNearestTiesToEven ?s37 Q.f64.r2!v2)))
 (let ((?s44 ((_ sign_extend 24) Q.i8.r2!v2)))
 (let ((?s45 (bvadd P.i32.r2!v1 ?s44)))
 (let ((?s46 ((_ sign_extend 16) Q.i16.r2!v2)))
 (let ((?s47 (bvadd P.i32.r2!v1 ?s46)))
 (let ((?s48 (bvadd P.i32.r2!v1 Q.i32.r2!v2)))
 (let ((?s49 ((_ sign_extend 32) P.i32.r2!v1)))
 (let ((?s50 (bvadd ?s49 Q.i64.r2!v2)))
 (let ((?s51 ((_ zero_extend 24) Q.u8.r2!v2)))
 (let ((?s52 (bvadd P.i32.r2!v1 ?s51)))
 (let ((?s53 (bvadd P.i32.r2!v1 ?s17)))
 (let ((?s54 (bvadd ?s49 ?s19)))
 (let ((?s55 ((_ to_fp 11 53) roundNearestTiesToEven P.i32.r2!v1)))
 (let ((?s56 (fp.add roundNearestTiesToEven ?s55 ?s22)))
 (let ((?s57 ((_ to_fp 11 53) roundNearestTiesToEven Q.f16.r2!v2)))
 (let ((?s58 (fp.add roundNearestTiesToEven ?s55 ?s57)))
 (let ((?s59 ((_ to_fp 11 53) roundNearestTiesToEven Q.f32.r2!v2)))
 (let ((?s60 (fp.add roundNearestTiesToEven ?s55 ?s59)))
 (let ((?s61 (fp.add roundNearestTiesToEven ?s55 Q.f64.r2!v2)))
 (let ((?s62 ((_ sign_extend 56) Q.i8.r2!v2)))
 (let ((?s63 (bvadd P.i64.r2!v1 ?s62)))
 (let ((?s64 ((_ sign_extend 48) Q.i16.r2!v2)))
 (let ((?s65 (bvadd P.i64.r2!v1 ?s64)))
 (let ((?s66 ((_ sign_extend 32) Q.i32.r2!v2)))
 (let ((?s67 (bvadd P.i64.r2!v1 ?s66)))
 (let ((?s68 (bvadd P.i64.r2!v1 Q.i64.r2!v2)))
 (let ((?s69 ((_ zero_extend 56) Q.u8.r2!v2)))
 (let ((?s70 (bvadd P.i64.r2!v1 ?s69)))
 (let ((?s71 ((_ zero_extend 48) Q.u16.r2!v2)))
 (let ((?s72 (bvadd P.i64.r2!v1 ?s71)))
 (let ((?s73 (bvadd P.i64.r2!v1 ?s19)))
 (let ((?s74 ((_ to_fp 11 53) roundNearestTiesToEven P.i64.r2!v1)))
 (let ((?s75 (fp.add roundNearestTiesToEven ?s74 ?s22)))
 (let ((?s76 (fp.add roundNearestTiesToEven ?s74 ?s57)))
 (let ((?s77 (fp.add roundNearestTiesToEven ?s74 ?s59)))
 (let ((?s78 (fp.add roundNearestTiesToEven ?s74 Q.f64.r2!v2)))
 (let ((?s79 ((_ zero_extend 8) P.u8.r2!v1)))
 (let ((?s80 (bvadd ?s79 ?s27)))
 (let ((?s81 (bvadd ?s79 Q.i16.r2!v2)))
 (let ((?s82 ((_ zero_extend 24) P.u8.r2!v1)))
 (let ((?s83 (bvadd ?s82 Q.i32.r2!v2)))
 (let ((?s84 ((_ zero_extend 56) P.u8.r2!v1)))
 (let ((?s85 (bvadd ?s84 Q.i64.r2!v2)))
 (let ((?s86 (bvadd P.u8.r2!v1 Q.u8.r2!v2)))
 (let ((?s87 (bvadd ?s79 Q.u16.r2!v2)))
 (let ((?s88 (bvadd ?s82 Q.u32.r2!v2)))
 (let ((?s89 (bvadd ?s84 Q.u64.r2!v2)))
 (let ((?s90 (fp.add roundNearestTiesToEven ((_ to_fp_unsigned 5 11) roundNearestTiesToEven P.u8.r2!v1) Q.f16.r2!v2)))
 (let ((?s91 (fp.add roundNearestTiesToEven ((_ to_fp_unsigned 8 24) roundNearestTiesToEven P.u8.r2!v1) Q.f32.r2!v2)))
 (let ((?s92 (fp.add roundNearestTiesToEven ((_ to_fp_unsigned 11 53) roundNearestTiesToEven P.u8.r2!v1) Q.f64.r2!v2)))
 (let ((?s93 ((_ zero_extend 16) P.u16.r2!v1)))
 (let ((?s94 (bvadd ?s93 ?s44)))
 (let ((?s95 (bvadd ?s93 ?s46)))
 (let ((?s96 (bvadd ?s93 Q.i32.r2!v2)))
 (let ((?s97 ((_ zero_extend 48) P.u16.r2!v1)))
 (let ((?s98 (bvadd ?s97 Q.i64.r2!v2)))
 (let ((?s99 (bvadd P.u16.r2!v1 ?s15)))
 (let ((?s100 (bvadd P.u16.r2!v1 Q.u16.r2!v2)))
 (let ((?s101 (bvadd ?s93 Q.u32.r2!v2)))
 (let ((?s102 (bvadd ?s97 Q.u64.r2!v2)))
 (let ((?s103 ((_ to_fp_unsigned 8 24) roundNearestTiesToEven P.u16.r2!v1)))
 (let ((?s104 (fp.add roundNearestTiesToEven ?s103 ?s40)))
 (let ((?s105 (fp.add roundNearestTiesToEven ?s103 Q.f32.r2!v2)))
 (let ((?s106 (fp.add roundNearestTiesToEven ((_ to_fp_unsigned 11 53) roundNearestTiesToEven P.u16.r2!v1) Q.f64.r2!v2)))
 (let ((?s107 ((_ zero_extend 32) P.u32.r2!v1)))
 (let ((?s108 (bvadd ?s107 ?s62)))
 (let ((?s109 (bvadd ?s107 ?s64)))
 (let ((?s110 (bvadd ?s107 ?s66)))
 (let ((?s111 (bvadd ?s107 Q.i64.r2!v2)))
 (let ((?s112 (bvadd P.u32.r2!v1 ?s51)))
 (let ((?s113 (bvadd P.u32.r2!v1 ?s17)))
 (let ((?s114 (bvadd P.u32.r2!v1 Q.u32.r2!v2)))
 (let ((?s115 (bvadd ?s107 Q.u64.r2!v2)))
 (let ((?s116 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven P.u32.r2!v1)))
 (let ((?s117 (fp.add roundNearestTiesToEven ?s116 ?s57)))
 (let ((?s118 (fp.add roundNearestTiesToEven ?s116 ?s59)))
 (let ((?s119 (fp.add roundNearestTiesToEven ?s116 Q.f64.r2!v2)))
 (let ((?s120 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven P.u64.r2!v1)))
 (let ((?s121 (fp.add roundNearestTiesToEven ?s120 ((_ to_fp 11 53) roundNearestTiesToEven Q.i8.r2!v2))))
 (let ((?s122 (fp.add roundNearestTiesToEven ?s120 ((_ to_fp 11 53) roundNearestTiesToEven Q.i16.r2!v2))))
 (let ((?s123 ((_ to_fp 11 53) roundNearestTiesToEven Q.i32.r2!v2)))
 (let ((?s124 (fp.add roundNearestTiesToEven ?s120 ?s123)))
 (let ((?s125 ((_ to_fp 11 53) roundNearestTiesToEven Q.i64.r2!v2)))
 (let ((?s126 (fp.add roundNearestTiesToEven ?s120 ?s125)))
 (let ((?s127 (bvadd P.u64.r2!v1 ?s69)))
 (let ((?s128 (bvadd P.u64.r2!v1 ?s71)))
 (let ((?s129 (bvadd P.u64.r2!v1 ?s19)))
 (let ((?s130 (bvadd P.u64.r2!v1 Q.u64.r2!v2)))
 (let ((?s131 (fp.add roundNearestTiesToEven ?s120 ?s57)))
 (let ((?s132 (fp.add roundNearestTiesToEven ?s120 ?s59)))
 (let ((?s133 (fp.add roundNearestTiesToEven ?s120 Q.f64.r2!v2)))
 (let ((?s134 (fp.add roundNearestTiesToEven P.f16.r2!v1 ((_ to_fp 5 11) roundNearestTiesToEven Q.i8.r2!v2))))
 (let ((?s135 ((_ to_fp 8 24) roundNearestTiesToEven P.f16.r2!v1)))
 (let ((?s136 (fp.add roundNearestTiesToEven ?s135 ((_ to_fp 8 24) roundNearestTiesToEven Q.i16.r2!v2))))
 (let ((?s137 ((_ to_fp 11 53) roundNearestTiesToEven P.f16.r2!v1)))
 (let ((?s138 (fp.add roundNearestTiesToEven ?s137 ?s123)))
 (let ((?s139 (fp.add roundNearestTiesToEven ?s137 ?s125)))
 (let ((?s140 (fp.add roundNearestTiesToEven P.f16.r2!v1 ((_ to_fp_unsigned 5 11) roundNearestTiesToEven Q.u8.r2!v2))))
 (let ((?s141 (fp.add roundNearestTiesToEven ?s135 ((_ to_fp_unsigned 8 24) roundNearestTiesToEven Q.u16.r2!v2))))
 (let ((?s142 (fp.add roundNearestTiesToEven ?s137 ((_ to_fp_unsigned 11 53) roundNearestTiesToEven Q.u32.r2!v2))))
 (let ((?s143 (fp.add roundNearestTiesToEven ?s137 ?s22)))
 (or ?s1 ?s5 ?s7 (and true true true (not (= ?s8 ?s8))) ?s1 ?s5 ?s7 (and true true true (not (= ?s10 ?s10))) ?s1 ?s5 ?s7 (and true true true (not (= ?s12 ?s12))) ?s1 ?s5 ?s7 (and true true true (not (= ?s14 ?s14))) ?s1 ?s5 ?s7 (and true true true (not (= ?s16 ?s16))) ?s1 ?s5 ?s7 (and true true true (not (= ?s18 ?s18))) ?s1 ?s5 ?s7 (and true true true (not (= ?s20 ?s20))) ?s1 ?s5 ?s7 (and true true true (not (= ?s23 ?s23))) ?s1 ?s5 ?s7 (and true true true (not (= ?s24 ?s24))) ?s1 ?s5 ?s7 (and true true true (not (= ?s25 ?s25))) ?s1 ?s5 ?s7 (and true true true (not (= ?s26 ?s26))) ?s1 ?s5 ?s7 (and true true true (not (= ?s28 ?s28))) ?s1 ?s5 ?s7 (and true true true (not (= ?s29 ?s29))) ?s1 ?s5 ?s7 (and true true true (not (= ?s31 ?s31))) ?s1 ?s5 ?s7 (and true true true (not (= ?s33 ?s33))) ?s1 ?s5 ?s7 (and true true true (not (= ?s34 ?s34))) ?s1 ?s5 ?s7 (and true true true (not (= ?s35 ?s35))) ?s1 ?s5 ?s7 (and true true true (not (= ?s36 ?s36))) ?s1 ?s5 ?s7 (and true true true (not (= ?s38 ?s38))) ?s1 ?s5 ?s7 (and true true true (not (= ?s41 ?s41))) ?s1 ?s5 ?s7 (and true true true (not (= ?s42 ?s42))) ?s1 ?s5 ?s7 (and true true true (not (= ?s43 ?s43))) ?s1 ?s5 ?s7 (and true true true (not (= ?s45 ?s45))) ?s1 ?s5 ?s7 (and true true true (not (= ?s47 ?s47))) ?s1 ?s5 ?s7 (and true true true (not (= ?s48 ?s48))) ?s1 ?s5 ?s7 (and true true true (not (= ?s50 ?s50))) ?s1 ?s5 ?s7 (and true true true (not (= ?s52 ?s52))) ?s1 ?s5 ?s7 (and true true true (not (= ?s53 ?s53))) ?s1 ?s5 ?s7 (and true true true (not (= ?s54 ?s54))) ?s1 ?s5 ?s7 (and true true true (not (= ?s56 ?s56))) ?s1 ?s5 ?s7 (and true true true (not (= ?s58 ?s58))) ?s1 ?s5 ?s7 (and true true true (not (= ?s60 ?s60))) ?s1 ?s5 ?s7 (and true true true (not (= ?s61 ?s61))) ?s1 ?s5 ?s7 (and true true true (not (= ?s63 ?s63))) ?s1 ?s5 ?s7 (and true true true (not (= ?s65 ?s65))) ?s1 ?s5 ?s7 (and true true true (not (= ?s67 ?s67))) ?s1 ?s5 ?s7 (and true true true (not (= ?s68 ?s68))) ?s1 ?s5 ?s7 (and true true true (not (= ?s70 ?s70))) ?s1 ?s5 ?s7 (and true true true (not (= ?s72 ?s72))) ?s1 ?s5 ?s7 (and true true true (not (= ?s73 ?s73))) ?s1 ?s5 ?s7 (and true true true (not (= ?s75 ?s75))) ?s1 ?s5 ?s7 (and true true true (not (= ?s76 ?s76))) ?s1 ?s5 ?s7 (and true true true (not (= ?s77 ?s77))) ?s1 ?s5 ?s7 (and true true true (not (= ?s78 ?s78))) ?s1 ?s5 ?s7 (and true true true (not (= ?s80 ?s80))) ?s1 ?s5 ?s7 (and true true true (not (= ?s81 ?s81))) ?s1 ?s5 ?s7 (and true true true (not (= ?s83 ?s83))) ?s1 ?s5 ?s7 (and true true true (not (= ?s85 ?s85))) ?s1 ?s5 ?s7 (and true true true (not (= ?s86 ?s86))) ?s1 ?s5 ?s7 (and true true true (not (= ?s87 ?s87))) ?s1 ?s5 ?s7 (and true true true (not (= ?s88 ?s88))) ?s1 ?s5 ?s7 (and true true true (not (= ?s89 ?s89))) ?s1 ?s5 ?s7 (and true true true (not (= ?s90 ?s90))) ?s1 ?s5 ?s7 (and true true true (not (= ?s91 ?s91))) ?s1 ?s5 ?s7 (and true true true (not (= ?s92 ?s92))) ?s1 ?s5 ?s7 (and true true true (not (= ?s94 ?s94))) ?s1 ?s5 ?s7 (and true true true (not (= ?s95 ?s95))) ?s1 ?s5 ?s7 (and true true true (not (= ?s96 ?s96))) ?s1 ?s5 ?s7 (and true true true (not (= ?s98 ?s98))) ?s1 ?s5 ?s7 (and true true true (not (= ?s99 ?s99))) ?s1 ?s5 ?s7 (and true true true (not (= ?s100 ?s100))) ?s1 ?s5 ?s7 (and true true true (not (= ?s101 ?s101))) ?s1 ?s5 ?s7 (and true true true (not (= ?s102 ?s102))) ?s1 ?s5 ?s7 (and true true true (not (= ?s104 ?s104))) ?s1 ?s5 ?s7 (and true true true (not (= ?s105 ?s105))) ?s1 ?s5 ?s7 (and true true true (not (= ?s106 ?s106))) ?s1 ?s5 ?s7 (and true true true (not (= ?s108 ?s108))) ?s1 ?s5 ?s7 (and true true true (not (= ?s109 ?s109))) ?s1 ?s5 ?s7 (and true true true (not (= ?s110 ?s110))) ?s1 ?s5 ?s7 (and true true true (not (= ?s111 ?s111))) ?s1 ?s5 ?s7 (and true true true (not (= ?s112 ?s112))) ?s1 ?s5 ?s7 (and true true true (not (= ?s113 ?s113))) ?s1 ?s5 ?s7 (and true true true (not (= ?s114 ?s114))) ?s1 ?s5 ?s7 (and true true true (not (= ?s115 ?s115))) ?s1 ?s5 ?s7 (and true true true (not (= ?s117 ?s117))) ?s1 ?s5 ?s7 (and true true true (not (= ?s118 ?s118))) ?s1 ?s5 ?s7 (and true true true (not (= ?s119 ?s119))) ?s1 ?s5 ?s7 (and true true true (not (= ?s121 ?s121))) ?s1 ?s5 ?s7 (and true true true (not (= ?s122 ?s122))) ?s1 ?s5 ?s7 (and true true true (not (= ?s124 ?s124))) ?s1 ?s5 ?s7 (and true true true (not (= ?s126 ?s126))) ?s1 ?s5 ?s7 (and true true true (not (= ?s127 ?s127))) ?s1 ?s5 ?s7 (and true true true (not (= ?s128 ?s128))) ?s1 ?s5 ?s7 (and true true true (not (= ?s129 ?s129))) ?s1 ?s5 ?s7 (and true true true (not (= ?s130 ?s130))) ?s1 ?s5 ?s7 (and true true true (not (= ?s131 ?s131))) ?s1 ?s5 ?s7 (and true true true (not (= ?s132 ?s132))) ?s1 ?s5 ?s7 (and true true true (not (= ?s133 ?s133))) ?s1 ?s5 ?s7 (and true true true (not (= ?s134 ?s134))) ?s1 ?s5 ?s7 (and true true true (not (= ?s136 ?s136))) ?s1 ?s5 ?s7 (and true true true (not (= ?s138 ?s138))) ?s1 ?s5 ?s7 (and true true true (not (= ?s139 ?s139))) ?s1 ?s5 ?s7 (and true true true (not (= ?s140 ?s140))) ?s1 ?s5 ?s7 (and true true true (not (= ?s141 ?s141))) ?s1 ?s5 ?s7 (and true true true (not (= ?s142 ?s142))) ?s1 ?s5 ?s7 (and true true true (not (= ?s143 ?s143))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
