; versa proof obligation for rule 'matmul-row' (rules/library/linalg.toml), domain real: proved
; lhs: (A @ B)[i]
; rhs: A[i] @ B
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
(declare-fun i () Int)
(declare-fun i0 () Int)
(declare-fun k () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(declare-fun reduce0.sum.f16 (Int Int Int Int) Real)
(declare-fun reduce0.sum.f32 (Int Int Int Int) Real)
(declare-fun reduce0.sum.f64 (Int Int Int Int) Real)
(declare-fun reduce0.sum.i16 (Int Int Int Int) Int)
(declare-fun reduce0.sum.i32 (Int Int Int Int) Int)
(declare-fun reduce0.sum.i64 (Int Int Int Int) Int)
(declare-fun reduce0.sum.i8 (Int Int Int Int) Int)
(declare-fun reduce0.sum.u16 (Int Int Int Int) Int)
(declare-fun reduce0.sum.u32 (Int Int Int Int) Int)
(declare-fun reduce0.sum.u64 (Int Int Int Int) Int)
(declare-fun reduce0.sum.u8 (Int Int Int Int) Int)
(assert
 (let ((?s1 (and true true (not true))))
 (let ((?s2 (>= p 0)))
 (let ((?s3 (= p p)))
 (let ((?s4 (and ?s2 true true true (not ?s3))))
 (let ((?s5 (>= m 0)))
 (let ((?s6 (and (<= (- 0 m) i) (< i m))))
 (let ((?s7 (and ?s5 true true true ?s6 (not ?s6))))
 (let ((?s8 (>= k 0)))
 (let ((?s9 (>= i0 0)))
 (let ((?s10 (< i0 p)))
 (let ((?s11 (reduce0.sum.i8 k i m i0)))
 (let ((?s12 (reduce0.sum.i16 k i m i0)))
 (let ((?s13 (and ?s8 ?s5 ?s2 true true true ?s3 ?s6 ?s6 ?s9 ?s10 (not (= ?s12 ?s12)))))
 (let ((?s14 (reduce0.sum.i32 k i m i0)))
 (let ((?s15 (and ?s8 ?s5 ?s2 true true true ?s3 ?s6 ?s6 ?s9 ?s10 (not (= ?s14 ?s14)))))
 (let ((?s16 (reduce0.sum.i64 k i m i0)))
 (let ((?s17 (and ?s8 ?s5 ?s2 true true true ?s3 ?s6 ?s6 ?s9 ?s10 (not (= ?s16 ?s16)))))
 (let ((?s18 (reduce0.sum.f64 k i m i0)))
 (let ((?s19 (and ?s8 ?s5 ?s2 true true true ?s3 ?s6 ?s6 ?s9 ?s10 (not (= ?s18 ?s18)))))
 (let ((?s20 (reduce0.sum.f16 k i m i0)))
 (let ((?s21 (and ?s8 ?s5 ?s2 true true true ?s3 ?s6 ?s6 ?s9 ?s10 (not (= ?s20 ?s20)))))
 (let ((?s22 (reduce0.sum.f32 k i m i0)))
 (let ((?s23 (and ?s8 ?s5 ?s2 true true true ?s3 ?s6 ?s6 ?s9 ?s10 (not (= ?s22 ?s22)))))
 (let ((?s24 (reduce0.sum.u8 k i m i0)))
 (let ((?s25 (reduce0.sum.u16 k i m i0)))
 (let ((?s26 (and ?s8 ?s5 ?s2 true true true ?s3 ?s6 ?s6 ?s9 ?s10 (not (= ?s25 ?s25)))))
 (let ((?s27 (reduce0.sum.u32 k i m i0)))
 (let ((?s28 (and ?s8 ?s5 ?s2 true true true ?s3 ?s6 ?s6 ?s9 ?s10 (not (= ?s27 ?s27)))))
 (let ((?s29 (reduce0.sum.u64 k i m i0)))
 (let ((?s30 (and ?s8 ?s5 ?s2 true true true ?s3 ?s6 ?s6 ?s9 ?s10 (not (= ?s29 ?s29)))))
 (or ?s1 ?s4 ?s7 (and ?s8 ?s5 ?s2 true true true ?s3 ?s6 ?s6 ?s9 ?s10 (not (= ?s11 ?s11))) ?s1 ?s4 ?s7 ?s13 ?s1 ?s4 ?s7 ?s15 ?s1 ?s4 ?s7 ?s17 ?s1 ?s4 ?s7 ?s13 ?s1 ?s4 ?s7 ?s15 ?s1 ?s4 ?s7 ?s17 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s21 ?s1 ?s4 ?s7 ?s23 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s13 ?s1 ?s4 ?s7 ?s13 ?s1 ?s4 ?s7 ?s15 ?s1 ?s4 ?s7 ?s17 ?s1 ?s4 ?s7 ?s13 ?s1 ?s4 ?s7 ?s15 ?s1 ?s4 ?s7 ?s17 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s23 ?s1 ?s4 ?s7 ?s23 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s15 ?s1 ?s4 ?s7 ?s15 ?s1 ?s4 ?s7 ?s15 ?s1 ?s4 ?s7 ?s17 ?s1 ?s4 ?s7 ?s15 ?s1 ?s4 ?s7 ?s15 ?s1 ?s4 ?s7 ?s17 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s17 ?s1 ?s4 ?s7 ?s17 ?s1 ?s4 ?s7 ?s17 ?s1 ?s4 ?s7 ?s17 ?s1 ?s4 ?s7 ?s17 ?s1 ?s4 ?s7 ?s17 ?s1 ?s4 ?s7 ?s17 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s13 ?s1 ?s4 ?s7 ?s13 ?s1 ?s4 ?s7 ?s15 ?s1 ?s4 ?s7 ?s17 ?s1 ?s4 ?s7 (and ?s8 ?s5 ?s2 true true true ?s3 ?s6 ?s6 ?s9 ?s10 (not (= ?s24 ?s24))) ?s1 ?s4 ?s7 ?s26 ?s1 ?s4 ?s7 ?s28 ?s1 ?s4 ?s7 ?s30 ?s1 ?s4 ?s7 ?s21 ?s1 ?s4 ?s7 ?s23 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s15 ?s1 ?s4 ?s7 ?s15 ?s1 ?s4 ?s7 ?s15 ?s1 ?s4 ?s7 ?s17 ?s1 ?s4 ?s7 ?s26 ?s1 ?s4 ?s7 ?s26 ?s1 ?s4 ?s7 ?s28 ?s1 ?s4 ?s7 ?s30 ?s1 ?s4 ?s7 ?s23 ?s1 ?s4 ?s7 ?s23 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s17 ?s1 ?s4 ?s7 ?s17 ?s1 ?s4 ?s7 ?s17 ?s1 ?s4 ?s7 ?s17 ?s1 ?s4 ?s7 ?s28 ?s1 ?s4 ?s7 ?s28 ?s1 ?s4 ?s7 ?s28 ?s1 ?s4 ?s7 ?s30 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s30 ?s1 ?s4 ?s7 ?s30 ?s1 ?s4 ?s7 ?s30 ?s1 ?s4 ?s7 ?s30 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s21 ?s1 ?s4 ?s7 ?s23 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s21 ?s1 ?s4 ?s7 ?s23 ?s1 ?s4 ?s7 ?s19 ?s1 ?s4 ?s7 ?s19))))))))))))))))))))))))))))))))
(check-sat)
