/**
 * A test fixture, not a shipped example: the government of Sudan and the Sudan People's Liberation Movement/Army from
 * the Nuba Mountains ceasefire (Bürgenstock, 19 January 2002) through the IGAD talks of 2002–03, as an analyst
 * following the news could have recorded them — the Nuba ceasefire and the violations the SPLM alleged, the fighting
 * of 2002 outside the Nuba Mountains (the shelling alleged in Western Upper Nile in April, the SPLA's capture of
 * Kapoeta in June), the Machakos talks and the Machakos Protocol (20 July 2002: self-determination for the south
 * after six years, sharia in the north), the first meeting of Bashir and Garang (Kampala, 27 July), the SPLA's
 * capture of Torit (1 September) and the government's suspension of the talks, its offensive to retake the town
 * (Lafon, Khor Inglizi) and the recapture (8 October), the resumed talks and the memorandum of understanding on the
 * cessation of hostilities (signed 15 October, in force 17 October, extended through 2003), the violations alleged
 * (Akobo, Tam and Reang, the offensive around Leer, the attacks out of Mankien), the addendum of 4 February 2003 and
 * its Verification and Monitoring Team, the second Bashir–Garang meeting (Nairobi, 2 April 2003), the Nakuru draft
 * rejected by Khartoum (July 2003), the suspension of the Nanyuki session (23 August), the Naivasha talks between
 * First Vice-President Taha and Garang from 4 September and the agreement on security arrangements (25 September),
 * and the rounds and extensions to the end of 2003. Escalation model v2 was never tuned on it: it is the case the
 * model is held to in sudan-splm-2002.spec.ts, against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * Separate from south-sudan-2013.ts, sudan-south-sudan-2012.ts and sudan-jeddah-2023.ts: none of them records any of
 * this case's developments (they begin in 2012 or later).
 *
 * The parties are the government of Sudan and the SPLM/A. The mediator is IGAD (its special envoy, the Kenyan
 * General Lazaro Sumbeiywo). Switzerland co-chaired the Bürgenstock talks on the Nuba ceasefire with the United
 * States (registered as a mediator of that ceasefire). The United States, the United Kingdom and Norway (the troika)
 * are observers; Uganda (President Museveni hosted the Kampala meeting) and Kenya (President Kibaki hosted the Nairobi
 * meeting) are third parties. The South Sudan Liberation Movement/Army (a pro-government militia) is a spoiler: its
 * capture of Akobo is its own act, not the pair's (see below). The International Crisis Group, whose statement of 6
 * March 2003 is the source of the February attacks, is not registered: it is cited, not an actor.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. Recorded after the fact, from sources read all at once
 * (`retrospectiveClock`), each development dated when it happened.
 *
 * Grading as in examples/README.md: B = an established outlet (AP, VOA, the BBC, Al Jazeera, IRIN — the UN's news
 * agency, now The New Humanitarian —, the Mail & Guardian's AFP copy, allAfrica, the PA-X agreements database for the
 * agreements' texts, the Norwegian foreign ministry); C = a copy of a wire story on an archive or aggregator site
 * (occasionalwitness, Sudan Tribune's AFP and Reuters copies, globalsecurity, islamweb, peacelink, rantburg, a BBC
 * mirror), a defence-news digest (StrategyPage), a party's press release (the SPLM's, on Gurtong), a partisan outlet
 * (World Tribune, Eric Reeves); 2 = several sources agree or one established source reports it; 3 = one side's
 * claim, or a count or date the sources disagree on.
 *
 * Judgement calls, recorded as an analyst would:
 * - Places, one way each: "Torit" (the town and the fighting around it), "Lafon", "Khor Inglizi (Torit–Juba road)",
 *   "Kapoeta", "Mankien (Western Upper Nile)", "Leer (Western Upper Nile)", "Akobo", "Tam (Western Upper Nile)",
 *   "Reang (Upper Nile)", "Tasare (Nuba Mountains)"; the shelling of villages alleged in April 2002 is "Western Upper
 *   Nile" (no village named).
 * - The Nuba Mountains ceasefire (19 January 2002) is a `partial` ceasefire (the Nuba Mountains only), for six
 *   months renewable; Nuba Survival reports it renewed twice (the second renewal to 19 July 2003), but no source read
 *   dates the first renewal, so it is recorded ending by its term (19 July 2002) and the renewals are not recorded.
 *   The SPLA held, and the sources agree, that no ceasefire covered the south or the east before October 2002
 *   (StrategyPage, 13 June 2002).
 * - The capture of Torit: the BBC and VOA date it Sunday 1 September, Nuba Survival 30 August; recorded on 1
 *   September, with the two days of shelling the army alleged (the SPLA denied it) dated 31 August, approximate. The
 *   toll is not given (a government doctor killed; StrategyPage "many rebels" killed by the army's account): no
 *   fatalities recorded.
 * - The government's offensive to retake Torit: the SPLM's press release of 28 September claims 250 government
 *   soldiers killed at Lafon (25 September) and more than 800 at Khor Inglizi (27 September: 300 of a Mujahidiin
 *   battalion and more than 500 in six waves of frontal attacks), graded 3 (one side's claim). World Tribune (30
 *   September) reports the SPLA's claim of more than 1,000 killed in "nearly a week of heavy fighting" and calls it
 *   "Khartoum's biggest offensive since 1999": the Khor Inglizi fighting is recorded `scale: 'major'` on those words.
 *   The recapture of Torit (8 October) is `scale: 'major'` on IRIN's "the government offensive was continuing" and
 *   VOA's "after two weeks of heavy fighting". Kapoeta (9 June 2002) is not marked: the sources call it a "surprise
 *   attack" and a "lightning attack"; its toll (200 government soldiers and 13 SPLA killed, the SPLA's count) is
 *   recorded.
 * - The suspension of 4 October: IGAD announced that both parties agreed to resume on 14 October and to cease
 *   hostilities for the duration of the talks (the BBC speaks of a memorandum signed then; the text the PA-X database
 *   holds is dated 15 October). Recorded as IGAD's announcement (a mediation `proposed`, the round scheduled), the
 *   talks resumed on 14 October, the memorandum signed on 15 October (`AgreementReached`, kind ceasefire) and the
 *   cessation of hostilities declared when it entered into force, 17 October (the date the Norwegian foreign ministry
 *   gives), for the duration of the talks then scheduled to the end of 2002 (IRIN), recorded `temporary` until 31
 *   December 2002, then extended (18 November 2002 to 31 March 2003; 17 March 2003 to 30 June; 30 June to 30
 *   September; in September, undated, to 30 November; 28 November to 31 January 2004).
 * - Akobo: the government says the SPLA retook the town on 19 October 2002 in breach of the memorandum (IRIN, 4
 *   February 2003): recorded as the SPLA's clash, alleged by the government, and the government's allegation of a
 *   violation, no casualties given. Its capture on 31 January 2003 by the South Sudan Liberation Movement/Army, a
 *   pro-government militia, "assisted by helicopter gunships" (the SPLA's spokesman) is recorded as the militia's
 *   clash against the SPLA (the source names no government unit): not armed action between the pair.
 * - The attacks on Tam and Reang that the SPLM alleged on 31 December 2002 ("repulsed") are dated to that day,
 *   approximate, one clash a place, alleged by the SPLM, with its allegation of a violation.
 * - The government's offensive in Western Upper Nile in January 2003 (StrategyPage, 29 January: "intense fighting"
 *   around Leer on 26–27 January, the SPLA abandoning the town "under heavy shelling", "five major towns" retaken
 *   since 31 December) is one clash at Leer on 27 January, `scale: 'major'` on the source's "government offensive";
 *   the five towns are not named by the source and are not recorded. The SPLM's walkout (27 January) and return (28
 *   January) are `TalksSuspended` / `TalksResumed`.
 * - The attacks of 13–22 February 2003 out of Mankien (the ICG statement, via IRIN): "government forces and
 *   government-sponsored militias", recorded as the government's clash at Mankien on 22 February, alleged (graded 3,
 *   a non-party's report of what the CPMT and its own sources saw). The December and January attacks the ICG cites
 *   are not dated and are not recorded.
 * - The Machakos Protocol (20 July 2002) and the security arrangements agreement (25 September 2003) are recorded
 *   as signed (`framework`, `partial`), as their texts say; the memorandum on aspects of the structures of government
 *   (18 November 2002) as a `partial` agreement signed. The addendum of 4 February 2003 is an agreement (kind
 *   ceasefire, signed) and an extension of the cessation of hostilities (the Verification and Monitoring Team), one
 *   occurrence.
 * - The Nakuru draft: presented by Sumbeiywo in early July 2003 (Reeves, 24 July: "two weeks ago"), recorded as
 *   IGAD's proposal and the demand that it be the basis of the talks, dated 10 July, approximate; the government's
 *   written comments of 11 July reject it; the SPLM accepts it as the basis of negotiation (Reeves, 24 July).
 *   Bashir's "go to hell" (allAfrica, 4 September) is undated in the source and is not recorded as an act of its own.
 * - The Nanyuki session ended on 23 August 2003: AFP says "suspended ... after the government objected to a draft
 *   document", the SPLM that the government "requested for a break" (an undated SPLM statement, not cited); the government's Foreign Minister spoke of the
 *   talks resuming on 10 September (allAfrica). Recorded as `TalksSuspended` by the government, `temporary` (a break
 *   with the next round set, by the government's own account — first recorded without it, see the spec), resumed on
 *   4 September when Taha and Garang met at Naivasha.
 * - Bashir's words at Kassala ("the barrel of the gun" if the negotiations fail), reported by IRIN on 2 January 2003
 *   as said "at the weekend", are dated 28 December 2002, approximate, `military-threat`.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'sudan-splm-2002';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2004);
const when = retrospectiveClock('2004-01-05T09:00:00Z');

const SUDAN: Actor = {
  id: 'sudan',
  name: 'Government of Sudan',
  kind: 'state',
  aliases: ['Khartoum', 'Republic of the Sudan', 'GOS'],
};
const SPLM: Actor = {
  id: 'splm',
  name: "Sudan People's Liberation Movement/Army",
  kind: 'armed-group',
  aliases: ['SPLM/A', 'SPLA', 'SPLM', 'SPLM/Nuba'],
};
const IGAD: Actor = {
  id: 'igad',
  name: 'Inter-Governmental Authority on Development',
  kind: 'international-organisation',
  aliases: ['IGAD', 'IGAD Secretariat on Peace in the Sudan'],
};
const SWITZERLAND: Actor = { id: 'switzerland', name: 'Switzerland', kind: 'state', aliases: ['Swiss Confederation'] };
const US: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington', 'US'] };
const UK: Actor = { id: 'united-kingdom', name: 'United Kingdom', kind: 'state', aliases: ['London', 'UK'] };
const NORWAY: Actor = { id: 'norway', name: 'Norway', kind: 'state', aliases: ['Oslo'] };
const UGANDA: Actor = { id: 'uganda', name: 'Uganda', kind: 'state', aliases: ['Kampala'] };
const KENYA: Actor = { id: 'kenya', name: 'Kenya', kind: 'state', aliases: ['Nairobi'] };
const SSLM: Actor = {
  id: 'sslm',
  name: 'South Sudan Liberation Movement/Army',
  kind: 'armed-group',
  aliases: ['SSLM/A'],
};

const BASHIR: Person = { name: 'Omar Hassan al-Bashir', title: 'President of Sudan', actorId: 'sudan' };
const TAHA: Person = { name: 'Ali Osman Mohamed Taha', title: 'First Vice-President of Sudan', actorId: 'sudan' };
const GHAZI: Person = { name: 'Ghazi Salah Eddin Atabani', title: 'Presidential Peace Adviser', actorId: 'sudan' };
const DIRDEIRY: Person = {
  name: 'Muhammad Ahmad Dirdeiry',
  title: "Chargé d'affaires, Sudanese embassy in Nairobi",
  actorId: 'sudan',
};
const ARMY_SPOKESMAN: Person = {
  name: 'Maj. Gen. Muhammad Bashir Sulayman',
  title: 'Spokesman, Sudanese armed forces',
  actorId: 'sudan',
};
const GARANG: Person = { name: 'John Garang de Mabior', title: 'Chairman, SPLM/A', actorId: 'splm' };
const KWAJE: Person = { name: 'Samson Kwaje', title: 'Spokesman, SPLM/A', actorId: 'splm' };
const AROP: Person = { name: 'Justin Arop', title: 'Spokesman, SPLM/A', actorId: 'splm' };
const SPLM_STATEMENT: Person = { name: 'SPLM/A (statement)', actorId: 'splm' };
const BOUCHER: Person = { name: 'Richard Boucher', title: 'Spokesman, US State Department', actorId: 'united-states' };

const S = {
  afp20020119: source(
    'Sudanese government, rebels sign ceasefire for Nuba region (AFP, 19 January 2002)',
    'occasionalwitness.com (AFP copy)',
    'https://occasionalwitness.com/Articles/20020119c.htm',
    '2002-01-19',
    'C',
    2,
  ),
  afp20020119b: source(
    'Khartoum says Nuba ceasefire a step towards peace with rebels (AFP, 19 January 2002)',
    'occasionalwitness.com (AFP copy)',
    'https://occasionalwitness.com/Articles/20020119a.htm',
    '2002-01-19',
    'C',
    2,
  ),
  pax470: source(
    'Nuba Mountains Ceasefire Agreement on Sudan',
    'PA-X Peace Agreements Database (University of Edinburgh)',
    'https://pax.peaceagreements.org/agreements/local/470',
    '2002-01-19',
    'B',
    2,
  ),
  irin20020207: source(
    'SPLM/A alleges cease-fire violations in Nuba (IRIN, 7 February 2002)',
    'occasionalwitness.com (IRIN copy)',
    'https://occasionalwitness.com/Articles/20020207a.htm',
    '2002-02-07',
    'C',
    2,
  ),
  sp20020419: source(
    'Sudan: April 19, 2002',
    'StrategyPage',
    'https://strategypage.com/qnd/sudan/articles/20020419.aspx',
    '2002-04-19',
    'C',
    3,
  ),
  mg20020610: source(
    'Sudan rebels seize government-held town (AFP)',
    'Mail & Guardian',
    'https://mg.co.za/article/2002-06-10-sudan-rebels-seize-governmentheld-town/',
    '2002-06-10',
    'B',
    2,
  ),
  sp20020613: source(
    'Sudan: June 13, 2002',
    'StrategyPage',
    'https://m.strategypage.com/qnd/sudan/articles/20020613.aspx',
    '2002-06-13',
    'C',
    3,
  ),
  sp20020620: source(
    'Sudan: June 20, 2002',
    'StrategyPage',
    'https://strategypage.com/qnd/sudan/articles/20020620.aspx',
    '2002-06-20',
    'C',
    2,
  ),
  pax440: source(
    'Machakos Protocol',
    'PA-X Peace Agreements Database (University of Edinburgh)',
    'https://www.peaceagreements.org/wview/440/Machakos%20Protocol',
    '2002-07-20',
    'B',
    2,
  ),
  voa20020727: source(
    'Sudanese President Holds Landmark Meeting With Rebel Leader',
    'Voice of America',
    'https://www.voanews.com/a/a-13-a-2002-07-27-21-sudanese/297050.html',
    '2002-07-27',
    'B',
    2,
  ),
  gurtong20020727: source(
    'Dr. Garang Meets Omar El-Bashir in Kampala (SPLM statement, 27 July 2002)',
    'Gurtong',
    'http://www.gurtong.net/ECM/Editorial/tabid/124/ctl/ArticleView/mid/519/articleId/2352/categoryId/127/Dr-Garang-Meets-Omar-El-Bashir-in-Kampala.aspx',
    '2002-07-27',
    'C',
    2,
  ),
  islamweb20020727: source(
    'A Landmark Encounter Between Sudanese President Al-Bashir & Rebel Leader Garang (Reuters)',
    'IslamWeb (Reuters copy)',
    'https://islamweb.net/amp/en/article/19602',
    '2002-07-27',
    'C',
    2,
  ),
  bbc20020902: source(
    'Sudanese rebels take Torit',
    'BBC News (mirror)',
    'https://bbctodays.pages.dev/2/low/africa/2230475.stm',
    '2002-09-02',
    'C',
    2,
  ),
  voa20020902: source(
    'Sudan Breaks Off Peace Talks with Rebels',
    'Voice of America',
    'https://www.voanews.com/a/a-13-a-2002-09-02-20-sudan-67438837/384591.html',
    '2002-09-02',
    'B',
    2,
  ),
  ap20020902: source(
    'Sudan suspending peace talks with rebels, cites takeover of southern town (AP)',
    'IslamWeb (AP copy)',
    'http://tube.islamweb.org/en/hajj/article/28677/sudan-suspending-peace-talks-with-rebels-cites-takeover-of-southern-of-southern-town',
    '2002-09-02',
    'C',
    2,
  ),
  irin20020903: source(
    'Talks crisis deepens',
    'IRIN',
    'http://www.irinnews.org/report/34106/sudan-talks-crisis-deepens',
    '2002-09-03',
    'B',
    2,
  ),
  sp20020906: source(
    'Sudan: September 6, 2002',
    'StrategyPage',
    'https://api.strategypage.com/qnd/sudan/articles/20020906.aspx',
    '2002-09-06',
    'C',
    2,
  ),
  sp20020909: source(
    'Sudan: September 9, 2002',
    'StrategyPage',
    'https://strategypage.com/qnd/sudan/articles/20020909.aspx',
    '2002-09-09',
    'C',
    2,
  ),
  gurtong20020928: source(
    'SPLA Defeat GoS Forces On Juba-Torit And Juba - Lafon Roads (SPLM press release)',
    'Gurtong',
    'http://www.gurtong.net/ECM/Editorial/tabid/124/ctl/ArticleView/mid/519/articleId/2379/categoryId/120/SPLA-Defeat-GoS-Forces-On-Juba-Torit-And-Juba--Lafon-Roads.aspx',
    '2002-09-28',
    'C',
    3,
  ),
  wt20020930: source(
    'Rebels claim heavy government losses in fighting',
    'World Tribune (Middle East Newsline)',
    'https://www.worldtribune.com/worldtribune/WTARC/2002/af_sudan_09_30.html',
    '2002-09-30',
    'C',
    3,
  ),
  bbc20021004: source(
    'Sudan peace talks to resume',
    'BBC News',
    'http://news.bbc.co.uk/1/hi/world/africa/2300095.stm',
    '2002-10-04',
    'B',
    2,
  ),
  irin20021008: source(
    'Government claims recapture of Torit',
    'IRIN (The New Humanitarian)',
    'https://www.thenewhumanitarian.org/report/35025/sudan-government-claims-recapture-torit',
    '2002-10-08',
    'B',
    2,
  ),
  voa20021010: source(
    'Sudan Government, Rebels to Sign at Least Partial Cease-Fire',
    'Voice of America',
    'https://www.voanews.com/a/a-13-a-2002-10-10-41-sudan/391958.html',
    '2002-10-10',
    'B',
    2,
  ),
  peacelink20021015: source(
    'Back to the table (News from Africa, 15 September – 15 October 2002)',
    'News from Africa (PeaceLink copy)',
    'https://africa.peacelink.org/newsfromafrica/articles/art_543.html',
    '2002-10-15',
    'C',
    2,
  ),
  pax453: source(
    "Memorandum of Understanding on Cessation of Hostilities between the Government of the Sudan and the Sudan People's Liberation Movement/Army",
    'PA-X Peace Agreements Database (University of Edinburgh)',
    'https://pax.peaceagreements.org/agreements/453',
    '2002-10-15',
    'B',
    2,
  ),
  irin20021118: source(
    'Government and rebels extend truce',
    'IRIN',
    'http://www.irinnews.org/report/37586/sudan-government-and-rebels-extend-truce',
    '2002-11-18',
    'B',
    2,
  ),
  irin20030102: source(
    'SUDAN: Sides accuse each other of violating peace deal (IRIN, 2 January 2003)',
    'GlobalSecurity.org (IRIN copy)',
    'https://www.globalsecurity.org/military/library/news/2003/01/mil-030102-irin05.htm',
    '2003-01-02',
    'C',
    2,
  ),
  sp20030129: source(
    'Sudan: January 29, 2003',
    'StrategyPage',
    'https://m.strategypage.com/qnd/sudan/articles/20030129.aspx',
    '2003-01-29',
    'C',
    2,
  ),
  irin20030204: source(
    'Sudan: Government, rebels sign new MOU on cessation of hostilities',
    'IRIN (ReliefWeb)',
    'https://reliefweb.int/report/sudan/sudan-government-rebels-sign-new-mou-cessation-hostilities',
    '2003-02-04',
    'B',
    2,
  ),
  pax461: source(
    "Addendum to the Memorandum of Understanding on Cessation of Hostilities between the Govt of Sudan and the Sudan People's Liberation Movement/Army",
    'PA-X Peace Agreements Database (University of Edinburgh)',
    'https://pax.peaceagreements.org/agreements/461',
    '2003-02-04',
    'B',
    2,
  ),
  irin20030307: source(
    'Sudan: Government accused of violating ceasefire agreement',
    'IRIN (ReliefWeb)',
    'https://reliefweb.int/report/sudan/sudan-government-accused-violating-ceasefire-agreement',
    '2003-03-07',
    'B',
    3,
  ),
  norway20030318: source(
    'Extension of the MoU on Cessation of Hostilities and unimpeded access for humanitarian assistance to Sudan',
    'Norwegian Ministry of Foreign Affairs',
    'https://regjeringen.no/en/historical-archive/Bondeviks-2nd-Government/ministry-of-foreign-affairs/Nyheter-og-pressemeldinger/2003/extension_of_the_mou_on_cessation/id250496',
    '2003-03-18',
    'B',
    2,
  ),
  voa20030402: source(
    'Sudan President, Rebel Leader Discuss Upcoming Peace Talks',
    'Voice of America',
    'https://www.voanews.com/a/a-13-a-2003-04-02-44-sudan-67458997/385504.html',
    '2003-04-02',
    'B',
    2,
  ),
  irin20030630: source(
    'Cessation of hostilities agreement renewed',
    'IRIN (The New Humanitarian)',
    'https://www.thenewhumanitarian.org/report/44628/sudan-cessation-hostilities-agreement-renewed',
    '2003-06-30',
    'B',
    2,
  ),
  gos20030711: source(
    'GOS Response to the Nakuru Draft Framework (comments of the GOS delegation, 11 July 2003)',
    'occasionalwitness.com (copy)',
    'https://occasionalwitness.com/Articles/20030711b.htm',
    '2003-07-11',
    'C',
    2,
  ),
  reeves20030724: source(
    'Who supports the Nakuru Draft Framework Agreement? No time for expedient ambiguity',
    'Eric Reeves (sudanreeves.org)',
    'https://sudanreeves.org/2004/12/17/who-supports-the-nakuru-draft-framework-agreement-no-time-for-expedient-ambiguity-july-24-2003',
    '2003-07-24',
    'C',
    2,
  ),
  afp20030904: source(
    'Sudan rebel leader, Vice President to meet in Kenya to try to revive peace process (AFP)',
    'Sudan Tribune (AFP copy)',
    'https://sudantribune.com/?p=1074',
    '2003-09-04',
    'C',
    2,
  ),
  allafrica20030904: source(
    'East Africa: Sudan Government, Rebels Still At Odds Over "Framework Document"',
    'allAfrica',
    'https://allafrica.com/stories/200309040173.html',
    '2003-09-04',
    'B',
    2,
  ),
  aj20030925: source(
    'Sudan security pact signed',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2003/09/25/sudan-security-pact-signed/',
    '2003-09-25',
    'B',
    2,
  ),
  reuters20030925: source(
    'Sudan government and rebels sign key security deal (Reuters)',
    'Sudan Tribune (Reuters copy)',
    'http://www.sudantribune.com/spip.php?article381',
    '2003-09-25',
    'C',
    2,
  ),
  ap20031007: source(
    'Sudan, Rebels Resume Peace Talks',
    'Associated Press',
    'https://www.apnews.com/97280cad322ee8f61699a6de80f710ae',
    '2003-10-07',
    'B',
    2,
  ),
  afp20031026: source(
    'Sudan peace talks in Kenya adjourned to November 30 (AFP)',
    'Sudan Tribune (AFP copy)',
    'https://sudantribune.com/article1499',
    '2003-10-26',
    'C',
    2,
  ),
  aj20031128: source(
    "Sudan truce extension 'heralds deal'",
    'Al Jazeera',
    'https://www.aljazeera.com/archive/2003/11/200849144215438211.html',
    '2003-11-28',
    'B',
    2,
  ),
};

const P = {
  tasare: 'Tasare (Nuba Mountains)',
  wun: 'Western Upper Nile',
  kapoeta: 'Kapoeta',
  mankien: 'Mankien (Western Upper Nile)',
  torit: 'Torit',
  lafon: 'Lafon',
  khorInglizi: 'Khor Inglizi (Torit–Juba road)',
  akobo: 'Akobo',
  tam: 'Tam (Western Upper Nile)',
  reang: 'Reang (Upper Nile)',
  leer: 'Leer (Western Upper Nile)',
};
const CF = { nuba: 'nuba-mountains-ceasefire-2002', moh: 'gos-splm-cessation-of-hostilities-2002' };
const A = {
  nuba: 'nuba-mountains-ceasefire-agreement-2002',
  machakos: 'machakos-protocol-2002',
  moh: 'mou-cessation-of-hostilities-2002',
  structures: 'mou-structures-of-government-2002',
  addendum: 'addendum-mou-cessation-2003',
  security: 'security-arrangements-2003',
};
const R = {
  machakos1: 'machakos-1-2002',
  machakos2: 'machakos-2-2002',
  machakos3: 'machakos-3-2002',
  naivasha1: 'naivasha-2003-09',
  naivasha2: 'naivasha-2003-10',
};
const D = { cessation: 'gos-cessation-before-talks', nakuru: 'nakuru-draft-as-basis' };
const O = {
  nubaSigned: 'nuba-ceasefire-signed-2002-01-19',
  machakos: 'machakos-protocol-2002-07-20',
  mohSigned: 'mou-cessation-signed-2002-10-15',
  nov18: 'machakos-3-concluded-2002-11-18',
  addendum: 'addendum-2003-02-04',
  security: 'security-arrangements-2003-09-25',
  akobo: 'akobo-2002-10-19',
  tam: 'tam-reang-2002-12',
  leer: 'leer-offensive-2003-01-27',
};

const events = [
  // ===== January – June 2002: the Nuba ceasefire, the war elsewhere =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2002-01-19'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Sudan – SPLM/A, the IGAD talks from Machakos to Naivasha, 2002–03',
      subject:
        'The north–south civil war (since 1983): the Nuba Mountains ceasefire, the Machakos Protocol on self-determination for the south and religion and state, the fighting over Torit and the suspension of the talks, the memorandum on the cessation of hostilities and its monitoring, the Nakuru draft, and the Naivasha talks on security arrangements, power and wealth',
      parties: [SUDAN, SPLM],
      mediators: [IGAD],
    },
    [S.afp20020119],
  ),
  ev('ActorRegistered', 'actor-switzerland', when('2002-01-19'), { actor: SWITZERLAND, role: 'mediator' }, [S.pax470]),
  ev('ActorRegistered', 'actor-us', when('2002-01-19'), { actor: US, role: 'observer' }, [S.pax470], {
    note: 'Co-chaired the Bürgenstock talks with Switzerland (its envoy, Senator Danforth); one of the troika of observers of the IGAD talks.',
  }),
  ev('ActorRegistered', 'actor-uk', when('2002-01-19'), { actor: UK, role: 'observer' }, [S.reeves20030724], {
    note: 'One of the troika (the UK, Norway and the US) of observers of the IGAD talks.',
  }),
  ev('ActorRegistered', 'actor-norway', when('2002-01-19'), { actor: NORWAY, role: 'observer' }, [S.reeves20030724], {
    note: 'One of the troika of observers of the IGAD talks.',
  }),
  ev(
    'AgreementReached',
    'agr-nuba',
    when('2002-01-19'),
    {
      agreementId: A.nuba,
      kind: 'ceasefire',
      provisions: [
        'An internationally monitored ceasefire among all the parties’ forces in the Nuba Mountains for a renewable six months',
        'Cessation of hostilities within 72 hours of signature',
        'Free movement of civilians and goods, including humanitarian assistance',
        'A Joint Military Commission with a neutral chairman and an International Monitoring Unit',
      ],
      signatories: ['sudan', 'splm'],
      textPublic: true,
      status: 'signed',
    },
    [S.pax470, S.afp20020119],
    { occurrence: O.nubaSigned },
  ),
  ev(
    'CeasefireDeclared',
    'cf-nuba',
    when('2002-01-19'),
    {
      ceasefireId: CF.nuba,
      parties: ['sudan', 'splm'],
      scope: 'The Nuba Mountains (Southern Kordofan and Lagawa province of Western Kordofan) only',
      coverage: 'partial',
      duration: 'temporary',
      until: '2002-07-19',
      mediatedBy: ['switzerland', 'united-states'],
    },
    [S.pax470, S.afp20020119],
    { occurrence: O.nubaSigned },
  ),
  ev(
    'StatementMade',
    'stmt-ghazi-nuba',
    when('2002-01-19'),
    {
      speaker: GHAZI,
      audience: 'splm',
      tone: 'conciliatory',
      summary:
        'The presidential peace adviser calls the Nuba ceasefire a step towards normalising life in the Nuba Mountains and creating an atmosphere conducive to peace.',
      quote: 'We pray to God that it will herald a lasting peace',
    },
    [S.afp20020119b],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-nuba-jan23',
    when('2002-01-23'),
    {
      ceasefireId: CF.nuba,
      allegedBy: 'splm',
      against: 'sudan',
      description: 'The SPLM/A says Khartoum broke the Nuba ceasefire a first time on 23 January (no detail given).',
    },
    [graded(S.irin20020207, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-tasare',
    when('2002-02-03'),
    {
      incidentId: 'tasare-2002-02-03',
      kind: 'clash',
      perpetrator: 'sudan',
      allegedBy: 'splm',
      against: 'splm',
      place: P.tasare,
      description:
        'The SPLM/A says the government garrison commander at Reka Station ordered two companies out of their base to open fire on SPLA forces at Tasare, which withheld their fire, and that government forces took up a position on a mountain overlooking the SPLA base. The government says there has been no shooting since the ceasefire came into force.',
    },
    [graded(S.irin20020207, 3)],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-nuba-feb3',
    when('2002-02-03'),
    {
      ceasefireId: CF.nuba,
      allegedBy: 'splm',
      against: 'sudan',
      description: 'The SPLM/A: the second violation in ten days, at Tasare; Kwaje fears the ceasefire may collapse.',
    },
    [graded(S.irin20020207, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-wun-shelling',
    when('2002-04-19'),
    {
      incidentId: 'wun-shelling-2002-04-19',
      kind: 'shelling',
      perpetrator: 'sudan',
      allegedBy: 'splm',
      against: 'splm',
      place: P.wun,
      description:
        'The SPLA accuses Khartoum of shelling several villages in Western Upper Nile, in violation of the agreement on the protection of civilians, after moving several thousand troops from the Nuba Mountains to Upper Nile (15 April).',
    },
    [S.sp20020419],
  ),
  ev(
    'IncidentReported',
    'inc-kapoeta',
    when('2002-06-09'),
    {
      incidentId: 'kapoeta-2002-06-09',
      kind: 'clash',
      perpetrator: 'splm',
      against: 'sudan',
      place: P.kapoeta,
      fatalities: { min: 213, max: 213 },
      description:
        'The SPLA attacks the garrison town of Kapoeta on 8 June and takes it on the afternoon of 9 June when the government forces withdraw, seizing tanks and artillery; the SPLA says it killed 200 government soldiers and took 28 prisoners, and lost 13 of its own (its count).',
    },
    [S.mg20020610, S.sp20020613],
  ),
  ev(
    'StatementMade',
    'stmt-splm-no-ceasefire-south',
    when('2002-06-13', 'approximate'),
    {
      speaker: SPLM_STATEMENT,
      audience: 'sudan',
      tone: 'accusation',
      summary:
        'Answering Khartoum’s charge that the capture of Kapoeta broke the ceasefire, the SPLA says the ceasefire covers only the Nuba Mountains, that none governs the south or the east, and accuses the government of violating the Nuba ceasefire, obstructing relief, and taking Geizan in Southern Blue Nile.',
    },
    [S.sp20020613],
  ),
  ev(
    'IncidentReported',
    'inc-mankien-2002',
    when('2002-06-19', 'approximate'),
    {
      incidentId: 'mankien-2002-06',
      kind: 'clash',
      perpetrator: 'sudan',
      against: 'splm',
      place: P.mankien,
      description:
        'A government force takes the SPLA-held town of Mankien near a major oilfield (confirmed by an SPLA spokesman), after a month of small actions in the area to push the SPLA from the oilfields, while the parties hold a new round of talks.',
    },
    [S.sp20020620],
  ),
  // ===== June – August 2002: Machakos and Kampala =====
  ev(
    'TalksRoundOpened',
    'round-machakos1-opened',
    when('2002-06-18'),
    { roundId: R.machakos1, label: 'Machakos talks (first session)', venue: 'Machakos, Kenya', format: 'formal' },
    [S.pax440],
    { note: 'The talks ran from 18 June to 20 July 2002 (Gurtong; VOA: "five weeks of talks").' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-machakos1-concluded',
    when('2002-07-20'),
    {
      roundId: R.machakos1,
      outcome: 'agreement',
      summary: 'The Machakos Protocol is signed.',
      nextSteps: 'Talks on power-sharing, wealth-sharing, human rights and a ceasefire from mid-August.',
    },
    [S.pax440, S.voa20020727],
    { occurrence: O.machakos },
  ),
  ev(
    'AgreementReached',
    'agr-machakos',
    when('2002-07-20'),
    {
      agreementId: A.machakos,
      kind: 'framework',
      provisions: [
        'The people of southern Sudan have the right to self-determination, through an internationally monitored referendum after a six-year interim period (preceded by a six-month pre-interim period)',
        'Sharia and custom a source of legislation in the north; non-sharia sources for national legislation applied in the south',
        'Unity of Sudan, based on the free will of the people, the parties’ priority; a military solution neither viable nor desirable',
        'Outstanding issues (power-sharing, wealth-sharing, human rights, a ceasefire) left to further negotiation',
      ],
      signatories: ['sudan', 'splm'],
      textPublic: true,
      roundId: R.machakos1,
      status: 'signed',
    },
    [S.pax440],
    { occurrence: O.machakos },
  ),
  ev('ActorRegistered', 'actor-uganda', when('2002-07-27'), { actor: UGANDA, role: 'third-party' }, [S.voa20020727]),
  ev(
    'ThirdPartyEngagement',
    'tpe-kampala',
    when('2002-07-27'),
    {
      actorId: 'uganda',
      counterparts: ['sudan', 'splm'],
      kind: 'meeting',
      summary:
        'President Museveni chairs the first meeting of President Bashir and John Garang, two hours behind closed doors in Kampala; it begins with a handshake.',
    },
    [S.voa20020727, S.gurtong20020727],
  ),
  ev(
    'StatementMade',
    'stmt-bashir-kampala',
    when('2002-07-27'),
    {
      speaker: BASHIR,
      audience: 'splm',
      tone: 'conciliatory',
      summary:
        'Bashir and Garang jointly applaud the Machakos Protocol as a framework on which a peace agreement can be built.',
      quote: 'an important step towards peace but not yet peace',
    },
    [S.gurtong20020727, S.islamweb20020727],
  ),
  ev(
    'StatementMade',
    'stmt-garang-kampala',
    when('2002-07-27'),
    {
      speaker: GARANG,
      audience: 'sudan',
      tone: 'conciliatory',
      summary: 'Garang says the meeting is a sign of hope for a final resolution of the war.',
      quote: 'The meeting is a good sign... it is a sign of hope',
    },
    [S.gurtong20020727, S.voa20020727],
  ),
  ev(
    'TalksRoundOpened',
    'round-machakos2-opened',
    when('2002-08-12', 'approximate'),
    { roundId: R.machakos2, label: 'Machakos talks (second session)', venue: 'Machakos, Kenya', format: 'formal' },
    [S.irin20020903],
    { note: 'IRIN: the second round "began in mid-August".' },
  ),
  // ===== September – October 2002: Torit =====
  ev(
    'IncidentReported',
    'inc-torit-shelling',
    when('2002-08-31', 'approximate'),
    {
      incidentId: 'torit-shelling-2002-08',
      kind: 'shelling',
      perpetrator: 'splm',
      allegedBy: 'sudan',
      against: 'sudan',
      place: P.torit,
      description:
        'The armed forces say the SPLA shelled Torit for two days, affecting the citizens, before the town fell; the SPLA denies shelling it.',
    },
    [graded(S.bbc20020902, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-torit-captured',
    when('2002-09-01'),
    {
      incidentId: 'torit-captured-2002-09-01',
      kind: 'clash',
      perpetrator: 'splm',
      against: 'sudan',
      place: P.torit,
      description:
        'The SPLA takes the garrison town of Torit, Eastern Equatoria, on one of the main roads to Juba. The SPLA says it counter-attacked after government forces advanced from Torit; the army says it withdrew "tactically" after driving back two waves of assault, and a third wave of some 9,000 fighters with heavy weapons. A government doctor is among the dead.',
    },
    [S.bbc20020902, S.voa20020902, S.sp20020906],
  ),
  ev(
    'TalksSuspended',
    'susp-torit',
    when('2002-09-02'),
    {
      by: 'sudan',
      reason:
        'Foreign Minister Ismail in Cairo: "because of the atmosphere created by the military operations and the occupation of Torit town"; the rebels try to impose conditions through military operations. Bashir orders the delegation home from Kenya.',
    },
    [S.voa20020902, S.ap20020902],
  ),
  ev(
    'StatementMade',
    'stmt-bashir-all-weapons',
    when('2002-09-02'),
    {
      speaker: BASHIR,
      audience: 'splm',
      tone: 'military-threat',
      summary: 'Bashir calls on the army to "take every path and use all weapons" to retake Torit.',
      quote: 'We must show the rebels that, If God is willing, we shall be victorious in this war',
    },
    [S.ap20020902],
  ),
  ev(
    'StatementMade',
    'stmt-army-no-restraint',
    when('2002-09-02'),
    {
      speaker: ARMY_SPOKESMAN,
      audience: 'splm',
      tone: 'military-threat',
      summary:
        'The army spokesman says forces will be mobilised to recapture Torit and that the armed forces will no longer stick to "self-restraint".',
    },
    [S.irin20020903],
  ),
  ev(
    'StatementMade',
    'stmt-kwaje-torpedo',
    when('2002-09-03'),
    {
      speaker: KWAJE,
      audience: 'sudan',
      tone: 'accusation',
      summary:
        'The SPLM/A denies that Torit caused the breakdown: Islamist members of the regime ordered the delegation to "torpedo the talks"; the government ordered an offensive on all fronts from Torit the week before.',
    },
    [S.irin20020903],
  ),
  ev(
    'DemandTabled',
    'dem-cessation',
    when('2002-09-03'),
    {
      demandId: D.cessation,
      by: 'sudan',
      addressedTo: ['splm'],
      text: 'A commitment to a comprehensive cessation of hostilities before the government returns to the talks',
      category: 'security',
    },
    [S.sp20020906],
    { note: 'First Vice-President Taha, 3 September (StrategyPage).' },
  ),
  ev(
    'StatementMade',
    'stmt-bashir-jihad',
    when('2002-09-05'),
    {
      speaker: BASHIR,
      audience: 'splm',
      tone: 'military-threat',
      summary:
        'Bashir tells hundreds of supporters the government will press ahead with "jihad" in the south until peace is achieved; a general mobilisation is ordered and troops with Popular Defence fighters are sent to Juba.',
    },
    [S.sp20020906],
  ),
  ev(
    'StatementMade',
    'stmt-splm-more-war',
    when('2002-09-08'),
    {
      speaker: SPLM_STATEMENT,
      audience: 'sudan',
      tone: 'military-threat',
      summary:
        'The SPLA tells Khartoum that if it wants more war, the SPLA is prepared to give it; its troops are positioned to defend Torit against a counter-attack.',
    },
    [S.sp20020909],
  ),
  ev(
    'IncidentReported',
    'inc-lafon',
    when('2002-09-25'),
    {
      incidentId: 'lafon-2002-09-25',
      kind: 'clash',
      perpetrator: 'sudan',
      against: 'splm',
      place: P.lafon,
      fatalities: { min: 250, max: 250 },
      description:
        'A government attempt to recapture Lafon is repulsed; the SPLM says the government lost 250 soldiers killed and the rest fled towards Mogiri and Mongalla.',
    },
    [S.gurtong20020928],
  ),
  ev(
    'IncidentReported',
    'inc-khor-inglizi',
    when('2002-09-27'),
    {
      incidentId: 'khor-inglizi-2002-09-27',
      kind: 'clash',
      perpetrator: 'sudan',
      against: 'splm',
      place: P.khorInglizi,
      scale: 'major',
      fatalities: { min: 800, max: 803 },
      description:
        'A Mujahidiin battalion of about 500 slips behind SPLA lines at Khor Inglizi, 30 miles on the Torit–Juba road, followed by six waves of frontal attacks from the Juba side; after four hours the SPLM says it killed 300 of the battalion and more than 500 in the frontal attacks, and shot down a helicopter gunship with its three crew. World Tribune: "Khartoum\'s biggest offensive since 1999", with attack helicopters and armoured vehicles.',
    },
    [S.gurtong20020928, S.wt20020930],
  ),
  ev(
    'StatementMade',
    'stmt-gos-ceasefire-first',
    when('2002-09-28'),
    {
      speaker: DIRDEIRY,
      audience: 'splm',
      tone: 'critical',
      summary:
        'The government says it will resume the talks only if there is a ceasefire and the SPLA does not reopen issues already settled.',
    },
    [S.peacelink20021015],
  ),
  ev(
    'MediationAction',
    'med-igad-resume',
    when('2002-10-04'),
    {
      mediator: 'igad',
      action: 'proposed',
      summary:
        'IGAD announces that both parties agree to resume the talks on 14 October with no preconditions, and to cease hostilities for the duration of the negotiations; the mediators call for "maximum self-restraint".',
    },
    [S.bbc20021004, S.peacelink20021015],
  ),
  ev(
    'TalksRoundScheduled',
    'round-machakos3-scheduled',
    when('2002-10-04'),
    {
      roundId: R.machakos3,
      label: 'Machakos talks (resumed session)',
      venue: 'Machakos, Kenya',
      format: 'formal',
      hosts: ['igad'],
      plannedFor: '2002-10-14',
    },
    [S.bbc20021004],
  ),
  ev(
    'StatementMade',
    'stmt-arop-self-defence',
    when('2002-10-04'),
    {
      speaker: AROP,
      audience: 'sudan',
      tone: 'conciliatory',
      summary: 'The SPLA promises to stop fighting and to use arms only in self-defence.',
    },
    [S.bbc20021004],
  ),
  ev(
    'IncidentReported',
    'inc-torit-retaken',
    when('2002-10-08'),
    {
      incidentId: 'torit-retaken-2002-10-08',
      kind: 'clash',
      perpetrator: 'sudan',
      against: 'splm',
      place: P.torit,
      scale: 'major',
      description:
        'Government troops take Torit on the morning of 8 October "after two weeks of heavy fighting" (VOA); the SPLA denies it, local sources say the SPLA made a partial withdrawal and "the government offensive was continuing" (IRIN).',
    },
    [S.irin20021008, S.voa20021010],
  ),
  ev(
    'StatementMade',
    'stmt-bashir-victory',
    when('2002-10-09', 'approximate'),
    {
      speaker: BASHIR,
      audience: 'splm',
      tone: 'warning',
      summary:
        'At a victory rally Bashir says the talks can resume, but a ceasefire will not apply to the areas of eastern Sudan recently taken by the rebels; he is not shaken by US threats of sanctions.',
    },
    [S.voa20021010],
  ),
  ev(
    'TalksResumed',
    'resumed-oct14',
    when('2002-10-14'),
    { by: 'sudan', reason: 'The government returns to Machakos without the ceasefire it had required first.' },
    [S.peacelink20021015],
  ),
  ev(
    'TalksRoundOpened',
    'round-machakos3-opened',
    when('2002-10-14'),
    { roundId: R.machakos3, label: 'Machakos talks (resumed session)', venue: 'Machakos, Kenya', format: 'formal' },
    [S.peacelink20021015],
  ),
  ev(
    'AgreementReached',
    'agr-moh',
    when('2002-10-15'),
    {
      agreementId: A.moh,
      kind: 'ceasefire',
      provisions: [
        'A cessation of hostilities in all areas of Sudan for the duration of the negotiations: each side retains its positions, refrains from offensives and attacks on civilians, and does not resupply with weapons or ammunition',
        'The mediators to establish a channel of communication between the parties',
        'Unimpeded humanitarian access',
      ],
      signatories: ['sudan', 'splm'],
      textPublic: true,
      roundId: R.machakos3,
      status: 'signed',
    },
    [S.pax453, S.irin20030630],
    { occurrence: O.mohSigned },
  ),
  ev(
    'CeasefireDeclared',
    'cf-moh',
    when('2002-10-17'),
    {
      ceasefireId: CF.moh,
      parties: ['sudan', 'splm'],
      scope: 'All areas of Sudan (the memorandum of understanding on the cessation of hostilities of 15 October)',
      coverage: 'all-hostilities',
      duration: 'temporary',
      until: '2002-12-31',
      mediatedBy: ['igad'],
    },
    [S.norway20030318, S.irin20021118],
    {
      note: 'Signed on 15 October; in force on 17 October (Norwegian foreign ministry), for the talks then scheduled to the end of 2002 (IRIN).',
    },
  ),
  ev(
    'IncidentReported',
    'inc-akobo-splm',
    when('2002-10-19'),
    {
      incidentId: 'akobo-2002-10-19',
      kind: 'clash',
      perpetrator: 'splm',
      allegedBy: 'sudan',
      against: 'sudan',
      place: P.akobo,
      description:
        'The SPLM/A retakes Akobo, Upper Nile, held until then by the pro-government South Sudan Liberation Movement/Army (the Sudanese embassy in Nairobi, who call it a breach of the memorandum).',
    },
    [graded(S.irin20030204, 3)],
    { occurrence: O.akobo },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-akobo',
    when('2002-10-19'),
    {
      ceasefireId: CF.moh,
      allegedBy: 'sudan',
      against: 'splm',
      description:
        'The government: the SPLM/A retook Akobo in breach of the memorandum on the cessation of hostilities.',
    },
    [graded(S.irin20030204, 3)],
    { occurrence: O.akobo },
  ),
  ev(
    'TalksRoundConcluded',
    'round-machakos3-concluded',
    when('2002-11-18'),
    {
      roundId: R.machakos3,
      outcome: 'progress',
      summary:
        'No full accord on sharing power and wealth; a memorandum on aspects of the structures of government is signed and the cessation of hostilities extended to 31 March 2003.',
      nextSteps: 'The talks resume in January on the government of national unity and wealth-sharing.',
    },
    [S.irin20021118],
    { occurrence: O.nov18 },
  ),
  ev(
    'AgreementReached',
    'agr-structures',
    when('2002-11-18'),
    {
      agreementId: A.structures,
      kind: 'partial',
      provisions: [
        'A bicameral national legislature with equitable representation of the people of southern Sudan',
        'Civil service and cabinet posts representative of the people of Sudan',
        'Free and fair elections during the six-year interim period',
      ],
      signatories: ['sudan', 'splm'],
      textPublic: true,
      roundId: R.machakos3,
      status: 'signed',
    },
    [S.irin20021118],
    { occurrence: O.nov18 },
  ),
  ev(
    'CeasefireExtended',
    'cf-moh-ext-nov',
    when('2002-11-18'),
    {
      ceasefireId: CF.moh,
      until: '2003-03-31',
      terms:
        'The memorandum on the cessation of hostilities extended to 31 March 2003, with scheduled meetings on its implementation.',
    },
    [S.irin20021118],
    { occurrence: O.nov18 },
  ),
  // ===== December 2002 – February 2003: violations alleged, the addendum =====
  ev(
    'StatementMade',
    'stmt-bashir-kassala',
    when('2002-12-28', 'approximate'),
    {
      speaker: BASHIR,
      audience: 'splm',
      tone: 'military-threat',
      summary:
        'At a mass rally in Kassala Bashir says he will use "the barrel of the gun" to bring peace if the negotiations fail.',
    },
    [S.irin20030102],
  ),
  ev(
    'IncidentReported',
    'inc-tam',
    when('2002-12-31', 'approximate'),
    {
      incidentId: 'tam-2002-12',
      kind: 'clash',
      perpetrator: 'sudan',
      allegedBy: 'splm',
      against: 'splm',
      place: P.tam,
      description:
        'The SPLM/A says government soldiers and militia launched a surprise attack on the rebel-held town of Tam, repulsed by the SPLA.',
    },
    [graded(S.irin20030102, 3)],
    { occurrence: O.tam },
  ),
  ev(
    'IncidentReported',
    'inc-reang',
    when('2002-12-31', 'approximate'),
    {
      incidentId: 'reang-2002-12',
      kind: 'clash',
      perpetrator: 'sudan',
      allegedBy: 'splm',
      against: 'splm',
      place: P.reang,
      description: 'The SPLM/A says government forces also attacked Reang, east of Koch; repulsed by the SPLA.',
    },
    [graded(S.irin20030102, 3)],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-tam',
    when('2002-12-31', 'approximate'),
    {
      ceasefireId: CF.moh,
      allegedBy: 'splm',
      against: 'sudan',
      description:
        'Kwaje: the attacks on Tam and Reang violate article 6.3(a) of the memorandum, and Bashir has stepped up hostile propaganda, "beating war drums".',
    },
    [graded(S.irin20030102, 3)],
    { occurrence: O.tam },
  ),
  ev(
    'StatementMade',
    'stmt-dirdeiry-media',
    when('2003-01-02'),
    {
      speaker: DIRDEIRY,
      audience: 'splm',
      tone: 'accusation',
      summary:
        'The government says the SPLM/A’s accusations are themselves a violation of the memorandum, which prohibits media campaigns; grievances belong in the communications committee set up at Machakos.',
    },
    [S.irin20030102],
  ),
  ev(
    'IncidentReported',
    'inc-leer',
    when('2003-01-27'),
    {
      incidentId: 'leer-2003-01-27',
      kind: 'clash',
      perpetrator: 'sudan',
      against: 'splm',
      place: P.leer,
      scale: 'major',
      description:
        'A government offensive in Western Upper Nile: "intense fighting" for an hour around midday between government air and ground units and the SPLA, spilling over from the day before; the SPLA abandons Leer under heavy shelling and government troops push into the countryside. Five major towns held by the SPLA have been retaken since 31 December.',
    },
    [S.sp20030129],
    { occurrence: O.leer },
  ),
  ev(
    'TalksSuspended',
    'susp-splm-leer',
    when('2003-01-27'),
    {
      by: 'splm',
      reason: 'The SPLM/A walks out of the talks in protest at the government offensive in Western Upper Nile.',
    },
    [S.sp20030129],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-leer',
    when('2003-01-27'),
    {
      ceasefireId: CF.moh,
      allegedBy: 'splm',
      against: 'sudan',
      description:
        'The SPLM/A protests the government offensive around Leer as a breach of the cessation of hostilities.',
    },
    [S.sp20030129],
    { occurrence: O.leer },
  ),
  ev(
    'StatementMade',
    'stmt-boucher',
    when('2003-01-27'),
    {
      speaker: BOUCHER,
      audience: 'sudan',
      tone: 'warning',
      summary:
        'Any ongoing government offensive would be "a flagrant violation of the cessation of hostilities"; if the reports are true the government risks losing its credibility as a partner for peace.',
    },
    [S.sp20030129],
  ),
  ev(
    'TalksResumed',
    'resumed-jan28',
    when('2003-01-28'),
    { by: 'splm', reason: 'The SPLM/A returns to the talks the day after its walkout.' },
    [S.sp20030129],
  ),
  ev('ActorRegistered', 'actor-sslm', when('2003-01-31'), { actor: SSLM, role: 'spoiler' }, [S.irin20030204], {
    note: 'A pro-government militia (the Sudanese embassy in Nairobi); it held Akobo until 19 October 2002.',
  }),
  ev(
    'IncidentReported',
    'inc-akobo-sslm',
    when('2003-01-31'),
    {
      incidentId: 'akobo-2003-01-31',
      kind: 'clash',
      perpetrator: 'sslm',
      against: 'splm',
      place: P.akobo,
      description:
        'The pro-government South Sudan Liberation Movement/Army captures Akobo; the SPLA spokesman says the town was taken by about 1,700 soldiers assisted by helicopter gunships.',
    },
    [S.irin20030204],
  ),
  ev(
    'AgreementReached',
    'agr-addendum',
    when('2003-02-04'),
    {
      agreementId: A.addendum,
      kind: 'ceasefire',
      provisions: [
        'A Verification and Monitoring Team (the parties, IGAD, observer nations; the Civilian Protection Monitoring Team incorporated) to investigate alleged military attacks',
        'Notification of troop movements and combat supplies; the identity and location of forces and allied militias',
        'Areas seized since the memorandum of October 2002 restored; work on the Bentiu–Adok road suspended until a peace agreement',
        'An end to propaganda and media wars',
      ],
      signatories: ['sudan', 'splm'],
      textPublic: true,
      status: 'signed',
    },
    [S.pax461, S.irin20030204],
    { occurrence: O.addendum },
  ),
  ev(
    'CeasefireExtended',
    'cf-moh-addendum',
    when('2003-02-04'),
    {
      ceasefireId: CF.moh,
      terms:
        'The addendum reaffirms the total cessation of hostilities across the whole country, applies it to the militias, and sets up the Verification and Monitoring Team; "in case of any violations, the party will have to surrender the area taken" (Dirdeiry).',
    },
    [S.pax461, S.irin20030204],
    { occurrence: O.addendum },
  ),
  ev(
    'IncidentReported',
    'inc-mankien-2003',
    when('2003-02-22'),
    {
      incidentId: 'mankien-2003-02-22',
      kind: 'clash',
      perpetrator: 'sudan',
      against: 'splm',
      place: P.mankien,
      description:
        'The International Crisis Group: government forces and government-sponsored militias continue to attack the oilfields of Western Upper Nile to dislodge the SPLM/A — four attacks between 13 and 22 February, about 1,100 militiamen under Peter Gadet attacking villages out of Mankien on the 16th and 22nd; civilians the main victims.',
    },
    [S.irin20030307],
  ),
  // ===== March – August 2003: extensions, Nairobi, Nakuru =====
  ev(
    'CeasefireExtended',
    'cf-moh-ext-mar',
    when('2003-03-17'),
    {
      ceasefireId: CF.moh,
      until: '2003-06-30',
      terms: 'Extended to 30 June; the Verification and Monitoring Team is being established.',
    },
    [S.norway20030318],
  ),
  ev('ActorRegistered', 'actor-kenya', when('2003-04-02'), { actor: KENYA, role: 'third-party' }, [S.voa20030402], {
    note: 'The host of the IGAD talks; President Kibaki hosts the Nairobi meeting of Bashir and Garang.',
  }),
  ev(
    'ThirdPartyEngagement',
    'tpe-nairobi',
    when('2003-04-02'),
    {
      actorId: 'kenya',
      counterparts: ['sudan', 'splm'],
      kind: 'meeting',
      summary:
        'President Kibaki hosts Bashir and Garang at his official residence; the communiqué says they hope for a final peace agreement by the end of June and commit to abide by the commitments of previous rounds.',
    },
    [S.voa20030402],
  ),
  ev(
    'StatementMade',
    'stmt-bashir-nairobi',
    when('2003-04-02'),
    {
      speaker: BASHIR,
      audience: 'splm',
      tone: 'conciliatory',
      summary:
        'Bashir says he will honour last year’s agreement to exempt the south from sharia; both leaders commit to be forthright in the coming negotiations.',
    },
    [S.voa20030402],
  ),
  ev(
    'CeasefireExtended',
    'cf-moh-ext-jun',
    when('2003-06-30'),
    {
      ceasefireId: CF.moh,
      until: '2003-09-30',
      terms:
        'Renewed in Nairobi from 30 June to 30 September, before Sumbeiywo and representatives of the US, the UK and Italy.',
    },
    [S.irin20030630],
  ),
  ev(
    'MediationAction',
    'med-nakuru',
    when('2003-07-10', 'approximate'),
    {
      mediator: 'igad',
      action: 'proposed',
      summary:
        'Sumbeiywo presents the "Draft Framework for Resolution of Outstanding Issues Arising out of the Elaborations of the Machakos Protocol" (the Nakuru draft: power-sharing, wealth-sharing, security arrangements, the three areas), after consulting the IGAD envoys and the troika.',
    },
    [S.reeves20030724],
  ),
  ev(
    'DemandTabled',
    'dem-nakuru',
    when('2003-07-10', 'approximate'),
    {
      demandId: D.nakuru,
      by: 'igad',
      addressedTo: ['sudan', 'splm'],
      text: 'Negotiate the outstanding issues on the basis of the Nakuru Draft Framework',
      category: 'procedural',
    },
    [S.reeves20030724],
  ),
  ev(
    'PositionTaken',
    'pos-gos-nakuru',
    when('2003-07-11'),
    {
      demandId: D.nakuru,
      actorId: 'sudan',
      stance: 'rejected',
      conditions:
        'The draft contradicts the Machakos Protocol, addresses only one side’s concerns and goes "a long distance in the direction of creating two separate entities".',
    },
    [S.gos20030711],
  ),
  ev(
    'StatementMade',
    'stmt-gos-nakuru',
    when('2003-07-11'),
    {
      speaker: { name: 'Government of Sudan delegation', actorId: 'sudan' },
      audience: 'igad',
      tone: 'critical',
      summary:
        'The government delegation’s written comments: the draft "recklessly" abandons the Machakos Protocol’s theme of unity and pre-empts negotiation on security arrangements.',
    },
    [S.gos20030711],
  ),
  ev(
    'PositionTaken',
    'pos-splm-nakuru',
    when('2003-07-24', 'approximate'),
    {
      demandId: D.nakuru,
      actorId: 'splm',
      stance: 'accepted',
      conditions:
        'The draft is the basis of negotiation on all the issues in it, though it does not satisfy all the SPLM’s concerns.',
    },
    [S.reeves20030724],
  ),
  ev(
    'TalksSuspended',
    'susp-nanyuki',
    when('2003-08-23'),
    {
      by: 'sudan',
      reason:
        'The Nanyuki session (Mount Kenya Safari Club) ends after the government objects to the Nakuru draft, saying it could lead to the secession of the south; a break, with the next round set for 10 September (Foreign Minister Ismail: "It will be difficult to reach a final agreement in the next round of peace talks").',
      temporary: true,
    },
    [S.afp20030904, S.allafrica20030904],
    {
      note: 'Temporary (revised after the first run, see the spec): the government spoke of the talks resuming on 10 September, not of ending them, and its First Vice-President met Garang twelve days later.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-khidir-sabotage',
    when('2003-09-03'),
    {
      speaker: { name: 'Ahmed Khidir', title: 'Ambassador of Sudan to the United States', actorId: 'sudan' },
      audience: 'igad',
      tone: 'accusation',
      summary:
        'At the Woodrow Wilson Center, the ambassador says the Nakuru document "came out of the blue" and suspects "a deliberate attempt to sabotage the peace process".',
    },
    [S.allafrica20030904],
  ),
  // ===== September – December 2003: Naivasha =====
  ev(
    'TalksResumed',
    'resumed-naivasha',
    when('2003-09-04'),
    { by: 'splm', reason: 'Garang meets First Vice-President Taha at Naivasha "to save the process from collapsing".' },
    [S.afp20030904],
  ),
  ev(
    'TalksRoundOpened',
    'round-naivasha1-opened',
    when('2003-09-04'),
    {
      roundId: R.naivasha1,
      label: 'Naivasha talks (Taha – Garang)',
      venue: 'Naivasha, Kenya',
      format: 'formal',
      hosts: ['igad'],
      delegations: [
        { actorId: 'sudan', head: TAHA },
        { actorId: 'splm', head: GARANG },
      ],
    },
    [S.afp20030904],
  ),
  ev(
    'AgreementReached',
    'agr-security',
    when('2003-09-25'),
    {
      agreementId: A.security,
      kind: 'partial',
      provisions: [
        'Two separate armed forces during the interim period, treated equally as Sudan’s national armed forces, proportionally downsized',
        'Joint/integrated units: 12,000 a side in the south, 3,000 in the Nuba Mountains, 3,000 in Southern Blue Nile, 1,500 in Khartoum',
        'Government forces in the south redeployed north of the 1956 border; SPLA forces in the Nuba Mountains and Southern Blue Nile redeployed south of it',
        'A Joint Defence Board; an internationally monitored ceasefire; a comprehensive ceasefire agreement to be negotiated',
      ],
      signatories: ['sudan', 'splm'],
      textPublic: true,
      roundId: R.naivasha1,
      status: 'signed',
    },
    [S.aj20030925, S.reuters20030925],
    { occurrence: O.security },
  ),
  ev(
    'TalksRoundConcluded',
    'round-naivasha1-concluded',
    when('2003-09-25'),
    {
      roundId: R.naivasha1,
      outcome: 'agreement',
      summary: 'Taha and Garang sign the agreement on security arrangements during the interim period.',
      nextSteps: 'Negotiations on the remaining issues (power, wealth, the three areas) resume on 7 October.',
    },
    [S.aj20030925, S.ap20031007],
    { occurrence: O.security },
  ),
  ev(
    'StatementMade',
    'stmt-garang-irreversible',
    when('2003-09-25'),
    {
      speaker: GARANG,
      audience: 'sudan',
      tone: 'conciliatory',
      summary: 'Garang: the parties will resolve the remaining issues with resolve, energy and focus.',
      quote: 'With this agreement, the direction and orientation for peace in Sudan is irreversible',
    },
    [S.aj20030925],
  ),
  ev(
    'CeasefireExtended',
    'cf-moh-ext-sep',
    when('2003-09-30', 'approximate'),
    { ceasefireId: CF.moh, until: '2003-11-30', terms: 'Renewed for three months in September, to 30 November.' },
    [S.aj20031128],
  ),
  ev(
    'TalksRoundOpened',
    'round-naivasha2-opened',
    when('2003-10-07'),
    { roundId: R.naivasha2, label: 'Naivasha talks (October session)', venue: 'Naivasha, Kenya', format: 'formal' },
    [S.ap20031007],
  ),
  ev(
    'TalksRoundConcluded',
    'round-naivasha2-concluded',
    when('2003-10-26'),
    {
      roundId: R.naivasha2,
      outcome: 'adjourned',
      summary:
        'Adjourned for Ramadan with progress on certain aspects of the outstanding issues; the parties reiterate their commitment to a comprehensive agreement by the end of 2003, encouraged by Secretary of State Powell’s visit to Naivasha.',
      nextSteps: 'The next session convenes on 30 November; high-level contact in between.',
    },
    [S.afp20031026],
  ),
  ev(
    'CeasefireExtended',
    'cf-moh-ext-nov-2003',
    when('2003-11-28'),
    {
      ceasefireId: CF.moh,
      until: '2004-01-31',
      terms:
        'Extended two months, not the usual three, in anticipation of a comprehensive agreement by the end of the year; the Verification and Monitoring Team deployed in areas prone to attacks. Sumbeiywo: two reported violations, one from each side (troop movements), could not be established.',
    },
    [S.aj20031128],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'sudan-splm-2002.jsonl',
  logEnd: '2004-01-31T00:00:00Z',
  events,
};

export default definition;
