; versa proof obligation for rule 'matmul-transpose' (rules/library/linalg.toml), domain real: proved
; lhs: (A @ B).T
; rhs: B.T @ A.T
; unsat proves every obligation below; sums equal by a bijection of their indices are the
; verifier's one meta-step (SPORES/TensorRight), each summand equality is an obligation here.
; obligations:
;   1. wf: rhs well-formed where lhs is
;   2. shape: shapes equal
;   3. defined: rhs defined where lhs is
;   4. summands equal under a binder bijection
;   5. terms without sums equal
;   6. value: lhs equals rhs
;   7. wf: rhs well-formed where lhs is
;   8. shape: shapes equal
;   9. defined: rhs defined where lhs is
;   10. summands equal under a binder bijection
;   11. terms without sums equal
;   12. value: lhs equals rhs
;   13. wf: rhs well-formed where lhs is
;   14. shape: shapes equal
;   15. defined: rhs defined where lhs is
;   16. summands equal under a binder bijection
;   17. terms without sums equal
;   18. value: lhs equals rhs
;   19. wf: rhs well-formed where lhs is
;   20. shape: shapes equal
;   21. defined: rhs defined where lhs is
;   22. summands equal under a binder bijection
;   23. terms without sums equal
;   24. value: lhs equals rhs
;   25. wf: rhs well-formed where lhs is
;   26. shape: shapes equal
;   27. defined: rhs defined where lhs is
;   28. summands equal under a binder bijection
;   29. terms without sums equal
;   30. value: lhs equals rhs
;   31. wf: rhs well-formed where lhs is
;   32. shape: shapes equal
;   33. defined: rhs defined where lhs is
;   34. summands equal under a binder bijection
;   35. terms without sums equal
;   36. value: lhs equals rhs
;   37. wf: rhs well-formed where lhs is
;   38. shape: shapes equal
;   39. defined: rhs defined where lhs is
;   40. summands equal under a binder bijection
;   41. terms without sums equal
;   42. value: lhs equals rhs
;   43. wf: rhs well-formed where lhs is
;   44. shape: shapes equal
;   45. defined: rhs defined where lhs is
;   46. summands equal under a binder bijection
;   47. terms without sums equal
;   48. value: lhs equals rhs
;   49. wf: rhs well-formed where lhs is
;   50. shape: shapes equal
;   51. defined: rhs defined where lhs is
;   52. summands equal under a binder bijection
;   53. terms without sums equal
;   54. value: lhs equals rhs
;   55. wf: rhs well-formed where lhs is
;   56. shape: shapes equal
;   57. defined: rhs defined where lhs is
;   58. summands equal under a binder bijection
;   59. terms without sums equal
;   60. value: lhs equals rhs
;   61. wf: rhs well-formed where lhs is
;   62. shape: shapes equal
;   63. defined: rhs defined where lhs is
;   64. summands equal under a binder bijection
;   65. terms without sums equal
;   66. value: lhs equals rhs
;   67. wf: rhs well-formed where lhs is
;   68. shape: shapes equal
;   69. defined: rhs defined where lhs is
;   70. summands equal under a binder bijection
;   71. terms without sums equal
;   72. value: lhs equals rhs
;   73. wf: rhs well-formed where lhs is
;   74. shape: shapes equal
;   75. defined: rhs defined where lhs is
;   76. summands equal under a binder bijection
;   77. terms without sums equal
;   78. value: lhs equals rhs
;   79. wf: rhs well-formed where lhs is
;   80. shape: shapes equal
;   81. defined: rhs defined where lhs is
;   82. summands equal under a binder bijection
;   83. terms without sums equal
;   84. value: lhs equals rhs
;   85. wf: rhs well-formed where lhs is
;   86. shape: shapes equal
;   87. defined: rhs defined where lhs is
;   88. summands equal under a binder bijection
;   89. terms without sums equal
;   90. value: lhs equals rhs
;   91. wf: rhs well-formed where lhs is
;   92. shape: shapes equal
;   93. defined: rhs defined where lhs is
;   94. summands equal under a binder bijection
;   95. terms without sums equal
;   96. value: lhs equals rhs
;   97. wf: rhs well-formed where lhs is
;   98. shape: shapes equal
;   99. defined: rhs defined where lhs is
;   100. summands equal under a binder bijection
;   101. terms without sums equal
;   102. value: lhs equals rhs
;   103. wf: rhs well-formed where lhs is
;   104. shape: shapes equal
;   105. defined: rhs defined where lhs is
;   106. summands equal under a binder bijection
;   107. terms without sums equal
;   108. value: lhs equals rhs
;   109. wf: rhs well-formed where lhs is
;   110. shape: shapes equal
;   111. defined: rhs defined where lhs is
;   112. summands equal under a binder bijection
;   113. terms without sums equal
;   114. value: lhs equals rhs
;   115. wf: rhs well-formed where lhs is
;   116. shape: shapes equal
;   117. defined: rhs defined where lhs is
;   118. summands equal under a binder bijection
;   119. terms without sums equal
;   120. value: lhs equals rhs
;   121. wf: rhs well-formed where lhs is
;   122. shape: shapes equal
;   123. defined: rhs defined where lhs is
;   124. summands equal under a binder bijection
;   125. terms without sums equal
;   126. value: lhs equals rhs
;   127. wf: rhs well-formed where lhs is
;   128. shape: shapes equal
;   129. defined: rhs defined where lhs is
;   130. summands equal under a binder bijection
;   131. terms without sums equal
;   132. value: lhs equals rhs
;   133. wf: rhs well-formed where lhs is
;   134. shape: shapes equal
;   135. defined: rhs defined where lhs is
;   136. summands equal under a binder bijection
;   137. terms without sums equal
;   138. value: lhs equals rhs
;   139. wf: rhs well-formed where lhs is
;   140. shape: shapes equal
;   141. defined: rhs defined where lhs is
;   142. summands equal under a binder bijection
;   143. terms without sums equal
;   144. value: lhs equals rhs
;   145. wf: rhs well-formed where lhs is
;   146. shape: shapes equal
;   147. defined: rhs defined where lhs is
;   148. summands equal under a binder bijection
;   149. terms without sums equal
;   150. value: lhs equals rhs
;   151. wf: rhs well-formed where lhs is
;   152. shape: shapes equal
;   153. defined: rhs defined where lhs is
;   154. summands equal under a binder bijection
;   155. terms without sums equal
;   156. value: lhs equals rhs
;   157. wf: rhs well-formed where lhs is
;   158. shape: shapes equal
;   159. defined: rhs defined where lhs is
;   160. summands equal under a binder bijection
;   161. terms without sums equal
;   162. value: lhs equals rhs
;   163. wf: rhs well-formed where lhs is
;   164. shape: shapes equal
;   165. defined: rhs defined where lhs is
;   166. summands equal under a binder bijection
;   167. terms without sums equal
;   168. value: lhs equals rhs
;   169. wf: rhs well-formed where lhs is
;   170. shape: shapes equal
;   171. defined: rhs defined where lhs is
;   172. summands equal under a binder bijection
;   173. terms without sums equal
;   174. value: lhs equals rhs
;   175. wf: rhs well-formed where lhs is
;   176. shape: shapes equal
;   177. defined: rhs defined where lhs is
;   178. summands equal under a binder bijection
;   179. terms without sums equal
;   180. value: lhs equals rhs
;   181. wf: rhs well-formed where lhs is
;   182. shape: shapes equal
;   183. defined: rhs defined where lhs is
;   184. summands equal under a binder bijection
;   185. terms without sums equal
;   186. value: lhs equals rhs
;   187. wf: rhs well-formed where lhs is
;   188. shape: shapes equal
;   189. defined: rhs defined where lhs is
;   190. summands equal under a binder bijection
;   191. terms without sums equal
;   192. value: lhs equals rhs
;   193. wf: rhs well-formed where lhs is
;   194. shape: shapes equal
;   195. defined: rhs defined where lhs is
;   196. summands equal under a binder bijection
;   197. terms without sums equal
;   198. value: lhs equals rhs
;   199. wf: rhs well-formed where lhs is
;   200. shape: shapes equal
;   201. defined: rhs defined where lhs is
;   202. summands equal under a binder bijection
;   203. terms without sums equal
;   204. value: lhs equals rhs
;   205. wf: rhs well-formed where lhs is
;   206. shape: shapes equal
;   207. defined: rhs defined where lhs is
;   208. summands equal under a binder bijection
;   209. terms without sums equal
;   210. value: lhs equals rhs
;   211. wf: rhs well-formed where lhs is
;   212. shape: shapes equal
;   213. defined: rhs defined where lhs is
;   214. summands equal under a binder bijection
;   215. terms without sums equal
;   216. value: lhs equals rhs
;   217. wf: rhs well-formed where lhs is
;   218. shape: shapes equal
;   219. defined: rhs defined where lhs is
;   220. summands equal under a binder bijection
;   221. terms without sums equal
;   222. value: lhs equals rhs
;   223. wf: rhs well-formed where lhs is
;   224. shape: shapes equal
;   225. defined: rhs defined where lhs is
;   226. summands equal under a binder bijection
;   227. terms without sums equal
;   228. value: lhs equals rhs
;   229. wf: rhs well-formed where lhs is
;   230. shape: shapes equal
;   231. defined: rhs defined where lhs is
;   232. summands equal under a binder bijection
;   233. terms without sums equal
;   234. value: lhs equals rhs
;   235. wf: rhs well-formed where lhs is
;   236. shape: shapes equal
;   237. defined: rhs defined where lhs is
;   238. summands equal under a binder bijection
;   239. terms without sums equal
;   240. value: lhs equals rhs
;   241. wf: rhs well-formed where lhs is
;   242. shape: shapes equal
;   243. defined: rhs defined where lhs is
;   244. summands equal under a binder bijection
;   245. terms without sums equal
;   246. value: lhs equals rhs
;   247. wf: rhs well-formed where lhs is
;   248. shape: shapes equal
;   249. defined: rhs defined where lhs is
;   250. summands equal under a binder bijection
;   251. terms without sums equal
;   252. value: lhs equals rhs
;   253. wf: rhs well-formed where lhs is
;   254. shape: shapes equal
;   255. defined: rhs defined where lhs is
;   256. summands equal under a binder bijection
;   257. terms without sums equal
;   258. value: lhs equals rhs
;   259. wf: rhs well-formed where lhs is
;   260. shape: shapes equal
;   261. defined: rhs defined where lhs is
;   262. summands equal under a binder bijection
;   263. terms without sums equal
;   264. value: lhs equals rhs
;   265. wf: rhs well-formed where lhs is
;   266. shape: shapes equal
;   267. defined: rhs defined where lhs is
;   268. summands equal under a binder bijection
;   269. terms without sums equal
;   270. value: lhs equals rhs
;   271. wf: rhs well-formed where lhs is
;   272. shape: shapes equal
;   273. defined: rhs defined where lhs is
;   274. summands equal under a binder bijection
;   275. terms without sums equal
;   276. value: lhs equals rhs
;   277. wf: rhs well-formed where lhs is
;   278. shape: shapes equal
;   279. defined: rhs defined where lhs is
;   280. summands equal under a binder bijection
;   281. terms without sums equal
;   282. value: lhs equals rhs
;   283. wf: rhs well-formed where lhs is
;   284. shape: shapes equal
;   285. defined: rhs defined where lhs is
;   286. summands equal under a binder bijection
;   287. terms without sums equal
;   288. value: lhs equals rhs
;   289. wf: rhs well-formed where lhs is
;   290. shape: shapes equal
;   291. defined: rhs defined where lhs is
;   292. summands equal under a binder bijection
;   293. terms without sums equal
;   294. value: lhs equals rhs
;   295. wf: rhs well-formed where lhs is
;   296. shape: shapes equal
;   297. defined: rhs defined where lhs is
;   298. summands equal under a binder bijection
;   299. terms without sums equal
;   300. value: lhs equals rhs
;   301. wf: rhs well-formed where lhs is
;   302. shape: shapes equal
;   303. defined: rhs defined where lhs is
;   304. summands equal under a binder bijection
;   305. terms without sums equal
;   306. value: lhs equals rhs
;   307. wf: rhs well-formed where lhs is
;   308. shape: shapes equal
;   309. defined: rhs defined where lhs is
;   310. summands equal under a binder bijection
;   311. terms without sums equal
;   312. value: lhs equals rhs
;   313. wf: rhs well-formed where lhs is
;   314. shape: shapes equal
;   315. defined: rhs defined where lhs is
;   316. summands equal under a binder bijection
;   317. terms without sums equal
;   318. value: lhs equals rhs
;   319. wf: rhs well-formed where lhs is
;   320. shape: shapes equal
;   321. defined: rhs defined where lhs is
;   322. summands equal under a binder bijection
;   323. terms without sums equal
;   324. value: lhs equals rhs
;   325. wf: rhs well-formed where lhs is
;   326. shape: shapes equal
;   327. defined: rhs defined where lhs is
;   328. summands equal under a binder bijection
;   329. terms without sums equal
;   330. value: lhs equals rhs
;   331. wf: rhs well-formed where lhs is
;   332. shape: shapes equal
;   333. defined: rhs defined where lhs is
;   334. summands equal under a binder bijection
;   335. terms without sums equal
;   336. value: lhs equals rhs
;   337. wf: rhs well-formed where lhs is
;   338. shape: shapes equal
;   339. defined: rhs defined where lhs is
;   340. summands equal under a binder bijection
;   341. terms without sums equal
;   342. value: lhs equals rhs
;   343. wf: rhs well-formed where lhs is
;   344. shape: shapes equal
;   345. defined: rhs defined where lhs is
;   346. summands equal under a binder bijection
;   347. terms without sums equal
;   348. value: lhs equals rhs
;   349. wf: rhs well-formed where lhs is
;   350. shape: shapes equal
;   351. defined: rhs defined where lhs is
;   352. summands equal under a binder bijection
;   353. terms without sums equal
;   354. value: lhs equals rhs
;   355. wf: rhs well-formed where lhs is
;   356. shape: shapes equal
;   357. defined: rhs defined where lhs is
;   358. summands equal under a binder bijection
;   359. terms without sums equal
;   360. value: lhs equals rhs
;   361. wf: rhs well-formed where lhs is
;   362. shape: shapes equal
;   363. defined: rhs defined where lhs is
;   364. summands equal under a binder bijection
;   365. terms without sums equal
;   366. value: lhs equals rhs
;   367. wf: rhs well-formed where lhs is
;   368. shape: shapes equal
;   369. defined: rhs defined where lhs is
;   370. summands equal under a binder bijection
;   371. terms without sums equal
;   372. value: lhs equals rhs
;   373. wf: rhs well-formed where lhs is
;   374. shape: shapes equal
;   375. defined: rhs defined where lhs is
;   376. summands equal under a binder bijection
;   377. terms without sums equal
;   378. value: lhs equals rhs
;   379. wf: rhs well-formed where lhs is
;   380. shape: shapes equal
;   381. defined: rhs defined where lhs is
;   382. summands equal under a binder bijection
;   383. terms without sums equal
;   384. value: lhs equals rhs
;   385. wf: rhs well-formed where lhs is
;   386. shape: shapes equal
;   387. defined: rhs defined where lhs is
;   388. summands equal under a binder bijection
;   389. terms without sums equal
;   390. value: lhs equals rhs
;   391. wf: rhs well-formed where lhs is
;   392. shape: shapes equal
;   393. defined: rhs defined where lhs is
;   394. summands equal under a binder bijection
;   395. terms without sums equal
;   396. value: lhs equals rhs
;   397. wf: rhs well-formed where lhs is
;   398. shape: shapes equal
;   399. defined: rhs defined where lhs is
;   400. summands equal under a binder bijection
;   401. terms without sums equal
;   402. value: lhs equals rhs
;   403. wf: rhs well-formed where lhs is
;   404. shape: shapes equal
;   405. defined: rhs defined where lhs is
;   406. summands equal under a binder bijection
;   407. terms without sums equal
;   408. value: lhs equals rhs
;   409. wf: rhs well-formed where lhs is
;   410. shape: shapes equal
;   411. defined: rhs defined where lhs is
;   412. summands equal under a binder bijection
;   413. terms without sums equal
;   414. value: lhs equals rhs
;   415. wf: rhs well-formed where lhs is
;   416. shape: shapes equal
;   417. defined: rhs defined where lhs is
;   418. summands equal under a binder bijection
;   419. terms without sums equal
;   420. value: lhs equals rhs
;   421. wf: rhs well-formed where lhs is
;   422. shape: shapes equal
;   423. defined: rhs defined where lhs is
;   424. summands equal under a binder bijection
;   425. terms without sums equal
;   426. value: lhs equals rhs
;   427. wf: rhs well-formed where lhs is
;   428. shape: shapes equal
;   429. defined: rhs defined where lhs is
;   430. summands equal under a binder bijection
;   431. terms without sums equal
;   432. value: lhs equals rhs
;   433. wf: rhs well-formed where lhs is
;   434. shape: shapes equal
;   435. defined: rhs defined where lhs is
;   436. summands equal under a binder bijection
;   437. terms without sums equal
;   438. value: lhs equals rhs
;   439. wf: rhs well-formed where lhs is
;   440. shape: shapes equal
;   441. defined: rhs defined where lhs is
;   442. summands equal under a binder bijection
;   443. terms without sums equal
;   444. value: lhs equals rhs
;   445. wf: rhs well-formed where lhs is
;   446. shape: shapes equal
;   447. defined: rhs defined where lhs is
;   448. summands equal under a binder bijection
;   449. terms without sums equal
;   450. value: lhs equals rhs
;   451. wf: rhs well-formed where lhs is
;   452. shape: shapes equal
;   453. defined: rhs defined where lhs is
;   454. summands equal under a binder bijection
;   455. terms without sums equal
;   456. value: lhs equals rhs
;   457. wf: rhs well-formed where lhs is
;   458. shape: shapes equal
;   459. defined: rhs defined where lhs is
;   460. summands equal under a binder bijection
;   461. terms without sums equal
;   462. value: lhs equals rhs
;   463. wf: rhs well-formed where lhs is
;   464. shape: shapes equal
;   465. defined: rhs defined where lhs is
;   466. summands equal under a binder bijection
;   467. terms without sums equal
;   468. value: lhs equals rhs
;   469. wf: rhs well-formed where lhs is
;   470. shape: shapes equal
;   471. defined: rhs defined where lhs is
;   472. summands equal under a binder bijection
;   473. terms without sums equal
;   474. value: lhs equals rhs
;   475. wf: rhs well-formed where lhs is
;   476. shape: shapes equal
;   477. defined: rhs defined where lhs is
;   478. summands equal under a binder bijection
;   479. terms without sums equal
;   480. value: lhs equals rhs
;   481. wf: rhs well-formed where lhs is
;   482. shape: shapes equal
;   483. defined: rhs defined where lhs is
;   484. summands equal under a binder bijection
;   485. terms without sums equal
;   486. value: lhs equals rhs
;   487. wf: rhs well-formed where lhs is
;   488. shape: shapes equal
;   489. defined: rhs defined where lhs is
;   490. summands equal under a binder bijection
;   491. terms without sums equal
;   492. value: lhs equals rhs
;   493. wf: rhs well-formed where lhs is
;   494. shape: shapes equal
;   495. defined: rhs defined where lhs is
;   496. summands equal under a binder bijection
;   497. terms without sums equal
;   498. value: lhs equals rhs
;   499. wf: rhs well-formed where lhs is
;   500. shape: shapes equal
;   501. defined: rhs defined where lhs is
;   502. summands equal under a binder bijection
;   503. terms without sums equal
;   504. value: lhs equals rhs
;   505. wf: rhs well-formed where lhs is
;   506. shape: shapes equal
;   507. defined: rhs defined where lhs is
;   508. summands equal under a binder bijection
;   509. terms without sums equal
;   510. value: lhs equals rhs
;   511. wf: rhs well-formed where lhs is
;   512. shape: shapes equal
;   513. defined: rhs defined where lhs is
;   514. summands equal under a binder bijection
;   515. terms without sums equal
;   516. value: lhs equals rhs
;   517. wf: rhs well-formed where lhs is
;   518. shape: shapes equal
;   519. defined: rhs defined where lhs is
;   520. summands equal under a binder bijection
;   521. terms without sums equal
;   522. value: lhs equals rhs
;   523. wf: rhs well-formed where lhs is
;   524. shape: shapes equal
;   525. defined: rhs defined where lhs is
;   526. summands equal under a binder bijection
;   527. terms without sums equal
;   528. value: lhs equals rhs
;   529. wf: rhs well-formed where lhs is
;   530. shape: shapes equal
;   531. defined: rhs defined where lhs is
;   532. summands equal under a binder bijection
;   533. terms without sums equal
;   534. value: lhs equals rhs
;   535. wf: rhs well-formed where lhs is
;   536. shape: shapes equal
;   537. defined: rhs defined where lhs is
;   538. summands equal under a binder bijection
;   539. terms without sums equal
;   540. value: lhs equals rhs
;   541. wf: rhs well-formed where lhs is
;   542. shape: shapes equal
;   543. defined: rhs defined where lhs is
;   544. summands equal under a binder bijection
;   545. terms without sums equal
;   546. value: lhs equals rhs
;   547. wf: rhs well-formed where lhs is
;   548. shape: shapes equal
;   549. defined: rhs defined where lhs is
;   550. summands equal under a binder bijection
;   551. terms without sums equal
;   552. value: lhs equals rhs
;   553. wf: rhs well-formed where lhs is
;   554. shape: shapes equal
;   555. defined: rhs defined where lhs is
;   556. summands equal under a binder bijection
;   557. terms without sums equal
;   558. value: lhs equals rhs
;   559. wf: rhs well-formed where lhs is
;   560. shape: shapes equal
;   561. defined: rhs defined where lhs is
;   562. summands equal under a binder bijection
;   563. terms without sums equal
;   564. value: lhs equals rhs
;   565. wf: rhs well-formed where lhs is
;   566. shape: shapes equal
;   567. defined: rhs defined where lhs is
;   568. summands equal under a binder bijection
;   569. terms without sums equal
;   570. value: lhs equals rhs
;   571. wf: rhs well-formed where lhs is
;   572. shape: shapes equal
;   573. defined: rhs defined where lhs is
;   574. summands equal under a binder bijection
;   575. terms without sums equal
;   576. value: lhs equals rhs
(set-logic ALL)
(declare-fun A.f16.r2 (Int Int) Real)
(declare-fun A.i16.r2 (Int Int) Int)
(declare-fun A.i32.r2 (Int Int) Int)
(declare-fun A.i64.r2 (Int Int) Int)
(declare-fun A.i8.r2 (Int Int) Int)
(declare-fun A.u16.r2 (Int Int) Int)
(declare-fun A.u32.r2 (Int Int) Int)
(declare-fun A.u64.r2 (Int Int) Int)
(declare-fun A.u8.r2 (Int Int) Int)
(declare-fun B.f16.r2 (Int Int) Real)
(declare-fun B.f32.r2 (Int Int) Real)
(declare-fun B.f64.r2 (Int Int) Real)
(declare-fun B.i16.r2 (Int Int) Int)
(declare-fun B.i32.r2 (Int Int) Int)
(declare-fun B.i64.r2 (Int Int) Int)
(declare-fun B.i8.r2 (Int Int) Int)
(declare-fun B.u16.r2 (Int Int) Int)
(declare-fun B.u32.r2 (Int Int) Int)
(declare-fun B.u64.r2 (Int Int) Int)
(declare-fun B.u8.r2 (Int Int) Int)
(declare-fun i0 () Int)
(declare-fun i1 () Int)
(declare-fun k () Int)
(declare-fun k~1!1 () Int)
(declare-fun m () Int)
(declare-fun p () Int)
(declare-fun reduce0.sum.f16 (Int Int Int) Real)
(declare-fun reduce0.sum.f32 (Int Int Int) Real)
(declare-fun reduce0.sum.f64 (Int Int Int) Real)
(declare-fun reduce0.sum.i16 (Int Int Int) Int)
(declare-fun reduce0.sum.i32 (Int Int Int) Int)
(declare-fun reduce0.sum.i64 (Int Int Int) Int)
(declare-fun reduce0.sum.i8 (Int Int Int) Int)
(declare-fun reduce0.sum.u16 (Int Int Int) Int)
(declare-fun reduce0.sum.u32 (Int Int Int) Int)
(declare-fun reduce0.sum.u64 (Int Int Int) Int)
(declare-fun reduce0.sum.u8 (Int Int Int) Int)
(declare-fun reduce1.sum.f16 (Int Int Int) Real)
(declare-fun reduce1.sum.f32 (Int Int Int) Real)
(declare-fun reduce1.sum.f64 (Int Int Int) Real)
(declare-fun reduce1.sum.i16 (Int Int Int) Int)
(declare-fun reduce1.sum.i32 (Int Int Int) Int)
(declare-fun reduce1.sum.i64 (Int Int Int) Int)
(declare-fun reduce1.sum.i8 (Int Int Int) Int)
(declare-fun reduce1.sum.u16 (Int Int Int) Int)
(declare-fun reduce1.sum.u32 (Int Int Int) Int)
(declare-fun reduce1.sum.u64 (Int Int Int) Int)
(declare-fun reduce1.sum.u8 (Int Int Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (>= m 0)))
 (let ((?s4 (>= p 0)))
 (let ((?s5 (and (= p p) (= m m))))
 (let ((?s6 (and ?s3 ?s4 true true true (not ?s5))))
 (let ((?s7 (and true true true true ?s1)))
 (let ((?s8 (>= k 0)))
 (let ((?s9 (>= i0 0)))
 (let ((?s10 (< i0 p)))
 (let ((?s11 (>= i1 0)))
 (let ((?s12 (< i1 m)))
 (let ((?s13 (and (>= k~1!1 0) (< k~1!1 k))))
 (let ((?s14 (A.i8.r2 i1 k~1!1)))
 (let ((?s15 (>= ?s14 (- 128))))
 (let ((?s16 (<= ?s14 127)))
 (let ((?s17 (B.i8.r2 k~1!1 i0)))
 (let ((?s18 (>= ?s17 (- 128))))
 (let ((?s19 (<= ?s17 127)))
 (let ((?s20 (to_real ?s14)))
 (let ((?s21 (* 1.0 ?s20)))
 (let ((?s22 (to_real ?s17)))
 (let ((?s23 (* 1.0 ?s22)))
 (let ((?s24 (and true true true true true (not (= 0.0 0.0)))))
 (let ((?s25 (= (reduce0.sum.i8 k i1 i0) (reduce1.sum.i8 k i0 i1))))
 (let ((?s26 (B.i16.r2 k~1!1 i0)))
 (let ((?s27 (>= ?s26 (- 32768))))
 (let ((?s28 (<= ?s26 32767)))
 (let ((?s29 (to_real ?s26)))
 (let ((?s30 (* 1.0 ?s29)))
 (let ((?s31 (= (reduce0.sum.i16 k i1 i0) (reduce1.sum.i16 k i0 i1))))
 (let ((?s32 (not ?s31)))
 (let ((?s33 (B.i32.r2 k~1!1 i0)))
 (let ((?s34 (>= ?s33 (- 2147483648))))
 (let ((?s35 (<= ?s33 2147483647)))
 (let ((?s36 (to_real ?s33)))
 (let ((?s37 (* 1.0 ?s36)))
 (let ((?s38 (= (reduce0.sum.i32 k i1 i0) (reduce1.sum.i32 k i0 i1))))
 (let ((?s39 (not ?s38)))
 (let ((?s40 (B.i64.r2 k~1!1 i0)))
 (let ((?s41 (>= ?s40 (- 9223372036854775808))))
 (let ((?s42 (<= ?s40 9223372036854775807)))
 (let ((?s43 (to_real ?s40)))
 (let ((?s44 (* 1.0 ?s43)))
 (let ((?s45 (= (reduce0.sum.i64 k i1 i0) (reduce1.sum.i64 k i0 i1))))
 (let ((?s46 (not ?s45)))
 (let ((?s47 (B.u8.r2 k~1!1 i0)))
 (let ((?s48 (>= ?s47 0)))
 (let ((?s49 (<= ?s47 255)))
 (let ((?s50 (to_real ?s47)))
 (let ((?s51 (* 1.0 ?s50)))
 (let ((?s52 (B.u16.r2 k~1!1 i0)))
 (let ((?s53 (>= ?s52 0)))
 (let ((?s54 (<= ?s52 65535)))
 (let ((?s55 (to_real ?s52)))
 (let ((?s56 (* 1.0 ?s55)))
 (let ((?s57 (B.u32.r2 k~1!1 i0)))
 (let ((?s58 (>= ?s57 0)))
 (let ((?s59 (<= ?s57 4294967295)))
 (let ((?s60 (to_real ?s57)))
 (let ((?s61 (* 1.0 ?s60)))
 (let ((?s62 (B.u64.r2 k~1!1 i0)))
 (let ((?s63 (>= ?s62 0)))
 (let ((?s64 (<= ?s62 18446744073709551615)))
 (let ((?s65 (to_real ?s62)))
 (let ((?s66 (* 1.0 ?s65)))
 (let ((?s67 (= (reduce0.sum.f64 k i1 i0) (reduce1.sum.f64 k i0 i1))))
 (let ((?s68 (not ?s67)))
 (let ((?s69 (B.f16.r2 k~1!1 i0)))
 (let ((?s70 (* 1.0 ?s69)))
 (let ((?s71 (= (reduce0.sum.f16 k i1 i0) (reduce1.sum.f16 k i0 i1))))
 (let ((?s72 (not ?s71)))
 (let ((?s73 (B.f32.r2 k~1!1 i0)))
 (let ((?s74 (* 1.0 ?s73)))
 (let ((?s75 (= (reduce0.sum.f32 k i1 i0) (reduce1.sum.f32 k i0 i1))))
 (let ((?s76 (not ?s75)))
 (let ((?s77 (B.f64.r2 k~1!1 i0)))
 (let ((?s78 (* 1.0 ?s77)))
 (let ((?s79 (A.i16.r2 i1 k~1!1)))
 (let ((?s80 (>= ?s79 (- 32768))))
 (let ((?s81 (<= ?s79 32767)))
 (let ((?s82 (to_real ?s79)))
 (let ((?s83 (* 1.0 ?s82)))
 (let ((?s84 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s75 ?s80 ?s81 ?s80 ?s81 ?s76)))
 (let ((?s85 (A.i32.r2 i1 k~1!1)))
 (let ((?s86 (>= ?s85 (- 2147483648))))
 (let ((?s87 (<= ?s85 2147483647)))
 (let ((?s88 (to_real ?s85)))
 (let ((?s89 (* 1.0 ?s88)))
 (let ((?s90 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s86 ?s87 ?s86 ?s87 ?s68)))
 (let ((?s91 (A.i64.r2 i1 k~1!1)))
 (let ((?s92 (>= ?s91 (- 9223372036854775808))))
 (let ((?s93 (<= ?s91 9223372036854775807)))
 (let ((?s94 (to_real ?s91)))
 (let ((?s95 (* 1.0 ?s94)))
 (let ((?s96 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s92 ?s93 ?s92 ?s93 ?s68)))
 (let ((?s97 (A.u8.r2 i1 k~1!1)))
 (let ((?s98 (>= ?s97 0)))
 (let ((?s99 (<= ?s97 255)))
 (let ((?s100 (to_real ?s97)))
 (let ((?s101 (* 1.0 ?s100)))
 (let ((?s102 (= (reduce0.sum.u8 k i1 i0) (reduce1.sum.u8 k i0 i1))))
 (let ((?s103 (= (reduce0.sum.u16 k i1 i0) (reduce1.sum.u16 k i0 i1))))
 (let ((?s104 (not ?s103)))
 (let ((?s105 (= (reduce0.sum.u32 k i1 i0) (reduce1.sum.u32 k i0 i1))))
 (let ((?s106 (not ?s105)))
 (let ((?s107 (= (reduce0.sum.u64 k i1 i0) (reduce1.sum.u64 k i0 i1))))
 (let ((?s108 (not ?s107)))
 (let ((?s109 (A.u16.r2 i1 k~1!1)))
 (let ((?s110 (>= ?s109 0)))
 (let ((?s111 (<= ?s109 65535)))
 (let ((?s112 (to_real ?s109)))
 (let ((?s113 (* 1.0 ?s112)))
 (let ((?s114 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s75 ?s110 ?s111 ?s110 ?s111 ?s76)))
 (let ((?s115 (A.u32.r2 i1 k~1!1)))
 (let ((?s116 (>= ?s115 0)))
 (let ((?s117 (<= ?s115 4294967295)))
 (let ((?s118 (to_real ?s115)))
 (let ((?s119 (* 1.0 ?s118)))
 (let ((?s120 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s116 ?s117 ?s116 ?s117 ?s68)))
 (let ((?s121 (A.u64.r2 i1 k~1!1)))
 (let ((?s122 (>= ?s121 0)))
 (let ((?s123 (<= ?s121 18446744073709551615)))
 (let ((?s124 (to_real ?s121)))
 (let ((?s125 (* 1.0 ?s124)))
 (let ((?s126 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s122 ?s123 ?s122 ?s123 ?s68)))
 (let ((?s127 (A.f16.r2 i1 k~1!1)))
 (let ((?s128 (* 1.0 ?s127)))
 (or ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s15 ?s16 ?s18 ?s19 ?s18 ?s19 ?s15 ?s16 (not (= (* ?s21 ?s22) (* ?s23 ?s20)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s25 ?s15 ?s16 ?s18 ?s19 ?s18 ?s19 ?s15 ?s16 (not ?s25)) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s15 ?s16 ?s27 ?s28 ?s27 ?s28 ?s15 ?s16 (not (= (* ?s21 ?s29) (* ?s30 ?s20)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s31 ?s15 ?s16 ?s27 ?s28 ?s27 ?s28 ?s15 ?s16 ?s32) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s15 ?s16 ?s34 ?s35 ?s34 ?s35 ?s15 ?s16 (not (= (* ?s21 ?s36) (* ?s37 ?s20)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s38 ?s15 ?s16 ?s34 ?s35 ?s34 ?s35 ?s15 ?s16 ?s39) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s15 ?s16 ?s41 ?s42 ?s41 ?s42 ?s15 ?s16 (not (= (* ?s21 ?s43) (* ?s44 ?s20)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s45 ?s15 ?s16 ?s41 ?s42 ?s41 ?s42 ?s15 ?s16 ?s46) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s15 ?s16 ?s48 ?s49 ?s48 ?s49 ?s15 ?s16 (not (= (* ?s21 ?s50) (* ?s51 ?s20)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s31 ?s15 ?s16 ?s48 ?s49 ?s48 ?s49 ?s15 ?s16 ?s32) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s15 ?s16 ?s53 ?s54 ?s53 ?s54 ?s15 ?s16 (not (= (* ?s21 ?s55) (* ?s56 ?s20)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s38 ?s15 ?s16 ?s53 ?s54 ?s53 ?s54 ?s15 ?s16 ?s39) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s15 ?s16 ?s58 ?s59 ?s58 ?s59 ?s15 ?s16 (not (= (* ?s21 ?s60) (* ?s61 ?s20)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s45 ?s15 ?s16 ?s58 ?s59 ?s58 ?s59 ?s15 ?s16 ?s46) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s15 ?s16 ?s63 ?s64 ?s63 ?s64 ?s15 ?s16 (not (= (* ?s21 ?s65) (* ?s66 ?s20)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s15 ?s16 ?s63 ?s64 ?s63 ?s64 ?s15 ?s16 ?s68) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 (not (= (* ?s21 ?s69) (* ?s70 ?s20)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s71 ?s15 ?s16 ?s15 ?s16 ?s72) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 (not (= (* ?s21 ?s73) (* ?s74 ?s20)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s75 ?s15 ?s16 ?s15 ?s16 ?s76) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s15 ?s16 ?s15 ?s16 (not (= (* ?s21 ?s77) (* ?s78 ?s20)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s15 ?s16 ?s15 ?s16 ?s68) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s80 ?s81 ?s18 ?s19 ?s18 ?s19 ?s80 ?s81 (not (= (* ?s83 ?s22) (* ?s23 ?s82)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s31 ?s80 ?s81 ?s18 ?s19 ?s18 ?s19 ?s80 ?s81 ?s32) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s80 ?s81 ?s27 ?s28 ?s27 ?s28 ?s80 ?s81 (not (= (* ?s83 ?s29) (* ?s30 ?s82)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s31 ?s80 ?s81 ?s27 ?s28 ?s27 ?s28 ?s80 ?s81 ?s32) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s80 ?s81 ?s34 ?s35 ?s34 ?s35 ?s80 ?s81 (not (= (* ?s83 ?s36) (* ?s37 ?s82)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s38 ?s80 ?s81 ?s34 ?s35 ?s34 ?s35 ?s80 ?s81 ?s39) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s80 ?s81 ?s41 ?s42 ?s41 ?s42 ?s80 ?s81 (not (= (* ?s83 ?s43) (* ?s44 ?s82)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s45 ?s80 ?s81 ?s41 ?s42 ?s41 ?s42 ?s80 ?s81 ?s46) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s80 ?s81 ?s48 ?s49 ?s48 ?s49 ?s80 ?s81 (not (= (* ?s83 ?s50) (* ?s51 ?s82)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s31 ?s80 ?s81 ?s48 ?s49 ?s48 ?s49 ?s80 ?s81 ?s32) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s80 ?s81 ?s53 ?s54 ?s53 ?s54 ?s80 ?s81 (not (= (* ?s83 ?s55) (* ?s56 ?s82)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s38 ?s80 ?s81 ?s53 ?s54 ?s53 ?s54 ?s80 ?s81 ?s39) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s80 ?s81 ?s58 ?s59 ?s58 ?s59 ?s80 ?s81 (not (= (* ?s83 ?s60) (* ?s61 ?s82)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s45 ?s80 ?s81 ?s58 ?s59 ?s58 ?s59 ?s80 ?s81 ?s46) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s80 ?s81 ?s63 ?s64 ?s63 ?s64 ?s80 ?s81 (not (= (* ?s83 ?s65) (* ?s66 ?s82)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s80 ?s81 ?s63 ?s64 ?s63 ?s64 ?s80 ?s81 ?s68) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s80 ?s81 ?s80 ?s81 (not (= (* ?s83 ?s69) (* ?s70 ?s82)))) ?s24 ?s84 ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s80 ?s81 ?s80 ?s81 (not (= (* ?s83 ?s73) (* ?s74 ?s82)))) ?s24 ?s84 ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s80 ?s81 ?s80 ?s81 (not (= (* ?s83 ?s77) (* ?s78 ?s82)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s80 ?s81 ?s80 ?s81 ?s68) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s86 ?s87 ?s18 ?s19 ?s18 ?s19 ?s86 ?s87 (not (= (* ?s89 ?s22) (* ?s23 ?s88)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s38 ?s86 ?s87 ?s18 ?s19 ?s18 ?s19 ?s86 ?s87 ?s39) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s86 ?s87 ?s27 ?s28 ?s27 ?s28 ?s86 ?s87 (not (= (* ?s89 ?s29) (* ?s30 ?s88)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s38 ?s86 ?s87 ?s27 ?s28 ?s27 ?s28 ?s86 ?s87 ?s39) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s86 ?s87 ?s34 ?s35 ?s34 ?s35 ?s86 ?s87 (not (= (* ?s89 ?s36) (* ?s37 ?s88)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s38 ?s86 ?s87 ?s34 ?s35 ?s34 ?s35 ?s86 ?s87 ?s39) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s86 ?s87 ?s41 ?s42 ?s41 ?s42 ?s86 ?s87 (not (= (* ?s89 ?s43) (* ?s44 ?s88)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s45 ?s86 ?s87 ?s41 ?s42 ?s41 ?s42 ?s86 ?s87 ?s46) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s86 ?s87 ?s48 ?s49 ?s48 ?s49 ?s86 ?s87 (not (= (* ?s89 ?s50) (* ?s51 ?s88)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s38 ?s86 ?s87 ?s48 ?s49 ?s48 ?s49 ?s86 ?s87 ?s39) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s86 ?s87 ?s53 ?s54 ?s53 ?s54 ?s86 ?s87 (not (= (* ?s89 ?s55) (* ?s56 ?s88)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s38 ?s86 ?s87 ?s53 ?s54 ?s53 ?s54 ?s86 ?s87 ?s39) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s86 ?s87 ?s58 ?s59 ?s58 ?s59 ?s86 ?s87 (not (= (* ?s89 ?s60) (* ?s61 ?s88)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s45 ?s86 ?s87 ?s58 ?s59 ?s58 ?s59 ?s86 ?s87 ?s46) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s86 ?s87 ?s63 ?s64 ?s63 ?s64 ?s86 ?s87 (not (= (* ?s89 ?s65) (* ?s66 ?s88)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s86 ?s87 ?s63 ?s64 ?s63 ?s64 ?s86 ?s87 ?s68) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s86 ?s87 ?s86 ?s87 (not (= (* ?s89 ?s69) (* ?s70 ?s88)))) ?s24 ?s90 ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s86 ?s87 ?s86 ?s87 (not (= (* ?s89 ?s73) (* ?s74 ?s88)))) ?s24 ?s90 ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s86 ?s87 ?s86 ?s87 (not (= (* ?s89 ?s77) (* ?s78 ?s88)))) ?s24 ?s90 ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s92 ?s93 ?s18 ?s19 ?s18 ?s19 ?s92 ?s93 (not (= (* ?s95 ?s22) (* ?s23 ?s94)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s45 ?s92 ?s93 ?s18 ?s19 ?s18 ?s19 ?s92 ?s93 ?s46) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s92 ?s93 ?s27 ?s28 ?s27 ?s28 ?s92 ?s93 (not (= (* ?s95 ?s29) (* ?s30 ?s94)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s45 ?s92 ?s93 ?s27 ?s28 ?s27 ?s28 ?s92 ?s93 ?s46) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s92 ?s93 ?s34 ?s35 ?s34 ?s35 ?s92 ?s93 (not (= (* ?s95 ?s36) (* ?s37 ?s94)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s45 ?s92 ?s93 ?s34 ?s35 ?s34 ?s35 ?s92 ?s93 ?s46) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s92 ?s93 ?s41 ?s42 ?s41 ?s42 ?s92 ?s93 (not (= (* ?s95 ?s43) (* ?s44 ?s94)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s45 ?s92 ?s93 ?s41 ?s42 ?s41 ?s42 ?s92 ?s93 ?s46) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s92 ?s93 ?s48 ?s49 ?s48 ?s49 ?s92 ?s93 (not (= (* ?s95 ?s50) (* ?s51 ?s94)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s45 ?s92 ?s93 ?s48 ?s49 ?s48 ?s49 ?s92 ?s93 ?s46) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s92 ?s93 ?s53 ?s54 ?s53 ?s54 ?s92 ?s93 (not (= (* ?s95 ?s55) (* ?s56 ?s94)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s45 ?s92 ?s93 ?s53 ?s54 ?s53 ?s54 ?s92 ?s93 ?s46) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s92 ?s93 ?s58 ?s59 ?s58 ?s59 ?s92 ?s93 (not (= (* ?s95 ?s60) (* ?s61 ?s94)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s45 ?s92 ?s93 ?s58 ?s59 ?s58 ?s59 ?s92 ?s93 ?s46) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s92 ?s93 ?s63 ?s64 ?s63 ?s64 ?s92 ?s93 (not (= (* ?s95 ?s65) (* ?s66 ?s94)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s92 ?s93 ?s63 ?s64 ?s63 ?s64 ?s92 ?s93 ?s68) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s92 ?s93 ?s92 ?s93 (not (= (* ?s95 ?s69) (* ?s70 ?s94)))) ?s24 ?s96 ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s92 ?s93 ?s92 ?s93 (not (= (* ?s95 ?s73) (* ?s74 ?s94)))) ?s24 ?s96 ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s92 ?s93 ?s92 ?s93 (not (= (* ?s95 ?s77) (* ?s78 ?s94)))) ?s24 ?s96 ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s98 ?s99 ?s18 ?s19 ?s18 ?s19 ?s98 ?s99 (not (= (* ?s101 ?s22) (* ?s23 ?s100)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s31 ?s98 ?s99 ?s18 ?s19 ?s18 ?s19 ?s98 ?s99 ?s32) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s98 ?s99 ?s27 ?s28 ?s27 ?s28 ?s98 ?s99 (not (= (* ?s101 ?s29) (* ?s30 ?s100)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s31 ?s98 ?s99 ?s27 ?s28 ?s27 ?s28 ?s98 ?s99 ?s32) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s98 ?s99 ?s34 ?s35 ?s34 ?s35 ?s98 ?s99 (not (= (* ?s101 ?s36) (* ?s37 ?s100)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s38 ?s98 ?s99 ?s34 ?s35 ?s34 ?s35 ?s98 ?s99 ?s39) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s98 ?s99 ?s41 ?s42 ?s41 ?s42 ?s98 ?s99 (not (= (* ?s101 ?s43) (* ?s44 ?s100)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s45 ?s98 ?s99 ?s41 ?s42 ?s41 ?s42 ?s98 ?s99 ?s46) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s98 ?s99 ?s48 ?s49 ?s48 ?s49 ?s98 ?s99 (not (= (* ?s101 ?s50) (* ?s51 ?s100)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s102 ?s98 ?s99 ?s48 ?s49 ?s48 ?s49 ?s98 ?s99 (not ?s102)) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s98 ?s99 ?s53 ?s54 ?s53 ?s54 ?s98 ?s99 (not (= (* ?s101 ?s55) (* ?s56 ?s100)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s103 ?s98 ?s99 ?s53 ?s54 ?s53 ?s54 ?s98 ?s99 ?s104) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s98 ?s99 ?s58 ?s59 ?s58 ?s59 ?s98 ?s99 (not (= (* ?s101 ?s60) (* ?s61 ?s100)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s105 ?s98 ?s99 ?s58 ?s59 ?s58 ?s59 ?s98 ?s99 ?s106) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s98 ?s99 ?s63 ?s64 ?s63 ?s64 ?s98 ?s99 (not (= (* ?s101 ?s65) (* ?s66 ?s100)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s107 ?s98 ?s99 ?s63 ?s64 ?s63 ?s64 ?s98 ?s99 ?s108) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s98 ?s99 ?s98 ?s99 (not (= (* ?s101 ?s69) (* ?s70 ?s100)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s71 ?s98 ?s99 ?s98 ?s99 ?s72) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s98 ?s99 ?s98 ?s99 (not (= (* ?s101 ?s73) (* ?s74 ?s100)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s75 ?s98 ?s99 ?s98 ?s99 ?s76) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s98 ?s99 ?s98 ?s99 (not (= (* ?s101 ?s77) (* ?s78 ?s100)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s98 ?s99 ?s98 ?s99 ?s68) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s110 ?s111 ?s18 ?s19 ?s18 ?s19 ?s110 ?s111 (not (= (* ?s113 ?s22) (* ?s23 ?s112)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s38 ?s110 ?s111 ?s18 ?s19 ?s18 ?s19 ?s110 ?s111 ?s39) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s110 ?s111 ?s27 ?s28 ?s27 ?s28 ?s110 ?s111 (not (= (* ?s113 ?s29) (* ?s30 ?s112)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s38 ?s110 ?s111 ?s27 ?s28 ?s27 ?s28 ?s110 ?s111 ?s39) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s110 ?s111 ?s34 ?s35 ?s34 ?s35 ?s110 ?s111 (not (= (* ?s113 ?s36) (* ?s37 ?s112)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s38 ?s110 ?s111 ?s34 ?s35 ?s34 ?s35 ?s110 ?s111 ?s39) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s110 ?s111 ?s41 ?s42 ?s41 ?s42 ?s110 ?s111 (not (= (* ?s113 ?s43) (* ?s44 ?s112)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s45 ?s110 ?s111 ?s41 ?s42 ?s41 ?s42 ?s110 ?s111 ?s46) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s110 ?s111 ?s48 ?s49 ?s48 ?s49 ?s110 ?s111 (not (= (* ?s113 ?s50) (* ?s51 ?s112)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s103 ?s110 ?s111 ?s48 ?s49 ?s48 ?s49 ?s110 ?s111 ?s104) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s110 ?s111 ?s53 ?s54 ?s53 ?s54 ?s110 ?s111 (not (= (* ?s113 ?s55) (* ?s56 ?s112)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s103 ?s110 ?s111 ?s53 ?s54 ?s53 ?s54 ?s110 ?s111 ?s104) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s110 ?s111 ?s58 ?s59 ?s58 ?s59 ?s110 ?s111 (not (= (* ?s113 ?s60) (* ?s61 ?s112)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s105 ?s110 ?s111 ?s58 ?s59 ?s58 ?s59 ?s110 ?s111 ?s106) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s110 ?s111 ?s63 ?s64 ?s63 ?s64 ?s110 ?s111 (not (= (* ?s113 ?s65) (* ?s66 ?s112)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s107 ?s110 ?s111 ?s63 ?s64 ?s63 ?s64 ?s110 ?s111 ?s108) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s110 ?s111 ?s110 ?s111 (not (= (* ?s113 ?s69) (* ?s70 ?s112)))) ?s24 ?s114 ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s110 ?s111 ?s110 ?s111 (not (= (* ?s113 ?s73) (* ?s74 ?s112)))) ?s24 ?s114 ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s110 ?s111 ?s110 ?s111 (not (= (* ?s113 ?s77) (* ?s78 ?s112)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s110 ?s111 ?s110 ?s111 ?s68) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s116 ?s117 ?s18 ?s19 ?s18 ?s19 ?s116 ?s117 (not (= (* ?s119 ?s22) (* ?s23 ?s118)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s45 ?s116 ?s117 ?s18 ?s19 ?s18 ?s19 ?s116 ?s117 ?s46) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s116 ?s117 ?s27 ?s28 ?s27 ?s28 ?s116 ?s117 (not (= (* ?s119 ?s29) (* ?s30 ?s118)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s45 ?s116 ?s117 ?s27 ?s28 ?s27 ?s28 ?s116 ?s117 ?s46) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s116 ?s117 ?s34 ?s35 ?s34 ?s35 ?s116 ?s117 (not (= (* ?s119 ?s36) (* ?s37 ?s118)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s45 ?s116 ?s117 ?s34 ?s35 ?s34 ?s35 ?s116 ?s117 ?s46) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s116 ?s117 ?s41 ?s42 ?s41 ?s42 ?s116 ?s117 (not (= (* ?s119 ?s43) (* ?s44 ?s118)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s45 ?s116 ?s117 ?s41 ?s42 ?s41 ?s42 ?s116 ?s117 ?s46) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s116 ?s117 ?s48 ?s49 ?s48 ?s49 ?s116 ?s117 (not (= (* ?s119 ?s50) (* ?s51 ?s118)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s105 ?s116 ?s117 ?s48 ?s49 ?s48 ?s49 ?s116 ?s117 ?s106) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s116 ?s117 ?s53 ?s54 ?s53 ?s54 ?s116 ?s117 (not (= (* ?s119 ?s55) (* ?s56 ?s118)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s105 ?s116 ?s117 ?s53 ?s54 ?s53 ?s54 ?s116 ?s117 ?s106) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s116 ?s117 ?s58 ?s59 ?s58 ?s59 ?s116 ?s117 (not (= (* ?s119 ?s60) (* ?s61 ?s118)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s105 ?s116 ?s117 ?s58 ?s59 ?s58 ?s59 ?s116 ?s117 ?s106) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s116 ?s117 ?s63 ?s64 ?s63 ?s64 ?s116 ?s117 (not (= (* ?s119 ?s65) (* ?s66 ?s118)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s107 ?s116 ?s117 ?s63 ?s64 ?s63 ?s64 ?s116 ?s117 ?s108) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s116 ?s117 ?s116 ?s117 (not (= (* ?s119 ?s69) (* ?s70 ?s118)))) ?s24 ?s120 ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s116 ?s117 ?s116 ?s117 (not (= (* ?s119 ?s73) (* ?s74 ?s118)))) ?s24 ?s120 ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s116 ?s117 ?s116 ?s117 (not (= (* ?s119 ?s77) (* ?s78 ?s118)))) ?s24 ?s120 ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s122 ?s123 ?s18 ?s19 ?s18 ?s19 ?s122 ?s123 (not (= (* ?s125 ?s22) (* ?s23 ?s124)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s122 ?s123 ?s18 ?s19 ?s18 ?s19 ?s122 ?s123 ?s68) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s122 ?s123 ?s27 ?s28 ?s27 ?s28 ?s122 ?s123 (not (= (* ?s125 ?s29) (* ?s30 ?s124)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s122 ?s123 ?s27 ?s28 ?s27 ?s28 ?s122 ?s123 ?s68) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s122 ?s123 ?s34 ?s35 ?s34 ?s35 ?s122 ?s123 (not (= (* ?s125 ?s36) (* ?s37 ?s124)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s122 ?s123 ?s34 ?s35 ?s34 ?s35 ?s122 ?s123 ?s68) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s122 ?s123 ?s41 ?s42 ?s41 ?s42 ?s122 ?s123 (not (= (* ?s125 ?s43) (* ?s44 ?s124)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s122 ?s123 ?s41 ?s42 ?s41 ?s42 ?s122 ?s123 ?s68) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s122 ?s123 ?s48 ?s49 ?s48 ?s49 ?s122 ?s123 (not (= (* ?s125 ?s50) (* ?s51 ?s124)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s107 ?s122 ?s123 ?s48 ?s49 ?s48 ?s49 ?s122 ?s123 ?s108) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s122 ?s123 ?s53 ?s54 ?s53 ?s54 ?s122 ?s123 (not (= (* ?s125 ?s55) (* ?s56 ?s124)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s107 ?s122 ?s123 ?s53 ?s54 ?s53 ?s54 ?s122 ?s123 ?s108) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s122 ?s123 ?s58 ?s59 ?s58 ?s59 ?s122 ?s123 (not (= (* ?s125 ?s60) (* ?s61 ?s124)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s107 ?s122 ?s123 ?s58 ?s59 ?s58 ?s59 ?s122 ?s123 ?s108) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s122 ?s123 ?s63 ?s64 ?s63 ?s64 ?s122 ?s123 (not (= (* ?s125 ?s65) (* ?s66 ?s124)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s107 ?s122 ?s123 ?s63 ?s64 ?s63 ?s64 ?s122 ?s123 ?s108) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s122 ?s123 ?s122 ?s123 (not (= (* ?s125 ?s69) (* ?s70 ?s124)))) ?s24 ?s126 ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s122 ?s123 ?s122 ?s123 (not (= (* ?s125 ?s73) (* ?s74 ?s124)))) ?s24 ?s126 ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s122 ?s123 ?s122 ?s123 (not (= (* ?s125 ?s77) (* ?s78 ?s124)))) ?s24 ?s126 ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s18 ?s19 ?s18 ?s19 (not (= (* ?s128 ?s22) (* ?s23 ?s127)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s71 ?s18 ?s19 ?s18 ?s19 ?s72) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s27 ?s28 ?s27 ?s28 (not (= (* ?s128 ?s29) (* ?s30 ?s127)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s75 ?s27 ?s28 ?s27 ?s28 ?s76) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s34 ?s35 ?s34 ?s35 (not (= (* ?s128 ?s36) (* ?s37 ?s127)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s34 ?s35 ?s34 ?s35 ?s68) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s41 ?s42 ?s41 ?s42 (not (= (* ?s128 ?s43) (* ?s44 ?s127)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s41 ?s42 ?s41 ?s42 ?s68) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s48 ?s49 ?s48 ?s49 (not (= (* ?s128 ?s50) (* ?s51 ?s127)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s71 ?s48 ?s49 ?s48 ?s49 ?s72) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s53 ?s54 ?s53 ?s54 (not (= (* ?s128 ?s55) (* ?s56 ?s127)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s75 ?s53 ?s54 ?s53 ?s54 ?s76) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s58 ?s59 ?s58 ?s59 (not (= (* ?s128 ?s60) (* ?s61 ?s127)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s58 ?s59 ?s58 ?s59 ?s68) ?s2 ?s6 ?s7 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s13 ?s63 ?s64 ?s63 ?s64 (not (= (* ?s128 ?s65) (* ?s66 ?s127)))) ?s24 (and ?s8 ?s3 ?s4 true true true ?s5 true true ?s9 ?s10 ?s11 ?s12 ?s67 ?s63 ?s64 ?s63 ?s64 ?s68)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
