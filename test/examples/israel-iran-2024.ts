/**
 * A test fixture, not a shipped example: Israel and Iran from the strike on
 * Iran's consulate annex in Damascus (1 April 2024) to the months after the
 * twelve-day war of June 2025, as an analyst following the news could have
 * recorded them. Escalation model v2 was never tuned on it: it is the case
 * the model is held to in israel-iran-2024.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests: two states with no border that strike each other directly,
 * each time in a single night — a barrage at several places with few or no
 * killed, and whether it is heavy; long lulls between the strikes, with
 * threats and without; a ceasefire announced by a third party, with no
 * signed agreement, and armed acts in its first hours; and months without
 * armed action after it. The parties are Israel and Iran. The United States
 * (its strikes of 22 June 2025, the Al Udeid strike it suffered on 23 June,
 * Trump's words) and Hezbollah are third parties; Qatar obtained
 * Iran's acceptance of the ceasefire.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet, aggregator or mirror; 1 = an on-record statement or act
 * confirmed by the actor itself; 2 = several outlets agree or one established
 * outlet reports it; 3 = one side's unverified claim about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - Israel never claimed the Damascus strike (1 April 2024), the strike near
 *   Isfahan (19 April) or the killing of Haniyeh (31 July) when they
 *   happened: each is recorded with Israel as perpetrator as alleged by Iran
 *   (Isfahan: as US officials told ABC and Bloomberg).
 * - The Damascus strike is armed action between the pair: Israel's force on
 *   Iran's own forces (seven IRGC officers, two generals among them).
 * - Haniyeh was a Hamas leader, but the strike that killed him hit an
 *   IRGC-run residence in Tehran, which Iran treated as an attack on its
 *   territory ("martyred in the territory of the Islamic Republic",
 *   Khamenei): it is recorded `against` Iran, with Haniyeh as its `target`,
 *   as pakistan-afghanistan-2025.ts records Pakistan's strike in Kabul aimed
 *   at the TTP's leader. (First recorded `against` Hamas with Iran `harmed`;
 *   the catalogue's `harmed` is for harm off the harmed one's territory and
 *   forces — corrected after the first run of the model, see the spec.)
 * - Nasrallah was Hezbollah's leader: the Beirut strike of 27 September 2024
 *   is recorded `against` Hezbollah, in Lebanon, with Iran `harmed` (an IRGC
 *   deputy commander, Abbas Nilforoushan, was killed with Nasrallah).
 * - A barrage is recorded one incident per place the sources say was hit
 *   (as the US strikes of 22 June are in us-iran-2025.ts): 13–14 April 2024
 *   as the drone and cruise-missile wave (intercepts over Israel), the
 *   ballistic missiles on Nevatim and those on a second Negev air base (ABC,
 *   citing a US official); 1 October 2024 as the barrage on Tel Aviv, the
 *   hits on the Nevatim air base (satellite images, AP) and on a school in
 *   Gedera (NYT). Tel Nof, named as hit by the Washington Post's analysis, is
 *   left out: the stored copies are undated. The first recording put
 *   Nevatim and Tel Nof in one incident, against this rule, and left out the
 *   second Negev base and Gedera; both were corrected after the first run of
 *   the model (see the spec). Israel's strikes
 *   of 26 October 2024 one per province named (Tehran, Khuzestan, Ilam); in
 *   the June war a strike or a salvo per town the sources name. Iran gave one
 *   toll for the night of 26 October (two soldiers, then four): it is given
 *   once, on the Tehran incident.
 * - The ceasefire of 24 June 2025 was announced by Trump on the evening of
 *   23 June (Washington), with no signed text; Araghchi said there was no
 *   agreement, only that Iran would stop if Israel stopped by 04:00 Tehran
 *   time. It is dated when Iran's side took effect (07:30 Tehran, 04:00
 *   GMT). The Beersheba missile (four killed) and the strike in northern Iran
 *   (nine killed) came before it took effect. After it: Israel's account of
 *   two missiles at the north (intercepted, Iran denies firing), Iran's
 *   account of Israeli strikes until 09:00 Tehran time, and the Israeli
 *   strike on a radar site near Tehran that the prime minister's office
 *   confirmed. None is reported with casualties. The radar strike's hour is
 *   not given; it is dated about midday GMT (after Katz's order and around
 *   Trump's posts).
 * - The US strikes on Fordow, Natanz and Isfahan (22 June 2025) are a third
 *   party's act and recorded as one incident: they do not bear on the pair
 *   (us-iran-2025.ts records them site by site for that pair).
 * - Spring 2025 is recorded only with the threats the stored sources date:
 *   Netanyahu's "finish the job" (16 February) and the Iranian army chief's
 *   "another True Promise" (26 May). Iran's claim of seized Israeli nuclear
 *   documents (June) is left out: the stored copies of the Supreme National
 *   Security Council's threat are undated.
 * - Where the stored copy of a page did not show its date, the date given is
 *   that of the day it reports, or the day after (Worthy News on 26 May
 *   2025, sumbartoday on 2 November 2024).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'israel-iran-2024';
const kit24 = caseKit(NEGOTIATION_ID, 'test-analyst', 2024);
const kit25 = caseKit(NEGOTIATION_ID, 'test-analyst', 2025);
const { ev } = kit24;
const at = kit24.at;
const at25 = kit25.at;

const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['IDF', 'Israeli government'] };
const IRAN: Actor = {
  id: 'iran',
  name: 'Iran',
  kind: 'state',
  aliases: ['Islamic Republic of Iran', 'Tehran', 'IRGC', 'Islamic Revolutionary Guard Corps'],
};
const HEZBOLLAH: Actor = { id: 'hezbollah', name: 'Hezbollah', kind: 'armed-group', aliases: ['Hizbullah'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const QATAR: Actor = { id: 'qatar', name: 'Qatar', kind: 'state', aliases: ['Doha'] };

const KHAMENEI: Person = { name: 'Ali Khamenei', title: 'Supreme Leader of Iran', actorId: 'iran' };
const PEZESHKIAN: Person = { name: 'Masoud Pezeshkian', title: 'President of Iran', actorId: 'iran' };
const KANAANI: Person = {
  name: 'Nasser Kanaani',
  title: 'Spokesman, Ministry of Foreign Affairs of Iran',
  actorId: 'iran',
};
const ARAGHCHI: Person = { name: 'Abbas Araghchi', title: 'Foreign Minister of Iran', actorId: 'iran' };
const AKBARI: Person = { name: 'Hossein Akbari', title: 'Ambassador of Iran to Syria', actorId: 'iran' };
const BAGHERI: Person = {
  name: 'Mohammad Bagheri',
  title: 'Chief of Staff of the Armed Forces of Iran',
  actorId: 'iran',
};
const MOUSAVI: Person = {
  name: 'Abdolrahim Mousavi',
  title: 'Commander-in-chief of the Army of Iran',
  actorId: 'iran',
};
const NASIRZADEH: Person = { name: 'Aziz Nasirzadeh', title: 'Defence Minister of Iran', actorId: 'iran' };
const IRAN_UN: Person = { name: 'Mission of Iran to the United Nations', title: 'Iranian government', actorId: 'iran' };
const IRAN_MFA: Person = {
  name: 'Ministry of Foreign Affairs of Iran (statement)',
  title: 'Iranian government',
  actorId: 'iran',
};
const IRGC: Person = { name: 'IRGC (statement)', title: 'Islamic Revolutionary Guard Corps', actorId: 'iran' };
const SNSC: Person = {
  name: 'Supreme National Security Council of Iran (statement)',
  title: 'Iranian government',
  actorId: 'iran',
};
const NETANYAHU: Person = { name: 'Benjamin Netanyahu', title: 'Prime Minister of Israel', actorId: 'israel' };
const KATZ_FM: Person = { name: 'Israel Katz', title: 'Foreign Minister of Israel', actorId: 'israel' };
const KATZ: Person = { name: 'Israel Katz', title: 'Defence Minister of Israel', actorId: 'israel' };
const IDF: Person = { name: 'Israel Defense Forces (spokesman)', title: 'IDF', actorId: 'israel' };
const TRUMP: Person = { name: 'Donald Trump', title: 'President of the United States', actorId: 'united-states' };

const S = {
  rferlApr1: source(
    'Iranian commander among those killed in Israeli strike on Iran consulate in Damascus',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/syria-iranian-commader-killed-damascus-israeli-strike/32886686.html',
    '2024-04-01',
    'B',
    2,
  ),
  armradioApr1: source(
    'Iran says Israel bombed its consulate in Syria, killing a top commander',
    'Public Radio of Armenia (BBC)',
    'https://en.armradio.am/2024/04/01/iran-says-israel-bombed-its-embassy-in-syria-killing-a-top-commander/',
    '2024-04-01',
    'C',
    2,
  ),
  newserApr1: source(
    "Syria: Israeli strike destroyed part of Iran's embassy",
    'Newser (AP)',
    'https://www.newser.com/story/348474/syria-israeli-strike-destroyed-part-of-irans-embassy.html',
    '2024-04-01',
    'C',
    2,
  ),
  newsbuzzApr10: source(
    'Israel threatens strikes on Iran; Ayatollah vows retaliation',
    'NewsBuzz247',
    'https://newsbuzz247.com/world/israel-threatens-strikes-on-iran-ayatollah-vows-retaliation',
    '2024-04-10',
    'C',
    2,
  ),
  axiosApr13: source(
    'Iran launches retaliatory drone and missile attack on Israel',
    'Axios',
    'https://www.axios.com/2024/04/13/iran-israel-attack',
    '2024-04-13',
    'B',
    1,
  ),
  france24Apr13: source(
    'Iran launches explosive drones, missiles at Israel',
    'France 24',
    'https://go.france24.com/Tzi',
    '2024-04-13',
    'B',
    2,
  ),
  rediffApr14: source(
    'Iran attacks Israel, fires 200 drones, missiles',
    'Rediff (Reuters, PTI)',
    'https://www.rediff.com/news/report/pix-iran-attacks-israel-fires-drones-missiles/20240414.htm?print=true',
    '2024-04-14',
    'C',
    2,
  ),
  legitApr14: source(
    '300 drones, missiles fired as Iran launches retaliatory attack on Israel',
    'Legit.ng (Al Jazeera, Reuters)',
    'https://www.legit.ng/world/asia/1587712-300-drones-missiles-fired-iran-launches-retaliatory-attack-israel/',
    '2024-04-14',
    'C',
    2,
  ),
  tmtimesApr14: source(
    "Iran's stark warning: retaliation against Israel will meet severe response",
    'TM Times',
    'https://tmtimes.us/irans-stark-warning-retaliation-against-israel-will-meet-severe-response',
    '2024-04-14',
    'C',
    2,
  ),
  ildubbioApr15: source(
    'Israele, almeno nove missili iraniani hanno colpito basi militari',
    'Il Dubbio (ABC News)',
    'https://www.ildubbio.news/cronache/israele-almeno-nove-missili-iraniani-hanno-colpito-basi-militari-lhjmeaic',
    '2024-04-15',
    'C',
    2,
  ),
  livemintApr19: source(
    'Israeli retaliatory strikes hit Iran; explosions near airport, flights diverted, says report',
    'Mint (Reuters)',
    'https://www.livemint.com/news/israeli-retaliatory-strikes-hit-iran-explosions-near-airport-flights-diverted-says-report-11713492117745.html',
    '2024-04-19',
    'B',
    2,
  ),
  businesstodayApr19: source(
    'Loud sounds heard: Israel retaliates, launches missile strikes in Iran; flights diverted',
    'Business Today (AP)',
    'https://www.businesstoday.in/latest/world/story/loud-sounds-heard-israel-retaliates-launches-missile-strikes-in-iran-flights-diverted-426043-2024-04-19',
    '2024-04-19',
    'B',
    2,
  ),
  dailytimesApr19: source(
    'Explosions rock Isfahan province, Iran activates air defense systems amid tensions',
    'Daily Times',
    'https://dailytimes.com.pk/1187380/explosions-rock-isfahan-province-iran-activates-air-defense-systems-amid-tensions/',
    '2024-04-19',
    'C',
    2,
  ),
  rmolJul1: source(
    'Menlu Israel sebut Iran layak dihancurkan',
    'RMOL (Reuters)',
    'https://rmol.id/dunia/read/2024/07/01/626494/menlu-israel-sebut-iran-layak-dihancurkan',
    '2024-07-01',
    'C',
    2,
  ),
  khaleejJul31: source(
    "Hamas chief killed: Iran declares 3 days of mourning, Khamenei says it's duty to take revenge",
    'Khaleej Times (AFP)',
    'https://www.khaleejtimes.com/ta/world/mena/hamas-chief-killed-iran-declares-3-days-of-mourning-khamenei-says-its-duty-to-take-revenge',
    '2024-07-31',
    'B',
    1,
  ),
  aljazeeraJul31: source(
    "Iran's Khamenei vows 'harsh punishment' for Israel after Haniyeh killing",
    'Al Jazeera',
    'https://www.aljazeera.com/news/2024/7/31/irans-khamenei-vows-harsh-punishment-for-israel-after-haniyeh-killing?traffic_source=rss',
    '2024-07-31',
    'B',
    1,
  ),
  democracynowJul31: source(
    'Headlines for July 31, 2024',
    'Democracy Now!',
    'https://www.democracynow.org/2024/7/31/headlines',
    '2024-07-31',
    'B',
    2,
  ),
  jpostAug5: source(
    "Iran says it does not want regional escalation but must 'punish' Israel",
    'The Jerusalem Post (Reuters)',
    'https://jpost.com/breaking-news/article-813327',
    '2024-08-05',
    'B',
    1,
  ),
  dailysabahAug13: source(
    'Adamant Tehran rejects Western calls to retract Israel threat',
    'Daily Sabah (AFP)',
    'https://dailysabah.com/world/mid-east/adamant-tehran-rejects-western-calls-to-retract-israel-threat/amp',
    '2024-08-13',
    'B',
    1,
  ),
  protothemaSep27: source(
    'Netanyahu: If Iran attacks we will respond, he warned from the UN podium',
    'Proto Thema',
    'https://en.protothema.gr/2024/09/27/netanyahu-if-iran-attacks-we-will-respond-he-warned-from-the-un-podium',
    '2024-09-27',
    'B',
    1,
  ),
  frumspeakSep27: source(
    "Israeli PM Bibi Netanyahu threatens Iran in fiery UN speech: 'If you strike us, we will strike you'",
    'FrumSpeak',
    'https://frumspeak.com/post/israeli-pm-bibi-netanyahu-threatens-iran-fiery-un-speech-%E2%80%98if-you-strike-us-we-will-strike-you%E2%80%99',
    '2024-09-27',
    'C',
    2,
  ),
  shafaqOct1: source(
    'Iran launches missile attack on Israel, Israeli military says',
    'Shafaq News',
    'https://www.shafaq.com/en/World/Iran-launches-missile-attack-on-Israel-Israeli-military-says',
    '2024-10-01',
    'C',
    2,
  ),
  kenyanpostOct1: source(
    "Israel confirms Iran's attack, says about 180 missiles fired",
    'Kenyan Post (AFP)',
    'https://www.kenyan-post.com/2024/10/israel-confirms-irans-attack-says-about.html',
    '2024-10-01',
    'C',
    2,
  ),
  mokokchungOct1: source(
    "Iran launches major missile attack on Israel, Netanyahu warns Iran 'will pay for it'",
    'Mokokchung Times (BBC)',
    'https://mokokchungtimes.com/iran-launches-major-missile-attack-on-israel-netanyahu-warns-iran-will-pay-for-it/',
    '2024-10-01',
    'C',
    2,
  ),
  thehinduOct2: source(
    "Editor's pick: Iran fires missiles at Israel, warns against retaliation",
    'The Hindu (Reuters)',
    'https://www.thehindu.com/newsletter/editors-pick-iran-fires-missiles-at-israel-warns-against-retaliation/article68705452.ece/amp/',
    '2024-10-02',
    'B',
    1,
  ),
  businessliveOct2: source(
    'Gazan only fatality in Iran missile attack',
    'BusinessLIVE (Reuters)',
    'https://www.businesslive.co.za/bd/world/middle-east/2024-10-02-gazan-only-fatality-in-iran-missile-attack/',
    '2024-10-02',
    'B',
    2,
  ),
  ct24Oct2: source(
    'Íránský útok poškodil v Izraeli desítky domů i školu',
    'ČT24 (ČTK, The New York Times, BBC)',
    'https://ct24.ceskatelevize.cz/clanek/svet/iransky-utok-poskodil-v-izraeli-desitky-domu-i-skolu-353589',
    '2024-10-02',
    'B',
    2,
  ),
  aawsatOct3: source(
    "Satellite images appear to show damage to Israeli air base after Iran's attack",
    'Asharq Al-Awsat (AP)',
    'https://english.aawsat.com/world/5067203-satellite-images-appear-show-damage-israeli-air-base-after-iran%E2%80%99s-attack?page=3',
    '2024-10-03',
    'B',
    2,
  ),
  ndtvOct4: source(
    'Iran-Israel conflict: Khamenei warns of another strike if needed amid global market jitters',
    'NDTV Profit',
    'https://www.ndtvprofit.com/world/iran-israel-conflict-khamenei-warns-of-another-strike-if-needed-amid-global-market-jitters',
    '2024-10-04',
    'B',
    1,
  ),
  htOct26: source(
    "Iran says two soldiers killed in Israeli airstrikes: 'Entitled to defend ourselves'",
    'Hindustan Times (Reuters)',
    'https://www.hindustantimes.com/world-news/iran-says-two-soldiers-killed-in-israeli-airstrikes-entitled-to-defend-ourselves-101729934343818.html',
    '2024-10-26',
    'B',
    1,
  ),
  thehinduOct26: source(
    'Israel airstrikes kill Iranian soldiers',
    'The Hindu (AFP)',
    'https://www.thehindu.com/news/international/israel-airstrikes-kill-iranian-soldiers/article68800155.ece',
    '2024-10-26',
    'B',
    1,
  ),
  mai529Oct27: source(
    'Iran says Israeli airstrike killed 4 soldiers and suffered limited damage in some areas',
    '529mai',
    'https://529mai.com/iransaysisraeliairstrikekilled4soldiersandsuffered-limiteddamage-insomeareas',
    '2024-10-27',
    'C',
    2,
  ),
  sumbarNov2: source(
    'Ayatollah Khamenei: Iran akan beri respons menghancurkan',
    'Sumbar Today',
    'https://www.sumbartoday.com/2024/11/ayatollah-khamenei-iran-akan-beri.html',
    '2024-11-03',
    'C',
    2,
  ),
  dayfrNov2: source(
    'Khamenei droht Israel und den USA mit einer vernichtenden Reaktion',
    'Dayfr',
    'https://de.dayfr.com/nachrichten/2080760.html',
    '2024-11-03',
    'C',
    2,
  ),
  dawnFeb16: source(
    "Netanyahu says Israel can 'finish the job' against Iran with US support",
    'Dawn (Reuters)',
    'https://dawn.com/news/1892364',
    '2025-02-16',
    'B',
    1,
  ),
  cbs58Feb16: source(
    "Netanyahu vows to 'finish the job' against Iran with support from Trump",
    'CBS 58 (CNN)',
    'https://cbs58.com/news/netanyahu-vows-to-finish-the-job-against-iran-with-support-from-trump',
    '2025-02-16',
    'B',
    1,
  ),
  worthyMay26: source(
    'Iran issues new threat against Israel amid rising tensions',
    'Worthy News (Come to Jerusalem)',
    'https://www.cometojerusalem.com/worthy-news/?story=iran-issues-new-threat-against-israel-and-rising-tensions',
    '2025-05-27',
    'C',
    2,
  ),
  lbcJun13: source(
    "Israel launches strikes on Iran's nuclear and military facilities, killing head of the army",
    'LBC',
    'https://www.lbc.co.uk/world-news/israel-iran-strikes-tehran/',
    '2025-06-13',
    'B',
    2,
  ),
  singaporeJun13: source(
    "Israel launches major strikes on Iran's nuclear and missile facilities",
    'Singapore Insight',
    'https://singaporeinsight.com/israel-launches-major-strikes-on-irans-nuclear-and-missile-facilities/',
    '2025-06-13',
    'C',
    2,
  ),
  saysJun13: source(
    'What we know about Israel\'s "preemptive" attack on Iran',
    'SAYS (AFP)',
    'https://staging.says.com/my/news/politics/israel-s-preemptive-attack-on-iran',
    '2025-06-13',
    'C',
    2,
  ),
  mtoliveJun15: source(
    'イスラエル・イラン戦争3日目: 弾道ミサイルでイスラエル人10人死亡',
    'MTO Live',
    'https://mtolive.net/?p=33615',
    '2025-06-15',
    'C',
    2,
  ),
  sudanindJun16: source(
    'Iranian missile strikes kill 10 in Israel in night of mutual attacks',
    'Sudan Independent (Middle East Eye)',
    'https://www.sudanindependent.net/news/politics/2025/06/16/Iranian-missile-strikes-kill-1',
    '2025-06-16',
    'C',
    2,
  ),
  icirJun16: source(
    'Iran strikes Tel Aviv, Haifa, kills 8 as Israel vows harsh revenge',
    'The ICIR',
    'https://www.icirnigeria.org/iran-strikes-tel-aviv-haifa-kills-8-as-israel-vows-harsh-revenge/',
    '2025-06-16',
    'C',
    2,
  ),
  trtJun20: source(
    'Israel-Iran war: what we know so far',
    'TRT World',
    'https://www.trtworld.com/article/a80da41cf11c',
    '2025-06-20',
    'B',
    2,
  ),
  hurriyetJun22: source(
    'US strikes three Iranian nuclear facilities',
    'Hürriyet Daily News (AFP)',
    'https://www.hurriyetdailynews.com/us-strikes-on-iran-nuclear-sites-210590',
    '2025-06-22',
    'B',
    1,
  ),
  tribecansJun22: source(
    'US Strikes Iran; Missiles Hit Israel',
    'Tribecans News (digest of CBS, CNN, Sky, NPR)',
    'https://news.tribecans.com/22-06-2025/us-strikes-iran-israel-hit.html',
    '2025-06-22',
    'C',
    2,
  ),
  lurerJun23: source(
    'IRGC confirmed the news of a missile strike on Qatar',
    'Public Radio of Armenia (Axios)',
    'https://www.1lurer.am/en/2025/06/23/IRGC-confirmed-the-news-of-a-missile-strike-on-Qatar/1335783',
    '2025-06-23',
    'C',
    1,
  ),
  cbsJun24: source(
    'Israel says Iran violating ceasefire Trump announced, will respond with force',
    'CBS News',
    'https://www.cbsnews.com/news/israel-says-iran-violating-ceasefire-trump-announced-will-respond-with-force/',
    '2025-06-24',
    'B',
    2,
  ),
  asknaijJun24: source(
    'Ceasefire in question: Israel orders new strikes citing Iranian violation',
    'AskNaij (Reuters)',
    'https://asknaij.com/world-news/ceasefire-in-question-israel-orders-new-strikes-citing-iranian-violation/',
    '2025-06-24',
    'C',
    2,
  ),
  telegraphJun24: source(
    "Israel orders new attacks on Iran after ceasefire 'violation'; Tehran says 'didn't fire'",
    'The Telegraph (India)',
    'https://www.telegraphindia.com/amp/world/israel-orders-new-attacks-on-iran-after-ceasefire-violation-tehran-says-didnt-fire/cid/2109548',
    '2025-06-24',
    'B',
    2,
  ),
  tovimaJun24: source(
    'Iran launches fresh missile strikes on Israel despite ceasefire deal',
    'To Vima (Reuters)',
    'https://www.tovima.com/world/iran-launches-fresh-missile-strikes-on-israel-despite-ceasefire-deal/',
    '2025-06-24',
    'B',
    2,
  ),
  steinewsJun24: source(
    'Israel-Iran war live: Israel defence minister says he has ordered attack on Iran as Iranian army denies launching missiles',
    'Steinews (The Guardian live)',
    'https://steinews.com/israel-iran-war-live-israel-defence-minister-says-he-has-ordered-attack-on-iran-as-iranian-army-denies-launching-missiles-iran',
    '2025-06-24',
    'C',
    2,
  ),
  overviewJun24: source(
    'Israel says Iran violated ceasefire announced by Trump, orders new strikes',
    'Overview Press (Reuters)',
    'https://www.overviewpress.com/articleExpanded/qachiySkuS1Kyx39KvUiUa/6-25-2025-4/israel-says-iran-violated-ceasefire-announced-by-trump-orders-new-strikes',
    '2025-06-24',
    'C',
    2,
  ),
  newsographicsJun24: source(
    'Explosions rock Tehran even after Trump tells Israel to halt strikes',
    'Newsographics (Reuters)',
    'https://newsographics.com/amp/2025-06-25/international/explosions-rock-tehran-even-after-trump-tells-israel-to-halt-strikes-837739',
    '2025-06-24',
    'C',
    2,
  ),
  almayadeenJun24: source(
    "'Israel' goes against Trump's orders, strikes reported in Iran",
    'Al Mayadeen English',
    'https://english.almayadeen.net/news/politics/-israel--goes-against-trump-s-orders--strikes-reported-in-ir',
    '2025-06-24',
    'C',
    2,
  ),
  hurriyetJun24: source(
    'Iran says at least 610 killed since start of war with Israel',
    'Hürriyet Daily News (AFP)',
    'https://www.hurriyetdailynews.com/iran-says-at-least-610-killed-since-start-of-war-with-israel-210707',
    '2025-06-24',
    'B',
    2,
  ),
  shineJun24: source(
    "Iran's death toll from Israeli attacks surpasses 600: ministry",
    'Shanghai Daily (Xinhua)',
    'https://www.shine.cn/news/world/2506246465/',
    '2025-06-24',
    'B',
    2,
  ),
  resolutionJun27: source(
    'Israel suggests it could strike Iran again',
    'The Resolution (monitoring desk)',
    'https://theresolution.com.pk/2025/06/27/israel-suggests-it-could-strike-iran-again',
    '2025-06-27',
    'C',
    2,
  ),
  morocco24Jul28: source(
    "Le ministre de la défense de l'occupation menace l'Iran: nous nous préparons à vous surprendre à nouveau, et avec plus de force",
    'Morocco24 (Al Arabiya)',
    'https://morocco24.news/fr/le-ministre-de-la-defense-de-loccupation-menace-liran-nous-nous-preparons-a-vous-surprendre-a-nouveau-et-avec-plus-de-force',
    '2025-07-28',
    'C',
    2,
  ),
  i24Aug20: source(
    "L'Iran dévoile une nouvelle génération de missiles « plus performants »",
    'i24NEWS',
    'https://www.i24news.tv/fr/actu/international/moyen-orient/artc-l-iran-devoile-une-nouvelle-generation-de-missiles-plus-performants',
    '2025-08-20',
    'B',
    1,
  ),
  tribuneSep26: source(
    "Netanyahu at UNGA hails Israel-US strikes on Iran, calls for snapback sanctions, says Iran's uranium stockpile must be eliminated",
    'The Tribune (ANI)',
    'https://www.tribuneindia.com/news/world/netanyahu-at-unga-hails-israel-us-strikes-on-iran-calls-for-snapback-sanctions-says-irans-uranium-stockpile-must-be-eliminated/',
    '2025-09-26',
    'B',
    1,
  ),
  devdiscourseSep26: source(
    'Netanyahu and Pezeshkian clash over Iran at UNGA',
    'Devdiscourse (ANI)',
    'https://devdiscourse-testslot.azurewebsites.net/article/international/3642994-netanyahu-and-pezeshkian-clash-over-iran-at-unga',
    '2025-09-26',
    'C',
    2,
  ),
};

const INC = {
  damascus: 'damascus-consulate-2024-04-01',
  aprDrones: 'true-promise-drones-2024-04-13',
  aprNevatim: 'true-promise-nevatim-2024-04-14',
  isfahan: 'isfahan-2024-04-19',
  haniyeh: 'haniyeh-tehran-2024-07-31',
  beirut: 'beirut-nasrallah-nilforoushan-2024-09-27',
  octBarrage: 'true-promise-2-tel-aviv-2024-10-01',
  aprNegev: 'true-promise-negev-base-2024-04-14',
  octNevatim: 'true-promise-2-nevatim-2024-10-01',
  octGedera: 'true-promise-2-gedera-2024-10-01',
  octTehran: 'days-of-repentance-tehran-2024-10-26',
  octKhuzestan: 'days-of-repentance-khuzestan-2024-10-26',
  octIlam: 'days-of-repentance-ilam-2024-10-26',
};
const CEASEFIRE = 'twelve-day-war-ceasefire-2025-06-24';
const O = {
  northMissiles: 'missiles-north-israel-2025-06-24',
  strikesAfter0730: 'israeli-strikes-after-0730-2025-06-24',
};

const events = [
  // ===== April 2024: Damascus, True Promise, Isfahan =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2024-04-01', recordedAt: at('04-01', '18:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Israel – Iran, 2024–2025',
      subject:
        'The direct confrontation between Israel and Iran: the strikes and counter-strikes of April and October 2024, the threats between them, the twelve-day war of June 2025 and the ceasefire that ended it, with no agreement between the two',
      parties: [ISRAEL, IRAN],
      mediators: [],
    },
    [S.rferlApr1],
    {
      note: 'Opened at the Damascus strike, the first development the case covers. There are no talks between the two.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-damascus',
    { occurredAt: '2024-04-01T14:00:00Z', precision: 'approximate', recordedAt: at('04-01', '18:10') },
    {
      incidentId: INC.damascus,
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'iran',
      against: 'iran',
      place: 'Iranian consulate annex next to the embassy, Mezzeh, Damascus',
      fatalities: { min: 7, max: 8 },
      description:
        'Missiles from F-35s (Iran) destroy the consular building; IRGC Quds Force commander Brig. Gen. Mohammad Reza Zahedi, his deputy Mohammad Hadi Haji Rahimi and five other IRGC officers are killed (IRGC); the Syrian Observatory counts eight dead. Israel does not comment.',
    },
    [S.rferlApr1, S.armradioApr1, S.newserApr1],
  ),
  ev(
    'StatementMade',
    'stmt-akbari-apr1',
    { occurredAt: '2024-04-01', recordedAt: at('04-01', '18:20') },
    {
      speaker: AKBARI,
      audience: 'israel',
      tone: 'threat',
      summary:
        'Iran will respond to the strike "at the same magnitude and harshness"; the foreign ministry says Tehran will decide on the type of response and punishment against the aggressor.',
    },
    [S.rferlApr1, S.newserApr1],
  ),
  ev(
    'StatementMade',
    'stmt-katz-apr10',
    { occurredAt: '2024-04-10', recordedAt: at('04-10', '20:00') },
    {
      speaker: KATZ_FM,
      audience: 'iran',
      tone: 'military-threat',
      summary: 'In Farsi and Hebrew: if Iran attacks from its territory, Israel will respond and attack in Iran.',
    },
    [S.newsbuzzApr10],
  ),
  ev(
    'StatementMade',
    'stmt-khamenei-apr10',
    { occurredAt: '2024-04-10', recordedAt: at('04-10', '20:05') },
    {
      speaker: KHAMENEI,
      audience: 'israel',
      tone: 'threat',
      summary:
        'At the Eid prayers: the attack on the consulate was an attack on Iranian soil; those responsible will face consequences.',
    },
    [S.newsbuzzApr10],
  ),
  ev(
    'IncidentReported',
    'inc-apr-drones',
    { occurredAt: '2024-04-13T23:00:00Z', precision: 'approximate', recordedAt: at('04-14', '03:00') },
    {
      incidentId: INC.aprDrones,
      kind: 'drone-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Across Israel: intercepts over Jerusalem, the Negev, the Dead Sea and the north',
      description:
        "Operation True Promise: Iran launches drones and cruise missiles at Israel from its own territory, the first direct attack in the two states' history; with the ballistic missiles, more than 300 projectiles (IDF), most intercepted outside Israeli airspace by Israel with the United States, Britain and Jordan.",
    },
    [S.axiosApr13, S.france24Apr13],
  ),
  ev(
    'IncidentReported',
    'inc-apr-nevatim',
    { occurredAt: '2024-04-14T00:00:00Z', precision: 'approximate', recordedAt: at('04-14', '06:00') },
    {
      incidentId: INC.aprNevatim,
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Nevatim air base, Negev (southern Israel)',
      injured: { min: 1, max: 1 },
      fatalities: { min: 0, max: 0 },
      description:
        'Ballistic missiles: "a very small number" hit Israeli territory, with minor damage to a military base in southern Israel (Hagari); a seven-year-old girl critically injured. The IRGC says it struck "specific targets".',
    },
    [S.axiosApr13, S.rediffApr14],
  ),
  ev(
    'StatementMade',
    'stmt-iran-un-apr14',
    { occurredAt: '2024-04-14T02:00:00Z', precision: 'approximate', recordedAt: at('04-14', '12:00') },
    {
      speaker: IRAN_UN,
      audience: 'israel',
      tone: 'warning',
      summary: 'The attack answers the strike on the consulate in Damascus; the matter can be deemed concluded.',
    },
    [S.legitApr14],
  ),
  ev(
    'StatementMade',
    'stmt-bagheri-apr14',
    { occurredAt: '2024-04-14', recordedAt: at('04-14', '18:00') },
    {
      speaker: BAGHERI,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'On state television: if Israel retaliates against Iran, the response will be "much larger"; US bases may be targeted if the United States backs it.',
    },
    [S.tmtimesApr14],
  ),
  ev(
    'IncidentReported',
    'inc-apr-negev-base',
    { occurredAt: '2024-04-14T00:00:00Z', precision: 'approximate', recordedAt: at('04-15', '10:00') },
    {
      incidentId: INC.aprNegev,
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'A second air base in the Negev',
      fatalities: { min: 0, max: 0 },
      description:
        'At least nine ballistic missiles hit military bases (a senior US official to ABC): five on Nevatim (a C-130 transport aircraft, an unused runway and empty storage damaged) and four on another Negev air base, with minimal damage. The IDF says 99 per cent of the more than 300 drones and missiles were intercepted.',
    },
    [S.ildubbioApr15],
  ),
  ev(
    'IncidentReported',
    'inc-isfahan',
    { occurredAt: '2024-04-19T01:00:00Z', precision: 'approximate', recordedAt: at('04-19', '12:00') },
    {
      incidentId: INC.isfahan,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'iran',
      place: 'Near Isfahan airport and air base',
      fatalities: { min: 0, max: 0 },
      description:
        'Explosions near Isfahan before dawn; Israeli missiles hit a site in Iran (ABC, citing a US official). Iran says its air defences shot down small "flying objects", with no damage on the ground and its nuclear sites unharmed. Flights over western Iran diverted. Israel does not comment.',
    },
    [S.livemintApr19, S.businesstodayApr19, S.dailytimesApr19],
  ),
  // ===== June – August 2024: threats, Haniyeh =====
  ev(
    'StatementMade',
    'stmt-iran-un-jun28',
    { occurredAt: '2024-06-28', recordedAt: at('07-01', '10:00') },
    {
      speaker: IRAN_UN,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'If Israel embarks on full-scale military aggression in Lebanon, "an obliterating war will ensue"; talks among the parties could prevent it.',
    },
    [S.rmolJul1],
  ),
  ev(
    'StatementMade',
    'stmt-katz-jul1',
    { occurredAt: '2024-06-30', precision: 'approximate', recordedAt: at('07-01', '10:05') },
    {
      speaker: KATZ_FM,
      audience: 'iran',
      tone: 'military-threat',
      summary: 'On X, answering Iran\'s mission: "A regime that threatens destruction deserves to be destroyed."',
    },
    [S.rmolJul1],
    { note: 'Reported on Monday 1 July (Reuters); the post was made over the weekend.' },
  ),
  ev(
    'IncidentReported',
    'inc-haniyeh',
    { occurredAt: '2024-07-30T22:30:00Z', precision: 'approximate', recordedAt: at('07-31', '12:05') },
    {
      incidentId: INC.haniyeh,
      kind: 'missile-strike',
      perpetrator: 'israel',
      allegedBy: 'iran',
      against: 'iran',
      target: 'Ismail Haniyeh, political leader of Hamas, a guest of the Iranian state',
      place: 'Residence for war veterans (IRGC guesthouse), north Tehran',
      fatalities: { min: 2, max: 2 },
      description:
        "Hamas political leader Ismail Haniyeh, in Tehran for Pezeshkian's inauguration, is killed with a bodyguard when the residence is hit at 02:00 local time (IRGC). Iran and Hamas blame Israel, which neither confirms nor denies.",
    },
    [S.khaleejJul31, S.aljazeeraJul31, S.democracynowJul31],
  ),
  ev(
    'StatementMade',
    'stmt-khamenei-jul31',
    { occurredAt: '2024-07-31', recordedAt: at('07-31', '12:10') },
    {
      speaker: KHAMENEI,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'The "criminal and terrorist Zionist regime" has prepared the ground for a harsh punishment for itself; it is Iran\'s duty to avenge the blood of its guest, killed on its territory.',
      quote: 'We consider it our duty to avenge his blood.',
    },
    [S.aljazeeraJul31, S.khaleejJul31],
  ),
  ev(
    'StatementMade',
    'stmt-kanaani-aug5',
    { occurredAt: '2024-08-05', recordedAt: at('08-05', '16:00') },
    {
      speaker: KANAANI,
      audience: 'israel',
      tone: 'threat',
      summary:
        'Iran does not seek regional escalation, but stability will only come by punishing the aggressor; action from Tehran is inevitable. IRGC commander Salami: Israel "will receive punishment in due time".',
    },
    [S.jpostAug5],
  ),
  ev(
    'StatementMade',
    'stmt-kanaani-aug13',
    { occurredAt: '2024-08-13', recordedAt: at('08-13', '12:00') },
    {
      speaker: KANAANI,
      audience: 'israel',
      tone: 'threat',
      summary:
        'Rejects the Western call to drop the threat of a military attack on Israel: Iran "does not seek permission from anyone" to use its legitimate rights.',
    },
    [S.dailysabahAug13],
  ),
  // ===== September – November 2024: Beirut, True Promise 2, Israel's strikes =====
  ev(
    'StatementMade',
    'stmt-netanyahu-sep27',
    { occurredAt: '2024-09-27T15:00:00Z', precision: 'approximate', recordedAt: at('09-27', '20:00') },
    {
      speaker: NETANYAHU,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'At the UN General Assembly: "If you strike us, we will strike you"; there is no place in Iran that the long arm of Israel cannot reach.',
    },
    [S.protothemaSep27, S.frumspeakSep27],
  ),
  ev(
    'ActorRegistered',
    'actor-hezbollah',
    { occurredAt: '2024-09-27', recordedAt: at('10-01', '17:00') },
    { actor: HEZBOLLAH, role: 'third-party' },
    [S.shafaqOct1],
  ),
  ev(
    'IncidentReported',
    'inc-beirut',
    { occurredAt: '2024-09-27T15:30:00Z', precision: 'approximate', recordedAt: at('10-01', '17:05') },
    {
      incidentId: INC.beirut,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      harmed: 'iran',
      place: "Hezbollah's headquarters, southern suburbs of Beirut",
      description:
        'Israeli strikes kill Hezbollah leader Hassan Nasrallah and IRGC deputy commander Abbas Nilforoushan, whose deaths Tehran promised "would not go unanswered".',
    },
    [S.shafaqOct1],
  ),
  ev(
    'StatementMade',
    'stmt-araghchi-sep29',
    { occurredAt: '2024-09-29', recordedAt: at('10-01', '17:10') },
    {
      speaker: ARAGHCHI,
      audience: 'israel',
      tone: 'threat',
      summary: 'Nilforoushan\'s killing "will not go unanswered".',
    },
    [S.shafaqOct1],
  ),
  ev(
    'IncidentReported',
    'inc-oct1-tel-aviv',
    { occurredAt: '2024-10-01T16:35:00Z', precision: 'approximate', recordedAt: at('10-01', '20:00') },
    {
      incidentId: INC.octBarrage,
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Tel Aviv and central Israel; explosions over Jerusalem and the Jordan Valley',
      injured: { min: 2, max: 2 },
      description:
        'About 180 ballistic missiles from Iran (IDF; about 200 by the Pentagon), in retaliation for Haniyeh, Nasrallah and Nilforoushan (IRGC); most intercepted with US help, at least one falls in Tel Aviv, two lightly injured by shrapnel in central Israel.',
    },
    [S.kenyanpostOct1, S.shafaqOct1],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-oct1',
    { occurredAt: '2024-10-01T19:00:00Z', precision: 'approximate', recordedAt: at('10-01', '21:00') },
    {
      speaker: NETANYAHU,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'Iran "made a big mistake tonight, and it will pay for it"; whoever attacks Israel, Israel will attack them.',
    },
    [S.mokokchungOct1],
  ),
  ev(
    'StatementMade',
    'stmt-irgc-oct1',
    { occurredAt: '2024-10-01T20:00:00Z', precision: 'approximate', recordedAt: at('10-02', '08:00') },
    {
      speaker: IRGC,
      audience: 'israel',
      tone: 'military-threat',
      summary: 'If the Zionist regime reacts to the Iranian operations, it will face crushing attacks.',
    },
    [S.thehinduOct2],
  ),
  ev(
    'EventCorrected',
    'fix-oct1-killed',
    { occurredAt: '2024-10-02', recordedAt: at('10-02', '10:00') },
    {
      eventId: kit24.idOf('inc-oct1-tel-aviv'),
      changes: {
        data: { fatalities: { min: 1, max: 1 } },
        sources: [S.kenyanpostOct1, S.shafaqOct1, S.businessliveOct2],
      },
      reason:
        'The only known fatality of the barrage: a Gazan labourer sheltering in Jericho (West Bank), killed by falling missile debris (Reuters, verified from CCTV footage).',
    },
    [S.businessliveOct2],
  ),
  ev(
    'IncidentReported',
    'inc-oct1-gedera',
    { occurredAt: '2024-10-01T16:35:00Z', precision: 'approximate', recordedAt: at('10-02', '12:00') },
    {
      incidentId: INC.octGedera,
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Gedera (central Israel): a school',
      description:
        'Part of the same barrage: a missile hits a school in Gedera, leaving a large crater by collapsed walls (NYT, citing the IDF); in Hod Hasharon about a hundred homes are damaged by blast or fragments (city officials).',
    },
    [S.ct24Oct2],
  ),
  ev(
    'IncidentReported',
    'inc-oct1-nevatim',
    { occurredAt: '2024-10-01T16:35:00Z', precision: 'approximate', recordedAt: at('10-03', '12:00') },
    {
      incidentId: INC.octNevatim,
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Nevatim air base (Negev)',
      description:
        "Part of the same barrage: satellite images of Nevatim show a large hole in the roof of a hangar near the main runway, with debris around it (AP); Israel's military does not comment on them.",
    },
    [S.aawsatOct3],
  ),
  ev(
    'StatementMade',
    'stmt-khamenei-oct4',
    { occurredAt: '2024-10-04', recordedAt: at('10-04', '12:00') },
    {
      speaker: KHAMENEI,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'Friday sermon: the missile strike was "totally legitimate", a small response to Israel\'s crimes; "if needed, in the future, we will strike the Zionist entity again".',
    },
    [S.ndtvOct4],
  ),
  ev(
    'IncidentReported',
    'inc-oct26-tehran',
    { occurredAt: '2024-10-25T23:00:00Z', precision: 'approximate', recordedAt: at('10-26', '08:00') },
    {
      incidentId: INC.octTehran,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'iran',
      place: 'Military sites in Tehran province',
      fatalities: { min: 2, max: 2 },
      description:
        'Israel\'s "precise strikes on military targets in Iran" in three waves before dawn, on missile factories, surface-to-air missile systems and other air defences; the army says two soldiers were killed (for the whole night), with "limited damage". The first open Israeli attack on Iran.',
    },
    [S.htOct26, S.thehinduOct26],
    { note: 'Iran gave one toll for the night; it is given here once.' },
  ),
  ev(
    'IncidentReported',
    'inc-oct26-khuzestan',
    { occurredAt: '2024-10-25T23:00:00Z', precision: 'approximate', recordedAt: at('10-26', '08:05') },
    {
      incidentId: INC.octKhuzestan,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'iran',
      place: 'Military bases in Khuzestan province',
      description: 'Struck in the same operation (Iranian air defence: Tehran, Khuzestan and Ilam were targeted).',
    },
    [S.htOct26],
  ),
  ev(
    'IncidentReported',
    'inc-oct26-ilam',
    { occurredAt: '2024-10-25T23:00:00Z', precision: 'approximate', recordedAt: at('10-26', '08:10') },
    {
      incidentId: INC.octIlam,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'iran',
      place: 'Military bases in Ilam province',
      description: 'Struck in the same operation.',
    },
    [S.htOct26],
  ),
  ev(
    'StatementMade',
    'stmt-idf-oct26',
    { occurredAt: '2024-10-26T06:00:00Z', precision: 'approximate', recordedAt: at('10-26', '12:00') },
    {
      speaker: IDF,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'The retaliatory strike is complete and the mission fulfilled; if Iran responds, it will "pay a heavy price".',
    },
    [S.thehinduOct26],
  ),
  ev(
    'StatementMade',
    'stmt-iran-mfa-oct26',
    { occurredAt: '2024-10-26', recordedAt: at('10-26', '12:05') },
    {
      speaker: IRAN_MFA,
      audience: 'israel',
      tone: 'warning',
      summary:
        'Iran "has the right and the duty to defend itself against foreign acts of aggression" (Article 51), while recognising its responsibilities towards regional peace and security.',
    },
    [S.htOct26, S.thehinduOct26],
  ),
  ev(
    'EventCorrected',
    'fix-oct26-killed',
    { occurredAt: '2024-10-27', recordedAt: at('10-27', '12:00') },
    {
      eventId: kit24.idOf('inc-oct26-tehran'),
      changes: { data: { fatalities: { min: 4, max: 4 } }, sources: [S.htOct26, S.thehinduOct26, S.mai529Oct27] },
      reason: 'Iranian officials now count four soldiers killed by the strikes of 26 October.',
    },
    [S.mai529Oct27],
  ),
  ev(
    'StatementMade',
    'stmt-khamenei-nov2',
    { occurredAt: '2024-11-02', recordedAt: at('11-03', '10:00') },
    {
      speaker: KHAMENEI,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'To students in Tehran: the enemies, "the Zionist regime or the United States", will definitely receive a crushing response to what they do against Iran and the resistance front.',
    },
    [S.sumbarNov2, S.dayfrNov2],
  ),
  // ===== The lull: February – May 2025 =====
  ev(
    'StatementMade',
    'stmt-netanyahu-feb16',
    { occurredAt: '2025-02-16', recordedAt: at25('02-16', '18:00') },
    {
      speaker: NETANYAHU,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'Beside Rubio in Jerusalem: Israel has dealt a "mighty blow" to Iran\'s terror axis in sixteen months, and with Trump\'s support "we can and will finish the job"; the ayatollahs must not have nuclear weapons.',
    },
    [S.dawnFeb16, S.cbs58Feb16],
    {
      note: "US intelligence assessments reported at the time that Israel was likely to strike Iran's nuclear sites within the year.",
    },
  ),
  ev(
    'StatementMade',
    'stmt-mousavi-may26',
    { occurredAt: '2025-05-26', recordedAt: at25('05-27', '10:00') },
    {
      speaker: MOUSAVI,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'If Israel makes "another mistake", Iran will deliver a decisive strike: "If they are in a hurry to receive another True Promise, we are fully prepared to deliver the appropriate blow."',
    },
    [S.worthyMay26],
  ),
  // ===== 13–24 June 2025: the twelve-day war =====
  ev(
    'IncidentReported',
    'inc-jun13-tehran',
    { occurredAt: '2025-06-13T00:30:00Z', precision: 'approximate', recordedAt: at25('06-13', '06:00') },
    {
      incidentId: 'rising-lion-tehran-2025-06-13',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'iran',
      place: 'Tehran: military bases, homes of commanders, residential buildings',
      description:
        'Operation Rising Lion: IRGC commander Hossein Salami, armed forces chief of staff Mohammad Bagheri and nuclear scientists (Fereydoon Abbasi among them) killed; at least six military bases around Tehran and residential buildings hit (NYT, citing Iranian officials).',
    },
    [S.lbcJun13, S.singaporeJun13, S.saysJun13],
  ),
  ev(
    'IncidentReported',
    'inc-jun13-natanz',
    { occurredAt: '2025-06-13T00:30:00Z', precision: 'approximate', recordedAt: at25('06-13', '06:05') },
    {
      incidentId: 'rising-lion-natanz-2025-06-13',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'iran',
      place: 'Natanz enrichment site',
      description: 'Struck "several times" (state TV); smoke rising from the site.',
    },
    [S.saysJun13, S.lbcJun13],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-jun13',
    { occurredAt: '2025-06-13T01:00:00Z', precision: 'approximate', recordedAt: at25('06-13', '06:10') },
    {
      speaker: NETANYAHU,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'Israel has launched Operation Rising Lion "to roll back the Iranian threat to Israel\'s very survival"; it will continue "for as many days as it takes".',
    },
    [S.singaporeJun13],
  ),
  ev(
    'IncidentReported',
    'inc-jun13-drones',
    { occurredAt: '2025-06-13T06:00:00Z', precision: 'approximate', recordedAt: at25('06-13', '10:00') },
    {
      incidentId: 'iran-drones-2025-06-13',
      kind: 'drone-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Towards Israel (intercepted)',
      description: 'About 100 drones launched at Israel (IDF), which works to intercept them.',
    },
    [S.lbcJun13],
  ),
  ev(
    'StatementMade',
    'stmt-khamenei-jun13',
    { occurredAt: '2025-06-13', recordedAt: at25('06-13', '10:05') },
    {
      speaker: KHAMENEI,
      audience: 'israel',
      tone: 'military-threat',
      summary: 'With this attack Israel "has prepared a bitter fate for itself, which it will surely receive".',
    },
    [S.lbcJun13],
  ),
  ev(
    'IncidentReported',
    'inc-jun15-tamra',
    { occurredAt: '2025-06-14T21:00:00Z', precision: 'approximate', recordedAt: at25('06-16', '06:00') },
    {
      incidentId: 'iran-missiles-tamra-2025-06-14',
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Tamra (northern Israel)',
      fatalities: { min: 4, max: 4 },
      civilianFatalities: { min: 4, max: 4 },
      description: 'A missile hits a house in Tamra, killing four women of one family.',
    },
    [S.mtoliveJun15, S.sudanindJun16],
  ),
  ev(
    'IncidentReported',
    'inc-jun15-bat-yam',
    { occurredAt: '2025-06-15T00:10:00Z', precision: 'approximate', recordedAt: at25('06-16', '06:05') },
    {
      incidentId: 'iran-missiles-bat-yam-2025-06-15',
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Bat Yam, south of Tel Aviv',
      fatalities: { min: 6, max: 6 },
      civilianFatalities: { min: 6, max: 6 },
      injured: { min: 100, max: 200 },
      description:
        'A ballistic missile hits between apartment blocks after 03:00 local time; six killed, two children among them, more than 100 wounded, several missing. Iran fired about 80 missiles that night at Haifa and central Israel (IDF).',
    },
    [S.mtoliveJun15, S.sudanindJun16],
  ),
  ev(
    'IncidentReported',
    'inc-jun15-mashhad',
    { occurredAt: '2025-06-15T16:00:00Z', precision: 'approximate', recordedAt: at25('06-16', '08:00') },
    {
      incidentId: 'israel-mashhad-2025-06-15',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'iran',
      place: 'Mashhad airport (eastern Iran)',
      description:
        'Israel strikes an aerial refuelling aircraft at Mashhad, its longest-range strike of the war; Iranian media report no damage to the airport.',
    },
    [S.sudanindJun16],
  ),
  ev(
    'IncidentReported',
    'inc-jun16-tel-aviv-haifa',
    { occurredAt: '2025-06-16T01:00:00Z', precision: 'approximate', recordedAt: at25('06-16', '12:00') },
    {
      incidentId: 'iran-missiles-tel-aviv-haifa-2025-06-16',
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Tel Aviv and Haifa',
      fatalities: { min: 8, max: 8 },
      injured: { min: 100, max: 100 },
      description:
        'Before dawn, fewer than 100 missiles, seven landing in Israel (Israeli authorities); eight killed and about 100 injured in Tel Aviv and Haifa, homes destroyed.',
    },
    [S.icirJun16],
  ),
  ev(
    'StatementMade',
    'stmt-katz-jun16',
    { occurredAt: '2025-06-16', recordedAt: at25('06-16', '12:05') },
    {
      speaker: KATZ,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        '"The arrogant dictator of Tehran has become a cowardly murderer"; "the residents of Tehran will pay the price, and soon" (later: Israel does not intend to harm them deliberately).',
    },
    [S.icirJun16],
  ),
  ev(
    'IncidentReported',
    'inc-jun19-soroka',
    { occurredAt: '2025-06-19T04:00:00Z', precision: 'approximate', recordedAt: at25('06-20', '10:00') },
    {
      incidentId: 'iran-missiles-beersheba-2025-06-19',
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Beersheba (Soroka Medical Center), with Tel Aviv, Haifa and Bat Yam targeted',
      fatalities: { min: 0, max: 0 },
      description:
        'Early Thursday, missiles at several Israeli cities; a major hospital in southern Israel extensively damaged, no deaths reported. Iranian media name the Nevatim air base as a main target.',
    },
    [S.trtJun20],
  ),
  ev(
    'IncidentReported',
    'inc-jun19-arak',
    { occurredAt: '2025-06-19', recordedAt: at25('06-20', '10:05') },
    {
      incidentId: 'israel-arak-2025-06-19',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'iran',
      place: 'Arak heavy-water facility (inactive)',
      description:
        'Struck, with minor damage (local media). Iran counts at least 639 killed and 1,329 wounded since 13 June (Iranian authorities).',
    },
    [S.trtJun20],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2025-06-22', recordedAt: at25('06-22', '04:00') },
    { actor: USA, role: 'third-party' },
    [S.hurriyetJun22],
  ),
  ev(
    'IncidentReported',
    'inc-us-strikes',
    { occurredAt: '2025-06-21T22:40:00Z', precision: 'approximate', recordedAt: at25('06-22', '04:05') },
    {
      incidentId: 'us-strikes-2025-06-22',
      kind: 'airstrike',
      perpetrator: 'united-states',
      against: 'iran',
      place: 'Fordow, Natanz and Isfahan nuclear sites',
      description:
        "The United States strikes three Iranian nuclear facilities (B-2 bombers and submarine-launched Tomahawks). A third party's act.",
    },
    [S.hurriyetJun22],
  ),
  ev(
    'IncidentReported',
    'inc-jun22-iran-missiles',
    { occurredAt: '2025-06-22T06:00:00Z', precision: 'approximate', recordedAt: at25('06-22', '18:00') },
    {
      incidentId: 'iran-missiles-israel-2025-06-22',
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Tel Aviv, Haifa and other Israeli cities',
      injured: { min: 21, max: 21 },
      description:
        'After the US strikes, Iran fires waves of missiles at Israeli cities, injuring at least 21; Israel keeps striking western Iran.',
    },
    [S.tribecansJun22],
  ),
  ev(
    'ActorRegistered',
    'actor-qatar',
    { occurredAt: '2025-06-23', recordedAt: at25('06-23', '17:00') },
    { actor: QATAR, role: 'mediator' },
    [S.lurerJun23],
  ),
  ev(
    'IncidentReported',
    'inc-al-udeid',
    { occurredAt: '2025-06-23T16:30:00Z', precision: 'approximate', recordedAt: at25('06-23', '17:10') },
    {
      incidentId: 'al-udeid-2025-06-23',
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'united-states',
      place: 'Al Udeid Air Base, Qatar',
      fatalities: { min: 0, max: 0 },
      description:
        'Iran strikes the US base in Qatar, with warning; missiles intercepted, no casualties. A third party.',
    },
    [S.lurerJun23],
  ),
  ev(
    'IncidentReported',
    'inc-jun24-north-iran',
    { occurredAt: '2025-06-24T01:00:00Z', precision: 'approximate', recordedAt: at25('06-24', '09:00') },
    {
      incidentId: 'israel-strike-north-iran-2025-06-24',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'iran',
      against: 'iran',
      place: 'Residential building in northern Iran',
      fatalities: { min: 9, max: 9 },
      description:
        "Before the ceasefire: Iranian officials say nine people, a nuclear scientist among them, were killed in a strike on a residential building in northern Iran. Iran's health minister: 104 killed in the last 24 hours of the war.",
    },
    [S.asknaijJun24, S.shineJun24],
  ),
  ev(
    'IncidentReported',
    'inc-jun24-beersheba',
    { occurredAt: '2025-06-24T03:10:00Z', precision: 'approximate', recordedAt: at25('06-24', '09:05') },
    {
      incidentId: 'iran-missile-beersheba-2025-06-24',
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Beersheba (residential building)',
      fatalities: { min: 4, max: 4 },
      civilianFatalities: { min: 4, max: 4 },
      injured: { min: 20, max: 20 },
      description:
        'Moments before the ceasefire was to take effect, a missile hits a residential building in Beersheba: four killed, about 20 wounded (Magen David Adom). Iran fired six waves that morning (IDF).',
    },
    [S.cbsJun24, S.tovimaJun24, S.asknaijJun24],
  ),
  ev(
    'CeasefireDeclared',
    'cf-twelve-day-war',
    { occurredAt: '2025-06-24T04:00:00Z', recordedAt: at25('06-24', '09:10') },
    {
      ceasefireId: CEASEFIRE,
      parties: ['israel', 'iran'],
      scope:
        'The ceasefire Trump announced to end "the 12-day war": Iran stops first (07:30 Tehran, 04:00 GMT), Israel twelve hours later. No signed text; Araghchi: no agreement, Iran stops if Israel stops its aggression by 04:00 Tehran time. Israel agreed on condition that Iran halts all attacks (White House).',
      duration: 'indefinite',
      mediatedBy: ['qatar'],
    },
    [S.tovimaJun24, S.cbsJun24, S.overviewJun24],
    {
      note: "Announced by Trump on the evening of 23 June (Washington), after calls with Netanyahu and with Iran through Qatar's prime minister; confirmed by both. Dated when Iran's side took effect.",
    },
  ),
  ev(
    'IncidentReported',
    'inc-jun24-strikes-after',
    { occurredAt: '2025-06-24T05:30:00Z', precision: 'approximate', recordedAt: at25('06-24', '10:00') },
    {
      incidentId: 'israel-strikes-after-0730-2025-06-24',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'iran',
      against: 'iran',
      place: 'Iran (places not given)',
      description:
        "Iran's Khatam al-Anbiya headquarters: Israel struck Iran in three stages until 09:00 local time (05:30 GMT), after the ceasefire began at 07:30.",
    },
    [S.steinewsJun24],
    { occurrence: O.strikesAfter0730 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-iran-jun24',
    { occurredAt: '2025-06-24T05:30:00Z', precision: 'approximate', recordedAt: at25('06-24', '10:05') },
    {
      ceasefireId: CEASEFIRE,
      allegedBy: 'iran',
      against: 'israel',
      description:
        "Iran's armed forces accuse Israel of striking after the ceasefire took effect; no casualties reported.",
    },
    [S.steinewsJun24],
    { occurrence: O.strikesAfter0730 },
  ),
  ev(
    'IncidentReported',
    'inc-jun24-north-missiles',
    { occurredAt: '2025-06-24T07:30:00Z', precision: 'approximate', recordedAt: at25('06-24', '10:10') },
    {
      incidentId: 'iran-missiles-north-2025-06-24',
      kind: 'missile-strike',
      perpetrator: 'iran',
      allegedBy: 'israel',
      against: 'israel',
      place: 'Northern Israel (intercepted)',
      fatalities: { min: 0, max: 0 },
      description:
        "Sirens in northern Israel more than two hours after the ceasefire began; the IDF identifies missiles launched from Iran, two intercepted. Iran's general staff denies any launch.",
    },
    [S.cbsJun24, S.telegraphJun24],
    { occurrence: O.northMissiles },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-israel-jun24',
    { occurredAt: '2025-06-24T07:30:00Z', precision: 'approximate', recordedAt: at25('06-24', '10:15') },
    {
      ceasefireId: CEASEFIRE,
      allegedBy: 'israel',
      against: 'iran',
      casualties: { min: 0, max: 0 },
      description:
        'Katz: a "blatant violation" of the ceasefire declared by the US President, by the launch of missiles at Israel.',
    },
    [S.telegraphJun24, S.cbsJun24],
    { occurrence: O.northMissiles },
  ),
  ev(
    'StatementMade',
    'stmt-katz-jun24',
    { occurredAt: '2025-06-24T08:00:00Z', precision: 'approximate', recordedAt: at25('06-24', '10:20') },
    {
      speaker: KATZ,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'Orders the IDF to "continue high-intensity operations targeting regime assets and terror infrastructure in Tehran"; the chief of staff: "we will respond with force".',
    },
    [S.telegraphJun24, S.cbsJun24],
  ),
  ev(
    'StatementMade',
    'stmt-snsc-jun24',
    { occurredAt: '2025-06-24', recordedAt: at25('06-24', '10:25') },
    {
      speaker: SNSC,
      audience: 'israel',
      tone: 'warning',
      summary:
        'The armed forces forced Israel to "unilaterally accept defeat and accept a ceasefire"; they keep "their hands on the trigger" to respond to any aggression.',
    },
    [S.overviewJun24, S.asknaijJun24],
  ),
  ev(
    'StatementMade',
    'stmt-trump-jun24',
    { occurredAt: '2025-06-24T11:00:00Z', precision: 'approximate', recordedAt: at25('06-24', '14:00') },
    {
      speaker: TRUMP,
      audience: 'israel',
      tone: 'warning',
      summary:
        'Both sides violated the ceasefire, he is "not happy" with either; to Israel: "Do not drop those bombs. If you do it it is a major violation. Bring your pilots home, now!" Then: the planes turn around, "the Ceasefire is in effect!"',
    },
    [S.almayadeenJun24, S.newsographicsJun24],
    { note: "A third party's words to Israel." },
  ),
  ev(
    'IncidentReported',
    'inc-jun24-radar',
    { occurredAt: '2025-06-24T12:00:00Z', precision: 'approximate', recordedAt: at25('06-24', '16:00') },
    {
      incidentId: 'israel-radar-tehran-2025-06-24',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'iran',
      place: 'Radar site near Tehran',
      description:
        "Two loud blasts in Tehran; the prime minister's office confirms Israel struck a radar installation near Tehran in response to the missile launches it alleges. Netanyahu then agrees with Trump to stop further attacks; whether the strike came before or after the call is unclear. No casualties reported.",
    },
    [S.newsographicsJun24, S.almayadeenJun24],
    { note: "The hour is not given: dated about midday GMT, after Katz's order and around Trump's posts." },
  ),
  ev(
    'StatementMade',
    'stmt-iran-health-jun24',
    { occurredAt: '2025-06-24', recordedAt: at25('06-24', '18:00') },
    {
      speaker: { name: 'Hossein Kermanpour', title: 'Spokesman, Ministry of Health of Iran', actorId: 'iran' },
      audience: 'israel',
      tone: 'accusation',
      summary:
        'At least 610 killed and more than 4,700 wounded in Iran by the Israeli strikes since 13 June, "all civilians", thirteen children among them; seven hospitals damaged.',
    },
    [S.hurriyetJun24],
  ),
  // ===== After the war: threats, no agreement =====
  ev(
    'StatementMade',
    'stmt-katz-jun26',
    { occurredAt: '2025-06-26', recordedAt: at25('06-27', '10:00') },
    {
      speaker: KATZ,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'Despite the ceasefire, a "policy of enforcement" against Iran: keep air superiority, stop any advance of nuclear projects and long-range missiles; Israel would have killed Khamenei had it had the chance.',
    },
    [S.resolutionJun27],
  ),
  ev(
    'StatementMade',
    'stmt-katz-jul28',
    { occurredAt: '2025-07-28', recordedAt: at25('07-28', '18:00') },
    {
      speaker: KATZ,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'To Khamenei: "If you continue to threaten Israel, our long arm will reach Tehran again, with more force, and you personally."',
    },
    [S.morocco24Jul28],
  ),
  ev(
    'StatementMade',
    'stmt-nasirzadeh-aug20',
    { occurredAt: '2025-08-20', recordedAt: at25('08-20', '18:00') },
    {
      speaker: NASIRZADEH,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'Iran has a new generation of missiles far more capable than those of the twelve-day war; "if the Zionist enemy embarks on the adventure again, we will use them without hesitation".',
    },
    [S.i24Aug20],
  ),
  ev(
    'StatementMade',
    'stmt-pezeshkian-sep24',
    { occurredAt: '2025-09-24', recordedAt: at25('09-26', '18:00') },
    {
      speaker: PEZESHKIAN,
      audience: 'israel',
      tone: 'critical',
      summary:
        'At the UN General Assembly: Iran has never sought and will never seek a nuclear bomb; condemns Israel\'s occupation of Palestinian land and the idea of a "greater Israel", and its use of force over diplomacy.',
    },
    [S.tribuneSep26, S.devdiscourseSep26],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-sep26',
    { occurredAt: '2025-09-26', recordedAt: at25('09-26', '18:05') },
    {
      speaker: NETANYAHU,
      audience: 'iran',
      tone: 'critical',
      summary:
        'At the UN General Assembly: hails the Israeli and US strikes on Iran; the Security Council must restore the snapback sanctions; Iran must not be allowed to rebuild its military nuclear capacity, and its enriched-uranium stockpile must be eliminated.',
    },
    [S.tribuneSep26, S.devdiscourseSep26],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'israel-iran-2024.jsonl',
  logEnd: '2025-11-01T00:00:00Z',
  events,
};

export default definition;
