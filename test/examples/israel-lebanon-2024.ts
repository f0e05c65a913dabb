/**
 * A test fixture, not a shipped example: Israel and Lebanon from the end of
 * the 2024 war — the cessation of hostilities of 26–27 November 2024,
 * brokered by the United States and France — to the first civilian
 * representatives in the ceasefire mechanism (3 December 2025), as an
 * analyst following the news could have recorded it. Escalation model v2 was
 * never tuned on it: it is the case the model is held to in
 * israel-lebanon-2024.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not:
 * - a ceasefire that holds in name for a year while one side strikes the
 *   other's territory near-daily: neither Israel nor Lebanon ever declared
 *   it over, the mechanism chaired by the United States kept meeting, and
 *   Lebanon reported Israel's strikes as violations of it, with their dead;
 *   §5b puts this at level 4 ("a ceasefire violated with casualties") and
 *   keeps level 5 for heavy action with "no ceasefire in force" — even the
 *   days with tens killed (26 January: 22 dead on the withdrawal deadline)
 *   or strikes in several places (2 December, 22 March) are under the
 *   ceasefire;
 * - rockets fired from Lebanon by no one who claimed them (22 and 28 March
 *   2025; Hezbollah denied both), which Israel blamed on the Lebanese state,
 *   and its strikes in answer, the first on Beirut's southern suburbs;
 * - an agreement's terms carried out in part (the Lebanese army deploying,
 *   the cabinet tasking it with a plan to disarm Hezbollah, 5–7 August 2025)
 *   while the other side keeps five positions on the first's territory.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AP, AFP, Anadolu via established papers; The National, TRT
 * World, The Times of Israel, Ynetnews, Hürriyet Daily News, Daily Sabah,
 * Dawn, Asharq Al-Awsat, Arab News, LBCI, Okaz, The Media Line), C =
 * smaller outlet, aggregator, mirror or partisan outlet (Devdiscourse
 * feeds, MEMO, MENAFN, Shafaq, Anadolu copies on A News, Naharnet's tag
 * page, Xinhua and AFP copies on small sites, Israel National News, JNS,
 * Al-Ahed), D = ZeroHedge (used only beside an established outlet); 1 = an on-record statement or act confirmed
 * by the actor itself; 2 = several outlets agree or one established outlet
 * reports it; 3 = one side's unverified claim, or an unnamed source. Tolls
 * are the Lebanese health ministry's, as the sources give them, as ranges
 * where they differ.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is Israel and the Lebanese state (its government and army).
 *   The cessation of hostilities was agreed between the two governments —
 *   Lebanon's on Hezbollah's behalf, through Speaker Berri — and it binds
 *   Lebanon to keep every armed group from attacking Israel. Hezbollah is
 *   recorded as a separate actor (`hezbollah`, an armed group, a third
 *   party): it is not at the table, the state has set out to disarm it, and
 *   its ministers walked out of the cabinet that decided so. Its one
 *   claimed attack (the mortars on Shebaa Farms, 2 December 2024) is its
 *   own, `blamedOn: 'lebanon'` as Israel held "the relevant parties in
 *   Lebanon" responsible; the unclaimed rockets of March 2025 have no
 *   perpetrator, and are `blamedOn: 'lebanon'` as Katz and Netanyahu held
 *   the Lebanese government responsible.
 * - Israel's strikes in Lebanon are recorded `against: 'lebanon'`: §5b
 *   counts armed force "by one party on the other's territory", whatever
 *   Israel says it aimed at (Hezbollah members, depots, launchers); the
 *   target field gives Israel's account. Lebanon's reports of them as
 *   breaches of the ceasefire (by its president, prime minister, speaker,
 *   army or health ministry, or "the latest violation" as the Lebanese
 *   authorities' count is relayed) are `CeasefireViolationReported`, one
 *   occurrence with the strike.
 * - The ceasefire is recorded as `indefinite`: the 60 days were the period
 *   for Israel's withdrawal and the Lebanese army's deployment, not the
 *   truce's term (Biden: "designed to be permanent"). The White House's
 *   statement of 26 January that the arrangement "will continue to be in
 *   effect until February 18" is recorded as the withdrawal deadline
 *   extended (`CeasefireExtended` with the new terms, no end date): nobody
 *   treated the ceasefire as lapsing on 18 February, and it did not.
 * - Israel keeping five hilltop positions after 18 February is
 *   `force-posture`, not armed action; Lebanon calls it an occupation.
 * - The strikes are far more than this log holds (the Lebanese authorities
 *   counted nearly 3,000 violations and 259 dead by late July; the health
 *   ministry 331 dead by 22 November): the log records the days the wires
 *   reported at length and a sample of the routine ones, at least one a
 *   month, so some weeks have no recorded act. The calls are made on what
 *   the log records. Those running totals are kept in the descriptions, not
 *   recorded as `casualty-report` incidents: they count again the dead of
 *   the strikes recorded one by one (one fact counts once, §5b).
 * - The Hezbollah drone Israel says it intercepted on 30 January, and the
 *   Israeli detonations and gunfire the NNA reports between strikes, are
 *   not recorded.
 * - The toll of the Beirut strike of 28 March was not known that day; it is
 *   recorded without fatalities.
 * - Naharnet's report of the strike on the Masnaa road (7 August 2025) is
 *   from its tag page, dated by the cabinet session reported beside it.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'israel-lebanon-2024';
const { ev, at: at24 } = caseKit(NEGOTIATION_ID, 'test-analyst', 2024);
const { at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2025);

const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['IDF', 'Israeli government'] };
const LEBANON: Actor = {
  id: 'lebanon',
  name: 'Lebanon',
  kind: 'state',
  aliases: ['Lebanese government', 'Lebanese Armed Forces', 'LAF', 'Beirut'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const FRANCE: Actor = { id: 'france', name: 'France', kind: 'state', aliases: ['Paris'] };
const HEZBOLLAH: Actor = {
  id: 'hezbollah',
  name: 'Hezbollah',
  kind: 'armed-group',
  aliases: ['Hizbullah', 'Islamic Resistance in Lebanon'],
};

const NETANYAHU: Person = { name: 'Benjamin Netanyahu', title: 'Prime Minister of Israel', actorId: 'israel' };
const KATZ: Person = { name: 'Israel Katz', title: 'Defence Minister of Israel', actorId: 'israel' };
const AOUN: Person = { name: 'Joseph Aoun', title: 'President of Lebanon', actorId: 'lebanon' };
const SALAM: Person = { name: 'Nawaf Salam', title: 'Prime Minister of Lebanon', actorId: 'lebanon' };
const LEBANESE_LEADERS: Person = {
  name: 'Joseph Aoun, Nabih Berri and Nawaf Salam (joint statement)',
  title: 'President, Speaker and Prime Minister of Lebanon',
  actorId: 'lebanon',
};
const KARAM: Person = {
  name: 'Simon Karam',
  title: 'Head of the Lebanese delegation to the mechanism',
  actorId: 'lebanon',
};
const RESNICK: Person = {
  name: 'Uri Resnick',
  title: 'Senior Director for Foreign Policy, Israeli National Security Council',
  actorId: 'israel',
};

const S = {
  hinduNov26: source(
    'Blast rocks Beirut moments after Biden announces Israel-Hezbollah ceasefire',
    'The Hindu (AP)',
    'https://www.thehindu.com/news/international/blast-rocks-beirut-moments-after-biden-announces-israel-hezbollah-ceasefire/article68916338.ece/amp/',
    '2024-11-27',
    'B',
    2,
  ),
  nationalNov26: source(
    'Beirut shaken by 20 Israeli strikes in two minutes',
    'The National',
    'https://www.thenationalnews.com/news/mena/2024/11/26/beirut-shaken-by-20-israeli-strikes-in-two-minutes/',
    '2024-11-26',
    'B',
    2,
  ),
  trtNov27: source(
    'What next after the Israel-Hezbollah ceasefire?',
    'TRT Global (AFP)',
    'https://trt.global/world/article/18236982',
    '2024-11-27',
    'B',
    1,
  ),
  menafnNov27: source(
    'Ceasefire between Israel, Hezbollah officially takes effect',
    'MENAFN',
    'https://menafn.com/1108943217/Ceasefire-between-Israel-Hezbollah-officially-takes-effect',
    '2024-11-27',
    'C',
    2,
  ),
  kgNov27: source(
    'Israel and Hezbollah agree to ceasefire',
    '24.kg',
    'https://24.kg/english/312364__Israel_and_Hezbollah_agree_to_ceasefire/',
    '2024-11-27',
    'C',
    1,
  ),
  xinhuaDec2: source(
    'Israeli army says Hezbollah firing mortars at Israeli posts along border',
    'Big News Network (Xinhua)',
    'https://bignewsnetwork.com/news/274810180/1st-ld-writethru-israeli-army-says-hezbollah-firing-mortars-at-israeli-posts-along-border',
    '2024-12-02',
    'C',
    1,
  ),
  indiatvDec3: source(
    'Israel strikes in response to Hezbollah attack, kills 11 in Lebanon amid ceasefire',
    'India TV (AP)',
    'https://www.indiatvnews.com/news/world/israel-strikes-in-response-to-hezbollah-attack-kills-11-in-lebanon-amid-ceasefire-2024-12-03-964443',
    '2024-12-03',
    'B',
    2,
  ),
  newserDec3: source(
    'Amid Ceasefire, Israeli Strikes on Lebanon Kill 11',
    'Newser (AP)',
    'https://amp.newser.com/story/360427/amid-ceasefire-israeli-strikes-on-lebanon-kill-11.html',
    '2024-12-03',
    'B',
    2,
  ),
  voiDec3: source(
    'Israeli attacks in southern Lebanon kill 11 (Reuters)',
    'VOI',
    'https://voi.id/en/news/439357',
    '2024-12-03',
    'C',
    2,
  ),
  dayfrDec9: source(
    'Lebanese army says one killed, four soldiers wounded in Israeli strike',
    'Euro Dayfr (AFP)',
    'https://euro.dayfr.com/trends/2462012.html',
    '2024-12-09',
    'C',
    2,
  ),
  islamdigitalsDec9: source(
    'Lebanese army says 1 person killed, 4 soldiers wounded in Israeli strike',
    'Islam Digitals (AFP)',
    'https://islamdigitals.com/lebanese-army-says-1-person-killed-4-soldiers-wounded-in-israeli-strike',
    '2024-12-09',
    'C',
    2,
  ),
  ibisDec3: source(
    '1 killed as Israel launches fresh airstrike on S. Lebanon amid fragile truce',
    'Ibis Blog (Xinhua)',
    'https://ibisblog.com/1-killed-as-israel-launches-fresh-airstrike-on-s-lebanon-amid-fragile-truce',
    '2024-12-03',
    'C',
    2,
  ),
  metroDec8: source(
    'Israeli strikes on southern Lebanese villages kill six',
    'Metro Radio Hong Kong (Reuters)',
    'https://metroradio.com.hk/news/eng.aspx?NewsId=20241208062447&page=0',
    '2024-12-08',
    'B',
    2,
  ),
  urdupointJan31: source(
    'Two killed in Israeli strikes on east Lebanon: ministry',
    'UrduPoint (APP/AFP)',
    'https://www.urdupoint.com/en/world/two-killed-in-israeli-strikes-on-east-lebanon-1915452.html',
    '2025-01-31',
    'C',
    2,
  ),
  devdiscourseJan31: source(
    'Tensions Escalate as Israel Strikes Hezbollah Targets',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/3246717-tensions-escalate-as-israel-strikes-hezbollah-targets',
    '2025-01-31',
    'C',
    2,
  ),
  ynetMar11: source(
    'Israeli drone strike targets vehicle in southern Lebanon',
    'Ynetnews',
    'https://www.ynetnews.com/article/r1leiiasyl',
    '2025-03-11',
    'B',
    2,
  ),
  newserApr27: source(
    'After Israel Strikes Suburbs, Lebanon Urges US to Act',
    'Newser (AP)',
    'https://www.newser.com/story/367777/after-israel-strikes-suburbs-lebanon-urges-us-to-act.html',
    '2025-04-27',
    'B',
    2,
  ),
  inntApr27: source(
    'IDF strikes Hezbollah precision missile storage facility in Beirut',
    'Israel National News',
    'https://www.israelnationalnews.com/news/407477',
    '2025-04-27',
    'C',
    1,
  ),
  anewsAug1: source(
    '4 killed in Israeli airstrikes on Lebanon',
    'A News (Anadolu)',
    'https://www.anews.com.tr/middle-east/2025/08/01/4-killed-in-israeli-airstrikes-on-lebanon',
    '2025-08-01',
    'C',
    2,
  ),
  dawnSep1: source(
    'Israel strikes Hezbollah site in south Lebanon',
    'Dawn (AFP)',
    'https://www.dawn.com/news/1938823/israel-strikes-hezbollah-site-in-south-lebanon',
    '2025-09-01',
    'B',
    2,
  ),
  anewsSep14: source(
    '1 killed in Israeli drone strike in southern Lebanon despite ceasefire',
    'A News (Anadolu)',
    'https://www.anews.com.tr/middle-east/2025/09/14/1-killed-in-israeli-drone-strike-in-southern-lebanon-despite-ceasefire',
    '2025-09-14',
    'C',
    2,
  ),
  alahedOct3: source(
    '"Israel" Launches Massive Strikes on South Lebanon, Sparks Fires',
    'Al-Ahed News',
    'https://english.alahednews.news/essaydetails.php?eid=82815&cid=390',
    '2025-10-03',
    'C',
    2,
  ),
  menafnNov22: source(
    'Israeli drone strike kills one in southern Lebanon despite ceasefire',
    'MENAFN (Anadolu)',
    'https://menafn.com/1110382226/Israeli-drone-strike-kills-one-in-southern-Lebanon-despite-ceasefire',
    '2025-11-22',
    'C',
    2,
  ),
  frontierDec14: source(
    'One killed in Israeli strike in south Lebanon',
    'The Frontier Post (AFP)',
    'https://thefrontierpost.com/one-killed-in-israeli-strike-in-south-lebanon/',
    '2024-12-14',
    'C',
    2,
  ),
  xinhuaJan12: source(
    'Israeli warplanes attack Baalbek in E. Lebanon for 1st time since ceasefire',
    'Big News Network (Xinhua)',
    'https://bignewsnetwork.com/news/274934665/israeli-warplanes-attack-baalbek-in-e-lebanon-for-1st-time-since-ceasefire',
    '2025-01-13',
    'C',
    2,
  ),
  hurriyetFeb9: source(
    'Israeli airstrike kills 6 in eastern Lebanon despite cease-fire',
    'Hürriyet Daily News (Anadolu)',
    'https://www.hurriyetdailynews.com/israeli-airstrike-kills-6-in-eastern-lebanon-despite-cease-fire-205588',
    '2025-02-09',
    'B',
    2,
  ),
  senenewsFeb16: source(
    'Lebanon: Israeli strike kills two',
    'SeneNews (RFI)',
    'https://www.senenews.com/en/senegal/lebanon-israeli-strike-kills-two-6589.html',
    '2025-02-16',
    'C',
    2,
  ),
  dailysabahJul15: source(
    "Israel violates Lebanon cease-fire to kill 12 in country's east",
    'Daily Sabah (AFP)',
    'https://www.dailysabah.com/world/mid-east/israel-violates-lebanon-cease-fire-to-kill-12-in-countrys-east',
    '2025-07-15',
    'B',
    2,
  ),
  memoJul24: source(
    'Israeli drone strike kills 1 in southern Lebanon amid ongoing border violations',
    'Middle East Monitor (Anadolu)',
    'https://www.middleeastmonitor.com/20250724-israeli-drone-strike-kills-1-in-southern-lebanon-amid-ongoing-border-violations/',
    '2025-07-24',
    'C',
    2,
  ),
  hurriyetJan26: source(
    'Israeli fire kills 22 on deadline for Lebanon withdrawal',
    'Hürriyet Daily News (AFP)',
    'https://www.hurriyetdailynews.com/israeli-fire-kills-11-on-deadline-for-lebanon-withdrawal-205102',
    '2025-01-26',
    'B',
    2,
  ),
  bollspelJan26: source(
    '22 reported killed in Lebanon before agreement to extend deadline for Israeli forces to withdraw',
    'Bollspel (AP)',
    'https://bollspel.com/22-reported-killed-in-lebanon-before-agreement-to-extend-deadline-for-israeli-forces-to-withdraw/',
    '2025-01-26',
    'C',
    1,
  ),
  nieJan27: source(
    '22 killed in Lebanon before agreement to extend deadline for Israeli forces to withdraw',
    'The New Indian Express',
    'https://www.newindianexpress.com/world/2025/Jan/27/22-killed-in-lebanon-before-agreement-to-extend-deadline-for-israeli-forces-to-withdraw',
    '2025-01-27',
    'B',
    2,
  ),
  jordanFeb18: source(
    "Israel 'temporarily remaining' in five strategic Lebanon locations - FM",
    'Jordan Times (AFP)',
    'https://jordantimes.com/news/region/israel-temporarily-remaining-five-strategic-lebanon-locations-fm',
    '2025-02-18',
    'B',
    1,
  ),
  trtFeb18: source(
    'Israel continues to occupy Lebanon areas as withdrawal deadline expires',
    'TRT World (AFP)',
    'https://www.trtworld.com:443/article/8a8d7250acee',
    '2025-02-18',
    'B',
    2,
  ),
  devdiscourseFeb18: source(
    "Lebanon's Stand: A Fight for Sovereignty Amidst Israeli Presence",
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/3268950-lebanons-stand-a-fight-for-sovereignty-amidst-israeli-presence',
    '2025-02-18',
    'C',
    1,
  ),
  alahedFeb19: source(
    'Lebanon Slams Israeli Occupation to 5 Vantage Points in South Lebanon',
    'Al-Ahed News',
    'https://www.english.alahednews.com.lb/essaydetails.php?eid=79000&cid=390',
    '2025-02-19',
    'C',
    1,
  ),
  toiMar22: source(
    '6 rockets fired from Lebanon at Metula; IDF airstrikes hit dozens of Hezbollah sites',
    'The Times of Israel',
    'https://www.timesofisrael.com/at-least-5-rockets-fired-from-lebanon-at-metula-idf-responds-with-artillery-fire/',
    '2025-03-22',
    'B',
    2,
  ),
  rjMar22: source(
    'Israel fires on Lebanon after rocket attack',
    'Las Vegas Review-Journal (AP)',
    'https://www.reviewjournal.com/news/nation-and-world/israel-fires-on-lebanon-after-rocket-attack-3324975/',
    '2025-03-22',
    'B',
    2,
  ),
  vozMar22: source(
    'IDF downs three terror rockets fired from Lebanon',
    'Voz (JNS)',
    'https://voz.us/en/mundo/jns/250322/22499/idf-downs-three-terror-rockets-fired-from-lebanon.html',
    '2025-03-22',
    'C',
    1,
  ),
  lbciMar22: source(
    'Israel escalates military response, accuses Lebanon of violating the ceasefire',
    'LBCI',
    'https://www.lbcgroup.tv/news/news-bulletin-reports/844896/israel-escalates-military-response-accuses-lebanon-of-violating-the-ce/en',
    '2025-03-22',
    'B',
    2,
  ),
  everythingMar22: source(
    'Rockets from Lebanon hit northern Israel; IDF strikes Hezbollah targets',
    'Everything Jerusalem',
    'https://everythingjerusalem.com/?p=2262',
    '2025-03-22',
    'C',
    2,
  ),
  citynewsMar28: source(
    'Israel strikes Beirut for the first time since a ceasefire ended the latest Israel-Hezbollah war',
    'CityNews Toronto (AP)',
    'https://toronto.citynews.ca/2025/03/28/israel-strikes-beirut-for-the-first-time-since-a-ceasefire-ended-the-latest-israel-hezbollah-war/',
    '2025-03-28',
    'B',
    2,
  ),
  chinadailyMar28: source(
    'Israeli airstrikes hit Beirut suburb for first time since ceasefire',
    'China Daily Hong Kong (Xinhua)',
    'https://chinadailyhk.com/article/608179',
    '2025-03-28',
    'B',
    2,
  ),
  wfaeMar28: source(
    "Israel strikes a suburb of Lebanon's capital for the first time since the ceasefire",
    'WFAE (NPR)',
    'https://www.wfae.org/united-states-world/2025-03-28/israel-strikes-a-suburb-of-lebanons-capital-for-the-first-time-since-the-ceasefire',
    '2025-03-28',
    'B',
    1,
  ),
  dailysabahApr1: source(
    'Israeli airstrike in Beirut kills 4, including Hezbollah official',
    'Daily Sabah (AFP)',
    'https://www.dailysabah.com/world/mid-east/israeli-airstrike-in-beirut-kills-4-including-hezbollah-official',
    '2025-04-01',
    'B',
    2,
  ),
  thewestApr1: source(
    'Israel kills Hezbollah official in Beirut air strike',
    'The West Australian (Reuters)',
    'https://thewest.com.au/news/conflict/israel-kills-hezbollah-official-in-beirut-air-strike-c-18236101',
    '2025-04-01',
    'B',
    2,
  ),
  arabnewsApr14: source(
    'Lebanon health ministry says one dead in Israeli strike in south',
    'Arab News (AFP)',
    'https://www.arabnews.pk/node/2596170',
    '2025-04-14',
    'B',
    2,
  ),
  brecorderMay28: source(
    'Israeli strike on south Lebanon kills one: ministry',
    'Business Recorder (AFP)',
    'https://www.brecorder.com/news/40365035/israeli-strike-on-south-lebanon-kills-one-ministry',
    '2025-05-28',
    'B',
    2,
  ),
  newarabMay30: source(
    'Israeli attacks kill two in south Lebanon: ministry',
    'The New Arab (AFP)',
    'https://www.newarab.com/news/israeli-attacks-kill-two-south-lebanon-ministry',
    '2025-05-30',
    'B',
    2,
  ),
  cnaJun6: source(
    'Israel strikes Beirut southern suburbs, says targeting Hezbollah drone factories',
    'CNA (AFP)',
    'https://www.channelnewsasia.com/world/israel-strike-beirut-hezbollah-drone-factories-5168311',
    '2025-06-06',
    'B',
    2,
  ),
  devdiscourseJun6: source(
    'Tensions Soar as Israel Targets Hezbollah Drone Sites in Beirut',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/3449027-tensions-soar-as-israel-targets-hezbollah-drone-sites-in-beirut',
    '2025-06-06',
    'C',
    2,
  ),
  nationalJun24: source(
    'Israeli drone strike kills three in south Lebanon',
    'The National',
    'https://www.thenationalnews.com/news/mena/2025/06/24/israeli-drone-strike-kills-three-in-south-lebanon/',
    '2025-06-24',
    'B',
    2,
  ),
  shafaqJul7: source(
    'Disarmament on the table: Lebanon replies to US proposal on Hezbollah',
    'Shafaq News',
    'https://www.shafaq.com/en/Middle-East/Disarmament-on-the-table-Lebanon-replies-to-US-proposal-on-Hezbollah',
    '2025-07-07',
    'C',
    2,
  ),
  abcJul7: source(
    "A U.S. envoy says he is satisfied with Lebanon's response to a proposal to disarm Hezbollah",
    'ABC News (AP)',
    'https://abcnews.go.com/International/wireStory/us-envoy-receives-lebanese-governments-response-hezbollah-disarmament-123530104',
    '2025-07-07',
    'B',
    1,
  ),
  nationalJul7: source(
    'US envoy Thomas Barrack in Beirut to press for Hezbollah disarmament',
    'The National',
    'https://www.thenationalnews.com/news/mena/2025/07/07/us-envoy-thomas-barrack-in-beirut-to-press-for-hezbollah-disarmament/',
    '2025-07-07',
    'B',
    2,
  ),
  anewsJul26: source(
    'Israeli strike kills 2 in southern Lebanon, in new violation of ceasefire',
    'A News (Anadolu)',
    'https://www.anews.com.tr/middle-east/2025/07/26/israeli-strike-kills-2-in-southern-lebanon-in-new-violation-of-ceasefire',
    '2025-07-26',
    'C',
    2,
  ),
  japantimesAug6: source(
    "Lebanon's Cabinet tasks army with disarming Hezbollah by year-end",
    'The Japan Times (Reuters)',
    'https://www.japantimes.co.jp/news/2025/08/06/world/politics/lebanon-disarm-hezbollah-year-end/',
    '2025-08-06',
    'B',
    1,
  ),
  inntAug7: source(
    'Lebanon Cabinet endorses objectives of US proposal as Shiite ministers walk out',
    'Israel National News (Reuters)',
    'https://www.israelnationalnews.com/news/412923',
    '2025-08-07',
    'C',
    1,
  ),
  shafaqAug7: source(
    "Lebanon's Cabinet approves US proposal as Shiite duo walk out",
    'Shafaq News',
    'https://www.shafaq.com/en/Middle-East/Lebanon-Cabinet-approves-US-proposal-as-Shiite-duo-walk-out',
    '2025-08-07',
    'C',
    1,
  ),
  naharnetAug7: source(
    'Israeli strike on Masnaa Road kills six (news feed)',
    'Naharnet',
    'https://naharnet.com/tags/naharnet?page=11',
    '2025-08-07',
    'C',
    2,
  ),
  trtSep21: source(
    'Israeli drone strike kills five, including three children, in southern Lebanon',
    'TRT World',
    'https://www.trtworld.com:443/article/eb3b108d229e',
    '2025-09-21',
    'B',
    2,
  ),
  sowetanSep22: source(
    'Israeli drone strikes kill five, including children, in southern Lebanon',
    'Sowetan Live (Reuters)',
    'https://www.sowetanlive.co.za/news/world/2025-09-22-israeli-drone-strikes-kill-five-including-children-in-southern-lebanon/',
    '2025-09-22',
    'B',
    2,
  ),
  dailysabahOct11: source(
    'Israeli airstrikes on southern Lebanon leave 1 dead, 7 wounded',
    'Daily Sabah (Anadolu)',
    'https://www.dailysabah.com/world/mid-east/israeli-airstrikes-on-southern-lebanon-leave-1-dead-7-wounded',
    '2025-10-11',
    'B',
    2,
  ),
  trtOct11: source(
    'Israeli strikes on southern Lebanon kill one, wound seven',
    'TRT World',
    'https://www.trtworld.com/article/41616fc86042',
    '2025-10-11',
    'B',
    2,
  ),
  memoNov2: source(
    '4 killed in renewed Israeli strike on southern Lebanon in latest ceasefire violation',
    'Middle East Monitor (Anadolu)',
    'https://www.middleeastmonitor.com/20251102-4-killed-in-renewed-israeli-strike-on-southern-lebanon-in-latest-ceasefire-violation/',
    '2025-11-02',
    'C',
    2,
  ),
  businessdayNov6: source(
    'Israel launches air strikes on south Lebanon',
    'BusinessDay (Reuters)',
    'https://www.businessday.co.za/world/2025-11-06-israel-launches-air-strikes-on-south-lebanon/',
    '2025-11-06',
    'B',
    2,
  ),
  medialineNov6: source(
    'Israel Hits Southern Lebanon After Evacuation Orders, Targets Hezbollah Rebuild',
    'The Media Line',
    'https://themedialine.org/headlines/israel-hits-southern-lebanon-after-evacuation-orders-targets-hezbollah-rebuild/',
    '2025-11-06',
    'B',
    2,
  ),
  htNov23: source(
    'Israel says it killed Hezbollah chief of staff Haytham Tabtabai in strike in Beirut',
    'Hindustan Times (AFP)',
    'https://www.hindustantimes.com/world-news/israel-says-it-killed-hezbollah-chief-of-staff-haytham-tabtabai-in-strike-in-beirut-101763916657460.html',
    '2025-11-23',
    'B',
    1,
  ),
  wionNov23: source(
    "Hezbollah's top commander Haytham Ali Tabatabai killed in Beirut airstrike",
    'WION (AFP)',
    'https://www.wionews.com/world/hezbollah-s-top-commander-haytham-ali-tabatabai-killed-in-beirut-airstrike-israel-claims-responsibility-1763952542794',
    '2025-11-23',
    'B',
    2,
  ),
  zerohedgeNov23: source(
    'Israel says it assassinated founding member of Hezbollah in fresh Beirut strike',
    'ZeroHedge',
    'https://www.zerohedge.com/geopolitical/israel-says-it-assassinated-founding-member-hezbollah-fresh-beirut-strike',
    '2025-11-23',
    'D',
    3,
  ),
  alahedDec3: source(
    'Lebanese President Appoints Former Ambassador Karam to Head Delegation to Mechanism Committee',
    'Al-Ahed News (Lebanese Presidency statement)',
    'https://english.alahednews.news/essaydetails.php?eid=84165&cid=385',
    '2025-12-03',
    'C',
    1,
  ),
  aawsatDec3: source(
    'Lebanon Appoints Civilian for Israel Talks to Avert Escalation',
    'Asharq Al-Awsat',
    'https://english.aawsat.com/node/5215806',
    '2025-12-03',
    'B',
    1,
  ),
  okazDec4: source(
    'Aoun: the first session for Ambassador Karam paved the way for sessions from the 19th',
    'Okaz',
    'https://www.okaz.com.sa/politics/na/2225183',
    '2025-12-04',
    'B',
    1,
  ),
  arabnewsDec5: source(
    "Israel renews south Lebanon attacks as Beirut's military chief gives Hezbollah arms update",
    'Arab News',
    'https://www.arabnews.pk/node/2624990',
    '2025-12-05',
    'B',
    2,
  ),
};

const D = { disarm: 'israel-hezbollah-disarmed', withdraw: 'lebanon-full-withdrawal' };
const CF = 'cessation-of-hostilities-2024-11-27';
const R = { naqoura: 'mechanism-naqoura-2025-12-03' };
const O = {
  dec2: 'israeli-strikes-2024-12-02',
  jan26: 'israeli-fire-2025-01-26',
  mar22: 'israeli-strikes-2025-03-22',
  apr1: 'israeli-strike-beirut-2025-04-01',
  jun5: 'israeli-strikes-beirut-2025-06-05',
  jul26: 'israeli-strike-debaal-2025-07-26',
  sep21: 'israeli-strike-bint-jbeil-2025-09-21',
  oct11: 'israeli-strikes-msayleh-2025-10-11',
  nov1: 'israeli-strike-doha-kafarman-2025-11-01',
  nov23: 'israeli-strike-beirut-2025-11-23',
};

const events = [
  // ===== 26–27 November 2024: the last day of the war, the agreement, the ceasefire =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2024-11-26', recordedAt: at24('11-27', '06:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Israel – Lebanon cessation of hostilities, 2024–25',
      subject:
        "The US- and France-brokered cessation of hostilities that ended the 2024 war: Israel's withdrawal from southern Lebanon, the Lebanese army's deployment south of the Litani, Hezbollah's disarmament, and the mechanism chaired by the United States that monitors it",
      parties: [ISRAEL, LEBANON],
      mediators: [USA, FRANCE],
    },
    [S.hinduNov26, S.trtNov27],
    { note: "Opened on the day Israel's cabinet approved the deal and Biden announced it." },
  ),
  ev(
    'ActorRegistered',
    'actor-hezbollah',
    { occurredAt: '2024-11-26', recordedAt: at24('11-27', '06:05') },
    { actor: HEZBOLLAH, role: 'third-party' },
    [S.trtNov27],
    {
      note: "Lebanon's armed group, Israel's enemy in the war; not at the table (the Lebanese state negotiated and answers for it under the agreement).",
    },
  ),
  ev(
    'IncidentReported',
    'inc-strikes-nov26',
    { occurredAt: '2024-11-26T14:00:00Z', precision: 'approximate', recordedAt: at24('11-27', '06:10') },
    {
      incidentId: 'israeli-strikes-2024-11-26',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      target:
        "Hezbollah command centres, depots and financial sites (Israel's account); a building housing the displaced",
      place: 'Beirut (Noueiri, Mazraa, Hamra) and its southern suburbs, southern Lebanon',
      fatalities: { min: 24, max: 24 },
      description:
        'Hours before the ceasefire, Israel strikes 20 targets in Beirut in two minutes after its largest evacuation warning, and 30 in the south; at least 24 killed across Lebanon (local authorities). Hezbollah fires rockets into northern Israel the same day.',
    },
    [S.hinduNov26, S.nationalNov26],
  ),
  ev(
    'AgreementReached',
    'agr-cessation',
    { occurredAt: '2024-11-26T20:00:00Z', precision: 'approximate', recordedAt: at24('11-27', '06:15') },
    {
      agreementId: 'cessation-of-hostilities-2024',
      kind: 'ceasefire',
      provisions: [
        'All fire stops from all parties at 04:00 local time on 27 November',
        'Within 60 days the Lebanese army deploys in the south and Israel withdraws in phases behind the Blue Line',
        'Hezbollah withdraws north of the Litani River; only state forces bear arms in the south',
        'A mechanism chaired by the United States, with France and UNIFIL, monitors compliance',
      ],
      signatories: ['israel', 'lebanon'],
      textPublic: true,
    },
    [S.trtNov27, S.menafnNov27],
  ),
  ev(
    'DemandTabled',
    'dem-disarm',
    { occurredAt: '2024-11-26T20:00:00Z', precision: 'approximate', recordedAt: at24('11-27', '06:20') },
    {
      demandId: D.disarm,
      by: 'israel',
      addressedTo: ['lebanon'],
      text: 'Hezbollah is not to rebuild or rearm: its forces out of the south, and the state to disarm it.',
      category: 'security',
    },
    [S.kgNov27],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-nov26',
    { occurredAt: '2024-11-26T18:00:00Z', precision: 'approximate', recordedAt: at24('11-27', '06:25') },
    {
      speaker: NETANYAHU,
      audience: 'lebanon',
      tone: 'warning',
      summary:
        'Israel keeps full freedom of military action: if Hezbollah breaks the agreement or tries to rearm or rebuild near the border, Israel will attack.',
    },
    [S.kgNov27],
  ),
  ev(
    'CeasefireDeclared',
    'cf',
    { occurredAt: '2024-11-27T02:00:00Z', recordedAt: at24('11-27', '06:30') },
    {
      ceasefireId: CF,
      parties: ['israel', 'lebanon'],
      scope: 'All hostilities between Israel and Lebanon, under the cessation of hostilities',
      duration: 'indefinite',
      mediatedBy: ['united-states', 'france'],
    },
    [S.trtNov27, S.menafnNov27],
    { note: 'In force at 04:00 local time (02:00 GMT). The 60 days are the withdrawal period, not its term.' },
  ),
  // ===== December 2024: the first test =====
  ev(
    'IncidentReported',
    'inc-hezbollah-dec2',
    { occurredAt: '2024-12-02T15:00:00Z', precision: 'approximate', recordedAt: at24('12-03', '07:55') },
    {
      incidentId: 'hezbollah-mortars-2024-12-02',
      kind: 'shelling',
      perpetrator: 'hezbollah',
      allegedBy: 'israel',
      against: 'israel',
      blamedOn: 'lebanon',
      target: 'Israeli positions at Ruwaisat al-Alam',
      place: 'Shebaa Farms / Mount Dov',
      fatalities: { min: 0, max: 0 },
      description:
        'Hezbollah fires two mortars at an Israeli position in the disputed Shebaa Farms, a "defensive warning" over Israel\'s violations; they fall in open ground. The IDF calls it a violation of the ceasefire between Israel and Lebanon and "demands that the relevant parties in Lebanon fulfil their responsibilities".',
    },
    [S.xinhuaDec2, S.indiatvDec3],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-dec2',
    { occurredAt: '2024-12-02T19:00:00Z', precision: 'approximate', recordedAt: at24('12-03', '08:00') },
    {
      incidentId: O.dec2,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: "Hezbollah fighters, launchers and infrastructure (Israel's account)",
      place: 'Haris, Tallousa and other places across Lebanon, the Syrian border and Hermel',
      fatalities: { min: 11, max: 11 },
      injured: { min: 4, max: 4 },
      description:
        "Israel's largest wave of strikes across Lebanon since the ceasefire: five killed in Haris, four in Tallousa, two elsewhere, a State Security member among them (health ministry).",
    },
    [S.newserDec3, S.indiatvDec3],
    { occurrence: O.dec2 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-strikes-dec2',
    { occurredAt: '2024-12-02T19:00:00Z', precision: 'approximate', recordedAt: at24('12-03', '08:05') },
    {
      ceasefireId: CF,
      allegedBy: 'lebanon',
      against: 'israel',
      casualties: { min: 11, max: 11 },
      description:
        'Speaker Berri urges the monitoring committee to stop Israel\'s offences "immediately"; France counts 52 Israeli breaches by 1 December. The US: "largely speaking, the ceasefire is holding".',
    },
    [S.voiDec3, S.newserDec3],
    { occurrence: O.dec2 },
  ),
  ev(
    'StatementMade',
    'stmt-katz-dec3',
    { occurredAt: '2024-12-03', recordedAt: at24('12-03', '18:00') },
    {
      speaker: KATZ,
      audience: 'lebanon',
      tone: 'military-threat',
      summary:
        'If the war resumes Israel will act with greater force and penetrate deeper, and will no longer distinguish between Hezbollah and the Lebanese state.',
      quote: 'If we go to war again, we will act with even greater force and penetrate deeper',
    },
    [S.ibisDec3],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-dec7',
    { occurredAt: '2024-12-07', recordedAt: at24('12-08', '08:00') },
    {
      incidentId: 'israeli-strikes-2024-12-07',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      place: 'Beit Lif and Deir Seryan, southern Lebanon',
      fatalities: { min: 6, max: 6 },
      injured: { min: 5, max: 5 },
      description: 'Israeli strikes kill five in Beit Lif and one in a drone strike on Deir Seryan (health ministry).',
    },
    [S.metroDec8],
  ),
  ev(
    'IncidentReported',
    'inc-strike-dec9',
    { occurredAt: '2024-12-09', recordedAt: at24('12-09', '18:00') },
    {
      incidentId: 'israeli-strike-2024-12-09',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: 'A car near a Lebanese army checkpoint',
      place: 'Saf al-Hawa, Bint Jbeil',
      fatalities: { min: 1, max: 1 },
      injured: { min: 4, max: 4 },
      civilianFatalities: { min: 1, max: 1 },
      description:
        'The Lebanese army: "the Israeli enemy" struck a car near its Saf al-Hawa checkpoint, killing a civilian and wounding four soldiers.',
    },
    [S.islamdigitalsDec9, S.dayfrDec9],
  ),
  ev(
    'IncidentReported',
    'inc-strike-dec14',
    { occurredAt: '2024-12-14', recordedAt: at24('12-14', '20:00') },
    {
      incidentId: 'israeli-strike-marjayoun-2024-12-14',
      kind: 'drone-strike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: 'A vehicle',
      place: 'Marjayoun district',
      fatalities: { min: 1, max: 1 },
      description:
        'A drone strike on a vehicle kills one (health ministry); the IDF says it struck "a loaded and ready-to-use launcher aimed at Israel in violation of the ceasefire understandings"; five were killed in Israeli strikes on 11 December (Lebanon\'s count, as AFP relays it).',
    },
    [S.frontierDec14],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-jan12',
    { occurredAt: '2025-01-12T20:00:00Z', precision: 'approximate', recordedAt: at('01-13', '08:00') },
    {
      incidentId: 'israeli-strikes-janta-2025-01-12',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      place: 'Janta (Baalbek-Hermel) and several areas of southern Lebanon',
      description:
        'The first strikes around Baalbek since the ceasefire, and six intense strikes in the south (NNA); no toll given.',
    },
    [S.xinhuaJan12],
  ),
  // ===== January – February 2025: the deadlines =====
  ev(
    'IncidentReported',
    'inc-fire-jan26',
    { occurredAt: '2025-01-26', recordedAt: at('01-26', '20:00') },
    {
      incidentId: O.jan26,
      kind: 'clash',
      perpetrator: 'israel',
      against: 'lebanon',
      target: 'Residents returning to their villages; Lebanese army soldiers',
      place: 'Nearly 20 border villages (Mays al-Jabal, Kfar Kila, Aita al-Shaab, Borj el-Mlouk…)',
      fatalities: { min: 22, max: 22 },
      injured: { min: 124, max: 124 },
      description:
        'On the 60-day deadline, which Israel does not meet, its troops fire on crowds returning to villages they still hold: 22 killed, six women and a Lebanese soldier among them, 124 wounded (health ministry). The IDF says it fired warning shots to remove threats.',
    },
    [S.hurriyetJan26, S.bollspelJan26],
    { occurrence: O.jan26 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-fire-jan26',
    { occurredAt: '2025-01-26', recordedAt: at('01-26', '20:05') },
    {
      ceasefireId: CF,
      allegedBy: 'lebanon',
      against: 'israel',
      casualties: { min: 22, max: 22 },
      injured: { min: 124, max: 124 },
      description:
        'The Lebanese army and the health ministry: Israel fired on citizens returning to villages "still under occupation"; Lebanon accuses Israel of stalling its withdrawal.',
    },
    [S.hurriyetJan26, S.bollspelJan26],
    { occurrence: O.jan26 },
  ),
  ev(
    'CeasefireExtended',
    'cf-extended-jan26',
    { occurredAt: '2025-01-26T21:00:00Z', precision: 'approximate', recordedAt: at('01-27', '08:00') },
    {
      ceasefireId: CF,
      duration: 'indefinite',
      terms:
        'The White House: the arrangement between Lebanon and Israel, monitored by the United States, continues in effect until 18 February, the new deadline for the withdrawal; talks to begin on the return of Lebanese prisoners. Confirmed by Prime Minister Mikati.',
    },
    [S.bollspelJan26, S.nieJan27],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-jan30',
    { occurredAt: '2025-01-30T22:00:00Z', precision: 'approximate', recordedAt: at('01-31', '12:00') },
    {
      incidentId: 'israeli-strikes-janta-2025-01-30',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: "Hezbollah weapons-manufacturing and smuggling sites (Israel's account)",
      place: 'Janta, Bekaa Valley, and the Syrian–Lebanese border',
      fatalities: { min: 2, max: 2 },
      injured: { min: 10, max: 10 },
      description:
        'Overnight strikes on the Bekaa kill two and wound ten in Janta (health ministry); the IDF says it hit a Hezbollah site for making weapons and smuggling routes, after intercepting a Hezbollah surveillance drone it called a breach of the ceasefire understandings.',
    },
    [S.urdupointJan31, S.devdiscourseJan31],
  ),
  ev(
    'IncidentReported',
    'inc-strike-feb8',
    { occurredAt: '2025-02-08', recordedAt: at('02-09', '08:00') },
    {
      incidentId: 'israeli-strike-shaara-2025-02-08',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: "A Hezbollah weapons site (Israel's account)",
      place: 'Shaara, near Janta, Baalbek district',
      fatalities: { min: 6, max: 6 },
      injured: { min: 2, max: 2 },
      description:
        'An airstrike kills six and wounds two (NNA); the IDF says it hit Hezbollah members at a site for producing and storing strategic weapons.',
    },
    [S.hurriyetFeb9],
  ),
  ev(
    'IncidentReported',
    'inc-strike-feb15',
    { occurredAt: '2025-02-15T19:00:00Z', precision: 'approximate', recordedAt: at('02-16', '08:00') },
    {
      incidentId: 'israeli-strike-jarjouh-2025-02-15',
      kind: 'drone-strike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: 'A car',
      place: 'Jarjouh road, Iqlim al-Tuffah, more than 25 km from the border',
      fatalities: { min: 2, max: 2 },
      injured: { min: 4, max: 4 },
      description:
        "A drone strike on a car kills two and wounds four (NNA), in an area not hit since the ceasefire; the IDF says it killed a senior member of Hezbollah's air unit.",
    },
    [S.senenewsFeb16],
  ),
  ev(
    'IncidentReported',
    'inc-posture-feb18',
    { occurredAt: '2025-02-18', recordedAt: at('02-18', '18:00') },
    {
      incidentId: 'israel-five-positions-2025-02-18',
      kind: 'force-posture',
      perpetrator: 'israel',
      against: 'lebanon',
      place: 'Five hilltop positions along the border in southern Lebanon',
      description:
        'The withdrawal deadline passes: Israel pulls out of the border villages but stays "temporarily" in five strategic high points (Saar), a buffer zone "to protect the northern communities" (Katz).',
    },
    [S.jordanFeb18, S.trtFeb18],
  ),
  ev(
    'DemandTabled',
    'dem-withdraw',
    { occurredAt: '2025-02-18', recordedAt: at('02-19', '08:00') },
    {
      demandId: D.withdraw,
      by: 'lebanon',
      addressedTo: ['israel'],
      text: 'Withdraw fully from Lebanese territory, the five positions included, and stop the attacks, as the ceasefire requires.',
      category: 'territorial',
    },
    [S.devdiscourseFeb18, S.alahedFeb19],
  ),
  ev(
    'StatementMade',
    'stmt-leaders-feb18',
    { occurredAt: '2025-02-18', recordedAt: at('02-19', '08:05') },
    {
      speaker: LEBANESE_LEADERS,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'Any Israeli presence left on Lebanese soil is an occupation; Lebanon reserves the right to use all means to end it, and takes the matter to the Security Council.',
    },
    [S.devdiscourseFeb18, S.alahedFeb19],
  ),
  ev(
    'StatementMade',
    'stmt-katz-feb18',
    { occurredAt: '2025-02-18', recordedAt: at('02-19', '08:10') },
    {
      speaker: KATZ,
      audience: 'lebanon',
      tone: 'warning',
      summary:
        'The army stays in a buffer zone at five strategic outposts and will "continue to enforce forcefully and without compromise against any violation by Hezbollah".',
    },
    [S.alahedFeb19],
  ),
  // ===== March – April 2025: the rockets and Beirut =====
  ev(
    'IncidentReported',
    'inc-strike-mar10',
    { occurredAt: '2025-03-10T13:00:00Z', precision: 'approximate', recordedAt: at('03-11', '08:00') },
    {
      incidentId: 'israeli-strike-deir-al-zahrani-2025-03-10',
      kind: 'drone-strike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: 'A vehicle',
      place: 'Between Deir al-Zahrani and Roumine, southern Lebanon',
      fatalities: { min: 1, max: 1 },
      description:
        "A drone strike on a vehicle kills one, a senior operative of Hezbollah's air-defence unit by Lebanese reports.",
    },
    [S.ynetMar11],
  ),
  ev(
    'IncidentReported',
    'inc-rockets-mar22',
    { occurredAt: '2025-03-22T05:30:00Z', recordedAt: at('03-22', '10:00') },
    {
      incidentId: 'rockets-metula-2025-03-22',
      kind: 'militant-attack',
      allegedBy: 'israel',
      against: 'israel',
      blamedOn: 'lebanon',
      target: 'Metula',
      place: 'Fired from north of the Litani (the Lebanese army found the launchers)',
      fatalities: { min: 0, max: 0 },
      description:
        'Six rockets fired at Metula, three intercepted, three fall short in Lebanon; the first since December. Hezbollah denies it and says it keeps the ceasefire; no one claims it. The IDF: "The State of Lebanon bears responsibility for upholding the agreement".',
    },
    [S.toiMar22, S.vozMar22],
  ),
  ev(
    'StatementMade',
    'stmt-katz-mar22',
    { occurredAt: '2025-03-22T07:00:00Z', precision: 'approximate', recordedAt: at('03-22', '10:05') },
    {
      speaker: KATZ,
      audience: 'lebanon',
      tone: 'military-threat',
      summary:
        'Israel will not allow fire on the Galilee; the Lebanese government is responsible for any fire from its territory, and the IDF is instructed to respond.',
      quote: 'The fate of Metula is the same as Beirut',
    },
    [S.vozMar22, S.lbciMar22],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-mar22',
    { occurredAt: '2025-03-22T12:00:00Z', precision: 'approximate', recordedAt: at('03-22', '20:00') },
    {
      incidentId: O.mar22,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: "Hezbollah command centres and dozens of rocket launchers (Israel's account)",
      place: 'Touline, Tyre, Hawsh al-Sayed Ali, Yohmor al-Shqif and the Beqaa and Hermel',
      fatalities: { min: 7, max: 8 },
      description:
        'Artillery and two waves of air strikes across Lebanon, the heaviest exchange since the ceasefire: five killed in Touline, a child among them, one in Tyre (its first strike since the truce), more on the Syrian border.',
    },
    [S.rjMar22, S.everythingMar22],
    { occurrence: O.mar22 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-strikes-mar22',
    { occurredAt: '2025-03-22T12:00:00Z', precision: 'approximate', recordedAt: at('03-22', '20:05') },
    {
      ceasefireId: CF,
      allegedBy: 'lebanon',
      against: 'israel',
      casualties: { min: 7, max: 8 },
      description:
        'Prime Minister Salam warns that renewed military operations could drag Lebanon into a new war; LBCI reports Israel\'s "own daily breaches" of the ceasefire.',
    },
    [S.everythingMar22, S.lbciMar22],
    { occurrence: O.mar22 },
  ),
  ev(
    'IncidentReported',
    'inc-rockets-mar28',
    { occurredAt: '2025-03-28T05:00:00Z', precision: 'approximate', recordedAt: at('03-28', '10:00') },
    {
      incidentId: 'rockets-kiryat-shmona-2025-03-28',
      kind: 'militant-attack',
      allegedBy: 'israel',
      against: 'israel',
      blamedOn: 'lebanon',
      target: 'Kiryat Shmona',
      place: 'Fired from southern Lebanon',
      fatalities: { min: 0, max: 0 },
      description:
        "Two rockets fired at northern Israel, one intercepted, one lands in Lebanon. Hezbollah denies any part in it; no one claims it. Israel says its strikes on Beirut will go on unless Lebanon's government stops such attacks.",
    },
    [S.chinadailyMar28, S.citynewsMar28],
  ),
  ev(
    'IncidentReported',
    'inc-strike-beirut-mar28',
    { occurredAt: '2025-03-28T11:00:00Z', precision: 'approximate', recordedAt: at('03-28', '16:00') },
    {
      incidentId: 'israeli-strike-beirut-2025-03-28',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: "A Hezbollah drone storage facility (Israel's account), near two schools",
      place: "Hadath, Beirut's southern suburbs",
      description:
        "Israel's first strike on Beirut since the ceasefire, after an evacuation warning; casualties not known that day. Lebanese officials count 18 killed in the south by Israeli drone, air and artillery strikes over the past week.",
    },
    [S.citynewsMar28, S.wfaeMar28],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-mar28',
    { occurredAt: '2025-03-28T12:00:00Z', precision: 'approximate', recordedAt: at('03-28', '16:05') },
    {
      speaker: NETANYAHU,
      audience: 'lebanon',
      tone: 'military-threat',
      summary:
        'Israel will continue to enforce the ceasefire with strength and strike anywhere in Lebanon against any threat to Israel.',
      quote: 'We will not allow any fire on our communities, not even a trickle',
    },
    [S.wfaeMar28, S.citynewsMar28],
  ),
  ev(
    'IncidentReported',
    'inc-strike-beirut-apr1',
    { occurredAt: '2025-04-01T00:30:00Z', recordedAt: at('04-01', '12:00') },
    {
      incidentId: O.apr1,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: "Hassan Bdeir, a Hezbollah official liaising with Hamas (Israel's account)",
      place: "Beirut's southern suburbs",
      fatalities: { min: 3, max: 4 },
      injured: { min: 7, max: 7 },
      description:
        'A strike without warning at 03:30 on the first day of Eid kills four, a woman among them (health ministry; three in a first toll), Bdeir and his son with them.',
    },
    [S.dailysabahApr1, S.thewestApr1],
    { occurrence: O.apr1 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-beirut-apr1',
    { occurredAt: '2025-04-01T00:30:00Z', recordedAt: at('04-01', '12:05') },
    {
      ceasefireId: CF,
      allegedBy: 'lebanon',
      against: 'israel',
      casualties: { min: 3, max: 4 },
      description:
        'Prime Minister Salam: a "clear breach" of the 27 November ceasefire; President Aoun asks Lebanon\'s allies to back its "right to full sovereignty".',
    },
    [S.dailysabahApr1],
    { occurrence: O.apr1 },
  ),
  ev(
    'IncidentReported',
    'inc-strike-apr14',
    { occurredAt: '2025-04-14', recordedAt: at('04-14', '18:00') },
    {
      incidentId: 'israeli-strike-taybeh-2025-04-14',
      kind: 'drone-strike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: "A Hezbollah member (Israel's account)",
      place: 'Taybeh, Marjayoun',
      fatalities: { min: 1, max: 1 },
      description:
        'A drone strike in front of a motorcycle repair shop kills one (health ministry), the day after a strike killed two in Zibqin; US envoy Ortagus had just visited.',
    },
    [S.arabnewsApr14],
  ),
  ev(
    'IncidentReported',
    'inc-strike-beirut-apr27',
    { occurredAt: '2025-04-27T15:00:00Z', precision: 'approximate', recordedAt: at('04-27', '20:00') },
    {
      incidentId: 'israeli-strike-beirut-2025-04-27',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: "A Hezbollah precision-missile store (Israel's account)",
      place: "Hadath, Beirut's southern suburbs",
      fatalities: { min: 0, max: 0 },
      description:
        "An hour after an evacuation warning, Israeli jets destroy a building Israel says stored Hezbollah's precision missiles, the third strike on the southern suburbs since the ceasefire; no casualties reported. President Aoun asks the United States and France, as guarantors of the ceasefire, to make Israel stop its attacks.",
    },
    [S.newserApr27, S.inntApr27],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-katz-apr27',
    { occurredAt: '2025-04-27T16:00:00Z', precision: 'approximate', recordedAt: at('04-27', '20:05') },
    {
      speaker: NETANYAHU,
      audience: 'lebanon',
      tone: 'warning',
      summary:
        'With Katz: Israel will not let Hezbollah grow stronger or threaten it from anywhere in Lebanon, and the southern suburbs will be no haven; the Lebanese government bears full responsibility for preventing these threats.',
    },
    [S.inntApr27],
  ),
  // ===== May – July 2025: the routine strikes and the US proposal =====
  ev(
    'IncidentReported',
    'inc-strike-may27',
    { occurredAt: '2025-05-27', recordedAt: at('05-28', '08:00') },
    {
      incidentId: 'israeli-strike-yater-2025-05-27',
      kind: 'drone-strike',
      perpetrator: 'israel',
      against: 'lebanon',
      place: 'Yater, Bint Jbeil',
      fatalities: { min: 1, max: 1 },
      description: 'A strike on a motorcycle kills a man (health ministry).',
    },
    [S.brecorderMay28],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-may29',
    { occurredAt: '2025-05-29', recordedAt: at('05-30', '08:00') },
    {
      incidentId: 'israeli-strikes-2025-05-29',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: "A Hezbollah member and 'several military sites' (Israel's account)",
      place: 'Nabatiyeh al-Fawqa and Kfar Kila',
      fatalities: { min: 2, max: 2 },
      description:
        'A strike kills a municipal employee fixing wells in Nabatiyeh al-Fawqa and Israeli gunfire kills a man in Kfar Kila (health ministry).',
    },
    [S.newarabMay30],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-beirut-jun5',
    { occurredAt: '2025-06-05T19:00:00Z', precision: 'approximate', recordedAt: at('06-06', '08:00') },
    {
      incidentId: O.jun5,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: "Underground Hezbollah drone factories (Israel's account); eight buildings",
      place: "Hadath, Haret Hreik and Burj al-Barajneh, Beirut's southern suburbs",
      fatalities: { min: 0, max: 0 },
      description:
        "On the eve of Eid al-Adha, about ten strikes on four places in Beirut's southern suburbs after evacuation warnings, the fourth attack on the capital since the ceasefire; the Lebanese army had offered to inspect the sites. No casualties reported.",
    },
    [S.cnaJun6, S.devdiscourseJun6],
    { occurrence: O.jun5 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-beirut-jun5',
    { occurredAt: '2025-06-05T19:00:00Z', precision: 'approximate', recordedAt: at('06-06', '08:05') },
    {
      ceasefireId: CF,
      allegedBy: 'lebanon',
      against: 'israel',
      description:
        'President Aoun: a "flagrant violation" of the 27 November ceasefire "on the eve of a sacred religious festival"; Prime Minister Salam: a systematic attack on Lebanon.',
    },
    [S.cnaJun6],
    { occurrence: O.jun5 },
  ),
  ev(
    'IncidentReported',
    'inc-strike-jun24',
    { occurredAt: '2025-06-24', recordedAt: at('06-24', '18:00') },
    {
      incidentId: 'israeli-strike-kfardjal-2025-06-24',
      kind: 'drone-strike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: 'A car',
      place: 'Kfardjal, Nabatieh',
      fatalities: { min: 3, max: 3 },
      description:
        'A drone strike on a car kills three, a money changer said to have ties to Hezbollah and his two sons (health ministry); the day before, strikes north of the Litani.',
    },
    [S.nationalJun24],
  ),
  ev(
    'MediationAction',
    'med-barrack-jun19',
    { occurredAt: '2025-06-19', recordedAt: at('07-07', '12:00') },
    {
      mediator: 'united-states',
      action: 'proposed',
      summary:
        "Envoy Tom Barrack's paper: Hezbollah fully disarmed within four months, after which Israel withdraws from the positions it holds and halts its strikes; economic reforms and reconstruction aid.",
    },
    [S.shafaqJul7, S.abcJul7],
  ),
  ev(
    'PositionTaken',
    'pos-lebanon-jul7',
    { occurredAt: '2025-07-07', recordedAt: at('07-07', '12:05') },
    {
      demandId: D.disarm,
      actorId: 'lebanon',
      stance: 'conditional',
      conditions:
        'A state monopoly on arms, tied to Israel complying with the ceasefire (its strikes stopped, its withdrawal); the seven-page reply was not published.',
      speaker: AOUN,
    },
    [S.abcJul7, S.nationalJul7],
    { note: 'Barrack: "unbelievably satisfied" with the reply.' },
  ),
  ev(
    'IncidentReported',
    'inc-strikes-jul15',
    { occurredAt: '2025-07-15', recordedAt: at('07-15', '20:00') },
    {
      incidentId: 'israeli-strikes-wadi-faara-2025-07-15',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: "Hezbollah Radwan force camps (Israel's account)",
      place: 'Wadi Faara, northern Bekaa Valley',
      fatalities: { min: 12, max: 12 },
      injured: { min: 8, max: 8 },
      description:
        'Strikes the IDF says hit Radwan force training camps; one hits a camp of displaced Syrians: 12 killed, seven of them Syrians, eight wounded (NNA).',
    },
    [S.dailysabahJul15],
  ),
  ev(
    'StatementMade',
    'stmt-katz-jul15',
    { occurredAt: '2025-07-15', recordedAt: at('07-15', '20:05') },
    {
      speaker: KATZ,
      audience: 'lebanon',
      tone: 'warning',
      summary:
        'The strikes are "a clear message" to Hezbollah and to the Lebanese government, "which is responsible for upholding the agreement"; Israel will respond with maximum force to any attempt to rebuild Hezbollah\'s capabilities.',
    },
    [S.dailysabahJul15],
  ),
  ev(
    'IncidentReported',
    'inc-strike-jul24',
    { occurredAt: '2025-07-24', recordedAt: at('07-24', '20:00') },
    {
      incidentId: 'israeli-strike-aita-al-shaab-2025-07-24',
      kind: 'drone-strike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: 'A pickup truck',
      place: 'Aita al-Shaab',
      fatalities: { min: 1, max: 1 },
      description:
        'A drone strike on a pickup truck kills the driver (NNA); an Israeli unit crosses some 800 m near Houla and blows up a structure.',
    },
    [S.memoJul24],
  ),
  ev(
    'IncidentReported',
    'inc-strike-jul26',
    { occurredAt: '2025-07-26', recordedAt: at('07-26', '18:00') },
    {
      incidentId: O.jul26,
      kind: 'drone-strike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: 'A house',
      place: 'Debaal, Tyre',
      fatalities: { min: 2, max: 2 },
      description: 'A drone fires two missiles into a house, killing two (health ministry).',
    },
    [S.anewsJul26],
    { occurrence: O.jul26 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-debaal-jul26',
    { occurredAt: '2025-07-26', recordedAt: at('07-26', '18:05') },
    {
      ceasefireId: CF,
      allegedBy: 'lebanon',
      against: 'israel',
      casualties: { min: 2, max: 2 },
      description:
        "The latest violation of the ceasefire in the Lebanese authorities' count: nearly 3,000 Israeli violations since November, over 259 killed and 562 wounded.",
    },
    [S.anewsJul26],
    { occurrence: O.jul26 },
  ),
  ev(
    'IncidentReported',
    'inc-strikes-jul31',
    { occurredAt: '2025-07-31T18:00:00Z', precision: 'approximate', recordedAt: at('08-01', '12:00') },
    {
      incidentId: 'israeli-strikes-2025-07-31',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      place: 'Towns of southern Lebanon and the mountains of the Beqaa',
      fatalities: { min: 4, max: 4 },
      description:
        'A series of heavy strikes on the south and east in the evening, "a major escalation" (NNA); four killed (health ministry).',
    },
    [S.anewsAug1],
  ),
  // ===== August – September 2025: the cabinet's decision =====
  ev(
    'PositionTaken',
    'pos-lebanon-aug5',
    { occurredAt: '2025-08-05', recordedAt: at('08-07', '18:00') },
    {
      demandId: D.disarm,
      actorId: 'lebanon',
      stance: 'accepted',
      conditions:
        'The cabinet tasks the army with a plan, due 31 August, to bring all weapons under state control by the end of the year; on 7 August it endorses the objectives of the US paper. Hezbollah\'s and Amal\'s ministers walk out; Hezbollah calls it a "grave sin".',
      speaker: SALAM,
    },
    [S.japantimesAug6, S.inntAug7, S.shafaqAug7],
  ),
  ev(
    'IncidentReported',
    'inc-strike-aug7',
    { occurredAt: '2025-08-07', recordedAt: at('08-07', '20:00') },
    {
      incidentId: 'israeli-strike-masnaa-2025-08-07',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      place: 'Masnaa road, eastern Lebanon, and Kfardan near Baalbek',
      fatalities: { min: 6, max: 7 },
      injured: { min: 10, max: 10 },
      description:
        'An Israeli strike on the Masnaa road kills six and wounds ten in a preliminary toll (health ministry); a drone kills one more in Kfardan (Al-Manar).',
    },
    [S.naharnetAug7],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-aug31',
    { occurredAt: '2025-08-31T10:00:00Z', precision: 'approximate', recordedAt: at('09-01', '06:00') },
    {
      incidentId: 'israeli-strikes-beaufort-2025-08-31',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: "Hezbollah military and underground infrastructure (Israel's account)",
      place: 'Beaufort Ridge: Ali al-Taher, Kafr Tibnit, Al-Debsha, Nabatieh al-Fawqa',
      description:
        'Intense strikes with "a large number of missiles" on woods and a site the IDF says is Hezbollah\'s, with underground infrastructure, "a violation of the understandings between Israel and Lebanon"; fires and heavy damage, no toll reported.',
    },
    [S.dawnSep1],
  ),
  ev(
    'IncidentReported',
    'inc-strike-sep14',
    { occurredAt: '2025-09-14T17:00:00Z', precision: 'approximate', recordedAt: at('09-14', '21:00') },
    {
      incidentId: 'israeli-strike-toulin-2025-09-14',
      kind: 'drone-strike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: 'A car',
      place: 'Between Toulin and Burj Qalaouiyeh, Bint Jbeil',
      fatalities: { min: 1, max: 1 },
      description:
        'A drone strike on a car kills one, a resident of Majdal Selm (health ministry), shortly after another strike damaged a car carrying children.',
    },
    [S.anewsSep14],
  ),
  ev(
    'IncidentReported',
    'inc-strike-sep21',
    { occurredAt: '2025-09-21T14:00:00Z', precision: 'approximate', recordedAt: at('09-22', '07:55') },
    {
      incidentId: O.sep21,
      kind: 'drone-strike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: "A Hezbollah member (Israel's account); a motorbike and a family's car",
      place: 'Bint Jbeil',
      fatalities: { min: 5, max: 5 },
      injured: { min: 2, max: 2 },
      civilianFatalities: { min: 4, max: 4 },
      description:
        'A drone strike kills a father and three of his children, and another man (health ministry); the IDF says it killed a Hezbollah member and "several uninvolved civilians", and is reviewing it.',
    },
    [S.trtSep21, S.sowetanSep22],
    { occurrence: O.sep21 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-bint-jbeil-sep21',
    { occurredAt: '2025-09-21T14:00:00Z', precision: 'approximate', recordedAt: at('09-22', '08:00') },
    {
      ceasefireId: CF,
      allegedBy: 'lebanon',
      against: 'israel',
      casualties: { min: 5, max: 5 },
      civilianFatalities: { min: 4, max: 4 },
      description:
        'Prime Minister Salam: "a new massacre", "a blatant crime against civilians"; he asks the world to condemn Israel\'s repeated violations. Speaker Berri: the dead children were US citizens.',
    },
    [S.sowetanSep22],
    { occurrence: O.sep21 },
  ),
  ev(
    'IncidentReported',
    'inc-strike-oct2',
    { occurredAt: '2025-10-02', recordedAt: at('10-03', '12:00') },
    {
      incidentId: 'israeli-strike-jarmaq-2025-10-02',
      kind: 'drone-strike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: 'A car',
      place: 'Al-Jarmaq, Jezzine district',
      fatalities: { min: 2, max: 2 },
      injured: { min: 1, max: 1 },
      description:
        'A drone strike on a car kills two and wounds one (health ministry); strikes on Kafra the day before killed one and wounded five, and on 3 October jets pound the Ali al-Taher area.',
    },
    [S.alahedOct3],
  ),
  // ===== October – November 2025: the strikes intensify =====
  ev(
    'IncidentReported',
    'inc-strikes-oct11',
    { occurredAt: '2025-10-11T00:00:00Z', precision: 'approximate', recordedAt: at('10-11', '12:00') },
    {
      incidentId: O.oct11,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      target:
        "Engineering machinery for rebuilding Hezbollah infrastructure (Israel's account); bulldozers and vehicles",
      place: 'Al-Msayleh, southern Lebanon',
      fatalities: { min: 1, max: 1 },
      injured: { min: 7, max: 7 },
      civilianFatalities: { min: 1, max: 1 },
      description:
        'Ten strikes overnight hit a yard of heavy machinery on the Msayleh road, burning dozens of vehicles; a Syrian killed, seven wounded (health ministry).',
    },
    [S.dailysabahOct11, S.trtOct11],
    { occurrence: O.oct11 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-msayleh-oct11',
    { occurredAt: '2025-10-11T00:00:00Z', precision: 'approximate', recordedAt: at('10-11', '12:05') },
    {
      ceasefireId: CF,
      allegedBy: 'lebanon',
      against: 'israel',
      casualties: { min: 1, max: 1 },
      description: 'President Aoun condemns the overnight strikes, the latest breach of the ceasefire.',
    },
    [S.trtOct11],
    { occurrence: O.oct11 },
  ),
  ev(
    'IncidentReported',
    'inc-strike-nov1',
    { occurredAt: '2025-11-01T20:00:00Z', precision: 'approximate', recordedAt: at('11-02', '10:00') },
    {
      incidentId: O.nov1,
      kind: 'drone-strike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: "Hezbollah officers (Israel's account); a car",
      place: 'Doha–Kafarman road, Nabatieh',
      fatalities: { min: 4, max: 4 },
      injured: { min: 3, max: 3 },
      description: 'A drone strike on a car kills the four inside and wounds two passers-by (health ministry).',
    },
    [S.memoNov2],
    { occurrence: O.nov1 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-nov1',
    { occurredAt: '2025-11-01T20:00:00Z', precision: 'approximate', recordedAt: at('11-02', '10:05') },
    {
      ceasefireId: CF,
      allegedBy: 'lebanon',
      against: 'israel',
      casualties: { min: 4, max: 4 },
      description: "Lebanon's health ministry reports the strike as a violation of the ceasefire agreement.",
    },
    [S.memoNov2],
    { occurrence: O.nov1 },
  ),
  ev(
    'StatementMade',
    'stmt-katz-nov2',
    { occurredAt: '2025-11-02', recordedAt: at('11-02', '10:10') },
    {
      speaker: KATZ,
      audience: 'lebanon',
      tone: 'military-threat',
      summary:
        "Lebanon's president is delaying Hezbollah's disarmament; Israel will intensify its attacks unless the disarmament is carried out in full.",
      quote: 'Hezbollah is playing with fire',
    },
    [S.memoNov2],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-nov6',
    { occurredAt: '2025-11-06T14:00:00Z', precision: 'approximate', recordedAt: at('11-06', '20:00') },
    {
      incidentId: 'israeli-strikes-2025-11-06',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: "Hezbollah military targets it was rebuilding (Israel's account)",
      place: 'Aita al-Jabal, Al-Tayyiba, Tayr Debba, Zawtar al-Sharqiyah, Toura, Abbasiyeh',
      fatalities: { min: 1, max: 1 },
      injured: { min: 1, max: 1 },
      description:
        'Heavy strikes across the south an hour after five evacuation orders, the places from 4 to 24 km from the border; one killed earlier in the day, one wounded (health ministry). UNIFIL: "clear violations" of resolution 1701.',
    },
    [S.businessdayNov6, S.medialineNov6],
  ),
  ev(
    'IncidentReported',
    'inc-strike-nov22',
    { occurredAt: '2025-11-22T08:00:00Z', precision: 'approximate', recordedAt: at('11-22', '18:00') },
    {
      incidentId: 'israeli-strike-zawtar-2025-11-22',
      kind: 'drone-strike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: 'A vehicle',
      place: 'Zawtar el-Charqiyeh road, Nabatieh',
      fatalities: { min: 1, max: 1 },
      description:
        "A drone strike on a vehicle kills one; the day before, a strike in Froun (Bint Jbeil) killed another, a Hezbollah member by Israel's account. The health ministry counts 331 killed and 945 wounded by Israeli fire since the ceasefire.",
    },
    [S.menafnNov22],
  ),
  ev(
    'IncidentReported',
    'inc-strike-beirut-nov23',
    { occurredAt: '2025-11-23T12:00:00Z', precision: 'approximate', recordedAt: at('11-23', '18:00') },
    {
      incidentId: O.nov23,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: "Haytham Ali Tabatabai, Hezbollah's chief of staff; an apartment building",
      place: "Haret Hreik, Beirut's southern suburbs",
      fatalities: { min: 5, max: 5 },
      injured: { min: 28, max: 28 },
      description:
        "A strike without warning on the third and fourth floors of a nine-storey building kills five, four of them Hezbollah fighters, and wounds 28 (health ministry); Israel and Hezbollah confirm Tabatabai's death, the most senior commander killed since the ceasefire. The IDF says it remains committed to the ceasefire.",
    },
    [S.htNov23, S.wionNov23],
    { occurrence: O.nov23 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-beirut-nov23',
    { occurredAt: '2025-11-23T12:00:00Z', precision: 'approximate', recordedAt: at('11-23', '18:05') },
    {
      ceasefireId: CF,
      allegedBy: 'lebanon',
      against: 'israel',
      casualties: { min: 5, max: 5 },
      injured: { min: 28, max: 28 },
      description:
        'The Lebanese government condemns the strike on the capital, the fifth on its southern suburbs since the ceasefire; Hezbollah says it "crosses a new red line" and that it is coordinating with the state.',
    },
    [S.zerohedgeNov23, S.htNov23],
    { occurrence: O.nov23 },
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-nov23',
    { occurredAt: '2025-11-23T13:00:00Z', precision: 'approximate', recordedAt: at('11-23', '18:10') },
    {
      speaker: NETANYAHU,
      audience: 'lebanon',
      tone: 'warning',
      summary:
        'Israel will not allow Hezbollah to rebuild its power; the Lebanese government must fulfil its commitment to disarm it.',
    },
    [S.wionNov23],
  ),
  // ===== December 2025: civilians at the mechanism =====
  ev(
    'TalksRoundOpened',
    'round-naqoura-opened',
    { occurredAt: '2025-12-03', recordedAt: at('12-03', '18:00') },
    {
      roundId: R.naqoura,
      label: 'Mechanism meeting with civilian representatives, Naqoura',
      format: 'technical',
      venue: 'Naqoura (UNIFIL headquarters)',
      hosts: ['united-states'],
      delegations: [
        { actorId: 'lebanon', head: KARAM },
        { actorId: 'israel', head: RESNICK },
      ],
    },
    [S.alahedDec3, S.aawsatDec3],
    {
      note: 'The ceasefire mechanism, chaired by US envoy Morgan Ortagus, with civilians for the first time: Aoun named Karam that morning once the US said Israel would add a non-military member.',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-naqoura-concluded',
    { occurredAt: '2025-12-03', recordedAt: at('12-04', '12:00') },
    {
      roundId: R.naqoura,
      outcome: 'progress',
      summary:
        'Netanyahu\'s office: held "in a good atmosphere"; ideas to be drawn up for economic cooperation; Hezbollah\'s disarmament is obligatory regardless. Aoun: the first session "will not be very productive" but paves the way.',
      nextSteps: 'Sessions from 19 December.',
    },
    [S.aawsatDec3, S.okazDec4],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-dec4',
    { occurredAt: '2025-12-04T14:00:00Z', precision: 'approximate', recordedAt: at('12-05', '08:00') },
    {
      incidentId: 'israeli-strikes-2025-12-04',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      target: "Hezbollah weapons storage facilities (Israel's account); residential buildings",
      place: 'Mahrouna, Al-Majadel, Jbaa, Baraachit',
      fatalities: { min: 0, max: 0 },
      description:
        'A day after the Naqoura meeting, strikes on four southern towns after evacuation warnings; buildings destroyed, no casualties reported.',
    },
    [S.arabnewsDec5],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'israel-lebanon-2024.jsonl',
  logEnd: '2025-12-06T00:00:00Z',
  events,
};

export default definition;
