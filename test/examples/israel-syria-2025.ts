/**
 * A test fixture, not a shipped example: Israel and Syria's transitional
 * government (al-Sharaa) through 2025, as an analyst following the news could
 * have recorded it, from Israel's move into the buffer zone when Assad fell
 * (8 December 2024) to the Beit Jinn raid (28 November 2025) and the words
 * after it. Escalation model v2 was never tuned on it: it is the case the
 * model is held to in israel-syria-2025.spec.ts, against the calls an analyst
 * makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not:
 * - one side's strikes on the other's territory while the two talk and the
 *   other hardly fires back: every armed act recorded is Israel's, on Syrian
 *   military sites, government forces or Syrian towns; Damascus answers with
 *   condemnations and appeals to the Security Council, never with fire (the
 *   only fire at Israeli troops is from villagers, at Nawa and Beit Jinn);
 * - a ceasefire agreed for one crisis: the one Tom Barrack announced on 18
 *   July, after Israel's strikes on Syrian forces in and around Sweida and on
 *   the defence ministry and near the presidential palace in Damascus;
 * - talks that go on without an agreement: Baku (12 July), Paris (24 July,
 *   19 August), London (17 September), the "de-escalation agreement" Barrack
 *   called close (23 September) and the snag over a corridor to Sweida (26
 *   September), the talks reported at a dead end in November.
 *
 * Third parties are not the pair: the Druze factions and the Bedouin tribes
 * fighting in Sweida, the government's own truces with them, Hezbollah,
 * Iran, the Jamaa Islamiya Israel says it was hunting at Beit Jinn. None of
 * their acts is recorded as the pair's. The United States mediates from
 * July; Trump's and Barrack's words are the mediator's.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AFP, AP, Xinhua via established papers; TRT World, LBCI, DW,
 * The National, L'Orient Today, TASS), C = smaller outlet, aggregator, mirror
 * or partisan outlet (Shafaq, MEMO, MENAFN, Devdiscourse feeds, The Jewish
 * Press, Israel National News); 1 = an on-record statement or act confirmed
 * by the actor itself; 2 = several outlets agree or one established outlet
 * reports it; 3 = one side's unverified claim, or an unnamed source.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is Israel and the Syrian state under its transitional
 *   authorities; the strikes of 8–10 December 2024 on the former army's
 *   arsenal are recorded against `syria` (they hit the state's military
 *   assets the day its new rulers took Damascus).
 * - Israel's occupation of the buffer zone, its incursions without fire
 *   (Beit Jinn 25 August, Quneitra 7 November) and Netanyahu's visit to the
 *   buffer zone (19 November) are `force-posture`, not armed action.
 * - The strikes are recorded day by day and theatre by theatre as the press
 *   reported them: a night's wave on several cities reported as one wave
 *   (2 April, 8 September) is one incident naming its places.
 * - The ceasefire Barrack announced on 18 July is recorded as Israel's and
 *   Syria's, of all hostilities between them, indefinite, mediated by the
 *   United States; its terms were not published. Nobody declared it over:
 *   Israel's later strikes (Kisweh, Homs, Beit Jinn) are recorded as the
 *   strikes they are; no source reports them as violations of it, so no
 *   `CeasefireViolationReported` is recorded.
 * - Netanyahu's declaration that the 1974 disengagement agreement had
 *   "collapsed" (8 December 2024) is his statement; the agreement predates
 *   the log and is not recorded as a ceasefire.
 * - Tolls are the sources' (Syrian health ministry, local authorities, the
 *   Syrian Observatory), as ranges where they differ; at Nawa and Beit Jinn
 *   the dead were local men who fired on the troops and villagers, not the
 *   government's forces. Israeli soldiers wounded are in `injured` and the text.
 * - The talks' rounds are recorded where a source dates a meeting of the two
 *   delegations (Baku, Paris twice, London). No dated report of an October
 *   round was found; none is recorded. The Syrian Observatory counted 97
 *   Israeli strikes in Syria from January to early September 2025: most
 *   were not reported with a date and a place, and the log has only those
 *   that were.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'israel-syria-2025';
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2025);

const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['IDF', 'Israeli government'] };
const SYRIA: Actor = {
  id: 'syria',
  name: 'Syria (transitional government)',
  kind: 'state',
  aliases: ['Damascus', "al-Sharaa's government", 'Syrian transitional authorities'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };

const NETANYAHU: Person = { name: 'Benjamin Netanyahu', title: 'Prime Minister of Israel', actorId: 'israel' };
const KATZ: Person = { name: 'Israel Katz', title: 'Defence Minister of Israel', actorId: 'israel' };
const SAAR: Person = { name: "Gideon Sa'ar", title: 'Foreign Minister of Israel', actorId: 'israel' };
const SHARAA: Person = { name: 'Ahmed al-Sharaa', title: 'President of Syria (transitional)', actorId: 'syria' };
const SYRIA_MFA: Person = { name: 'Syrian Foreign Ministry (statement)', title: 'Syria', actorId: 'syria' };
const SYRIA_PRESIDENCY: Person = { name: 'Syrian Presidency (statement)', title: 'Syria', actorId: 'syria' };
const SYRIA_GOV: Person = { name: 'Syrian government (statement)', title: 'Syria', actorId: 'syria' };
const SHAIBANI: Person = { name: 'Asaad al-Shaibani', title: 'Foreign Minister of Syria', actorId: 'syria' };
const DERMER: Person = { name: 'Ron Dermer', title: 'Strategic Affairs Minister of Israel', actorId: 'israel' };
const TRUMP: Person = { name: 'Donald Trump', title: 'President of the United States', actorId: 'united-states' };

const S = {
  republicDec8: source(
    'Netanyahu: Israeli Forces Seized Buffer Zone in Golan Heights Amid Syrian Unrest',
    'Republic World (PTI)',
    'https://www.republicworld.com/world-news/netanyahu-israeli-forces-seized-buffer-zone-in-golan-heights-amid-syrian-unrest',
    '2024-12-08',
    'B',
    1,
  ),
  chronicleDec8: source(
    "'Historic Day' – Netanyahu Announces Collapse of Syria Border Agreement",
    'Palestine Chronicle',
    'https://www.palestinechronicle.com/historic-day-netanyahu-announces-collapse-of-syria-border-agreement/',
    '2024-12-08',
    'C',
    1,
  ),
  anewsDec8: source(
    'Suspected Israeli strikes hit a part of Damascus: sources',
    'A News (Reuters)',
    'https://www.anews.com.tr/middle-east/2024/12/08/suspected-israeli-strikes-hit-a-part-of-damascus-sources',
    '2024-12-08',
    'B',
    2,
  ),
  wionDec8: source(
    'Multiple Israeli airstrikes reported in southern Syria targeting airbases',
    'WION',
    'https://www.wionews.com/world/multiple-israeli-airstrikes-reported-in-southern-syria-targeting-airbases-782458',
    '2024-12-08',
    'C',
    2,
  ),
  yahooDec9: source(
    'Israel strikes suspected chemical weapons sites in Damascus',
    'Yahoo News (Storyful)',
    'https://ca.news.yahoo.com/israel-strikes-suspected-chemical-weapons-110719341.html',
    '2024-12-09',
    'C',
    1,
  ),
  jewishpressDec10: source(
    'In Large-Scale Operation, Israel Destroyed the Syrian Navy',
    'The Jewish Press',
    'https://www.jewishpress.com/news/middle-east/syria/in-large-scale-operation-israel-destroyed-the-syrian-navy/2024/12/10/',
    '2024-12-10',
    'C',
    1,
  ),
  trtDec10: source(
    'Israeli army destroys Syria’s naval fleet',
    'TRT World (Anadolu)',
    'https://trt.global/world/article/18241863',
    '2024-12-10',
    'B',
    1,
  ),
  babelDec10: source(
    'Israel claims to have destroyed the Syrian navy',
    'Babel',
    'https://babel.ua/en/news/113468-israel-claims-to-have-destroyed-the-syrian-navy',
    '2024-12-10',
    'C',
    1,
  ),
  lemondeDec10: source(
    'Israeli army says it has struck most of the strategic weapons stockpiles in Syria',
    'Le Monde (AFP), via am1.news',
    'https://am1.news/usconservative/topic/lemonde/6-slug-israeli-army-says-it-has-struck-most-of-the-strategic-weapons-stockpiles-in-syria',
    '2024-12-10',
    'B',
    1,
  ),
  devdiscourseDec29: source(
    'Israeli Airstrike in Damascus Sparks Regional Tensions',
    'Devdiscourse (AP)',
    'https://www.devdiscourse.com/article/politics/3209842-israeli-airstrike-in-damascus-sparks-regional-tensions',
    '2024-12-29',
    'C',
    2,
  ),
  lbciFeb23: source(
    'Israeli PM demands complete demilitarization of southern Syria',
    'LBCI (AFP)',
    'https://www.lbcgroup.tv/news/middleeastnews/839782/israeli-pm-demands-complete-demilitarization-of-southern-syria/en',
    '2025-02-23',
    'B',
    1,
  ),
  jpostFeb23: source(
    'Israel demands demilitarization of southern Syria, will not tolerate HTS presence',
    'The Jerusalem Post (Reuters)',
    'https://www.jpost.com/middle-east/article-843416',
    '2025-02-23',
    'B',
    1,
  ),
  lbciFeb26: source(
    "Israel's warplanes strike south of Damascus",
    'LBCI (Reuters)',
    'https://lbcgroup.tv/news/middleeastnews/840288/israels-warplanes-strike-south-of-damascus/en',
    '2025-02-26',
    'B',
    2,
  ),
  sabahFeb26: source(
    'At least 2 dead as Israeli jets strike south of Damascus, Daraa',
    'Daily Sabah',
    'https://www.dailysabah.com/world/mid-east/at-least-2-dead-as-israeli-jets-strike-south-of-damascus-daraa',
    '2025-02-26',
    'B',
    2,
  ),
  hurriyetFeb26: source(
    'Israel conducts airstrikes in Damascus, southern Syria',
    'Hürriyet Daily News (Anadolu)',
    'https://hurriyetdailynews.com/israel-conducts-airstrikes-in-damascus-southern-syria-206255',
    '2025-02-26',
    'B',
    1,
  ),
  tehranFeb26: source(
    'Israel bombs southern Syria outside Damascus',
    'Tehran Times',
    'https://www.tehrantimes.com/news/510272/Israel-bombs-southern-Syria-outside-Damascus',
    '2025-02-26',
    'C',
    2,
  ),
  shafaqMar17: source(
    'Israel kills three civilians in Syria’s Daraa',
    'Shafaq News',
    'https://www.shafaq.com/en/World/Israeli-airstrike-targets-Syrian-Army-base-in-Daraa',
    '2025-03-17',
    'C',
    2,
  ),
  toiApr2: source(
    'IDF strikes hit remaining military capacities at Syrian airbases',
    'The Times of Israel, via am1.news',
    'https://am1.news/usconservative/topic/timesofisrael/6-slug-idf-strikes-hit-remaining-military-capacities-at-syrian-airbases',
    '2025-04-02',
    'C',
    1,
  ),
  trtApr3: source(
    "Israeli strikes, incursion killed at least 9 in Syria's Daraa",
    'TRT World',
    'https://www.trtworld.com/article/4ebbfccfd5c8',
    '2025-04-03',
    'B',
    2,
  ),
  urdupointApr3: source(
    'Syria Local Govt Says Israeli Bombardment Kills Nine',
    'UrduPoint (AFP via APP)',
    'https://www.urdupoint.com/en/world/syria-local-govt-says-israeli-bombardment-kil-1955771.html',
    '2025-04-03',
    'C',
    2,
  ),
  chinadailyApr3: source(
    'Report: At least 9 civilians killed in Israeli air raids on S. Syria',
    'China Daily Hong Kong (Xinhua)',
    'https://chinadailyhk.com/article/608640',
    '2025-04-03',
    'B',
    2,
  ),
  alahedApr4: source(
    '"Israeli" New Aggression Strikes near Damascus',
    'Al-Ahed News',
    'https://www.english.alahednews.com.lb/essaydetails.php?eid=79664&cid=386',
    '2025-04-04',
    'C',
    3,
  ),
  memoMay2: source(
    'Israel launches air strikes near Syria presidential palace',
    'Middle East Monitor',
    'https://www.middleeastmonitor.com/20250502-israel-launches-air-strikes-near-syria-presidential-palace/',
    '2025-05-02',
    'C',
    1,
  ),
  rjMay2: source(
    'Israeli military strikes near Syria’s presidential palace after warning over attacks',
    'Las Vegas Review-Journal (AP)',
    'https://www.reviewjournal.com/news/nation-and-world/israeli-military-strikes-near-syrias-presidential-palace-after-warning-over-attacks-3366664',
    '2025-05-02',
    'B',
    1,
  ),
  dawnJul12: source(
    'Syrian, Israeli officials to meet in Baku: diplomatic source in Damascus',
    'Dawn (AFP)',
    'https://www.dawn.com/news/1923739/syrian-israeli-officials-to-meet-in-baku-diplomatic-source-in-damascus',
    '2025-07-12',
    'B',
    2,
  ),
  rudawJul13: source(
    'Syrian, Israeli officials meet in Baku: Sources',
    'Rudaw (AFP)',
    'https://www.rudaw.net/english/middleeast/syria/130720251',
    '2025-07-13',
    'B',
    2,
  ),
  yeshivaJul14: source(
    'Unusual Attack: IDF Strikes Syrian Tanks In Israeli Buffer Zone',
    'The Yeshiva World',
    'https://www.theyeshivaworld.com/news/israel-news/2424766/unusual-attack-idf-strikes-syrian-tanks-in-israeli-buffer-zone.html',
    '2025-07-14',
    'C',
    1,
  ),
  lorientJul15: source(
    'Israel strikes Sweida as Syrian government forces enter city: state media',
    "L'Orient Today (AFP)",
    'https://today.lorientlejour.com/article/1469311/israel-strikes-sweida-as-syrian-government-forces-enter-city-state-media.html',
    '2025-07-15',
    'B',
    2,
  ),
  lbciJul15: source(
    'Israel military claims striking Syrian government forces in Sweida',
    'LBCI (AFP)',
    'https://www.lbcgroup.tv/news/world-news/867319/israel-military-claims-striking-syrian-government-forces-in-sweida/en',
    '2025-07-15',
    'B',
    1,
  ),
  trtJul15: source(
    'Israeli warplanes strike Syrian forces in Suwayda',
    'TRT World',
    'https://www.trtworld.com/article/9b9bc5d5fbb3',
    '2025-07-15',
    'B',
    1,
  ),
  journalJul16: source(
    'Israeli strikes targeting the army and defence ministry headquarters in Damascus kill one and injure 18',
    'TheJournal.ie (AFP)',
    'https://www.thejournal.ie/israeli-strikes-targeting-the-army-and-defence-ministry-headquarters-in-damascus-kill-one-and-injure-18-6764663-Jul2025/',
    '2025-07-16',
    'B',
    2,
  ),
  trtJul16: source(
    'Three killed, 34 injured as Israel launches new air strikes on Syrian capital',
    'TRT World (Anadolu)',
    'https://trt.global/world/article/e966507fe478',
    '2025-07-16',
    'B',
    2,
  ),
  dwJul16: source(
    "Israel hits Syria's military HQ and near presidential palace",
    'Deutsche Welle',
    'https://amp.dw.com/en/israeli-army-says-it-hit-syrias-military-hq-in-damascus/a-73295053',
    '2025-07-16',
    'B',
    1,
  ),
  geoJul16: source(
    'Israeli airstrike next to Syrian presidential palace',
    'Geo News (AFP, Reuters)',
    'https://www.geo.tv/latest/614297-israeli-airstrike-next-to-syrian-presidential-palace',
    '2025-07-16',
    'B',
    1,
  ),
  xinhuaJul17: source(
    'Israel strikes Syrian presidential palace area, army HQ in Damascus',
    "People's Daily Online (Xinhua)",
    'http://en.people.cn/n3/2025/0717/c90000-20341157.html',
    '2025-07-17',
    'B',
    2,
  ),
  shafaqJul18: source(
    'US envoy: Israel and Syria reach ceasefire deal',
    'Shafaq News',
    'https://www.shafaq.com/en/Middle-East/US-envoy-Israel-and-Syria-reach-ceasefire-deal',
    '2025-07-18',
    'C',
    1,
  ),
  unnJul19: source(
    'Israel and Syria agree to ceasefire',
    'UNN (CNN)',
    'https://unn.ua/en/news/israel-and-syria-agree-to-ceasefire',
    '2025-07-19',
    'C',
    2,
  ),
  menafnJul19: source(
    'US brokers Israel-Syria ceasefire',
    'MENAFN',
    'https://menafn.com/1109820924/US-brokers-Israel-Syria-ceasefire',
    '2025-07-19',
    'C',
    2,
  ),
  nationalJul25: source(
    'Syrian and Israeli officials discuss de-escalation in Paris meeting',
    'The National',
    'https://www.thenationalnews.com/news/mena/2025/07/25/syrian-and-israeli-officials-discuss-de-escalation-in-paris-meeting/',
    '2025-07-25',
    'B',
    1,
  ),
  newtelegraphAug20: source(
    'Syria, Israel hold peace meeting at Paris',
    'New Telegraph (SANA)',
    'https://newtelegraphng.com/syria-israel-hold-peace-meeting-at-paris/',
    '2025-08-20',
    'C',
    1,
  ),
  thesunAug20: source(
    'Syrian and Israeli diplomats meet in Paris for de-escalation talks',
    'The Sun Malaysia (AFP)',
    'https://thesun.my/world-news/syrian-and-israeli-diplomats-meet-in-paris-for-de-escalation-talks-EA14721588',
    '2025-08-20',
    'B',
    1,
  ),
  ifpAug26: source(
    'Syria condemns Israeli military incursion in countryside of Damascus, demands UN action',
    'IFP News',
    'https://ifpnews.com/syria-condemns-israeli-military-incursion-countryside-of-damascus-demands-un-action/',
    '2025-08-26',
    'C',
    1,
  ),
  brecorderAug27: source(
    'Israel strikes near Damascus kill six soldiers: new toll',
    'Business Recorder (AFP)',
    'https://www.brecorder.com/news/40379931/israel-strikes-near-damascus-kill-six-soldiers-new-toll',
    '2025-08-27',
    'B',
    2,
  ),
  memoAug27: source(
    'Israel kills 6 Syrian soldiers in airstrike near Damascus',
    'Middle East Monitor',
    'https://www.middleeastmonitor.com/20250827-israel-kills-6-syrian-soldiers-in-airstrike-near-damascus/',
    '2025-08-27',
    'C',
    2,
  ),
  newsxAug28: source(
    'Deadly Israeli Strikes Kill Eight Syrian Soldiers: How Will Damascus Respond?',
    'NewsX (AP)',
    'https://www.newsx.com/world/deadly-israeli-strikes-kill-eight-syrian-soldiers-how-will-damascus-respond-54241/',
    '2025-08-28',
    'C',
    2,
  ),
  nationalSep3: source(
    "Israel launches aerial and ground attacks on Syria's Quneitra countryside",
    'The National',
    'https://www.thenationalnews.com/news/mena/2025/09/03/israel-launches-aerial-and-ground-attacks-on-syrias-quneitra-countryside/',
    '2025-09-03',
    'B',
    2,
  ),
  ndtvSep9: source(
    'Israeli Strike Hits Near Syrian City Of Homs',
    'NDTV (AFP)',
    'https://www.ndtv.com/world-news/israeli-strike-hits-near-syrian-city-of-homs-9240801',
    '2025-09-09',
    'B',
    2,
  ),
  medialineSep9: source(
    'Damascus Condemns Israeli Airstrikes on Military Sites in Homs, Latakia, and Palmyra',
    'The Media Line',
    'https://themedialine.org/headlines/damascus-condemns-israeli-airstrikes-on-military-sites-in-homs-latakia-and-palmyra/',
    '2025-09-09',
    'B',
    2,
  ),
  lorientSep18: source(
    'Security agreement could be reached "in the coming days," says Sharaa',
    "L'Orient Today (Reuters)",
    'https://today.lorientlejour.com/article/1477832/security-agreement-could-be-reached-in-the-coming-days-says-sharaa-.html',
    '2025-09-18',
    'B',
    2,
  ),
  tassSep18: source(
    'Syrian, Israeli ministers hold US-brokered talks in London',
    'TASS',
    'https://tass.com/world/2018139',
    '2025-09-18',
    'B',
    2,
  ),
  lbciSep18: source(
    'Israel-Syria security talks continue amid skepticism and stalled progress',
    'LBCI',
    'https://v7cdn.lbcgroup.tv/news/news-bulletin-reports/879039/israel-syria-security-talks-continue-amid-skepticism-and-stalled-progr/en',
    '2025-09-18',
    'B',
    3,
  ),
  lbciSep24: source(
    'Syria, Israel near de-escalation pact: US envoy',
    'LBCI (Reuters)',
    'https://www.lbcgroup.tv/news/middleeastnews/880210/syria-israel-near-de-escalation-pact-us-envoy/en',
    '2025-09-24',
    'B',
    1,
  ),
  lbciSep26: source(
    'Israel-Syria talks hit snag over humanitarian corridor: Sources tell Reuters',
    'LBCI (Reuters)',
    'https://www.lbcgroup.tv/news/middleeastnews/880658/israel-syria-talks-hit-snag-over-humanitarian-corridor-sources-tell-re/en',
    '2025-09-26',
    'B',
    2,
  ),
  ynetSep26: source(
    'Report: Talks on Syria-Israel security pact stall over humanitarian corridor demand',
    'Ynetnews (Reuters)',
    'https://www.ynetnews.com/article/bjfihgenlg',
    '2025-09-26',
    'B',
    2,
  ),
  shafaqNov7: source(
    'Israel stages ground incursion into Syria’s Quneitra',
    'Shafaq News',
    'https://www.shafaq.com/en/Middle-East/Israel-stages-ground-incursion-into-Syria-s-Quneitra',
    '2025-11-07',
    'C',
    2,
  ),
  innNov11: source(
    'Trump: We are working with Israel to get along with Syria',
    'Israel National News',
    'https://www.israelnationalnews.com/news/417596',
    '2025-11-11',
    'C',
    1,
  ),
  lwjNov19: source(
    'Israeli prime minister and top officials visit Syria buffer zone as Israel-Syria talks stall',
    "FDD's Long War Journal",
    'https://www.longwarjournal.org/archives/2025/11/israeli-prime-minister-and-top-officials-visit-syria-buffer-zone-as-israel-syria-talks-stall.php',
    '2025-11-19',
    'B',
    1,
  ),
  tassNov19: source(
    'Netanyahu, other top Israeli officials visit buffer zone in Syria — PM’s office',
    'TASS',
    'https://tass.com/world/2045827/amp',
    '2025-11-19',
    'B',
    1,
  ),
  trtNov19: source(
    "Damascus condemns Israel's Netanyahu visit to southern Syria",
    'TRT World',
    'https://www.trtworld.com/article/63d8f329d81f',
    '2025-11-19',
    'B',
    1,
  ),
  shafaqNov19: source(
    'Netanyahu moves through Syrian areas held by Israel',
    'Shafaq News',
    'https://www.shafaq.com/en/Middle-East/Netanyahu-moves-through-Syrian-areas-held-by-Israel',
    '2025-11-19',
    'C',
    3,
  ),
  trtNov28: source(
    'Israeli attack on Beit Jinn town in Damascus countryside kills 13',
    'TRT World (Anadolu)',
    'https://www.trtworld.com/article/33ec11396f69',
    '2025-11-28',
    'B',
    2,
  ),
  shafaqNov28raid: source(
    'Israeli ground operation near Damascus kills 13',
    'Shafaq News',
    'https://www.shafaq.com/en/Middle-East/Israeli-ground-operation-near-Damascus-kills-13',
    '2025-11-28',
    'C',
    2,
  ),
  shafaqNov28mfa: source(
    'Syria accuses Israel of "deliberate massacre" in Beit Jinn raid',
    'Shafaq News',
    'https://www.shafaq.com/en/Middle-East/Syria-accuses-Israel-of-deliberate-massacre-in-Beit-Jinn-raid',
    '2025-11-28',
    'C',
    1,
  ),
  innDec1: source(
    "Trump: It's very important that Israel maintain dialogue with Syria",
    'Israel National News',
    'https://www.israelnationalnews.com/news/418653',
    '2025-12-01',
    'C',
    1,
  ),
  newsazDec1: source(
    'Netanyahu and Trump reportedly hold phone call after Syria warning',
    'News.az (The Times of Israel)',
    'https://news.az/news/netanyahu-and-trump-reportedly-hold-phone-call-after-syria-warning',
    '2025-12-01',
    'C',
    1,
  ),
  jiDec11: source(
    'Daily Kickoff: Syria-Israel strain sharpens',
    'Jewish Insider',
    'https://jewishinsider.com/2025/12/daily-kickoff-syria-israel-strain-sharpens/',
    '2025-12-11',
    'B',
    1,
  ),
};

const R = {
  baku: 'baku-2025-07',
  parisJul: 'paris-2025-07',
  parisAug: 'paris-2025-08',
  london: 'london-2025-09',
};
const D = {
  demilitarise: 'israel-demilitarised-south',
  withdraw: 'syria-israeli-withdrawal',
  securityDraft: 'israel-security-draft',
  corridor: 'israel-sweida-corridor',
};
const CF = { jul: 'israel-syria-ceasefire-2025-07-18' };

const events = [
  // ===== December 2024: Assad falls; Israel takes the buffer zone and strikes the army's arsenal =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2024-12-08', recordedAt: '2024-12-08T20:00:00Z' },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Israel – Syria security talks, 2025',
      subject:
        "Israel's forces in the buffer zone and beyond and its strikes on Syria after Assad's fall; a security or de-escalation agreement with Syria's transitional government, mediated by the United States from July 2025",
      parties: [ISRAEL, SYRIA],
      mediators: [],
    },
    [S.republicDec8],
    { note: 'Opened at the first development covered, the day Assad fell and Israel took the buffer zone.' },
  ),
  ev(
    'IncidentReported',
    'inc-buffer-zone-dec8',
    { occurredAt: '2024-12-08', recordedAt: '2024-12-08T20:05:00Z' },
    {
      incidentId: 'israel-buffer-zone-2024-12-08',
      kind: 'force-posture',
      perpetrator: 'israel',
      against: 'syria',
      place: 'The UN-patrolled buffer zone on the Golan Heights and the Syrian side of Mount Hermon',
      description:
        'Netanyahu orders the army to seize the buffer zone "as a temporary defensive position" after Syrian troops abandoned their positions; the UN says it violates the 1974 disengagement agreement.',
    },
    [S.republicDec8],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-dec8',
    { occurredAt: '2024-12-08', recordedAt: '2024-12-08T20:10:00Z' },
    {
      speaker: NETANYAHU,
      audience: 'syria',
      tone: 'warning',
      summary:
        'The 1974 disengagement agreement has collapsed; "We will not allow any hostile force to establish itself on our border"; a "hand of peace" to those in Syria who want to live in peace with Israel.',
      quote: 'This is a historic day in the history of the Middle East.',
    },
    [S.republicDec8, S.chronicleDec8],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-dec8',
    { occurredAt: '2024-12-08T12:00:00Z', precision: 'approximate', recordedAt: '2024-12-08T20:15:00Z' },
    {
      incidentId: 'israeli-strikes-2024-12-08',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'syria',
      place:
        'Mezzeh district and military airport (Damascus), Khalkhala air base (Sweida), Daraa and Quneitra countryside',
      description:
        'Strikes believed to be Israeli hit the Mezzeh area and airport and at least six hit the Khalkhala air base with its stockpile of rockets and missiles left by the army (regional security sources); Israel does not comment.',
    },
    [S.anewsDec8, S.wionDec8],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-dec9',
    { occurredAt: '2024-12-09T13:00:00Z', precision: 'approximate', recordedAt: '2024-12-10T08:00:00Z' },
    {
      incidentId: 'israeli-strikes-2024-12-09',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Kafr Sousa security complex and a research centre (Damascus); air bases across Syria',
      description:
        "The air force strikes the main intelligence headquarters and a branch of the Scientific Studies and Research Center in Damascus, and aircraft and helicopters at bases across Syria; Sa'ar: suspected chemical-weapons sites and long-range rockets, struck so that hostile forces do not acquire them.",
    },
    [S.jewishpressDec10, S.yahooDec9],
  ),
  ev(
    'IncidentReported',
    'inc-navy-dec10',
    { occurredAt: '2024-12-09T22:00:00Z', precision: 'approximate', recordedAt: '2024-12-10T12:00:00Z' },
    {
      incidentId: 'israeli-navy-strike-2024-12-10',
      kind: 'missile-strike',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Latakia port and Minet al-Beida',
      description:
        'Israeli missile boats strike 15 Syrian navy vessels overnight. The army says it carried out about 480 strikes in 48 hours on air defences, airfields, missile depots and weapons production sites in Damascus, Homs, Tartus, Latakia and Palmyra.',
    },
    [S.trtDec10, S.lemondeDec10],
  ),
  ev(
    'StatementMade',
    'stmt-katz-dec10',
    { occurredAt: '2024-12-10', recordedAt: '2024-12-10T12:05:00Z' },
    {
      speaker: KATZ,
      audience: 'syria',
      tone: 'warning',
      summary:
        'At the Haifa naval base: the navy destroyed the Syrian fleet; Israel\'s forces will create a "sterile defence zone" in southern Syria, without a permanent presence.',
    },
    [S.babelDec10],
  ),
  ev(
    'IncidentReported',
    'inc-adra-dec29',
    { occurredAt: '2024-12-29', recordedAt: '2024-12-29T20:00:00Z' },
    {
      incidentId: 'israeli-strike-adra-2024-12-29',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'syria',
      place: 'A weapons depot of the former army near Adra, northeast of Damascus',
      fatalities: { min: 6, max: 11 },
      description:
        'A strike on a weapons depot kills 11, mostly civilians (Syrian Observatory), six by Al-Mayadeen; Israel does not comment.',
    },
    [S.devdiscourseDec29],
  ),
  // ===== February – May: the demand for a demilitarised south, and strikes that back it =====
  ev(
    'DemandTabled',
    'dem-demilitarise',
    { occurredAt: '2025-02-23', recordedAt: at('02-23', '20:00') },
    {
      demandId: D.demilitarise,
      by: 'israel',
      addressedTo: ['syria'],
      text: 'The complete demilitarisation of southern Syria (Quneitra, Daraa, Sweida): no forces of HTS or the new Syrian army south of Damascus.',
      category: 'security',
    },
    [S.lbciFeb23, S.jpostFeb23],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-feb23',
    { occurredAt: '2025-02-23', recordedAt: at('02-23', '20:05') },
    {
      speaker: NETANYAHU,
      audience: 'syria',
      tone: 'warning',
      summary:
        'At an officers\' graduation: Israeli forces will stay on Mount Hermon and in the buffer zone for as long as necessary; Israel "will not tolerate any threat to the Druze sect in southern Syria".',
      quote: 'We will not allow forces of the HTS or the new Syrian army to enter the territory south of Damascus.',
    },
    [S.jpostFeb23],
  ),
  ev(
    'DemandTabled',
    'dem-withdraw',
    { occurredAt: '2025-02-25', recordedAt: at('02-26', '08:00') },
    {
      demandId: D.withdraw,
      by: 'syria',
      addressedTo: ['israel'],
      text: "Israel's withdrawal from Syrian territory it entered after 8 December 2024, and respect for the 1974 disengagement agreement.",
      category: 'territorial',
    },
    [S.lbciFeb26, S.tehranFeb26],
    { note: 'From the closing statement of the national dialogue conference in Damascus, hours before the strikes.' },
  ),
  ev(
    'IncidentReported',
    'inc-kisweh-feb25',
    { occurredAt: '2025-02-25T21:00:00Z', precision: 'approximate', recordedAt: at('02-26', '08:05') },
    {
      incidentId: 'israeli-strikes-2025-02-25',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Kisweh (south of Damascus) and Izraa (Daraa)',
      fatalities: { min: 2, max: 2 },
      description:
        "Strikes on a military unit's headquarters and a weapons depot at Kisweh and on a town in Daraa; at least two killed (Syrian Observatory). The army: command centres and weapons sites in southern Syria.",
    },
    [S.sabahFeb26, S.lbciFeb26, S.hurriyetFeb26],
  ),
  ev(
    'StatementMade',
    'stmt-katz-feb25',
    { occurredAt: '2025-02-25T21:30:00Z', precision: 'approximate', recordedAt: at('02-26', '08:10') },
    {
      speaker: KATZ,
      audience: 'syria',
      tone: 'military-threat',
      summary:
        'Through his spokesman: the air force strikes "as part of the new policy we have defined of pacifying southern Syria"; southern Syria will not become southern Lebanon.',
      quote:
        "Any attempt by the Syrian regime forces and the country's terrorist organizations to establish themselves in the security zone in southern Syria will be met with fire.",
    },
    [S.sabahFeb26, S.hurriyetFeb26],
  ),
  ev(
    'IncidentReported',
    'inc-daraa-mar17',
    { occurredAt: '2025-03-17', recordedAt: at('03-17', '20:00') },
    {
      incidentId: 'israeli-strikes-2025-03-17',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Headquarters of the 132nd Brigade, Daraa city',
      fatalities: { min: 2, max: 3 },
      injured: { min: 19, max: 19 },
      description:
        'Strikes on the brigade headquarters in Daraa kill two to three civilians and injure 19 (SANA); the Syrian Observatory counts 29 Israeli attacks on Syria since January.',
    },
    [S.shafaqMar17],
  ),
  ev(
    'IncidentReported',
    'inc-hama-t4-apr2',
    { occurredAt: '2025-04-02T19:00:00Z', precision: 'approximate', recordedAt: at('04-03', '08:00') },
    {
      incidentId: 'israeli-strikes-2025-04-02',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Hama military airport, T4 air base (Homs), Barzeh research centre (Damascus)',
      fatalities: { min: 4, max: 4 },
      description:
        'The army strikes "remaining military capabilities" at the Hama and T4 bases (runways, fuel depots, radars) and infrastructure near Damascus; the Hama airport is put out of service; four killed, among them defence ministry personnel (Syrian Observatory).',
    },
    [S.toiApr2, S.trtApr3],
  ),
  ev(
    'IncidentReported',
    'inc-nawa-apr2',
    { occurredAt: '2025-04-02T22:00:00Z', precision: 'approximate', recordedAt: at('04-03', '08:05') },
    {
      incidentId: 'israeli-incursion-nawa-2025-04-02',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Jabaliyeh Dam forest and Tasil, near Nawa (western Daraa)',
      fatalities: { min: 9, max: 9 },
      description:
        'Troops advance deeper than ever before into Daraa; local gunmen answering the mosques\' call to resist fire on them (Syrian Observatory) and the army answers "from the ground and from the air": nine killed (Daraa governorate; civilians by SANA\'s account), no Israeli casualties.',
    },
    [S.trtApr3, S.urdupointApr3, S.chinadailyApr3],
  ),
  ev(
    'StatementMade',
    'stmt-syria-mfa-apr3',
    { occurredAt: '2025-04-03', recordedAt: at('04-03', '12:00') },
    {
      speaker: SYRIA_MFA,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'Condemns the strikes and the incursion in a strongly worded statement; the Daraa authorities speak of a "massacre" as Israeli forces penetrate deeper than ever before.',
    },
    [S.chinadailyApr3],
  ),
  ev(
    'IncidentReported',
    'inc-kisweh-apr3',
    { occurredAt: '2025-04-03', recordedAt: at('04-04', '08:00') },
    {
      incidentId: 'israeli-strikes-2025-04-03',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'syria',
      place: 'al-Kiswah and al-Muqaylibah, near Damascus',
      description: 'At least two strikes on military targets near Damascus; no casualties reported.',
    },
    [S.alahedApr4],
  ),
  ev(
    'IncidentReported',
    'inc-palace-may2',
    { occurredAt: '2025-05-02T00:30:00Z', precision: 'approximate', recordedAt: at('05-02', '08:00') },
    {
      incidentId: 'israeli-strike-palace-2025-05-02',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'syria',
      place: "Near the People's Palace (presidential palace), Damascus",
      description:
        'A strike near the presidential palace shortly after midnight, after days of clashes between pro-government gunmen and Druze fighters near Damascus; no casualties reported.',
    },
    [S.memoMay2, S.rjMay2],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-katz-may2',
    { occurredAt: '2025-05-02T01:00:00Z', precision: 'approximate', recordedAt: at('05-02', '08:05') },
    {
      speaker: NETANYAHU,
      audience: 'syria',
      tone: 'warning',
      summary: 'Joint statement with Katz after the strike near the palace.',
      quote:
        'This is a clear message to the Syrian regime: We will not allow a deployment of forces south of Damascus or any threat to the Druze community.',
    },
    [S.memoMay2],
  ),
  ev(
    'StatementMade',
    'stmt-syria-presidency-may2',
    { occurredAt: '2025-05-02', recordedAt: at('05-02', '18:00') },
    {
      speaker: SYRIA_PRESIDENCY,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'The strike is "a dangerous escalation against state institutions and the sovereignty of the state"; calls on the international community to stand by Syria.',
    },
    [S.rjMay2],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-may2-night',
    { occurredAt: '2025-05-02T21:00:00Z', precision: 'approximate', recordedAt: at('05-03', '08:00') },
    {
      incidentId: 'israeli-strikes-2025-05-02-night',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Damascus and its suburbs, southern and central Syria',
      description: 'Late on Friday, intense Israeli airstrikes reported in several parts of Syria (Syrian media).',
    },
    [S.rjMay2],
  ),
  // ===== June – July: the first contacts, Sweida, the strikes on Damascus, the ceasefire =====
  ev(
    'StatementMade',
    'stmt-saar-jun',
    { occurredAt: '2025-06-30', precision: 'approximate', recordedAt: at('07-12', '12:00') },
    {
      speaker: SAAR,
      audience: 'syria',
      tone: 'conciliatory',
      summary:
        'Israel is interested in a peace and normalisation agreement with Syria; a Syrian government source calls such talk "premature".',
    },
    [S.dawnJul12],
    { note: 'Dated by the source only as "late last month" (June).' },
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2025-07-07', precision: 'approximate', recordedAt: at('07-12', '12:05') },
    { actor: USA, role: 'mediator' },
    [S.dawnJul12],
    { note: 'Barrack in Beirut "this week": "The dialogue has started between Syria and Israel."' },
  ),
  ev(
    'TalksRoundOpened',
    'round-baku-opened',
    { occurredAt: '2025-07-12', recordedAt: at('07-13', '08:00') },
    {
      roundId: R.baku,
      label: 'Baku meeting',
      venue: 'Baku',
      format: 'informal',
      delegations: [{ actorId: 'syria' }, { actorId: 'israel' }],
    },
    [S.dawnJul12, S.rudawJul13],
    {
      note: "On the sidelines of al-Sharaa's visit to Azerbaijan; a Damascus diplomatic source: one Syrian and one Israeli official, Sharaa not attending; on the agenda, the recent Israeli military presence in Syria.",
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-baku-concluded',
    { occurredAt: '2025-07-12', recordedAt: at('07-13', '08:05') },
    {
      roundId: R.baku,
      outcome: 'adjourned',
      summary: 'The meeting took place; no outcome was announced.',
    },
    [S.rudawJul13],
  ),
  ev(
    'IncidentReported',
    'inc-tanks-jul14',
    { occurredAt: '2025-07-14T08:00:00Z', precision: 'approximate', recordedAt: at('07-14', '18:00') },
    {
      incidentId: 'israeli-strikes-2025-07-14',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Between al-Sijin and Sami, Sweida province',
      description:
        'The air force strikes several Syrian army tanks moving toward Sweida, where Druze and Bedouin fighters clash and government forces are deploying.',
    },
    [S.yeshivaJul14],
  ),
  ev(
    'StatementMade',
    'stmt-katz-jul14',
    { occurredAt: '2025-07-14', recordedAt: at('07-15', '08:00') },
    {
      speaker: KATZ,
      audience: 'syria',
      tone: 'warning',
      summary: 'Warns Damascus not to harm the Druze: "Israel will not stand by."',
    },
    [S.lorientJul15],
  ),
  ev(
    'IncidentReported',
    'inc-sweida-jul15',
    { occurredAt: '2025-07-15T10:00:00Z', precision: 'approximate', recordedAt: at('07-16', '17:55') },
    {
      incidentId: 'israeli-strikes-sweida-2025-07-15',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Sweida city and its approaches',
      fatalities: { min: 1, max: 10 },
      description:
        'On Netanyahu\'s and Katz\'s order the army strikes "regime forces and weaponry" brought into Sweida: tanks, APCs, rocket launchers and access roads. At least one soldier killed at the western entrance (state media); the Syrian Observatory counts ten government security personnel killed in Israeli strikes by the next day.',
    },
    [S.lbciJul15, S.trtJul15, S.journalJul16],
  ),
  ev(
    'StatementMade',
    'stmt-katz-jul16',
    { occurredAt: '2025-07-16T09:00:00Z', precision: 'approximate', recordedAt: at('07-16', '18:00') },
    {
      speaker: KATZ,
      audience: 'syria',
      tone: 'military-threat',
      summary:
        'The warnings to Damascus are over; "painful blows" follow; the army will keep striking regime forces until they withdraw from Sweida.',
      quote: 'The Syrian regime must leave the Druze in Sweida alone and pull back its forces.',
    },
    [S.trtJul16, S.geoJul16],
  ),
  ev(
    'IncidentReported',
    'inc-damascus-jul16',
    { occurredAt: '2025-07-16T12:00:00Z', precision: 'approximate', recordedAt: at('07-16', '18:05') },
    {
      incidentId: 'israeli-strikes-damascus-2025-07-16',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'syria',
      place: 'General Staff headquarters and defence ministry (Umayyad Square), near the presidential palace, Damascus',
      fatalities: { min: 1, max: 3 },
      injured: { min: 18, max: 34 },
      description:
        'At least five raids on central Damascus destroy a wing of the General Staff building and hit near the palace (the army: a "warning strike"); the health ministry: one killed and 18 wounded, later three killed and 34 wounded.',
    },
    [S.trtJul16, S.dwJul16, S.journalJul16],
  ),
  ev(
    'IncidentReported',
    'inc-south-jul16',
    { occurredAt: '2025-07-16T15:00:00Z', precision: 'approximate', recordedAt: at('07-16', '18:10') },
    {
      incidentId: 'israeli-strikes-south-2025-07-16',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Sweida, Daraa province, Qatana (Damascus countryside)',
      description:
        "Strikes throughout the day on government forces' vehicles, artillery and depots in the south; Israel's public broadcaster: nearly 160 targets struck in Syria since the night before, most around Sweida.",
    },
    [S.trtJul16, S.dwJul16],
  ),
  ev(
    'StatementMade',
    'stmt-syria-withdraw-jul16',
    { occurredAt: '2025-07-16T20:00:00Z', precision: 'approximate', recordedAt: at('07-17', '08:00') },
    {
      speaker: SYRIA_GOV,
      audience: 'israel',
      tone: 'neutral',
      summary: 'The army begins withdrawing its troops from Sweida under a ceasefire announced by the authorities.',
    },
    [S.xinhuaJul17],
  ),
  ev(
    'StatementMade',
    'stmt-sharaa-jul17',
    { occurredAt: '2025-07-17', recordedAt: at('07-19', '08:00') },
    {
      speaker: SHARAA,
      audience: 'israel',
      tone: 'accusation',
      summary:
        "Defends the government's presence in Sweida as needed to end the violence and accuses Israel of trying to divide Syria and create chaos.",
    },
    [S.menafnJul19],
  ),
  ev(
    'CeasefireDeclared',
    'cf-jul',
    { occurredAt: '2025-07-18T21:00:00Z', precision: 'approximate', recordedAt: at('07-19', '08:05') },
    {
      ceasefireId: CF.jul,
      parties: ['israel', 'syria'],
      scope:
        "Between Israel and Syria, after Israel's strikes on Syrian forces in Sweida and on Damascus; embraced by Türkiye, Jordan and Syria's neighbours. Terms not published.",
      duration: 'indefinite',
      mediatedBy: ['united-states'],
    },
    [S.shafaqJul18, S.unnJul19, S.menafnJul19],
    {
      note: 'Announced by Tom Barrack on X late on Friday 18 July ("Netanyahu and al-Sharaa, supported by the U.S.A., have agreed to a ceasefire"); neither government had commented by the next morning.',
    },
  ),
  ev(
    'TalksRoundOpened',
    'round-paris-jul-opened',
    { occurredAt: '2025-07-24', recordedAt: at('07-25', '08:00') },
    {
      roundId: R.parisJul,
      label: 'Paris meeting (July)',
      venue: 'Paris',
      format: 'formal',
      hosts: ['united-states'],
      delegations: [
        { actorId: 'israel', head: DERMER },
        { actorId: 'syria', head: SHAIBANI },
      ],
    },
    [S.nationalJul25],
    { note: 'The first ministerial meeting between the two; the heads as named by Axios.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-paris-jul-concluded',
    { occurredAt: '2025-07-24', recordedAt: at('07-25', '08:05') },
    {
      roundId: R.parisJul,
      outcome: 'progress',
      summary:
        'Barrack: "Our goal was dialogue and de-escalation, and we accomplished precisely that. All parties reiterated their commitment to continuing these efforts."',
    },
    [S.nationalJul25],
  ),
  // ===== August – September: Paris again, Kisweh, Homs, London, the corridor =====
  ev(
    'TalksRoundOpened',
    'round-paris-aug-opened',
    { occurredAt: '2025-08-19', recordedAt: at('08-20', '08:00') },
    {
      roundId: R.parisAug,
      label: 'Paris meeting (August)',
      venue: 'Paris',
      format: 'formal',
      hosts: ['united-states'],
      delegations: [
        { actorId: 'syria', head: SHAIBANI },
        { actorId: 'israel', head: DERMER },
      ],
    },
    [S.newtelegraphAug20, S.thesunAug20],
  ),
  ev(
    'TalksRoundConcluded',
    'round-paris-aug-concluded',
    { occurredAt: '2025-08-19', recordedAt: at('08-20', '08:05') },
    {
      roundId: R.parisAug,
      outcome: 'progress',
      summary:
        'SANA: de-escalation and non-interference in Syria\'s affairs discussed, "understandings that support stability in the region", monitoring the ceasefire in Sweida and reactivating the 1974 agreement.',
    },
    [S.newtelegraphAug20, S.thesunAug20],
  ),
  ev(
    'IncidentReported',
    'inc-beit-jinn-aug25',
    { occurredAt: '2025-08-25', recordedAt: at('08-26', '08:00') },
    {
      incidentId: 'israeli-incursion-beit-jinn-2025-08-25',
      kind: 'force-posture',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Beit Jinn, Damascus countryside',
      description: 'About 60 soldiers in 11 vehicles enter the Beit Jinn area; no fire reported.',
    },
    [S.ifpAug26],
  ),
  ev(
    'StatementMade',
    'stmt-syria-mfa-aug25',
    { occurredAt: '2025-08-25', recordedAt: at('08-26', '08:05') },
    {
      speaker: SYRIA_MFA,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'The incursion is "a grave threat to regional peace and security" and "a flagrant violation of international law"; calls on the Security Council to act.',
    },
    [S.ifpAug26],
  ),
  ev(
    'IncidentReported',
    'inc-taranja-aug26',
    { occurredAt: '2025-08-26', recordedAt: at('08-27', '08:00') },
    {
      incidentId: 'israeli-strike-taranja-2025-08-26',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Taranja, northern Quneitra countryside',
      fatalities: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      description: 'A strike on a house kills a young man (SANA).',
    },
    [S.brecorderAug27],
  ),
  ev(
    'IncidentReported',
    'inc-kisweh-aug26',
    { occurredAt: '2025-08-26T10:00:00Z', precision: 'approximate', recordedAt: at('08-27', '08:05') },
    {
      incidentId: 'israeli-drone-strike-kisweh-2025-08-26',
      kind: 'drone-strike',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Kisweh, Damascus countryside (a building of the 44th Division)',
      fatalities: { min: 6, max: 8 },
      description:
        'Drone strikes on soldiers who had found surveillance and eavesdropping devices, and on those who came after them: six soldiers killed (state television), eight (the foreign ministry and a war monitor, the next day). Israel does not comment.',
    },
    [S.brecorderAug27, S.memoAug27],
  ),
  ev(
    'IncidentReported',
    'inc-kisweh-landing-aug27',
    { occurredAt: '2025-08-27T19:00:00Z', precision: 'approximate', recordedAt: at('08-28', '08:00') },
    {
      incidentId: 'israeli-strikes-landing-kisweh-2025-08-27',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Former army barracks, Kisweh',
      description:
        'Further strikes on the Kisweh site and an airborne commando landing there late on Wednesday (SANA); no clash reported.',
    },
    [S.newsxAug28],
  ),
  ev(
    'StatementMade',
    'stmt-katz-aug26',
    { occurredAt: '2025-08-26', recordedAt: at('08-28', '08:02') },
    {
      speaker: KATZ,
      audience: 'syria',
      tone: 'warning',
      summary:
        'Israeli forces will stay indefinitely on Mount Hermon and "in the security zone necessary to protect the Golan and Galilee settlements from threats on the Syrian side".',
    },
    [S.newsxAug28],
  ),
  ev(
    'StatementMade',
    'stmt-syria-mfa-aug27',
    { occurredAt: '2025-08-27', recordedAt: at('08-28', '08:05') },
    {
      speaker: SYRIA_MFA,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'The Kisweh strikes are "a serious violation of international law" and "a clear breach of Syria\'s sovereignty and territorial integrity"; Israel pursues "aggressive policies" to destabilise the region.',
    },
    [S.newsxAug28],
  ),
  ev(
    'IncidentReported',
    'inc-quneitra-sep3',
    { occurredAt: '2025-09-03', precision: 'approximate', recordedAt: at('09-03', '20:00') },
    {
      incidentId: 'israeli-strike-quneitra-2025-09-03',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Al Tawahine (southern Quneitra); raids at Tal Kroum and Al Asbah',
      description:
        'Israeli forces bomb an abandoned site at Al Tawahine and a 16-vehicle convoy advances into Al Asbah, setting up a checkpoint and searching homes (SANA); no casualties reported.',
    },
    [S.nationalSep3],
  ),
  ev(
    'IncidentReported',
    'inc-homs-sep8',
    { occurredAt: '2025-09-08T21:00:00Z', precision: 'approximate', recordedAt: at('09-09', '08:00') },
    {
      incidentId: 'israeli-strikes-2025-09-08',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Air Defence College near Homs, a barracks at Saqoubin (Latakia), a camp near Palmyra',
      description:
        'A night of strikes on military sites near Homs, Latakia and Palmyra; ammunition and missile depots and an air defence base hit; no casualties reported.',
    },
    [S.ndtvSep9, S.medialineSep9],
  ),
  ev(
    'StatementMade',
    'stmt-syria-mfa-sep9',
    { occurredAt: '2025-09-09', recordedAt: at('09-09', '12:00') },
    {
      speaker: SYRIA_MFA,
      audience: 'israel',
      tone: 'accusation',
      summary:
        '"A blatant act of aggression and a flagrant violation of international law and the U.N. Charter", part of a series of escalations; calls on the Security Council to act.',
    },
    [S.medialineSep9],
  ),
  ev(
    'DemandTabled',
    'dem-security-draft',
    { occurredAt: '2025-09-15', precision: 'approximate', recordedAt: at('09-18', '08:00') },
    {
      demandId: D.securityDraft,
      by: 'israel',
      addressedTo: ['syria'],
      text: "Israel's draft security agreement: demilitarised zones from southwest of Damascus to the border, with limits on forces and weapons and no Syrian flights over them; Israel keeps Mount Hermon.",
      category: 'security',
    },
    [S.lorientSep18, S.tassSep18],
    { note: 'The map as described by two sources to Axios "two days" before the London meeting.' },
  ),
  ev(
    'StatementMade',
    'stmt-sharaa-sep17',
    { occurredAt: '2025-09-17', recordedAt: at('09-18', '08:05') },
    {
      speaker: SHARAA,
      audience: 'israel',
      tone: 'conciliatory',
      summary:
        'The security talks are "a necessity" and could yield results "in the coming days"; an agreement must respect Syria\'s airspace and territorial unity, under UN supervision. Israel has carried out more than 1,000 strikes and 400 incursions since 8 December.',
    },
    [S.lorientSep18],
  ),
  ev(
    'TalksRoundOpened',
    'round-london-opened',
    { occurredAt: '2025-09-17', recordedAt: at('09-18', '08:10') },
    {
      roundId: R.london,
      label: 'London meeting',
      venue: 'London',
      format: 'formal',
      hosts: ['united-states'],
      delegations: [
        { actorId: 'israel', head: DERMER },
        { actorId: 'syria', head: SHAIBANI },
      ],
    },
    [S.tassSep18, S.lorientSep18],
  ),
  ev(
    'PositionTaken',
    'pos-syria-draft',
    { occurredAt: '2025-09-17', recordedAt: at('09-18', '08:15') },
    {
      demandId: D.securityDraft,
      actorId: 'syria',
      stance: 'counter-proposed',
      conditions: 'Syria presents its response to the Israeli draft at the London meeting.',
    },
    [S.lorientSep18],
  ),
  ev(
    'TalksRoundConcluded',
    'round-london-concluded',
    { occurredAt: '2025-09-17', recordedAt: at('09-18', '08:20') },
    {
      roundId: R.london,
      outcome: 'progress',
      summary:
        'Five hours with Barrack; Axios\' informed source: progress "towards a possible agreement". Israeli officials: no breakthrough on the core issues; the teams are to accelerate.',
    },
    [S.lorientSep18, S.lbciSep18],
  ),
  ev(
    'MediationAction',
    'med-barrack-sep23',
    { occurredAt: '2025-09-23', recordedAt: at('09-24', '08:00') },
    {
      mediator: 'united-states',
      action: 'proposed',
      summary:
        'Barrack at the UN General Assembly: the two are close to a "de-escalation" agreement, Israel stopping its attacks and Syria moving no machinery or heavy equipment near the border, as a first step to the security deal; "everybody is approaching it in good faith".',
    },
    [S.lbciSep24],
  ),
  ev(
    'DemandTabled',
    'dem-corridor',
    { occurredAt: '2025-09-25', precision: 'approximate', recordedAt: at('09-26', '12:00') },
    {
      demandId: D.corridor,
      by: 'israel',
      addressedTo: ['syria'],
      text: 'A "humanitarian corridor" from Israel to Sweida province, for aid to the Druze.',
      category: 'humanitarian',
    },
    [S.lbciSep26, S.ynetSep26],
    {
      note: 'First asked in Paris; reintroduced "at a late stage" of the talks (two Israeli officials, a Syrian source, a source in Washington).',
    },
  ),
  ev(
    'PositionTaken',
    'pos-syria-corridor',
    { occurredAt: '2025-09-25', precision: 'approximate', recordedAt: at('09-26', '12:05') },
    {
      demandId: D.corridor,
      actorId: 'syria',
      stance: 'rejected',
      conditions: 'A breach of its sovereignty; the renewed demand derailed plans to announce a deal that week.',
    },
    [S.lbciSep26, S.ynetSep26],
  ),
  // ===== November – December: the White House, the dead end, the buffer zone visit, Beit Jinn =====
  ev(
    'IncidentReported',
    'inc-quneitra-nov7',
    { occurredAt: '2025-11-07', recordedAt: at('11-07', '18:00') },
    {
      incidentId: 'israeli-incursion-quneitra-2025-11-07',
      kind: 'force-posture',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Near al-Rafid, southwestern Quneitra',
      description:
        'A convoy of seven Israeli vehicles crosses through the al-Asha gate, with drones overhead; no fire reported.',
    },
    [S.shafaqNov7],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-white-house-nov10',
    { occurredAt: '2025-11-10', recordedAt: at('11-11', '08:00') },
    {
      actorId: 'united-states',
      counterparts: ['syria'],
      kind: 'meeting',
      summary:
        'Al-Sharaa at the White House, the first Syrian president there; Trump: his administration is working with Israel "to get along with Syria"; the Syrian foreign ministry: the United States supports reaching a security deal between Israel and Syria.',
    },
    [S.innNov11],
  ),
  ev(
    'PositionTaken',
    'pos-israel-withdraw',
    { occurredAt: '2025-11-17', precision: 'approximate', recordedAt: at('11-19', '12:00') },
    {
      demandId: D.withdraw,
      actorId: 'israel',
      stance: 'conditional',
      conditions:
        'Israel rejects a full withdrawal from the positions taken since Assad fell; it would withdraw from some only for a full peace agreement, not a security arrangement (Israeli political sources to Kan: the talks are at a dead end).',
    },
    [S.tassNov19, S.shafaqNov19],
  ),
  ev(
    'IncidentReported',
    'inc-netanyahu-visit-nov19',
    { occurredAt: '2025-11-19', recordedAt: at('11-19', '18:00') },
    {
      incidentId: 'netanyahu-buffer-zone-visit-2025-11-19',
      kind: 'force-posture',
      perpetrator: 'israel',
      against: 'syria',
      place: 'An IDF post in the buffer zone in Syria',
      description:
        "Netanyahu visits the troops in the buffer zone with Katz, Sa'ar, the chief of staff and the Shin Bet director, and holds a security discussion there.",
    },
    [S.lwjNov19, S.tassNov19],
  ),
  ev(
    'StatementMade',
    'stmt-syria-mfa-nov19',
    { occurredAt: '2025-11-19', recordedAt: at('11-19', '18:05') },
    {
      speaker: SYRIA_MFA,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'Condemns "in the strongest terms" the "illegal visit", a serious violation of sovereignty and "a new attempt to impose a fait accompli"; demands Israel\'s full withdrawal under the 1974 agreement.',
    },
    [S.trtNov19],
  ),
  ev(
    'IncidentReported',
    'inc-beit-jinn-nov28',
    { occurredAt: '2025-11-28T01:00:00Z', precision: 'approximate', recordedAt: at('11-28', '18:00') },
    {
      incidentId: 'israeli-raid-beit-jinn-2025-11-28',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Beit Jinn and the road to Mazraat Beit Jinn, Damascus countryside',
      fatalities: { min: 13, max: 13 },
      injured: { min: 19, max: 26 },
      civilianFatalities: { min: 4, max: 13 },
      description:
        'Reserve troops enter Beit Jinn before dawn to arrest men Israel says belong to Jamaa Islamiya; residents fire on them as they withdraw, six soldiers are wounded (three critically) and the army answers with drone, air and artillery strikes: 13 killed, two women and two children among them, and 13 to more than 20 wounded (Syrian health officials). Israel: several attackers eliminated, three suspects detained.',
    },
    [S.trtNov28, S.shafaqNov28raid],
  ),
  ev(
    'StatementMade',
    'stmt-syria-mfa-nov28',
    { occurredAt: '2025-11-28', recordedAt: at('11-28', '18:05') },
    {
      speaker: SYRIA_MFA,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'A "deliberate massacre": Israel is "fully responsible" for the deaths; Damascus urges the Security Council, the UN and the Arab League to intervene and vows to defend its territory under international law.',
    },
    [S.shafaqNov28mfa],
  ),
  ev(
    'StatementMade',
    'stmt-trump-dec1',
    { occurredAt: '2025-12-01', recordedAt: at('12-01', '20:00') },
    {
      speaker: TRUMP,
      audience: 'israel',
      tone: 'critical',
      summary:
        'On Truth Social, before a call with Netanyahu: the United States is very satisfied with Syria under al-Sharaa; Israel must not interfere with its evolution.',
      quote:
        "It is very important that Israel maintain a strong and true dialogue with Syria, and that nothing takes place that will interfere with Syria's evolution into a prosperous State.",
    },
    [S.innDec1, S.newsazDec1],
  ),
  ev(
    'StatementMade',
    'stmt-saar-dec10',
    { occurredAt: '2025-12-10', recordedAt: at('12-11', '12:00') },
    {
      speaker: SAAR,
      audience: 'syria',
      tone: 'critical',
      summary:
        'At the Jerusalem Post conference in Washington, beside Barrack (who says an agreement needs Israel to withdraw from the buffer zone): "The gaps between us and Syria have widened. They have new demands. Of course, we want an agreement, but we are further from one now than we were a few weeks ago."',
    },
    [S.jiDec11],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'israel-syria-2025.jsonl',
  logEnd: '2025-12-12T00:00:00Z',
  events,
};

export default definition;
