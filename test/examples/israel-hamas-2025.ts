/**
 * A test fixture, not a shipped example: the 2025 Israel – Hamas (Gaza)
 * ceasefire talks as an analyst following the news could have recorded them,
 * from the Doha deal (15 January) to the strikes of late November under the
 * October ceasefire. Escalation model v2 was never tuned on it: it is the
 * case the model is held to in israel-hamas-2025.spec.ts, against the calls
 * an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the first four cases did not:
 * - a ceasefire in force breached with heavy loss of life that yet holds:
 *   Israel's strikes of 19 October (44 killed) and 28–29 October (about 104)
 *   are recorded as the strikes they are and as the violations of the
 *   October ceasefire Hamas alleges (one occurrence each), beside Israel's
 *   own allegations against Hamas; neither side ended the ceasefire, Israel
 *   announced its "renewed enforcement" within hours, Hamas said it kept it,
 *   the United States that it held;
 * - a ceasefire that collapses into full war (18 March: 404 killed, the
 *   January ceasefire ended `collapsed`);
 * - hostage and prisoner exchanges as the terms of a deal carried out: the
 *   catalogue has no type for a term carried out, so each exchange is the
 *   released side's statement (`conciliatory`), as the Russia – Ukraine case
 *   records its prisoner exchanges;
 * - mediators who carry proposals between parties that do not meet: Qatar,
 *   Egypt and the United States from the start, Türkiye from Sharm
 *   el-Sheikh (October). Trump's deadlines to Hamas ("all hell", 10 February
 *   and 3 October) are the mediator's ultimatums, not the parties';
 *   Netanyahu's of 11 February and Israel's of 2 March are a party's.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet, aggregator or mirror; 1 = an on-record statement or act
 * confirmed by the actor itself; 2 = several outlets agree or one established
 * outlet reports it; 3 = one side's unverified claim about the other. Tolls
 * are the Gaza health ministry's or civil defence's, as the sources give
 * them, as ranges where they differ.
 *
 * Judgement calls, recorded as an analyst would:
 * - The January ceasefire is recorded as `indefinite`: its first phase ran 42
 *   days, but the agreement kept the ceasefire while phase-two talks went on,
 *   and the calm held past 1 March until Israel's strikes of 18 March.
 * - Israel's halt of all goods into Gaza (2 March) is a `border-closure` of
 *   the crossings against the other party; the first aid trucks let in (19
 *   May) are its `border-reopening`.
 * - The Israeli strike on Hamas's negotiators in Doha (9 September) is armed
 *   action by one party on the other, on a mediator's territory; Qatar's
 *   condemnation is the mediator's.
 * - The Doha talks of July are `adjourned` when Israel and the United States
 *   recalled their teams "for consultations" (an Israeli official: "no
 *   collapse"), not collapsed.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'israel-hamas-gaza-2025';
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2025);

const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['IDF', 'Israeli government'] };
const HAMAS: Actor = {
  id: 'hamas',
  name: 'Hamas',
  kind: 'de-facto-authority',
  aliases: ['Islamic Resistance Movement', 'al-Qassam Brigades'],
};
const QATAR: Actor = { id: 'qatar', name: 'Qatar', kind: 'state', aliases: ['Doha'] };
const EGYPT: Actor = { id: 'egypt', name: 'Egypt', kind: 'state', aliases: ['Cairo'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const TURKIYE: Actor = { id: 'turkiye', name: 'Türkiye', kind: 'state', aliases: ['Turkey'] };
const UNSC: Actor = {
  id: 'un-security-council',
  name: 'UN Security Council',
  kind: 'international-organisation',
  aliases: ['UNSC'],
};

const NETANYAHU: Person = { name: 'Benjamin Netanyahu', title: 'Prime Minister of Israel', actorId: 'israel' };
const KATZ: Person = { name: 'Israel Katz', title: 'Defence Minister of Israel', actorId: 'israel' };
const IDF: Person = { name: 'Israel Defense Forces (statement)', title: 'Israeli military', actorId: 'israel' };
const HAMAS_STMT: Person = { name: 'Hamas (statement)', title: 'Hamas', actorId: 'hamas' };
const ABU_OBEIDA: Person = {
  name: 'Abu Obeida',
  title: "Spokesman of Hamas's armed wing, the al-Qassam Brigades",
  actorId: 'hamas',
};
const ABU_ZUHRI: Person = { name: 'Sami Abu Zuhri', title: 'Senior Hamas official', actorId: 'hamas' };
const DERMER: Person = { name: 'Ron Dermer', title: 'Strategic Affairs Minister of Israel', actorId: 'israel' };
const TRUMP: Person = { name: 'Donald Trump', title: 'President of the United States', actorId: 'united-states' };
const WITKOFF: Person = {
  name: 'Steve Witkoff',
  title: 'US Special Envoy to the Middle East',
  actorId: 'united-states',
};
const VANCE: Person = { name: 'JD Vance', title: 'Vice President of the United States', actorId: 'united-states' };
const US_OFFICIAL: Person = { name: 'US official (unnamed)', title: 'US administration', actorId: 'united-states' };
const AL_ANSARI: Person = {
  name: 'Majed al-Ansari',
  title: 'Spokesman, Ministry of Foreign Affairs of Qatar',
  actorId: 'qatar',
};

const S = {
  siasatJan15: source(
    'Watch: Qatar PM announces details of Israel-Hamas ceasefire agreement',
    'Siasat Daily',
    'https://www.siasat.com/watch-qatar-pm-announces-details-of-israel-hamas-ceasefire-agreement-3165399/',
    '2025-01-15',
    'C',
    2,
  ),
  cebuJan16: source(
    'Israel, Hamas reach Gaza ceasefire, hostage deal, confirms Qatar PM',
    'Cebu Daily News (AFP)',
    'https://cebudailynews.inquirer.net/617340/israel-hamas-reach-gaza-ceasefire-hostage-deal-confirms-qatar-pm',
    '2025-01-16',
    'B',
    1,
  ),
  ktbbJan16: source(
    'Israeli strikes kill 78 in Gaza since ceasefire announced, officials say',
    'KTBB (ABC News)',
    'https://ktbb.com/post/?p=1383638',
    '2025-01-16',
    'B',
    2,
  ),
  antiwarJan16: source(
    'Israeli Strikes Kill at Least 87 Palestinians in Gaza Since Ceasefire Deal Announced',
    'Antiwar.com',
    'https://news.antiwar.com/2025/01/16/israeli-strikes-kill-at-least-87-palestinians-in-gaza-since-ceasefire-deal-announced',
    '2025-01-16',
    'C',
    2,
  ),
  tovimaJan19: source(
    'Gaza ceasefire takes effect, hostages for release announced',
    'To Vima (Reuters)',
    'https://tovima.com/world/gaza-ceasefire-takes-effect-hostages-for-release-announced',
    '2025-01-19',
    'B',
    2,
  ),
  newsxJan19: source(
    'Israel-Hamas Ceasefire: Gaza Cheers As First Hostages Released',
    'NewsX',
    'https://www.newsx.com/world/israel-hamas-ceasefire-gaza-cheers-as-first-hostages-released/',
    '2025-01-19',
    'C',
    2,
  ),
  dwJan19: source(
    'Israel says Gaza ceasefire begins after delay',
    'Deutsche Welle',
    'https://www.dw.com/en/israel-says-gaza-ceasefire-begins-after-delay/live-71339953',
    '2025-01-19',
    'B',
    1,
  ),
  wbrzJan19: source(
    'Middle East latest: Gaza ceasefire sets in motion release of 3 Israeli hostages',
    'WBRZ (CNN Newsource)',
    'https://www.wbrz.com/news/middle-east-latest-gaza-ceasefire-sets-in-motion-release-of-3-israeli-hostages/',
    '2025-01-19',
    'B',
    2,
  ),
  breitbartFeb10: source(
    "'Let Hell Break Out': Trump Demands Hamas Free All Hostages by Saturday Noon or Ceasefire Off",
    'Breitbart',
    'https://www.breitbart.com/middle-east/2025/02/10/let-hell-break-out-trump-demands-hamas-free-all-hostages-by-saturday-noon-or-ceasefire-off-israel-fight/',
    '2025-02-10',
    'C',
    2,
  ),
  newserFeb11: source(
    'Trump Delivers an Ultimatum to Hamas',
    'Newser (CBS News)',
    'https://www.newser.com/story/364085/trump-delivers-an-ultimatum-to-hamas.html',
    '2025-02-11',
    'B',
    1,
  ),
  medialineFeb10: source(
    "Trump: 'If All the Hostages Aren't Returned by Saturday … Let Hell Break Out'",
    'The Media Line',
    'https://themedialine.org/headlines/trump-if-all-the-hostages-arent-returned-by-saturday-let-hell-break-out',
    '2025-02-10',
    'B',
    1,
  ),
  vozFeb11: source(
    'Netanyahu: Ceasefire ends unless hostages are freed on Saturday',
    'Voz (JNS)',
    'https://voz.us/en/mundo/jns/250211/20964/netanyahu-ceasefire-ends-unless-hostages-are-freed-on-saturday.html',
    '2025-02-11',
    'B',
    1,
  ),
  jpostFeb12: source(
    'Live updates: If Hamas does not release the hostages by Saturday noon, the deal will end, Netanyahu says',
    'The Jerusalem Post',
    'https://www.jpost.com/israel-news/2025-02-12/live-updates-841744',
    '2025-02-12',
    'B',
    1,
  ),
  nationalFeb15: source(
    'Hamas frees three Israeli hostages in sixth prisoner swap',
    'The National',
    'https://www.thenationalnews.com/news/mena/2025/02/15/hamas-frees-three-israeli-hostages-in-sixth-prisoner-swap/',
    '2025-02-15',
    'B',
    1,
  ),
  dwFeb15: source(
    'Gaza ceasefire: Hamas hands over 3 hostages to Israel',
    'Deutsche Welle',
    'https://www.dw.com/en/gaza-ceasefire-hamas-hands-over-3-hostages-to-israel/live-71618280',
    '2025-02-15',
    'B',
    1,
  ),
  trtMar2: source(
    'Israel says it is stopping entry of all aid and supplies into Gaza',
    'TRT World',
    'https://www.trtworld.com/article/1970018290c1',
    '2025-03-02',
    'B',
    1,
  ),
  ddpMar2: source(
    'Israel Blocks All Aid Entering Gaza and Ramps Up Attacks as First Phase of Ceasefire Deal Expires',
    'Defend Democracy Press (Antiwar.com)',
    'https://defenddemocracy.press/israel-blocks-all-aid-entering-gaza-and-ramps-up-attacks-as-first-phase-of-ceasefire-deal-expires',
    '2025-03-02',
    'C',
    2,
  ),
  deccanMar2: source(
    'Israel says it is stopping the entry of all aid and supplies into the Gaza Strip',
    'Deccan Chronicle (AP)',
    'https://www.deccanchronicle.com/world/middle-east/israel-says-it-is-stopping-the-entry-of-all-aid-and-supplies-into-the-gaza-strip-1864441',
    '2025-03-02',
    'B',
    1,
  ),
  brecorderMar18: source(
    'Israeli strikes kill over 400 in Gaza, say Palestinians, ceasefire on brink',
    'Business Recorder (Reuters)',
    'https://brecorder.com/news/amp/40353469',
    '2025-03-18',
    'B',
    2,
  ),
  nieMar18: source(
    'Israeli strikes across Gaza kill at least 404 Palestinians and shatter ceasefire with Hamas',
    'The New Indian Express (AP)',
    'https://www.newindianexpress.com/world/2025/Mar/18/israeli-strikes-across-gaza-kill-at-least-404-palestinians-and-shatter-ceasefire-with-hamas',
    '2025-03-18',
    'B',
    2,
  ),
  pakindexMar18: source(
    'Israel resumes airstrikes on Gaza as ceasefire collapses',
    'British Pakistani Index',
    'https://pakistaniindex.org/2025/03/israel-resumes-airstrikes-on-gaza-as-ceasefire-collapses/',
    '2025-03-18',
    'C',
    2,
  ),
  upiMar20: source(
    'At least 85 killed, 133 injured in Gaza in third day of Israeli airstrikes',
    'UPI',
    'https://www.upi.com/Top_News/World-News/2025/03/20/deadly-Israeli-airstrikes-continue/4341742472196/',
    '2025-03-20',
    'B',
    2,
  ),
  newsazMar20: source(
    'At least 85 killed in new Israeli Gaza strikes, Hamas-run health ministry says',
    'News.az (BBC)',
    'https://news.az/news/at-least-85-killed-in-new-israeli-gaza-strikes-hamas-run-health-ministry-says',
    '2025-03-20',
    'C',
    2,
  ),
  lbcMay12: source(
    "Hamas' armed wing says will release US-Israeli hostage Monday",
    'LBCI (AFP)',
    'https://www.lbcgroup.tv/news/israelgazawar/853866/hamas-armed-wing-says-will-release-us-israeli-hostage-monday/en',
    '2025-05-12',
    'B',
    1,
  ),
  gulftodayMay13: source(
    'Hamas releases Israeli-American hostage in goodwill gesture toward Trump administration',
    'Gulf Today (AP)',
    'https://www.gulftoday.ae/news/2025/05/13/hamas-releases-israeli-american-hostage-in-goodwill-gesture-toward-trump-administration',
    '2025-05-13',
    'B',
    1,
  ),
  antiwarMay16: source(
    'Israeli Strikes Kill More Than 100 Palestinians in Gaza',
    'From the Trenches (Antiwar.com)',
    'http://fromthetrenchesworldreport.com/israeli-strikes-kill-more-than-100-palestinians-in-gaza/334546',
    '2025-05-16',
    'C',
    2,
  ),
  springfieldMay16: source(
    'Israel expands attacks in Gaza and Yemen as Trump wraps up trip to region',
    'Springfield News-Sun (AP)',
    'https://www.springfieldnewssun.com/nation-world/israel-expands-attacks-in-gaza-and-yemen-as-trump-wraps-up-trip-to-region/IINUQ7PRWRGVBBU73ISF3O6LMQ/',
    '2025-05-16',
    'B',
    2,
  ),
  greenwatchMay16: source(
    'Israeli strikes kill 93 in Gaza as Trump ends Mideast trip',
    'GreenWatch',
    'https://greenwatchbd.com/world-news/76722',
    '2025-05-16',
    'C',
    2,
  ),
  onlineuaMay17: source(
    "Gideon's Chariot: Israel launches new military operation against militants in Gaza",
    'Online.ua',
    'https://news.online.ua/en/gideons-chariot-israel-launches-new-military-operation-against-militants-in-gaza-893514/',
    '2025-05-17',
    'C',
    1,
  ),
  indiatvMay19: source(
    "First aid trucks enter Gaza nearly after three months of Israel's blockade",
    'India TV (AP)',
    'https://www.indiatvnews.com/news/world/first-aid-trucks-enter-gaza-nearly-after-three-months-of-israel-blockade-2025-05-19-990993',
    '2025-05-19',
    'B',
    1,
  ),
  unnMay30: source(
    "'Does not meet any of the requirements': Hamas reacted to the US proposal for a ceasefire in Gaza in exchange for hostages",
    'UNN (The Times of Israel)',
    'https://unn.ua/en/news/does-not-meet-any-of-the-requirements-hamas-reacted-to-the-us-proposal-for-a-ceasefire-in-gaza-in-exchange-for-hostages',
    '2025-05-30',
    'C',
    2,
  ),
  tassMay31: source(
    "Hamas' response to US ceasefire proposal 'totally unacceptable' — Witkoff",
    'TASS',
    'https://tass.com/world/1966465',
    '2025-05-31',
    'B',
    1,
  ),
  anewsMay31: source(
    "Hamas' response to US proposal on Gaza ceasefire 'totally unacceptable': US envoy Witkoff",
    'A News',
    'https://www.anews.com.tr/world/2025/05/31/hamas-response-to-us-proposal-on-gaza-ceasefire-totally-unacceptable-us-envoy-witkoff',
    '2025-05-31',
    'B',
    1,
  ),
  memoJul6: source(
    'Israeli delegation heads to Qatar for Gaza ceasefire, prisoner swap negotiations',
    'Middle East Monitor (Anadolu)',
    'https://www.middleeastmonitor.com/20250706-israeli-delegation-heads-to-qatar-for-gaza-ceasefire-prisoner-swap-negotiations/',
    '2025-07-06',
    'C',
    2,
  ),
  indiatodayJul6: source(
    'Israel to send delegation to Qatar for Gaza ceasefire, hostage deal talks',
    'India Today',
    'https://www.indiatoday.in/world/story/israel-to-send-delegation-to-qatar-for-gaza-ceasefire-hostage-deal-talks-glbs-2751428-2025-07-06',
    '2025-07-06',
    'B',
    2,
  ),
  mehrJul22: source(
    'Israel strikes kill 65 Palestinians in Gaza in past day',
    'Mehr News Agency (Al Jazeera)',
    'https://en.mehrnews.com/news/234599/Israel-strikes-kill-65-Palestinians-in-Gaza-in-past-day',
    '2025-07-22',
    'C',
    2,
  ),
  menafnJul24: source(
    'Gaza Genocide: Israeli Atrocious Attacks Kill 23 Palestinians',
    'MENAFN',
    'https://menafn.com/1109842677/Gaza-Genocide-Israeli-Atrocious-Attacks-Kill-23-Palestinians',
    '2025-07-24',
    'C',
    2,
  ),
  innJul24: source(
    "Witkoff: US team returning from Doha after 'disappointing' Hamas response",
    'Israel National News',
    'https://www.israelnationalnews.com/news/412210',
    '2025-07-24',
    'B',
    1,
  ),
  newsazJul24: source(
    "Witkoff withdraws team from ceasefire talks, claims Hamas 'not acting in good faith'",
    'News.az',
    'https://news.az/news/witkoff-withdraws-team-from-ceasefire-talks-claims-hamas-not-acting-in-good-faith',
    '2025-07-24',
    'C',
    2,
  ),
  cnaAug19: source(
    'Hamas accepts proposed deal for ceasefire with Israel and hostage release, Egyptian source says',
    'CNA (Reuters)',
    'https://www.channelnewsasia.com/world/hamas-accepts-proposed-deal-ceasefire-israel-and-hostage-release-egyptian-source-says-5301126',
    '2025-08-19',
    'B',
    1,
  ),
  sunstarSep8: source(
    'Gaza City attacks intensify; 50 killed',
    'SunStar (Anadolu)',
    'https://www.sunstar.com.ph/network/gaza-city-attacks-intensify-50-killed',
    '2025-09-08',
    'B',
    2,
  ),
  newsazSep8: source(
    'Israel destroys another high-rise in Gaza, death toll rises',
    'News.az (Al Jazeera)',
    'https://news.az/news/israel-destroys-another-high-rise-in-gaza-death-toll-rises',
    '2025-09-08',
    'C',
    2,
  ),
  cnaSep8: source(
    "Trump issues 'last warning' to Hamas to accept hostage deal",
    'CNA (Reuters)',
    'https://www.channelnewsasia.com/world/trump-issues-last-warning-hamas-accept-hostage-deal-5337131',
    '2025-09-08',
    'B',
    1,
  ),
  shafaqSep8: source(
    "Gaza: Israel's Katz threatens 'massive storm' over the city",
    'Shafaq News',
    'https://www.shafaq.com/en/Middle-East/Gaza-Israel-s-Katz-threatens-massive-storm-over-the-city',
    '2025-09-08',
    'B',
    2,
  ),
  trtSep9: source(
    "Qatar slams 'cowardly Israeli attack' on Hamas leaders in Doha",
    'TRT World',
    'https://www.trtworld.com/article/ca101c827e10',
    '2025-09-09',
    'B',
    1,
  ),
  patrikaSep11: source(
    'Netanyahu likens Doha airstrike to US post-9/11 actions',
    'Patrika',
    'https://www.patrika.com/en/world-news/netanyahu-likens-doha-airstrike-to-us-post-9-11-actions-19936905',
    '2025-09-11',
    'C',
    2,
  ),
  ligaSep9: source(
    'Israel strikes at Hamas leadership in Qatar',
    'LIGA.net (Reuters)',
    'https://news.liga.net/en/world/news/israel-strikes-at-hamas-leadership-in-qatar',
    '2025-09-09',
    'B',
    2,
  ),
  dailyvoiceSep29: source(
    "Trump unveils Gaza peace plan supported by Israel, saying 'we're very, very close' to ceasefire",
    'Daily Voice',
    'https://dailyvoice.com/ct/bloomfield/trump-unveils-gaza-peace-plan-supported-by-israel-saying-were-very-very-close-to-ceasefire/',
    '2025-09-29',
    'C',
    1,
  ),
  trtSep29: source(
    'Trump and Netanyahu hold joint press conference on Gaza plan',
    'TRT World',
    'https://www.trtworld.com/article/4d132be25220',
    '2025-09-29',
    'B',
    1,
  ),
  ndtvOct3: source(
    "'All Hell Will Break Out': Trump's Sunday Deadline For Hamas And A Warning",
    'NDTV',
    'https://www.ndtv.com/world-news/all-hell-will-break-out-trumps-sunday-deadline-for-hamas-and-a-warning-9391572',
    '2025-10-03',
    'B',
    1,
  ),
  htOct4: source(
    "'Too dangerous to…': How Donald Trump reacted to Hamas statement on Israeli hostages",
    'Hindustan Times',
    'https://www.hindustantimes.com/world-news/us-news/too-dangerous-to-how-donald-trump-reacted-to-hamas-statement-on-israeli-hostages-101759543213078.html',
    '2025-10-04',
    'B',
    1,
  ),
  newswireOct4: source(
    "Trump tells Israel 'stop bombing' Gaza after Hamas ceasefire reply",
    'Newswire',
    'https://www.newswire.lk/2025/10/04/trump-tells-israel-stop-bombing-gaza-after-hamas-ceasefire-reply',
    '2025-10-04',
    'C',
    1,
  ),
  egyptianstreetsOct9: source(
    'Israel and Hamas agree to first phase of Gaza peace deal, Trump says',
    'Egyptian Streets',
    'https://egyptianstreets.com/2025/10/09/israel-and-hamas-agree-to-first-phase-of-gaza-peace-deal-trump-says/',
    '2025-10-09',
    'C',
    1,
  ),
  iansOct9: source(
    "Trump says Israel, Hamas both sign off on 'first phase' of Gaza peace plan",
    'IANS',
    'https://ianslive.in/trump-says-israel-hamas-both-sign-off-on-first-phase-of-gaza-peace-plan--20251009065416',
    '2025-10-09',
    'B',
    1,
  ),
  trtOct10: source(
    'Israel officially announces ceasefire agreement has come into effect',
    'TRT World (Anadolu)',
    'https://www.trtworld.com/article/d60e00e5075d',
    '2025-10-10',
    'B',
    1,
  ),
  newsbytesOct10: source(
    'Gaza ceasefire begins as Israeli military completes partial withdrawal',
    'NewsBytes (The Times of Israel)',
    'https://www.newsbytesapp.com/news/world/gaza-ceasefire-begins-as-idf-completes-partial-withdrawal/story',
    '2025-10-10',
    'C',
    2,
  ),
  zerohedgeOct10: source(
    'Gaza ceasefire holds as IDF withdraws to agreed line, starting 72-hour countdown for hostage release',
    'ZeroHedge',
    'https://www.zerohedge.com/geopolitical/gaza-ceasefire-holds-idf-withdraws-agreed-line-starting-72-hour-countdown-hostage',
    '2025-10-10',
    'C',
    2,
  ),
  amconOct13: source(
    'Israeli hostages, Palestinian prisoners released under ceasefire deal',
    'The American Conservative',
    'https://www.theamericanconservative.com/israeli-hostages-palestinian-prisoners-released-under-ceasefire-deal/',
    '2025-10-13',
    'B',
    2,
  ),
  trtOct13: source(
    'Hamas completes release of 20 Israeli captives as part of first phase of Gaza ceasefire deal',
    'TRT World (Anadolu)',
    'https://www.trtworld.com/article/2361fdfed797',
    '2025-10-13',
    'B',
    1,
  ),
  i24Oct13: source(
    'Trump, Erdogan and the Emir of Qatar sign Gaza ceasefire agreement',
    'i24NEWS',
    'https://www.i24news.tv/en/news/israel-at-war/artc-trump-erdogan-and-the-emir-of-qatar-sign-gaza-ceasefire-agreement',
    '2025-10-13',
    'B',
    1,
  ),
  kbzkOct19: source(
    'Israel halts aid to Gaza until further notice as renewed fighting tests ceasefire',
    'KBZK (AP)',
    'https://www.kbzk.com/world/israel-at-war/israel-halts-aid-to-gaza-until-further-notice-as-renewed-fighting-tests-ceasefire',
    '2025-10-19',
    'B',
    2,
  ),
  nationalOct19: source(
    'Israeli strikes kill 44 people in Gaza with ceasefire under strain',
    'The National',
    'https://www.thenationalnews.com/news/mena/2025/10/19/gaza-ceasefire-on-brink-as-israel-strikes-across-strip',
    '2025-10-19',
    'B',
    2,
  ),
  saudigazetteOct19: source(
    'Israel strikes Gaza after alleged Hamas attack, testing U.S.-brokered ceasefire',
    'Saudi Gazette',
    'https://cdn.saudigazette.com.sa/article/655841/World/Israel-launches-airstrikes-in-Gaza-after-Hamas-attack-testing-US-brokered-ceasefire',
    '2025-10-19',
    'B',
    2,
  ),
  semaforOct28: source(
    "Netanyahu orders 'powerful' Gaza strikes after accusing Hamas of truce violations",
    'Semafor',
    'https://www.semafor.com/article/10/28/2025/netanyahu-orders-powerful-gaza-strikes-after-accusing-hamas-of-truce-violations',
    '2025-10-28',
    'B',
    1,
  ),
  antiwarOct29: source(
    "Netanyahu Orders 'Immediate and Powerful' Attacks on Gaza, Over 100 Killed",
    'From the Trenches (Antiwar.com)',
    'http://fromthetrenchesworldreport.com/netanyahu-orders-immediate-and-powerful-attacks-on-gaza-over-100-killed/338017',
    '2025-10-29',
    'C',
    2,
  ),
  ibcOct29: source(
    'Israel says Gaza ceasefire back on after deadly strikes kill 104 Palestinians',
    'IBC World News',
    'https://ibcworldnews.com/2025/10/29/israel-says-gaza-ceasefire-back-on-after-deadly-strikes-kill-104-palestinians/',
    '2025-10-29',
    'C',
    2,
  ),
  ksatOct30: source(
    'Palestinian militants hand over 2 coffins with remains of hostages to Red Cross in Gaza',
    'KSAT (AP)',
    'https://www.ksat.com/news/2025/10/30/palestinian-militants-hand-over-2-coffins-with-remains-of-hostages-to-red-cross-in-gaza/',
    '2025-10-30',
    'B',
    1,
  ),
  evrimNov6: source(
    'Hamas Hands Over Hostage Remains To Israel Amid Ceasefire',
    'Evrim Ağacı',
    'https://evrimagaci.org/gpt/hamas-hands-over-hostage-remains-to-israel-amid-ceasefire-515292',
    '2025-11-06',
    'C',
    2,
  ),
  unNov17: source(
    'Security Council endorses Comprehensive Plan to End Gaza Conflict, adopting resolution 2803 (2025)',
    'United Nations (meetings coverage)',
    'https://www.un.org/unispal/document/security-council-meeting-coverage-17nov25',
    '2025-11-17',
    'A',
    1,
  ),
  trtNov17: source(
    'UN Security Council passes US draft resolution on Gaza peace plan',
    'TRT World',
    'https://www.trtworld.com/article/7c316fbb752e',
    '2025-11-17',
    'B',
    1,
  ),
  medialineNov19: source(
    'Israeli strikes on Gaza kill at least 24, shake Trump-backed ceasefire',
    'The Media Line',
    'https://themedialine.org/headlines/israeli-strikes-on-gaza-kill-at-least-24-shake-trump-backed-ceasefire/',
    '2025-11-19',
    'B',
    2,
  ),
  lbcNov22: source(
    'Israeli airstrikes kill 24 in Gaza after accusation that Hamas breached ceasefire',
    'LBC',
    'https://www.lbc.co.uk/article/israeli-airstrikes-kill-24-in-gaza-after-accusation-that-hamas-breached-ceasefir-5HjdNFj_2/',
    '2025-11-22',
    'B',
    2,
  ),
  daytonNov22: source(
    "Israel launches strikes in Gaza in ceasefire's latest test as hospitals say 24 killed",
    'Dayton Daily News (AP)',
    'https://www.daytondailynews.com/news/nation-world/israel-launches-strikes-in-gaza-ceasefires-latest-test-as-hospitals-say-24-killed/CJZRR4DDBFLQVDTAUDCQOETVK4/',
    '2025-11-22',
    'B',
    2,
  ),
  aniNov26: source(
    'Hamas transfers remains of hostage to the Red Cross',
    'Indian News Network (ANI/TPS)',
    'https://www.indiannewsnetwork.net/news/hamas-transfers-remains-of-hostage-to-the-red-cross20251126061612',
    '2025-11-26',
    'C',
    1,
  ),
};

const D = {
  allHostages: 'israel-all-hostages',
  endWar: 'hamas-end-of-war',
  extension: 'us-phase-one-extension',
  sixtyDay: 'us-sixty-day-ceasefire',
  plan: 'us-twenty-point-plan',
};
const U = {
  trumpFeb: 'trump-all-hell-2025-02-15',
  netanyahuFeb: 'netanyahu-saturday-noon-2025-02-15',
  israelMar: 'israel-witkoff-framework-2025-03-02',
  trumpOct: 'trump-sunday-six-pm-2025-10-05',
};
const R = { dohaJul: 'doha-2025-07', sharm: 'sharm-el-sheikh-2025-10' };
const CF = { jan: 'gaza-ceasefire-2025-01-19', oct: 'gaza-ceasefire-2025-10-10' };
const O = {
  oct19: 'israeli-strikes-2025-10-19',
  oct28: 'israeli-strikes-2025-10-28',
  nov19: 'israeli-strikes-2025-11-19',
  nov22: 'israeli-strikes-2025-11-22',
};

const events = [
  // ===== January: the Doha deal, the strikes before it, the ceasefire and the first exchange =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2025-01-15', recordedAt: at('01-16', '08:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Israel – Hamas (Gaza) ceasefire and hostage talks, 2025',
      subject:
        'A ceasefire in Gaza and the exchange of the hostages held by Hamas for Palestinian prisoners, from the Doha deal of January through its collapse in March, the proposals of the spring and summer, the Trump plan and the October ceasefire',
      parties: [ISRAEL, HAMAS],
      mediators: [QATAR, EGYPT, USA],
    },
    [S.siasatJan15, S.cebuJan16],
    { note: 'Opened at the deal announced in Doha; the talks had run, mediated, since 2023.' },
  ),
  ev(
    'AgreementReached',
    'agr-doha-jan15',
    { occurredAt: '2025-01-15', recordedAt: at('01-16', '08:05') },
    {
      agreementId: 'doha-ceasefire-hostage-deal-2025-01',
      kind: 'ceasefire',
      provisions: [
        'A ceasefire in three phases from Sunday 19 January; the first lasts 42 days',
        'Phase one: Hamas releases 33 hostages (civilian women, female recruits, children, the elderly, the sick and wounded) for Palestinian prisoners',
        'Israeli forces withdraw from densely populated areas; the displaced return; 600 aid trucks a day',
        'Phases two and three negotiated during phase one; Qatar, Egypt and the United States monitor from Cairo',
      ],
      signatories: ['israel', 'hamas'],
      textPublic: false,
    },
    [S.siasatJan15, S.cebuJan16],
  ),
  ev(
    'DemandTabled',
    'dem-all-hostages',
    { occurredAt: '2025-01-15', recordedAt: at('01-16', '08:10') },
    {
      demandId: D.allHostages,
      by: 'israel',
      addressedTo: ['hamas'],
      text: 'Release every hostage held since 7 October 2023, living and dead.',
      category: 'humanitarian',
    },
    [S.cebuJan16],
  ),
  ev(
    'DemandTabled',
    'dem-end-war',
    { occurredAt: '2025-01-15', recordedAt: at('01-16', '08:15') },
    {
      demandId: D.endWar,
      by: 'hamas',
      addressedTo: ['israel'],
      text: 'A permanent ceasefire, the full withdrawal of Israeli forces from Gaza and the free entry of aid.',
      category: 'security',
    },
    [S.cebuJan16],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-jan16',
    { occurredAt: '2025-01-16', recordedAt: at('01-16', '20:00') },
    {
      incidentId: 'israeli-strikes-2025-01-15-16',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Gaza City, Jabalia, Nuseirat, Khan Younis',
      fatalities: { min: 78, max: 87 },
      injured: { min: 250, max: 250 },
      civilianFatalities: { min: 46, max: 46 },
      description:
        'Israeli strikes kill 78 to 87 across Gaza in the day after the deal is announced (Gaza civil defence, health ministry), among them 21 children and 25 women; the Israeli military says it hit 50 targets in 24 hours.',
    },
    [S.ktbbJan16, S.antiwarJan16],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-jan19',
    { occurredAt: '2025-01-19T07:00:00Z', precision: 'approximate', recordedAt: at('01-19', '12:00') },
    {
      incidentId: 'israeli-strikes-2025-01-19',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Gaza City and northern Gaza',
      fatalities: { min: 13, max: 26 },
      description:
        'Strikes during the three-hour delay before the ceasefire took effect (Hamas was late with the names of the first hostages): 13 killed (civil emergency service), at least 26 in the hours before (health ministry).',
    },
    [S.tovimaJan19, S.newsxJan19],
  ),
  ev(
    'CeasefireDeclared',
    'cf-jan',
    { occurredAt: '2025-01-19T09:15:00Z', recordedAt: at('01-19', '12:05') },
    {
      ceasefireId: CF.jan,
      parties: ['israel', 'hamas'],
      scope: 'All hostilities in the Gaza Strip, under phase one of the Doha deal',
      duration: 'indefinite',
      mediatedBy: ['qatar', 'egypt', 'united-states'],
    },
    [S.dwJan19, S.tovimaJan19],
    {
      note: 'Phase one runs 42 days; the agreement keeps the ceasefire while phase-two talks go on. In force at 11:15 local time after a delay of almost three hours.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-hamas-exchange-jan19',
    { occurredAt: '2025-01-19T14:00:00Z', precision: 'approximate', recordedAt: at('01-19', '20:00') },
    {
      speaker: ABU_OBEIDA,
      audience: 'israel',
      tone: 'conciliatory',
      summary:
        'Under the exchange deal, Romi Gonen, Emily Damari and Doron Steinbrecher are released; Israel is to free 90 Palestinian prisoners in return.',
    },
    [S.wbrzJan19, S.tovimaJan19],
    { note: 'The first exchange of the deal: a term carried out (the catalogue has no type for it).' },
  ),
  // ===== February: the postponement, the ultimatums, the sixth exchange =====
  ev(
    'StatementMade',
    'stmt-abu-obeida-feb10',
    { occurredAt: '2025-02-10', recordedAt: at('02-10', '18:00') },
    {
      speaker: ABU_OBEIDA,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'Israel has delayed the return of the displaced to the north, shelled and shot at them and held back aid: the release set for Saturday 15 February is postponed until it complies and makes up for the past weeks.',
    },
    [S.medialineFeb10],
  ),
  ev(
    'StatementMade',
    'stmt-katz-feb10',
    { occurredAt: '2025-02-10', recordedAt: at('02-10', '18:05') },
    {
      speaker: KATZ,
      audience: 'hamas',
      tone: 'warning',
      summary:
        'The postponement is a complete violation of the ceasefire agreement; the IDF is ordered to prepare for any possible scenario in Gaza: "We will not return to the reality of October 7."',
    },
    [S.medialineFeb10],
  ),
  ev(
    'UltimatumIssued',
    'ult-trump-feb10',
    { occurredAt: '2025-02-10T22:00:00Z', precision: 'approximate', recordedAt: at('02-11', '08:00') },
    {
      ultimatumId: U.trumpFeb,
      by: 'united-states',
      to: ['hamas'],
      demandIds: [D.allHostages],
      deadline: '2025-02-15T12:00:00+02:00',
      consequences:
        'Trump would call for the ceasefire to be cancelled: "all bets are off and let hell break out"; "Israel can override it".',
      channel: 'Remarks in the Oval Office',
    },
    [S.newserFeb11, S.breitbartFeb10],
    { note: 'The mediator\'s deadline: all hostages, "not in drips and drabs". Noon on Saturday, time zone unstated.' },
  ),
  ev(
    'StatementMade',
    'stmt-abu-zuhri-feb11',
    { occurredAt: '2025-02-11', recordedAt: at('02-11', '12:00') },
    {
      speaker: ABU_ZUHRI,
      audience: 'united-states',
      tone: 'critical',
      summary:
        'Trump must remember there is an agreement both parties must respect, the only way to bring the prisoners back: "The language of threats has no value and further complicates matters."',
    },
    [S.newserFeb11],
  ),
  ev(
    'UltimatumIssued',
    'ult-netanyahu-feb11',
    { occurredAt: '2025-02-11T15:00:00Z', precision: 'approximate', recordedAt: at('02-12', '08:00') },
    {
      ultimatumId: U.netanyahuFeb,
      by: 'israel',
      to: ['hamas'],
      demandIds: [D.allHostages],
      deadline: '2025-02-15T12:00:00+02:00',
      consequences:
        'The ceasefire ends and the IDF resumes intense fighting until Hamas is decisively defeated; forces are massed in and around Gaza.',
      channel: 'Video statement after the security cabinet',
    },
    [S.vozFeb11, S.jpostFeb12],
    {
      note: 'Unlike Trump, Israeli statements did not demand all hostages by Saturday: the three due that day (an Israeli official: nine more in the coming days).',
    },
  ),
  ev(
    'UltimatumResolved',
    'ult-netanyahu-complied',
    { occurredAt: '2025-02-15T10:00:00Z', precision: 'approximate', recordedAt: at('02-15', '18:00') },
    {
      ultimatumId: U.netanyahuFeb,
      resolution: 'complied',
      summary:
        'Hamas hands over Sagui Dekel-Chen, Alexander Troufanov and Iair Horn in Khan Younis before noon; Israel frees 369 prisoners. The ceasefire goes on.',
    },
    [S.nationalFeb15, S.dwFeb15],
  ),
  ev(
    'UltimatumResolved',
    'ult-trump-partial',
    { occurredAt: '2025-02-15T10:00:00Z', precision: 'approximate', recordedAt: at('02-15', '18:05') },
    {
      ultimatumId: U.trumpFeb,
      resolution: 'partially-complied',
      summary: 'The three hostages due were freed, not all of them; the United States left the decision to Israel.',
    },
    [S.nationalFeb15],
  ),
  ev(
    'StatementMade',
    'stmt-hamas-exchange-feb15',
    { occurredAt: '2025-02-15T10:00:00Z', precision: 'approximate', recordedAt: at('02-15', '18:10') },
    {
      speaker: HAMAS_STMT,
      audience: 'israel',
      tone: 'conciliatory',
      summary:
        'The sixth exchange of the deal goes ahead: Sagui Dekel-Chen, Alexander Troufanov and Iair Horn handed to the Red Cross in Khan Younis; Israel frees 369 Palestinian prisoners.',
    },
    [S.nationalFeb15, S.dwFeb15],
  ),
  // ===== March: phase one runs out, the crossings closed, the ceasefire's end =====
  ev(
    'DemandTabled',
    'dem-extension',
    { occurredAt: '2025-03-02', recordedAt: at('03-02', '12:00') },
    {
      demandId: D.extension,
      by: 'united-states',
      addressedTo: ['israel', 'hamas'],
      text: 'Extend the first phase through Ramadan and Passover (to about 20 April): half the hostages released on the first day, the rest once a permanent ceasefire is agreed.',
      category: 'security',
    },
    [S.deccanMar2, S.ddpMar2],
    { note: "Israel's account of a proposal by Witkoff; no US text was published." },
  ),
  ev(
    'PositionTaken',
    'pos-israel-extension',
    { occurredAt: '2025-03-02', recordedAt: at('03-02', '12:05') },
    { demandId: D.extension, actorId: 'israel', stance: 'accepted', speaker: NETANYAHU },
    [S.trtMar2],
  ),
  ev(
    'PositionTaken',
    'pos-hamas-extension',
    { occurredAt: '2025-03-02', recordedAt: at('03-02', '12:10') },
    {
      demandId: D.extension,
      actorId: 'hamas',
      stance: 'rejected',
      conditions:
        'The agreement must move to its second phase: the release of the rest of the hostages for an end to the war.',
      quote:
        'The only way to achieve stability in the region and the return of the prisoners is to complete the implementation of the agreement',
    },
    [S.trtMar2],
  ),
  ev(
    'IncidentReported',
    'inc-crossings-closed',
    { occurredAt: '2025-03-02', recordedAt: at('03-02', '12:15') },
    {
      incidentId: 'gaza-crossings-closed-2025-03-02',
      kind: 'border-closure',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'All goods and supplies, humanitarian aid included',
      place: 'The crossings into the Gaza Strip',
      description:
        "Netanyahu's office: in light of Hamas's rejection of the Witkoff framework, the entry of goods and supplies into Gaza is stopped from this morning.",
    },
    [S.trtMar2, S.deccanMar2],
  ),
  ev(
    'UltimatumIssued',
    'ult-israel-mar2',
    { occurredAt: '2025-03-02', recordedAt: at('03-02', '12:20') },
    {
      ultimatumId: U.israelMar,
      by: 'israel',
      to: ['hamas'],
      demandIds: [D.extension],
      consequences:
        '"If Hamas continues to stick to its position and does not release our hostages, there will be additional consequences, which I will not detail here."',
      channel: "Statement of the Prime Minister's office",
    },
    [S.ddpMar2, S.deccanMar2],
  ),
  ev(
    'StatementMade',
    'stmt-hamas-mar2',
    { occurredAt: '2025-03-02', recordedAt: at('03-02', '12:25') },
    {
      speaker: HAMAS_STMT,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'Cutting off aid is "cheap extortion, a war crime, and a blatant attack on the ceasefire agreement"; Israel is trying to derail the truce.',
    },
    [S.ddpMar2],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-mar18',
    { occurredAt: '2025-03-18T00:20:00Z', precision: 'approximate', recordedAt: at('03-18', '10:00') },
    {
      incidentId: 'israeli-strikes-2025-03-18',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Across the Strip: Gaza City, Jabalia, Deir al-Balah, Khan Younis, Rafah',
      fatalities: { min: 404, max: 413 },
      injured: { min: 562, max: 562 },
      description:
        'From 02:20 local time, strikes on homes and tent camps from north to south, tank shelling across the border line: 404 killed, many of them children (health ministry), one of the highest single-day tolls of the war. Israel says it hit dozens of Hamas targets; the White House says it was consulted.',
    },
    [S.brecorderMar18, S.nieMar18],
  ),
  ev(
    'CeasefireEnded',
    'cf-jan-collapsed',
    { occurredAt: '2025-03-18T00:20:00Z', precision: 'approximate', recordedAt: at('03-18', '10:05') },
    {
      ceasefireId: CF.jan,
      reason: 'collapsed',
      summary:
        'Netanyahu ordered "strong action" over Hamas\'s refusal to free the hostages and extend the ceasefire; Hamas calls it a unilateral cancellation of the ceasefire of 19 January.',
    },
    [S.brecorderMar18, S.pakindexMar18],
  ),
  ev(
    'UltimatumResolved',
    'ult-israel-enforced',
    { occurredAt: '2025-03-18T00:20:00Z', precision: 'approximate', recordedAt: at('03-18', '10:10') },
    {
      ultimatumId: U.israelMar,
      resolution: 'enforced',
      summary: 'The "additional consequences": the blockade, then the resumed war.',
    },
    [S.brecorderMar18],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-mar18',
    { occurredAt: '2025-03-18', recordedAt: at('03-18', '10:15') },
    {
      speaker: NETANYAHU,
      audience: 'hamas',
      tone: 'military-threat',
      summary: 'The strikes are open-ended and expected to expand; evacuation orders for eastern Gaza.',
      quote: 'Israel will, from now on, act against Hamas with increasing military strength.',
    },
    [S.brecorderMar18, S.nieMar18],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-mar20',
    { occurredAt: '2025-03-20T00:00:00Z', precision: 'approximate', recordedAt: at('03-20', '12:00') },
    {
      incidentId: 'israeli-strikes-2025-03-20',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Homes across the Strip; Abasan al-Kabira (16 killed), Beit Lahiya',
      fatalities: { min: 85, max: 85 },
      injured: { min: 133, max: 133 },
      description:
        'Overnight strikes kill at least 85 and injure 133 (health ministry); the IDF expands its ground operation to the centre of the Netzarim corridor and into northern Gaza.',
    },
    [S.upiMar20, S.newsazMar20],
  ),
  ev(
    'IncidentReported',
    'inc-rockets-mar20',
    { occurredAt: '2025-03-20', recordedAt: at('03-20', '12:05') },
    {
      incidentId: 'hamas-rockets-2025-03-20',
      kind: 'missile-strike',
      perpetrator: 'hamas',
      against: 'israel',
      place: 'Fired from southern Gaza at Tel Aviv',
      fatalities: { min: 0, max: 0 },
      description:
        "Hamas's armed wing says it fired three rockets at Tel Aviv in response, the first since the ceasefire ended; one intercepted, two fall in open areas.",
    },
    [S.newsazMar20],
  ),
  // ===== May: Edan Alexander, daily strikes, Gideon's Chariots, the Witkoff proposal =====
  ev(
    'StatementMade',
    'stmt-hamas-alexander-may12',
    { occurredAt: '2025-05-12', recordedAt: at('05-13', '08:00') },
    {
      speaker: ABU_OBEIDA,
      audience: 'united-states',
      tone: 'conciliatory',
      summary:
        'The al-Qassam Brigades release Edan Alexander, held for 19 months, a goodwill gesture toward the Trump administration; Israel says it made no concession, only a safe corridor.',
    },
    [S.lbcMay12, S.gulftodayMay13],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-may15',
    { occurredAt: '2025-05-15', recordedAt: at('05-16', '06:00') },
    {
      incidentId: 'israeli-strikes-2025-05-15',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Khan Younis, Jabalia, Gaza City',
      fatalities: { min: 130, max: 143 },
      description:
        'Heavy strikes as Trump tours the Gulf: at least 61 killed in Khan Younis, 15 in Jabalia; 143 killed in the day (Al Jazeera), more than 130 in days of attacks (health ministry).',
    },
    [S.antiwarMay16, S.springfieldMay16],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-may16',
    { occurredAt: '2025-05-16', recordedAt: at('05-16', '20:00') },
    {
      incidentId: 'israeli-strikes-2025-05-16',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Deir al-Balah, Khan Younis, Jabalia, Beit Lahiya',
      fatalities: { min: 93, max: 93 },
      description:
        'Strikes on the outskirts of Deir al-Balah, on Khan Younis and in the north kill 93, among them 31 children and 27 women; Israel says it hit 150 targets in 24 hours.',
    },
    [S.greenwatchMay16, S.springfieldMay16],
  ),
  ev(
    'StatementMade',
    'stmt-katz-may17',
    { occurredAt: '2025-05-17', recordedAt: at('05-17', '18:00') },
    {
      speaker: KATZ,
      audience: 'hamas',
      tone: 'military-threat',
      summary:
        'Operation Gideon\'s Chariots proceeds "with great force"; Hamas\'s delegation in Doha has returned to the talks without aid or a ceasefire.',
    },
    [S.onlineuaMay17],
  ),
  ev(
    'IncidentReported',
    'inc-aid-resumed',
    { occurredAt: '2025-05-19', recordedAt: at('05-19', '20:00') },
    {
      incidentId: 'gaza-crossings-reopened-2025-05-19',
      kind: 'border-reopening',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Kerem Shalom crossing',
      description:
        'Five trucks with baby food and other aid enter through Kerem Shalom, the first since 2 March, after Netanyahu ordered "basic" aid resumed; the UN calls it a drop in the ocean.',
    },
    [S.indiatvMay19],
  ),
  ev(
    'DemandTabled',
    'dem-sixty-day',
    { occurredAt: '2025-05-29', recordedAt: at('05-31', '20:00') },
    {
      demandId: D.sixtyDay,
      by: 'united-states',
      addressedTo: ['israel', 'hamas'],
      text: 'A 60-day ceasefire: ten living hostages and eighteen bodies returned in the first week for Palestinian prisoners; aid through the UN; talks on a permanent ceasefire during the truce.',
      category: 'security',
    },
    [S.tassMay31, S.unnMay30],
  ),
  ev(
    'PositionTaken',
    'pos-israel-sixty-day',
    { occurredAt: '2025-05-29', recordedAt: at('05-31', '20:05') },
    { demandId: D.sixtyDay, actorId: 'israel', stance: 'accepted' },
    [S.unnMay30],
    { note: 'The White House said Israel approved the proposal before it was sent to Hamas.' },
  ),
  ev(
    'PositionTaken',
    'pos-hamas-sixty-day',
    { occurredAt: '2025-05-31', recordedAt: at('05-31', '22:00') },
    {
      demandId: D.sixtyDay,
      actorId: 'hamas',
      stance: 'counter-proposed',
      conditions:
        'A permanent ceasefire, complete Israeli withdrawal and guaranteed aid; ten living hostages and eighteen bodies for an agreed number of prisoners.',
    },
    [S.tassMay31, S.anewsMay31],
  ),
  ev(
    'StatementMade',
    'stmt-witkoff-may31',
    { occurredAt: '2025-05-31', recordedAt: at('05-31', '22:05') },
    {
      speaker: WITKOFF,
      audience: 'hamas',
      tone: 'critical',
      summary:
        'Hamas should accept the framework as the basis for proximity talks, which could begin this week: the only way to close a 60-day ceasefire deal.',
      quote: 'It is totally unacceptable and only takes us backward.',
    },
    [S.tassMay31, S.anewsMay31],
  ),
  // ===== July – August: Doha, the recall, Hamas's yes to the mediators =====
  ev(
    'TalksRoundOpened',
    'round-doha-jul-opened',
    { occurredAt: '2025-07-06', recordedAt: at('07-06', '18:00') },
    {
      roundId: R.dohaJul,
      label: 'Doha proximity talks (July)',
      venue: 'Doha',
      format: 'formal',
      hosts: ['qatar', 'egypt'],
      delegations: [{ actorId: 'israel' }, { actorId: 'hamas' }],
    },
    [S.memoJul6, S.indiatodayJul6],
    { note: 'Indirect: the delegations do not meet; Qatari and Egyptian mediators carry the texts.' },
  ),
  ev(
    'IncidentReported',
    'inc-strikes-jul21',
    { occurredAt: '2025-07-21T12:00:00Z', precision: 'approximate', recordedAt: at('07-22', '09:00') },
    {
      incidentId: 'israeli-strikes-2025-07-21',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Across the Strip, eleven of them at aid distribution points',
      fatalities: { min: 65, max: 65 },
      description: 'Medical sources: at least 65 killed in the past day, eleven in strikes on aid distribution points.',
    },
    [S.mehrJul22],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-jul24',
    { occurredAt: '2025-07-24T08:00:00Z', precision: 'approximate', recordedAt: at('07-24', '20:00') },
    {
      incidentId: 'israeli-strikes-2025-07-24',
      kind: 'shelling',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Zikim (aid seekers), Gaza City, Deir al-Balah, Nuseirat, Bureij, Khan Younis',
      fatalities: { min: 23, max: 23 },
      description:
        'Since early Thursday: artillery fire on people gathered for aid near Zikim kills nine, drone and air strikes on tents and homes kill fourteen more (medical officials).',
    },
    [S.menafnJul24],
  ),
  ev(
    'TalksRoundConcluded',
    'round-doha-jul-adjourned',
    { occurredAt: '2025-07-24', recordedAt: at('07-24', '22:00') },
    {
      roundId: R.dohaJul,
      outcome: 'adjourned',
      summary:
        'After Hamas\'s response of the morning, Israel and then the United States recall their teams "for consultations"; an Israeli official: "There is no collapse, no blowup."',
      nextSteps: 'The United States will "consider alternative options to bring the hostages home".',
    },
    [S.innJul24, S.newsazJul24],
  ),
  ev(
    'StatementMade',
    'stmt-witkoff-jul24',
    { occurredAt: '2025-07-24', recordedAt: at('07-24', '22:05') },
    {
      speaker: WITKOFF,
      audience: 'hamas',
      tone: 'accusation',
      summary:
        'Hamas\'s latest response "clearly shows a lack of desire to reach a ceasefire in Gaza"; it does not appear to be coordinated or acting in good faith.',
      quote: 'It is a shame that Hamas has acted in this selfish way.',
    },
    [S.innJul24, S.newsazJul24],
  ),
  ev(
    'MediationAction',
    'med-egypt-qatar-aug18',
    { occurredAt: '2025-08-18', recordedAt: at('08-19', '08:00') },
    {
      mediator: 'egypt',
      action: 'proposed',
      summary:
        'Egypt and Qatar put a 60-day truce to Hamas: half the hostages returned for Palestinian prisoners, talks on a permanent ceasefire. Hamas accepts it; Israel confirms receipt and gives no answer.',
    },
    [S.cnaAug19],
  ),
  // ===== September: the Gaza City offensive, the last warning, the strike in Doha, the Trump plan =====
  ev(
    'IncidentReported',
    'inc-strikes-sep7',
    { occurredAt: '2025-09-07', recordedAt: at('09-08', '06:00') },
    {
      incidentId: 'israeli-strikes-gaza-city-2025-09-07',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Gaza City (Al-Roya tower and others) and the north',
      fatalities: { min: 50, max: 65 },
      description:
        'The offensive on Gaza City: more than 50 buildings destroyed, the Al-Roya tower among them; 50 killed (Wafa, 46 in the north) to 65 (Al Jazeera).',
    },
    [S.sunstarSep8, S.newsazSep8],
  ),
  ev(
    'StatementMade',
    'stmt-trump-sep7',
    { occurredAt: '2025-09-07', recordedAt: at('09-08', '06:05') },
    {
      speaker: TRUMP,
      audience: 'hamas',
      tone: 'threat',
      summary:
        'The Israelis have accepted his terms (all hostages freed on the first day of a truce for thousands of prisoners); Hamas must accept too.',
      quote:
        'I have warned Hamas about the consequences of not accepting. This is my last warning, there will not be another one!',
    },
    [S.cnaSep8],
  ),
  ev(
    'StatementMade',
    'stmt-hamas-sep7',
    { occurredAt: '2025-09-07', recordedAt: at('09-08', '06:10') },
    {
      speaker: HAMAS_STMT,
      audience: 'united-states',
      tone: 'conciliatory',
      summary:
        'It received "some ideas" from the United States through the mediators, aimed at a ceasefire, and is discussing with them how to develop them.',
    },
    [S.cnaSep8],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-sep8',
    { occurredAt: '2025-09-08', recordedAt: at('09-08', '20:00') },
    {
      incidentId: 'israeli-strikes-2025-09-08',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Homes and tents across Gaza; Al-Rimal, Gaza City',
      fatalities: { min: 21, max: 21 },
      description: 'Hospital sources: 21 killed since dawn by strikes on homes and tents of the displaced.',
    },
    [S.shafaqSep8],
  ),
  ev(
    'StatementMade',
    'stmt-katz-sep8',
    { occurredAt: '2025-09-08', recordedAt: at('09-08', '20:05') },
    {
      speaker: KATZ,
      audience: 'hamas',
      tone: 'military-threat',
      summary:
        'A "massive storm" will hit Gaza City today and the towers of terror will shake; the IDF prepares to widen the manoeuvre.',
      quote: 'This is a final warning in Gaza and beyond to release hostages and lay down arms.',
    },
    [S.shafaqSep8],
  ),
  ev(
    'StatementMade',
    'stmt-qatar-sep9',
    { occurredAt: '2025-09-09', recordedAt: at('09-09', '16:05') },
    {
      speaker: AL_ANSARI,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'Qatar strongly condemns the "cowardly Israeli attack" on residential buildings housing members of the Hamas political bureau: a blatant violation of international law and a serious threat to Qataris and residents.',
    },
    [S.trtSep9, S.ligaSep9],
  ),
  ev(
    'IncidentReported',
    'inc-doha-strike',
    { occurredAt: '2025-09-09T12:00:00Z', precision: 'approximate', recordedAt: at('09-11', '10:00') },
    {
      incidentId: 'israeli-strike-doha-2025-09-09',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: "Hamas's political bureau and negotiating delegation, meeting on a US proposal",
      place: 'Katara district, Doha, Qatar',
      fatalities: { min: 6, max: 7 },
      description:
        'Israeli jets strike residential buildings in Katara at about 15:00 where Hamas leaders were discussing a ceasefire proposal; the IDF says it "precisely targeted the top leadership of Hamas". Six Hamas members are reported killed, and a Qatari internal-security officer.',
    },
    [S.patrikaSep11, S.trtSep9, S.ligaSep9],
    { note: "One party striking the other on a mediator's territory: armed action between the parties." },
  ),
  ev(
    'DemandTabled',
    'dem-plan',
    { occurredAt: '2025-09-29', recordedAt: at('09-29', '22:00') },
    {
      demandId: D.plan,
      by: 'united-states',
      addressedTo: ['israel', 'hamas'],
      text: "The 20-point Comprehensive Plan to End the Gaza Conflict: an immediate ceasefire; all hostages released within 72 hours for 250 life-sentence prisoners and 1,700 Gazans detained; Israeli withdrawal in stages to agreed lines; Hamas disarmed and out of Gaza's government; a technocratic Palestinian committee under a Board of Peace chaired by Trump; an international stabilisation force.",
      category: 'political',
    },
    [S.dailyvoiceSep29, S.trtSep29],
  ),
  ev(
    'PositionTaken',
    'pos-israel-plan',
    { occurredAt: '2025-09-29', recordedAt: at('09-29', '22:05') },
    {
      demandId: D.plan,
      actorId: 'israel',
      stance: 'accepted',
      quote: 'I support your plan to end the war in Gaza, which achieves our war objectives.',
      speaker: NETANYAHU,
    },
    [S.dailyvoiceSep29, S.trtSep29],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-sep29',
    { occurredAt: '2025-09-29', recordedAt: at('09-29', '22:10') },
    {
      speaker: NETANYAHU,
      audience: 'hamas',
      tone: 'military-threat',
      summary:
        'Rejecting or violating the plan would bring a resumed Israeli campaign, with the full backing of the United States.',
      quote: 'This can be done the easy way or the hard way.',
    },
    [S.dailyvoiceSep29],
  ),
  // ===== October: the deadline, Hamas's reply, Sharm el-Sheikh, the ceasefire, the exchange =====
  ev(
    'UltimatumIssued',
    'ult-trump-oct3',
    { occurredAt: '2025-10-03T14:00:00Z', precision: 'approximate', recordedAt: at('10-03', '16:00') },
    {
      ultimatumId: U.trumpOct,
      by: 'united-states',
      to: ['hamas'],
      demandIds: [D.plan],
      deadline: '2025-10-05T18:00:00-04:00',
      consequences:
        '"If this LAST CHANCE agreement is not reached, all HELL, like no one has ever seen before, will break out against Hamas"; the rest "will be hunted down, and killed".',
      channel: 'Truth Social',
    },
    [S.ndtvOct3],
    { note: "The mediator's deadline to Hamas." },
  ),
  ev(
    'PositionTaken',
    'pos-hamas-plan',
    { occurredAt: '2025-10-03T20:00:00Z', precision: 'approximate', recordedAt: at('10-04', '08:00') },
    {
      demandId: D.plan,
      actorId: 'hamas',
      stance: 'conditional',
      conditions:
        'Releases all hostages, living and dead, "according to the exchange formula" of the plan and "as the field conditions for the exchange are met"; hands Gaza to Palestinian technocrats; the rest of the plan (disarmament not named) for a unified Palestinian position and international law; ready to negotiate the details through the mediators at once.',
    },
    [S.htOct4, S.newswireOct4],
  ),
  ev(
    'UltimatumResolved',
    'ult-trump-oct-partial',
    { occurredAt: '2025-10-03T20:00:00Z', precision: 'approximate', recordedAt: at('10-04', '08:05') },
    {
      ultimatumId: U.trumpOct,
      resolution: 'partially-complied',
      summary:
        'Hamas agrees to release every hostage and hand over Gaza\'s administration, not to disarm; Trump: "I believe they are ready for a lasting PEACE."',
    },
    [S.htOct4],
  ),
  ev(
    'MediationAction',
    'med-trump-oct3',
    { occurredAt: '2025-10-03T21:00:00Z', precision: 'approximate', recordedAt: at('10-04', '08:10') },
    {
      mediator: 'united-states',
      action: 'requested-pause',
      summary:
        'Trump: "Israel must immediately stop the bombing of Gaza, so that we can get the Hostages out safely and quickly!" Netanyahu\'s office prepares the immediate implementation of the plan\'s first stage.',
    },
    [S.htOct4, S.newswireOct4],
  ),
  ev(
    'ActorRegistered',
    'actor-turkiye',
    { occurredAt: '2025-10-08', recordedAt: at('10-09', '08:00') },
    { actor: TURKIYE, role: 'mediator' },
    [S.egyptianstreetsOct9],
    { note: "Türkiye's intelligence chief Ibrahim Kalin joins the Sharm el-Sheikh talks." },
  ),
  ev(
    'TalksRoundOpened',
    'round-sharm-opened',
    { occurredAt: '2025-10-06', recordedAt: at('10-09', '08:05') },
    {
      roundId: R.sharm,
      label: 'Sharm el-Sheikh talks',
      venue: 'Sharm el-Sheikh, Egypt',
      format: 'formal',
      hosts: ['egypt', 'qatar', 'united-states', 'turkiye'],
      delegations: [{ actorId: 'israel', head: DERMER }, { actorId: 'hamas' }],
    },
    [S.egyptianstreetsOct9, S.iansOct9],
    {
      note: 'Indirect talks on the first phase of the plan, Egypt mediating with Qatar, the United States and Türkiye.',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-sharm-agreement',
    { occurredAt: '2025-10-09', recordedAt: at('10-09', '08:10') },
    {
      roundId: R.sharm,
      outcome: 'agreement',
      summary:
        'On the third day, agreement on "all the provisions and implementation mechanisms" of the first phase (Qatar); Trump: both "have signed off on the first Phase of our Peace Plan".',
      nextSteps: "Israel's cabinet to ratify; the ceasefire within 24 hours, the hostages within 72 hours after.",
    },
    [S.egyptianstreetsOct9, S.iansOct9],
  ),
  ev(
    'AgreementReached',
    'agr-sharm',
    { occurredAt: '2025-10-09', recordedAt: at('10-09', '08:15') },
    {
      agreementId: 'sharm-el-sheikh-first-phase-2025-10',
      kind: 'ceasefire',
      roundId: R.sharm,
      provisions: [
        'A ceasefire; Israeli forces withdraw to an agreed line (the "yellow line")',
        'All 20 living hostages and the remains of the dead released within 72 hours',
        'Israel frees 250 prisoners serving life sentences and 1,700 Gazans detained since 7 October 2023',
        'Aid enters in full',
      ],
      signatories: ['israel', 'hamas'],
      textPublic: false,
    },
    [S.egyptianstreetsOct9, S.iansOct9],
  ),
  ev(
    'IncidentReported',
    'inc-withdrawal-cover-oct10',
    { occurredAt: '2025-10-10T06:00:00Z', precision: 'approximate', recordedAt: at('10-10', '12:00') },
    {
      incidentId: 'israeli-fire-withdrawal-2025-10-10',
      kind: 'shelling',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Parts of the Gaza Strip the IDF withdrew from',
      injured: { min: 5, max: 5 },
      description:
        'The withdrawal to the agreed lines is carried out under cover of artillery shelling and airstrikes in some areas (The Times of Israel); media in Gaza report five seriously injured in a strike on a school.',
    },
    [S.newsbytesOct10, S.zerohedgeOct10],
  ),
  ev(
    'CeasefireDeclared',
    'cf-oct',
    { occurredAt: '2025-10-10T09:00:00Z', recordedAt: at('10-10', '12:05') },
    {
      ceasefireId: CF.oct,
      parties: ['israel', 'hamas'],
      scope: 'All hostilities in the Gaza Strip, under the first phase of the Trump plan',
      duration: 'indefinite',
      mediatedBy: ['united-states', 'qatar', 'egypt', 'turkiye'],
    },
    [S.trtOct10, S.zerohedgeOct10],
    { note: 'In force at noon Israel time, the IDF in position on the new deployment lines (CENTCOM confirms).' },
  ),
  ev(
    'StatementMade',
    'stmt-hamas-exchange-oct13',
    { occurredAt: '2025-10-13T08:00:00Z', precision: 'approximate', recordedAt: at('10-13', '18:00') },
    {
      speaker: HAMAS_STMT,
      audience: 'israel',
      tone: 'conciliatory',
      summary:
        'All 20 living hostages are handed to the Red Cross (seven, then thirteen); Israel frees 1,968 prisoners and detainees, 250 of them serving life sentences.',
    },
    [S.amconOct13, S.trtOct13],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-sharm-summit-oct13',
    { occurredAt: '2025-10-13', recordedAt: at('10-13', '18:05') },
    {
      actorId: 'united-states',
      counterparts: ['egypt', 'qatar', 'turkiye'],
      kind: 'meeting',
      summary:
        'At the Sharm el-Sheikh summit Trump, al-Sisi, Emir Tamim and Erdogan sign the document guaranteeing the ceasefire; Netanyahu does not attend. Trump: the second phase of negotiations "has already begun".',
    },
    [S.i24Oct13],
  ),
  // ===== 19 October: Rafah, the strikes, the renewed enforcement =====
  ev(
    'CeasefireViolationReported',
    'cfv-rafah-oct19',
    { occurredAt: '2025-10-19T07:00:00Z', precision: 'approximate', recordedAt: at('10-19', '12:00') },
    {
      ceasefireId: CF.oct,
      allegedBy: 'israel',
      against: 'hamas',
      casualties: { min: 2, max: 2 },
      description:
        'The IDF: militants fired an anti-tank missile and gunfire at troops dismantling infrastructure in Israeli-held Rafah, killing two soldiers. Hamas says it has had no contact with units in Rafah for months and is not responsible.',
    },
    [S.kbzkOct19, S.nationalOct19],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-oct19',
    { occurredAt: '2025-10-19T12:00:00Z', precision: 'approximate', recordedAt: at('10-19', '18:00') },
    {
      incidentId: 'israeli-strikes-2025-10-19',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Khan Younis, Zawaida, Nuseirat, eastern Gaza City, Jabalia',
      fatalities: { min: 29, max: 44 },
      description:
        'Israel strikes "dozens of Hamas terror targets" across Gaza, over 120 munitions; health officials count at least 29 killed (AP), official Palestinian media 44 (The National), children among them.',
    },
    [S.kbzkOct19, S.nationalOct19],
    { occurrence: O.oct19 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-strikes-oct19',
    { occurredAt: '2025-10-19T12:00:00Z', precision: 'approximate', recordedAt: at('10-19', '18:05') },
    {
      ceasefireId: CF.oct,
      allegedBy: 'hamas',
      against: 'israel',
      casualties: { min: 29, max: 44 },
      description:
        'Hamas denies any attack and accuses Israel of continuing to "breach the agreement and fabricate flimsy pretexts".',
    },
    [S.nationalOct19, S.saudigazetteOct19],
    { occurrence: O.oct19 },
  ),
  ev(
    'StatementMade',
    'stmt-idf-oct19',
    { occurredAt: '2025-10-19T18:00:00Z', precision: 'approximate', recordedAt: at('10-19', '20:00') },
    {
      speaker: IDF,
      audience: 'hamas',
      tone: 'warning',
      summary:
        'On the political echelon\'s directive, after a series of significant strikes, the IDF "has begun the renewed enforcement of the ceasefire"; it will uphold the agreement and respond firmly to any violation.',
    },
    [S.nationalOct19],
  ),
  ev(
    'StatementMade',
    'stmt-hamas-oct19',
    { occurredAt: '2025-10-19', recordedAt: at('10-19', '20:05') },
    {
      speaker: HAMAS_STMT,
      audience: 'israel',
      tone: 'conciliatory',
      summary: 'Hamas denies involvement in the Rafah clashes and says it remains committed to the ceasefire.',
    },
    [S.saudigazetteOct19],
  ),
  // ===== 28–29 October: the soldier killed, the "powerful strikes", the ceasefire resumed =====
  ev(
    'StatementMade',
    'stmt-netanyahu-oct28',
    { occurredAt: '2025-10-28T14:00:00Z', precision: 'approximate', recordedAt: at('10-28', '18:05') },
    {
      speaker: NETANYAHU,
      audience: 'hamas',
      tone: 'military-threat',
      summary:
        'After security consultations, Netanyahu directs the military "to immediately carry out forceful strikes in the Gaza Strip" over Hamas\'s violations.',
    },
    [S.semaforOct28],
  ),
  ev(
    'StatementMade',
    'stmt-vance-oct28',
    { occurredAt: '2025-10-28', recordedAt: at('10-28', '18:10') },
    {
      speaker: VANCE,
      audience: 'Reporters in Washington',
      tone: 'neutral',
      summary: 'The ceasefire is holding despite "little skirmishes here and there".',
    },
    [S.semaforOct28],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-rafah-oct28',
    { occurredAt: '2025-10-28T12:00:00Z', precision: 'approximate', recordedAt: at('10-29', '07:55') },
    {
      ceasefireId: CF.oct,
      allegedBy: 'israel',
      against: 'hamas',
      casualties: { min: 1, max: 1 },
      description:
        'Israel: Hamas fired on troops in Rafah, inside the yellow line, killing a soldier, and staged the "discovery" of a hostage\'s remains it already held. Hamas: no relation to the shooting; it keeps the ceasefire.',
    },
    [S.semaforOct28, S.antiwarOct29, S.ibcOct29],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-oct28',
    { occurredAt: '2025-10-28T19:00:00Z', precision: 'approximate', recordedAt: at('10-29', '08:00') },
    {
      incidentId: 'israeli-strikes-2025-10-28',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Gaza City (near al-Shifa), Khan Younis, Deir al-Balah, Bureij',
      fatalities: { min: 100, max: 104 },
      injured: { min: 253, max: 253 },
      civilianFatalities: { min: 46, max: 46 },
      description:
        'Strikes from the evening of the 28th through the night: 104 killed, 46 of them children, and 253 wounded (health ministry); "at least 100" (Al Jazeera).',
    },
    [S.ibcOct29, S.antiwarOct29],
    { occurrence: O.oct28, note: 'The children are counted as civilians.' },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-strikes-oct28',
    { occurredAt: '2025-10-28T19:00:00Z', precision: 'approximate', recordedAt: at('10-29', '08:05') },
    {
      ceasefireId: CF.oct,
      allegedBy: 'hamas',
      against: 'israel',
      casualties: { min: 100, max: 104 },
      description:
        'Hamas calls the strikes a blatant violation of the ceasefire and postpones the handover of another body; it reaffirms its own commitment.',
    },
    [S.ibcOct29, S.antiwarOct29],
    { occurrence: O.oct28 },
  ),
  ev(
    'StatementMade',
    'stmt-idf-oct29',
    { occurredAt: '2025-10-29T07:00:00Z', precision: 'approximate', recordedAt: at('10-29', '10:00') },
    {
      speaker: IDF,
      audience: 'hamas',
      tone: 'warning',
      summary:
        'After a series of strikes on dozens of targets, the IDF has begun enforcing the ceasefire again; it will keep to the agreement and respond firmly to any violation.',
    },
    [S.ibcOct29],
  ),
  ev(
    'StatementMade',
    'stmt-trump-oct29',
    { occurredAt: '2025-10-29', recordedAt: at('10-29', '10:05') },
    {
      speaker: TRUMP,
      audience: 'hamas',
      tone: 'threat',
      summary:
        'Israel was right to hit back after a soldier was killed; "I still believe the ceasefire will hold", but if Hamas keeps misbehaving, "they will be terminated".',
    },
    [S.ibcOct29],
  ),
  ev(
    'StatementMade',
    'stmt-hamas-remains-oct30',
    { occurredAt: '2025-10-30', recordedAt: at('10-30', '20:00') },
    {
      speaker: HAMAS_STMT,
      audience: 'israel',
      tone: 'conciliatory',
      summary:
        'Two coffins with remains of hostages are handed to the Red Cross in Gaza: fifteen of the 28 dead returned before them, thirteen still to recover.',
    },
    [S.ksatOct30],
  ),
  // ===== November: remains, resolution 2803, the strikes of the 19th and the 22nd =====
  ev(
    'StatementMade',
    'stmt-hamas-remains-nov5',
    { occurredAt: '2025-11-05', recordedAt: at('11-06', '08:00') },
    {
      speaker: HAMAS_STMT,
      audience: 'israel',
      tone: 'conciliatory',
      summary:
        'Another coffin handed to the Red Cross; Hamas says the rubble makes the remaining bodies hard to find, Israel accuses it of stalling.',
    },
    [S.evrimNov6],
  ),
  ev(
    'ActorRegistered',
    'actor-unsc',
    { occurredAt: '2025-11-17', recordedAt: at('11-17', '22:00') },
    { actor: UNSC, role: 'third-party' },
    [S.unNov17],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-res-2803',
    { occurredAt: '2025-11-17', recordedAt: at('11-17', '22:05') },
    {
      actorId: 'un-security-council',
      counterparts: ['israel', 'hamas'],
      kind: 'support',
      summary:
        'Resolution 2803 (13 for, China and Russia abstaining) endorses the Comprehensive Plan, welcomes the Board of Peace as a transitional administration until the end of 2027 and authorises a temporary International Stabilization Force; Israeli withdrawal tied to demilitarisation milestones.',
    },
    [S.unNov17, S.trtNov17],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-yellow-line-nov19',
    { occurredAt: '2025-11-19T10:00:00Z', precision: 'approximate', recordedAt: at('11-19', '20:00') },
    {
      ceasefireId: CF.oct,
      allegedBy: 'israel',
      against: 'hamas',
      casualties: { min: 0, max: 0 },
      description:
        'The IDF: Hamas gunmen fired at soldiers inside IDF-held territory along the yellow line in southern Gaza; no soldier hurt.',
    },
    [S.medialineNov19],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-nov19',
    { occurredAt: '2025-11-19T14:00:00Z', precision: 'approximate', recordedAt: at('11-19', '20:05') },
    {
      incidentId: 'israeli-strikes-2025-11-19',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: "Shuja'iyya and Zeitoun (Gaza City), Khan Younis",
      fatalities: { min: 24, max: 25 },
      description:
        'Strikes on several sites, among them an endowments-ministry building in Zeitoun and a UN-run facility sheltering the displaced in Khan Younis: 24 to 25 killed. A US official: Hamas "is clearly lashing out" and "now attempting to break the ceasefire".',
    },
    [S.medialineNov19],
    { occurrence: O.nov19 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-strikes-nov19',
    { occurredAt: '2025-11-19T14:00:00Z', precision: 'approximate', recordedAt: at('11-19', '20:10') },
    {
      ceasefireId: CF.oct,
      allegedBy: 'hamas',
      against: 'israel',
      casualties: { min: 24, max: 25 },
      description: 'Hamas condemns the strikes as an effort to torpedo the truce.',
    },
    [S.medialineNov19],
    { occurrence: O.nov19 },
  ),
  ev(
    'StatementMade',
    'stmt-us-official-nov19',
    { occurredAt: '2025-11-19', recordedAt: at('11-19', '20:15') },
    {
      speaker: US_OFFICIAL,
      audience: 'hamas',
      tone: 'accusation',
      summary:
        'After the UN endorsed the plan, Hamas is "attempting to break the ceasefire and not fulfill their commitment to demilitarize and surrender control of the Gaza government. These desperate tactics will fail."',
    },
    [S.medialineNov19],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-gunman-nov22',
    { occurredAt: '2025-11-22T09:00:00Z', precision: 'approximate', recordedAt: at('11-22', '20:00') },
    {
      ceasefireId: CF.oct,
      allegedBy: 'israel',
      against: 'hamas',
      casualties: { min: 0, max: 0 },
      description:
        'The IDF: an armed terrorist crossed into Israeli-held territory by the humanitarian road and shot at troops in southern Gaza ("an extreme violation"); no soldier hurt, the gunman killed.',
    },
    [S.daytonNov22, S.lbcNov22],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-nov22',
    { occurredAt: '2025-11-22T13:00:00Z', precision: 'approximate', recordedAt: at('11-22', '20:05') },
    {
      incidentId: 'israeli-strikes-2025-11-22',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Al-Rimal (Gaza City), Deir al-Balah, Nuseirat, near al-Awda hospital',
      fatalities: { min: 21, max: 24 },
      injured: { min: 54, max: 54 },
      description:
        'Four strikes: a car in Rimal (11 killed), houses in Nuseirat (7), Deir al-Balah (3) and near al-Awda (3); 24 killed and 54 wounded (health officials), 21 (civil defence).',
    },
    [S.daytonNov22, S.lbcNov22],
    { occurrence: O.nov22 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-strikes-nov22',
    { occurredAt: '2025-11-22T13:00:00Z', precision: 'approximate', recordedAt: at('11-22', '20:10') },
    {
      ceasefireId: CF.oct,
      allegedBy: 'hamas',
      against: 'israel',
      casualties: { min: 21, max: 24 },
      description:
        'Hamas rejects Israel\'s "baseless" claims as an "excuse to kill"; it remains committed to the ceasefire.',
    },
    [S.lbcNov22],
    { occurrence: O.nov22 },
  ),
  ev(
    'StatementMade',
    'stmt-hamas-remains-nov25',
    { occurredAt: '2025-11-26', recordedAt: at('11-26', '12:00') },
    {
      speaker: HAMAS_STMT,
      audience: 'israel',
      tone: 'conciliatory',
      summary: 'The remains of another hostage are handed to the Red Cross; if confirmed, two bodies remain in Gaza.',
    },
    [S.aniNov26],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'israel-hamas-2025.jsonl',
  logEnd: '2025-11-30T00:00:00Z',
  events,
};

export default definition;
