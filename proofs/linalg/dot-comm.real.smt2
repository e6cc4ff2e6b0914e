; versa proof obligation for rule 'dot-comm' (rules/library/linalg.toml), domain real: proved
; lhs: x @ y
; rhs: y @ x
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
(declare-fun k~1!1 () Int)
(declare-fun n () Int)
(declare-fun reduce0.sum.f16 (Int) Real)
(declare-fun reduce0.sum.f32 (Int) Real)
(declare-fun reduce0.sum.f64 (Int) Real)
(declare-fun reduce0.sum.i16 (Int) Int)
(declare-fun reduce0.sum.i32 (Int) Int)
(declare-fun reduce0.sum.i64 (Int) Int)
(declare-fun reduce0.sum.i8 (Int) Int)
(declare-fun reduce0.sum.u16 (Int) Int)
(declare-fun reduce0.sum.u32 (Int) Int)
(declare-fun reduce0.sum.u64 (Int) Int)
(declare-fun reduce0.sum.u8 (Int) Int)
(declare-fun reduce1.sum.f16 (Int) Real)
(declare-fun reduce1.sum.f32 (Int) Real)
(declare-fun reduce1.sum.f64 (Int) Real)
(declare-fun reduce1.sum.i16 (Int) Int)
(declare-fun reduce1.sum.i32 (Int) Int)
(declare-fun reduce1.sum.i64 (Int) Int)
(declare-fun reduce1.sum.i8 (Int) Int)
(declare-fun reduce1.sum.u16 (Int) Int)
(declare-fun reduce1.sum.u32 (Int) Int)
(declare-fun reduce1.sum.u64 (Int) Int)
(declare-fun reduce1.sum.u8 (Int) Int)
(declare-fun x.f16.r1 (Int) Real)
(declare-fun x.i16.r1 (Int) Int)
(declare-fun x.i32.r1 (Int) Int)
(declare-fun x.i64.r1 (Int) Int)
(declare-fun x.i8.r1 (Int) Int)
(declare-fun x.u16.r1 (Int) Int)
(declare-fun x.u32.r1 (Int) Int)
(declare-fun x.u64.r1 (Int) Int)
(declare-fun x.u8.r1 (Int) Int)
(declare-fun y.f16.r1 (Int) Real)
(declare-fun y.f32.r1 (Int) Real)
(declare-fun y.f64.r1 (Int) Real)
(declare-fun y.i16.r1 (Int) Int)
(declare-fun y.i32.r1 (Int) Int)
(declare-fun y.i64.r1 (Int) Int)
(declare-fun y.i8.r1 (Int) Int)
(declare-fun y.u16.r1 (Int) Int)
(declare-fun y.u32.r1 (Int) Int)
(declare-fun y.u64.r1 (Int) Int)
(declare-fun y.u8.r1 (Int) Int)
(assert
 (let ((?s1 (not true)))
 (let ((?s2 (and true true ?s1)))
 (let ((?s3 (and true true true ?s1)))
 (let ((?s4 (and true true true true ?s1)))
 (let ((?s5 (>= n 0)))
 (let ((?s6 (and (>= k~1!1 0) (< k~1!1 n))))
 (let ((?s7 (x.i8.r1 k~1!1)))
 (let ((?s8 (>= ?s7 (- 128))))
 (let ((?s9 (<= ?s7 127)))
 (let ((?s10 (y.i8.r1 k~1!1)))
 (let ((?s11 (>= ?s10 (- 128))))
 (let ((?s12 (<= ?s10 127)))
 (let ((?s13 (to_real ?s7)))
 (let ((?s14 (* 1.0 ?s13)))
 (let ((?s15 (to_real ?s10)))
 (let ((?s16 (* 1.0 ?s15)))
 (let ((?s17 (and true true true true true true (not (= 0.0 0.0)))))
 (let ((?s18 (= (reduce0.sum.i8 n) (reduce1.sum.i8 n))))
 (let ((?s19 (y.i16.r1 k~1!1)))
 (let ((?s20 (>= ?s19 (- 32768))))
 (let ((?s21 (<= ?s19 32767)))
 (let ((?s22 (to_real ?s19)))
 (let ((?s23 (* 1.0 ?s22)))
 (let ((?s24 (= (reduce0.sum.i16 n) (reduce1.sum.i16 n))))
 (let ((?s25 (and ?s5 true true true true true true ?s24 (not ?s24))))
 (let ((?s26 (y.i32.r1 k~1!1)))
 (let ((?s27 (>= ?s26 (- 2147483648))))
 (let ((?s28 (<= ?s26 2147483647)))
 (let ((?s29 (to_real ?s26)))
 (let ((?s30 (* 1.0 ?s29)))
 (let ((?s31 (= (reduce0.sum.i32 n) (reduce1.sum.i32 n))))
 (let ((?s32 (and ?s5 true true true true true true ?s31 (not ?s31))))
 (let ((?s33 (y.i64.r1 k~1!1)))
 (let ((?s34 (>= ?s33 (- 9223372036854775808))))
 (let ((?s35 (<= ?s33 9223372036854775807)))
 (let ((?s36 (to_real ?s33)))
 (let ((?s37 (* 1.0 ?s36)))
 (let ((?s38 (= (reduce0.sum.i64 n) (reduce1.sum.i64 n))))
 (let ((?s39 (and ?s5 true true true true true true ?s38 (not ?s38))))
 (let ((?s40 (y.u8.r1 k~1!1)))
 (let ((?s41 (>= ?s40 0)))
 (let ((?s42 (<= ?s40 255)))
 (let ((?s43 (to_real ?s40)))
 (let ((?s44 (* 1.0 ?s43)))
 (let ((?s45 (y.u16.r1 k~1!1)))
 (let ((?s46 (>= ?s45 0)))
 (let ((?s47 (<= ?s45 65535)))
 (let ((?s48 (to_real ?s45)))
 (let ((?s49 (* 1.0 ?s48)))
 (let ((?s50 (y.u32.r1 k~1!1)))
 (let ((?s51 (>= ?s50 0)))
 (let ((?s52 (<= ?s50 4294967295)))
 (let ((?s53 (to_real ?s50)))
 (let ((?s54 (* 1.0 ?s53)))
 (let ((?s55 (y.u64.r1 k~1!1)))
 (let ((?s56 (>= ?s55 0)))
 (let ((?s57 (<= ?s55 18446744073709551615)))
 (let ((?s58 (to_real ?s55)))
 (let ((?s59 (* 1.0 ?s58)))
 (let ((?s60 (= (reduce0.sum.f64 n) (reduce1.sum.f64 n))))
 (let ((?s61 (and ?s5 true true true true true true ?s60 (not ?s60))))
 (let ((?s62 (y.f16.r1 k~1!1)))
 (let ((?s63 (* 1.0 ?s62)))
 (let ((?s64 (= (reduce0.sum.f16 n) (reduce1.sum.f16 n))))
 (let ((?s65 (and ?s5 true true true true true true ?s64 (not ?s64))))
 (let ((?s66 (y.f32.r1 k~1!1)))
 (let ((?s67 (* 1.0 ?s66)))
 (let ((?s68 (= (reduce0.sum.f32 n) (reduce1.sum.f32 n))))
 (let ((?s69 (and ?s5 true true true true true true ?s68 (not ?s68))))
 (let ((?s70 (y.f64.r1 k~1!1)))
 (let ((?s71 (* 1.0 ?s70)))
 (let ((?s72 (x.i16.r1 k~1!1)))
 (let ((?s73 (>= ?s72 (- 32768))))
 (let ((?s74 (<= ?s72 32767)))
 (let ((?s75 (to_real ?s72)))
 (let ((?s76 (* 1.0 ?s75)))
 (let ((?s77 (x.i32.r1 k~1!1)))
 (let ((?s78 (>= ?s77 (- 2147483648))))
 (let ((?s79 (<= ?s77 2147483647)))
 (let ((?s80 (to_real ?s77)))
 (let ((?s81 (* 1.0 ?s80)))
 (let ((?s82 (x.i64.r1 k~1!1)))
 (let ((?s83 (>= ?s82 (- 9223372036854775808))))
 (let ((?s84 (<= ?s82 9223372036854775807)))
 (let ((?s85 (to_real ?s82)))
 (let ((?s86 (* 1.0 ?s85)))
 (let ((?s87 (x.u8.r1 k~1!1)))
 (let ((?s88 (>= ?s87 0)))
 (let ((?s89 (<= ?s87 255)))
 (let ((?s90 (to_real ?s87)))
 (let ((?s91 (* 1.0 ?s90)))
 (let ((?s92 (= (reduce0.sum.u8 n) (reduce1.sum.u8 n))))
 (let ((?s93 (= (reduce0.sum.u16 n) (reduce1.sum.u16 n))))
 (let ((?s94 (and ?s5 true true true true true true ?s93 (not ?s93))))
 (let ((?s95 (= (reduce0.sum.u32 n) (reduce1.sum.u32 n))))
 (let ((?s96 (and ?s5 true true true true true true ?s95 (not ?s95))))
 (let ((?s97 (= (reduce0.sum.u64 n) (reduce1.sum.u64 n))))
 (let ((?s98 (and ?s5 true true true true true true ?s97 (not ?s97))))
 (let ((?s99 (x.u16.r1 k~1!1)))
 (let ((?s100 (>= ?s99 0)))
 (let ((?s101 (<= ?s99 65535)))
 (let ((?s102 (to_real ?s99)))
 (let ((?s103 (* 1.0 ?s102)))
 (let ((?s104 (x.u32.r1 k~1!1)))
 (let ((?s105 (>= ?s104 0)))
 (let ((?s106 (<= ?s104 4294967295)))
 (let ((?s107 (to_real ?s104)))
 (let ((?s108 (* 1.0 ?s107)))
 (let ((?s109 (x.u64.r1 k~1!1)))
 (let ((?s110 (>= ?s109 0)))
 (let ((?s111 (<= ?s109 18446744073709551615)))
 (let ((?s112 (to_real ?s109)))
 (let ((?s113 (* 1.0 ?s112)))
 (let ((?s114 (x.f16.r1 k~1!1)))
 (let ((?s115 (* 1.0 ?s114)))
 (or ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s8 ?s9 ?s11 ?s12 ?s11 ?s12 ?s8 ?s9 (not (= (* ?s14 ?s15) (* ?s16 ?s13)))) ?s17 (and ?s5 true true true true true true ?s18 (not ?s18)) ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s8 ?s9 ?s20 ?s21 ?s20 ?s21 ?s8 ?s9 (not (= (* ?s14 ?s22) (* ?s23 ?s13)))) ?s17 ?s25 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s8 ?s9 ?s27 ?s28 ?s27 ?s28 ?s8 ?s9 (not (= (* ?s14 ?s29) (* ?s30 ?s13)))) ?s17 ?s32 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s8 ?s9 ?s34 ?s35 ?s34 ?s35 ?s8 ?s9 (not (= (* ?s14 ?s36) (* ?s37 ?s13)))) ?s17 ?s39 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s8 ?s9 ?s41 ?s42 ?s41 ?s42 ?s8 ?s9 (not (= (* ?s14 ?s43) (* ?s44 ?s13)))) ?s17 ?s25 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s8 ?s9 ?s46 ?s47 ?s46 ?s47 ?s8 ?s9 (not (= (* ?s14 ?s48) (* ?s49 ?s13)))) ?s17 ?s32 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s8 ?s9 ?s51 ?s52 ?s51 ?s52 ?s8 ?s9 (not (= (* ?s14 ?s53) (* ?s54 ?s13)))) ?s17 ?s39 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s8 ?s9 ?s56 ?s57 ?s56 ?s57 ?s8 ?s9 (not (= (* ?s14 ?s58) (* ?s59 ?s13)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s8 ?s9 ?s8 ?s9 (not (= (* ?s14 ?s62) (* ?s63 ?s13)))) ?s17 ?s65 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s8 ?s9 ?s8 ?s9 (not (= (* ?s14 ?s66) (* ?s67 ?s13)))) ?s17 ?s69 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s8 ?s9 ?s8 ?s9 (not (= (* ?s14 ?s70) (* ?s71 ?s13)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s73 ?s74 ?s11 ?s12 ?s11 ?s12 ?s73 ?s74 (not (= (* ?s76 ?s15) (* ?s16 ?s75)))) ?s17 ?s25 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s73 ?s74 ?s20 ?s21 ?s20 ?s21 ?s73 ?s74 (not (= (* ?s76 ?s22) (* ?s23 ?s75)))) ?s17 ?s25 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s73 ?s74 ?s27 ?s28 ?s27 ?s28 ?s73 ?s74 (not (= (* ?s76 ?s29) (* ?s30 ?s75)))) ?s17 ?s32 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s73 ?s74 ?s34 ?s35 ?s34 ?s35 ?s73 ?s74 (not (= (* ?s76 ?s36) (* ?s37 ?s75)))) ?s17 ?s39 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s73 ?s74 ?s41 ?s42 ?s41 ?s42 ?s73 ?s74 (not (= (* ?s76 ?s43) (* ?s44 ?s75)))) ?s17 ?s25 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s73 ?s74 ?s46 ?s47 ?s46 ?s47 ?s73 ?s74 (not (= (* ?s76 ?s48) (* ?s49 ?s75)))) ?s17 ?s32 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s73 ?s74 ?s51 ?s52 ?s51 ?s52 ?s73 ?s74 (not (= (* ?s76 ?s53) (* ?s54 ?s75)))) ?s17 ?s39 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s73 ?s74 ?s56 ?s57 ?s56 ?s57 ?s73 ?s74 (not (= (* ?s76 ?s58) (* ?s59 ?s75)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s73 ?s74 ?s73 ?s74 (not (= (* ?s76 ?s62) (* ?s63 ?s75)))) ?s17 ?s69 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s73 ?s74 ?s73 ?s74 (not (= (* ?s76 ?s66) (* ?s67 ?s75)))) ?s17 ?s69 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s73 ?s74 ?s73 ?s74 (not (= (* ?s76 ?s70) (* ?s71 ?s75)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s78 ?s79 ?s11 ?s12 ?s11 ?s12 ?s78 ?s79 (not (= (* ?s81 ?s15) (* ?s16 ?s80)))) ?s17 ?s32 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s78 ?s79 ?s20 ?s21 ?s20 ?s21 ?s78 ?s79 (not (= (* ?s81 ?s22) (* ?s23 ?s80)))) ?s17 ?s32 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s78 ?s79 ?s27 ?s28 ?s27 ?s28 ?s78 ?s79 (not (= (* ?s81 ?s29) (* ?s30 ?s80)))) ?s17 ?s32 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s78 ?s79 ?s34 ?s35 ?s34 ?s35 ?s78 ?s79 (not (= (* ?s81 ?s36) (* ?s37 ?s80)))) ?s17 ?s39 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s78 ?s79 ?s41 ?s42 ?s41 ?s42 ?s78 ?s79 (not (= (* ?s81 ?s43) (* ?s44 ?s80)))) ?s17 ?s32 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s78 ?s79 ?s46 ?s47 ?s46 ?s47 ?s78 ?s79 (not (= (* ?s81 ?s48) (* ?s49 ?s80)))) ?s17 ?s32 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s78 ?s79 ?s51 ?s52 ?s51 ?s52 ?s78 ?s79 (not (= (* ?s81 ?s53) (* ?s54 ?s80)))) ?s17 ?s39 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s78 ?s79 ?s56 ?s57 ?s56 ?s57 ?s78 ?s79 (not (= (* ?s81 ?s58) (* ?s59 ?s80)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s78 ?s79 ?s78 ?s79 (not (= (* ?s81 ?s62) (* ?s63 ?s80)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s78 ?s79 ?s78 ?s79 (not (= (* ?s81 ?s66) (* ?s67 ?s80)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s78 ?s79 ?s78 ?s79 (not (= (* ?s81 ?s70) (* ?s71 ?s80)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s83 ?s84 ?s11 ?s12 ?s11 ?s12 ?s83 ?s84 (not (= (* ?s86 ?s15) (* ?s16 ?s85)))) ?s17 ?s39 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s83 ?s84 ?s20 ?s21 ?s20 ?s21 ?s83 ?s84 (not (= (* ?s86 ?s22) (* ?s23 ?s85)))) ?s17 ?s39 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s83 ?s84 ?s27 ?s28 ?s27 ?s28 ?s83 ?s84 (not (= (* ?s86 ?s29) (* ?s30 ?s85)))) ?s17 ?s39 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s83 ?s84 ?s34 ?s35 ?s34 ?s35 ?s83 ?s84 (not (= (* ?s86 ?s36) (* ?s37 ?s85)))) ?s17 ?s39 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s83 ?s84 ?s41 ?s42 ?s41 ?s42 ?s83 ?s84 (not (= (* ?s86 ?s43) (* ?s44 ?s85)))) ?s17 ?s39 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s83 ?s84 ?s46 ?s47 ?s46 ?s47 ?s83 ?s84 (not (= (* ?s86 ?s48) (* ?s49 ?s85)))) ?s17 ?s39 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s83 ?s84 ?s51 ?s52 ?s51 ?s52 ?s83 ?s84 (not (= (* ?s86 ?s53) (* ?s54 ?s85)))) ?s17 ?s39 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s83 ?s84 ?s56 ?s57 ?s56 ?s57 ?s83 ?s84 (not (= (* ?s86 ?s58) (* ?s59 ?s85)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s83 ?s84 ?s83 ?s84 (not (= (* ?s86 ?s62) (* ?s63 ?s85)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s83 ?s84 ?s83 ?s84 (not (= (* ?s86 ?s66) (* ?s67 ?s85)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s83 ?s84 ?s83 ?s84 (not (= (* ?s86 ?s70) (* ?s71 ?s85)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s88 ?s89 ?s11 ?s12 ?s11 ?s12 ?s88 ?s89 (not (= (* ?s91 ?s15) (* ?s16 ?s90)))) ?s17 ?s25 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s88 ?s89 ?s20 ?s21 ?s20 ?s21 ?s88 ?s89 (not (= (* ?s91 ?s22) (* ?s23 ?s90)))) ?s17 ?s25 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s88 ?s89 ?s27 ?s28 ?s27 ?s28 ?s88 ?s89 (not (= (* ?s91 ?s29) (* ?s30 ?s90)))) ?s17 ?s32 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s88 ?s89 ?s34 ?s35 ?s34 ?s35 ?s88 ?s89 (not (= (* ?s91 ?s36) (* ?s37 ?s90)))) ?s17 ?s39 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s88 ?s89 ?s41 ?s42 ?s41 ?s42 ?s88 ?s89 (not (= (* ?s91 ?s43) (* ?s44 ?s90)))) ?s17 (and ?s5 true true true true true true ?s92 (not ?s92)) ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s88 ?s89 ?s46 ?s47 ?s46 ?s47 ?s88 ?s89 (not (= (* ?s91 ?s48) (* ?s49 ?s90)))) ?s17 ?s94 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s88 ?s89 ?s51 ?s52 ?s51 ?s52 ?s88 ?s89 (not (= (* ?s91 ?s53) (* ?s54 ?s90)))) ?s17 ?s96 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s88 ?s89 ?s56 ?s57 ?s56 ?s57 ?s88 ?s89 (not (= (* ?s91 ?s58) (* ?s59 ?s90)))) ?s17 ?s98 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s88 ?s89 ?s88 ?s89 (not (= (* ?s91 ?s62) (* ?s63 ?s90)))) ?s17 ?s65 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s88 ?s89 ?s88 ?s89 (not (= (* ?s91 ?s66) (* ?s67 ?s90)))) ?s17 ?s69 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s88 ?s89 ?s88 ?s89 (not (= (* ?s91 ?s70) (* ?s71 ?s90)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s100 ?s101 ?s11 ?s12 ?s11 ?s12 ?s100 ?s101 (not (= (* ?s103 ?s15) (* ?s16 ?s102)))) ?s17 ?s32 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s100 ?s101 ?s20 ?s21 ?s20 ?s21 ?s100 ?s101 (not (= (* ?s103 ?s22) (* ?s23 ?s102)))) ?s17 ?s32 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s100 ?s101 ?s27 ?s28 ?s27 ?s28 ?s100 ?s101 (not (= (* ?s103 ?s29) (* ?s30 ?s102)))) ?s17 ?s32 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s100 ?s101 ?s34 ?s35 ?s34 ?s35 ?s100 ?s101 (not (= (* ?s103 ?s36) (* ?s37 ?s102)))) ?s17 ?s39 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s100 ?s101 ?s41 ?s42 ?s41 ?s42 ?s100 ?s101 (not (= (* ?s103 ?s43) (* ?s44 ?s102)))) ?s17 ?s94 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s100 ?s101 ?s46 ?s47 ?s46 ?s47 ?s100 ?s101 (not (= (* ?s103 ?s48) (* ?s49 ?s102)))) ?s17 ?s94 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s100 ?s101 ?s51 ?s52 ?s51 ?s52 ?s100 ?s101 (not (= (* ?s103 ?s53) (* ?s54 ?s102)))) ?s17 ?s96 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s100 ?s101 ?s56 ?s57 ?s56 ?s57 ?s100 ?s101 (not (= (* ?s103 ?s58) (* ?s59 ?s102)))) ?s17 ?s98 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s100 ?s101 ?s100 ?s101 (not (= (* ?s103 ?s62) (* ?s63 ?s102)))) ?s17 ?s69 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s100 ?s101 ?s100 ?s101 (not (= (* ?s103 ?s66) (* ?s67 ?s102)))) ?s17 ?s69 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s100 ?s101 ?s100 ?s101 (not (= (* ?s103 ?s70) (* ?s71 ?s102)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s105 ?s106 ?s11 ?s12 ?s11 ?s12 ?s105 ?s106 (not (= (* ?s108 ?s15) (* ?s16 ?s107)))) ?s17 ?s39 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s105 ?s106 ?s20 ?s21 ?s20 ?s21 ?s105 ?s106 (not (= (* ?s108 ?s22) (* ?s23 ?s107)))) ?s17 ?s39 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s105 ?s106 ?s27 ?s28 ?s27 ?s28 ?s105 ?s106 (not (= (* ?s108 ?s29) (* ?s30 ?s107)))) ?s17 ?s39 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s105 ?s106 ?s34 ?s35 ?s34 ?s35 ?s105 ?s106 (not (= (* ?s108 ?s36) (* ?s37 ?s107)))) ?s17 ?s39 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s105 ?s106 ?s41 ?s42 ?s41 ?s42 ?s105 ?s106 (not (= (* ?s108 ?s43) (* ?s44 ?s107)))) ?s17 ?s96 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s105 ?s106 ?s46 ?s47 ?s46 ?s47 ?s105 ?s106 (not (= (* ?s108 ?s48) (* ?s49 ?s107)))) ?s17 ?s96 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s105 ?s106 ?s51 ?s52 ?s51 ?s52 ?s105 ?s106 (not (= (* ?s108 ?s53) (* ?s54 ?s107)))) ?s17 ?s96 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s105 ?s106 ?s56 ?s57 ?s56 ?s57 ?s105 ?s106 (not (= (* ?s108 ?s58) (* ?s59 ?s107)))) ?s17 ?s98 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s105 ?s106 ?s105 ?s106 (not (= (* ?s108 ?s62) (* ?s63 ?s107)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s105 ?s106 ?s105 ?s106 (not (= (* ?s108 ?s66) (* ?s67 ?s107)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s105 ?s106 ?s105 ?s106 (not (= (* ?s108 ?s70) (* ?s71 ?s107)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s110 ?s111 ?s11 ?s12 ?s11 ?s12 ?s110 ?s111 (not (= (* ?s113 ?s15) (* ?s16 ?s112)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s110 ?s111 ?s20 ?s21 ?s20 ?s21 ?s110 ?s111 (not (= (* ?s113 ?s22) (* ?s23 ?s112)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s110 ?s111 ?s27 ?s28 ?s27 ?s28 ?s110 ?s111 (not (= (* ?s113 ?s29) (* ?s30 ?s112)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s110 ?s111 ?s34 ?s35 ?s34 ?s35 ?s110 ?s111 (not (= (* ?s113 ?s36) (* ?s37 ?s112)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s110 ?s111 ?s41 ?s42 ?s41 ?s42 ?s110 ?s111 (not (= (* ?s113 ?s43) (* ?s44 ?s112)))) ?s17 ?s98 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s110 ?s111 ?s46 ?s47 ?s46 ?s47 ?s110 ?s111 (not (= (* ?s113 ?s48) (* ?s49 ?s112)))) ?s17 ?s98 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s110 ?s111 ?s51 ?s52 ?s51 ?s52 ?s110 ?s111 (not (= (* ?s113 ?s53) (* ?s54 ?s112)))) ?s17 ?s98 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s110 ?s111 ?s56 ?s57 ?s56 ?s57 ?s110 ?s111 (not (= (* ?s113 ?s58) (* ?s59 ?s112)))) ?s17 ?s98 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s110 ?s111 ?s110 ?s111 (not (= (* ?s113 ?s62) (* ?s63 ?s112)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s110 ?s111 ?s110 ?s111 (not (= (* ?s113 ?s66) (* ?s67 ?s112)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s110 ?s111 ?s110 ?s111 (not (= (* ?s113 ?s70) (* ?s71 ?s112)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s11 ?s12 ?s11 ?s12 (not (= (* ?s115 ?s15) (* ?s16 ?s114)))) ?s17 ?s65 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s20 ?s21 ?s20 ?s21 (not (= (* ?s115 ?s22) (* ?s23 ?s114)))) ?s17 ?s69 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s27 ?s28 ?s27 ?s28 (not (= (* ?s115 ?s29) (* ?s30 ?s114)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s34 ?s35 ?s34 ?s35 (not (= (* ?s115 ?s36) (* ?s37 ?s114)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s41 ?s42 ?s41 ?s42 (not (= (* ?s115 ?s43) (* ?s44 ?s114)))) ?s17 ?s65 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s46 ?s47 ?s46 ?s47 (not (= (* ?s115 ?s48) (* ?s49 ?s114)))) ?s17 ?s69 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s51 ?s52 ?s51 ?s52 (not (= (* ?s115 ?s53) (* ?s54 ?s114)))) ?s17 ?s61 ?s2 ?s3 ?s4 (and ?s5 true true true true true true ?s6 ?s56 ?s57 ?s56 ?s57 (not (= (* ?s115 ?s58) (* ?s59 ?s114)))) ?s17 ?s61)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
