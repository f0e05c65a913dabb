/**
 * A test fixture, not a shipped example: Pakistan and the Taliban government of
 * Afghanistan from the Chaman – Spin Boldak shelling of 11 December 2022 to the
 * trade talks in Kabul after Pakistan's strikes of 18 March 2024, as an analyst
 * following the news could have recorded them. An earlier and separate
 * negotiation from the 2025 talks (examples/pakistan-afghanistan-2025.ts, which
 * begins with the strikes of 24 December 2024): its own negotiation id. Escalation
 * model v2 was never tuned on it: it is the case the model is held to in
 * pakistan-afghanistan-2022.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: border closures by one side against
 * the other and their reopening (Torkham closed by the Taliban on 19 February 2023
 * and reopened on the 25th; closed by Pakistan on 6 September 2023 and reopened on
 * the 15th); short exchanges of fire with a handful killed or none (armed action,
 * not heavy); a deadline given to a population rather than to the other government
 * (Pakistan's order that undocumented foreigners leave by 1 November 2023); blame
 * for a third party's attacks laid on the other party, and the same kind of attack
 * explicitly not laid on it; and strikes on the other's territory aimed at a third
 * party (the TTP and the Hafiz Gul Bahadur group), answered by the other's fire.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's
 * coverage do not change. Built and checked with the same builder as the shipped
 * cases (examples/case-builder.ts): every event replays through `decide` and cites
 * a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy (AP, Reuters,
 * PTI copies; Dawn, The News, Geo, Business Recorder, Pakistan Today, ARY, The
 * Nation, APP, Hindustan Times, Indian Express, Firstpost, Arab News, Ariana News), C =
 * smaller outlet, aggregator or mirror (Daily The Patriot, DNA News, Pakistan Affairs,
 * Islam Times, Democracy News Live, AVA Press, LatestLY/ANI, Independent (Nigeria),
 * Republic World, Bayan News, Times of Pakistan, The Frontier Post, BNN); 1 = an
 * on-record statement or act confirmed by the actor itself; 2 = several outlets agree
 * or one established outlet reports it; 3 = one side's unverified claim about the
 * other, or unnamed sources.
 *
 * Judgement calls, recorded as an analyst would:
 * - Places are written one way each: "Chaman – Spin Boldak crossing", "Torkham
 *   crossing" (its closures, reopenings and exchanges of fire alike).
 * - Each exchange of fire at a crossing is one act, recorded under the side the
 *   reporting sources say fired first (Pakistan's officials each time), with the
 *   other side's counter-claim recorded as its statement; the return fire is in the
 *   description, not a second act. 11 December 2022: ISPR's six civilians killed,
 *   the hospital's and AP's later seven, and the Taliban fighter killed by the return
 *   fire (Kandahar's spokesman): 7–8 killed, 6–7 of them civilians. 6 September 2023:
 *   one FC soldier wounded by Pakistan's account; two Afghan soldiers killed by an
 *   unconfirmed report (graded C3): 0–2 killed.
 * - The closure of Chaman on 15 December 2022 is not recorded: AP says "the crossing
 *   was closed" without saying by whom, and no dated source gives its reopening.
 * - Pakistan's order that undocumented foreigners leave by 1 November 2023 is not an
 *   ultimatum to the other party: every source calls it an ultimatum or deadline "to
 *   the immigrants"; nothing was demanded of the Taliban government. It is recorded as
 *   the interior minister's statement (with his charge that attacks come from
 *   Afghanistan), the Taliban's demand that Pakistan reconsider, and Pakistan's
 *   rejection of it when the deportations began (1 November).
 * - Blame for third-party attacks is recorded only where Pakistan laid it on Kabul:
 *   the army's statement after Zhob (14 July 2023: TTP "safe havens" in Afghanistan),
 *   the demarche after Daraban (12 December 2023: hand over the perpetrators and the
 *   TTP leadership, act against "their sanctuaries") and the Foreign Office after Mir
 *   Ali (18 March 2024: "certain elements among those in power in Afghanistan are
 *   actively patronising TTP"). The Chitral attack (6 September 2023) is not blamed on
 *   Kabul: the foreign minister called it "an isolated incident" not "sanctioned" by
 *   the Afghan government, while protesting to its chargé d'affaires (recorded as a
 *   critical statement without a blame). The defence minister's general "terrorism
 *   against us is mostly being conducted from Afghanistan" (17 March 2024) names no
 *   attack: an accusation.
 * - The strikes of 18 March 2024 are one announced operation in two provinces (Khost,
 *   Paktika), recorded as one incident (as the 2025 case records the strikes of
 *   February 2026), `against` the Afghan Taliban: on its territory, answered by its
 *   forces; the target (TTP and Hafiz Gul Bahadur group hideouts) is in `target`. The
 *   Taliban's return fire on Pakistani posts is one act in one sector (Kurram, opposite
 *   Dand-e-Patan in Paktia), four wounded by Pakistan's account.
 * - The Kabul meeting of 22 February 2023, in which "the two sides agreed to
 *   collaborate to effectively address the threat of terrorism", is a round concluded
 *   with progress, not an agreement: no text, provisions or assurance were made public.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'pakistan-afghanistan-2022';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2023);

const PAKISTAN: Actor = {
  id: 'pakistan',
  name: 'Pakistan',
  kind: 'state',
  aliases: ['Islamabad', 'ISPR', 'Foreign Office'],
};
const AFGHAN_TALIBAN: Actor = {
  id: 'afghan-taliban',
  name: 'Afghan Taliban government',
  kind: 'de-facto-authority',
  aliases: ['Islamic Emirate of Afghanistan', 'Afghan Interim Government', 'Kabul'],
};
const TTP: Actor = {
  id: 'ttp',
  name: 'Tehreek-e-Taliban Pakistan',
  kind: 'armed-group',
  aliases: ['TTP', 'Pakistani Taliban', 'Tehreek-e-Jihad Pakistan (affiliate)'],
};
const HGB: Actor = {
  id: 'hafiz-gul-bahadur-group',
  name: 'Hafiz Gul Bahadur group',
  kind: 'armed-group',
  aliases: ['Jaish-e-Fursan-e-Muhammad'],
};

const SHARIF: Person = { name: 'Shehbaz Sharif', title: 'Prime Minister of Pakistan', actorId: 'pakistan' };
const ASIF: Person = { name: 'Khawaja Asif', title: 'Defence Minister of Pakistan', actorId: 'pakistan' };
const ANJUM: Person = { name: 'Lt Gen Nadeem Anjum', title: 'Director General of the ISI', actorId: 'pakistan' };
const BARADAR: Person = {
  name: 'Mullah Abdul Ghani Baradar',
  title: 'Acting Deputy Prime Minister of Afghanistan',
  actorId: 'afghan-taliban',
};
const MUTTAQI: Person = {
  name: 'Amir Khan Muttaqi',
  title: 'Acting Foreign Minister of Afghanistan',
  actorId: 'afghan-taliban',
};
const MUJAHID: Person = {
  name: 'Zabihullah Mujahid',
  title: 'Chief spokesman of the Taliban government',
  actorId: 'afghan-taliban',
};
const KHAWARAZMI: Person = {
  name: 'Enayatullah Khawarazmi',
  title: 'Spokesman of the Afghan Ministry of Defence',
  actorId: 'afghan-taliban',
};
const NOOR_AHMAD: Person = { name: 'Noor Ahmad', title: 'Afghan official in Kandahar', actorId: 'afghan-taliban' };
const SIDDIQUE: Person = {
  name: 'Maulavi Mohammad Siddique',
  title: 'Taliban commissioner for Torkham',
  actorId: 'afghan-taliban',
};
const ISPR: Person = { name: 'Inter-Services Public Relations (ISPR)', actorId: 'pakistan' };
const JILANI: Person = {
  name: 'Jalil Abbas Jilani',
  title: 'Caretaker Foreign Minister of Pakistan',
  actorId: 'pakistan',
};
const PK_FO: Person = { name: 'Ministry of Foreign Affairs of Pakistan (statement)', actorId: 'pakistan' };
const AF_MFA: Person = { name: 'Ministry of Foreign Affairs of Afghanistan (statement)', actorId: 'afghan-taliban' };
const BALOCH: Person = {
  name: 'Mumtaz Zahra Baloch',
  title: 'Spokesperson of the Foreign Office of Pakistan',
  actorId: 'pakistan',
};
const BUGTI: Person = { name: 'Sarfraz Bugti', title: 'Caretaker Interior Minister of Pakistan', actorId: 'pakistan' };
const STANIKZAI: Person = {
  name: 'Sher Mohammad Abbas Stanikzai',
  title: 'Acting Deputy Foreign Minister of Afghanistan',
  actorId: 'afghan-taliban',
};
const ZARDARI: Person = { name: 'Asif Ali Zardari', title: 'President of Pakistan', actorId: 'pakistan' };
const DURRANI: Person = {
  name: 'Asif Durrani',
  title: "Pakistan's Special Representative for Afghanistan",
  actorId: 'pakistan',
};
const NIZAMANI: Person = {
  name: 'Ubaidur Rehman Nizamani',
  title: "Pakistan's chargé d'affaires in Kabul",
  actorId: 'pakistan',
};
const AGHA: Person = { name: 'Khurram Agha', title: 'Commerce Secretary of Pakistan', actorId: 'pakistan' };
const AZIZI: Person = {
  name: 'Nooruddin Azizi',
  title: 'Acting Minister of Industry and Commerce of Afghanistan',
  actorId: 'afghan-taliban',
};

const S = {
  shropshireDec11: source(
    'Pakistani army says Afghan forces have shelled border town, killing six',
    'Shropshire Star (PA, AP)',
    'https://www.shropshirestar.com/news/world-news/2022/12/11/pakistani-army-says-afghan-forces-have-shelled-border-town-killing-six/',
    '2022-12-11',
    'B',
    2,
  ),
  khaleejDec11: source(
    'Pakistani army: Afghan forces shell border town, killing six',
    'Khaleej Times (AP)',
    'https://www.khaleejtimes.com/world/asia/pakistani-army-afghan-forces-shell-border-town-killing-six',
    '2022-12-11',
    'B',
    2,
  ),
  indianExpressDec11: source(
    'Six killed in firing by Afghan forces on Pakistan border: Pakistan army',
    'The Indian Express (Reuters)',
    'https://indianexpress.com/article/world/six-killed-in-firing-by-afghan-forces-on-pakistan-border-pakistan-army-8319050/',
    '2022-12-11',
    'B',
    2,
  ),
  ksatDec15: source(
    'Pakistan: Afghan Taliban shell border town, killing civilian',
    'KSAT (AP)',
    'https://www.ksat.com/news/world/2022/12/15/pakistan-afghan-taliban-shell-border-town-killing-civilian/',
    '2022-12-15',
    'B',
    2,
  ),
  localnews8Dec15: source(
    'Pakistan: Afghan Taliban shell border town, killing civilian',
    'Local News 8 (AP)',
    'https://localnews8.com/news/ap-national/2022/12/15/pakistan-afghan-taliban-shell-border-town-killing-civilian/',
    '2022-12-15',
    'B',
    2,
  ),
  patriotDec15: source(
    'Unprovoked Afghan shelling at Chaman border has injured numerous people',
    'Daily The Patriot',
    'https://dailythepatriot.com/unprovoked-afghan-shelling-at-chaman-border-has-injured-numerous-people/',
    '2022-12-15',
    'C',
    2,
  ),
  dnaFeb20: source(
    'Pakistan, Afghanistan troops exchange fire at Torkham border crossing',
    'DNA News',
    'https://dnanews.com.pk/pakistan-afghanistan-troops-exchange-fire-at-torkham-border-crossing/',
    '2023-02-20',
    'C',
    2,
  ),
  dawnFeb21: source(
    'Guard injured as Pakistan, Afghan forces trade fire at Torkham',
    'Dawn',
    'https://www.dawn.com/news/1738310',
    '2023-02-21',
    'B',
    2,
  ),
  firstpostFeb22: source(
    'Pakistan sends delegation to Taliban in Afghanistan as TTP attacks rise',
    'Firstpost',
    'https://www.firstpost.com/world/pakistan-bends-before-ttp-attacks-sends-delegation-to-plead-before-taliban-in-afghanistan-12193572.html',
    '2023-02-22',
    'B',
    2,
  ),
  thenewsFeb23: source(
    'PM, COAS send Pak delegation to Kabul',
    'The News',
    'https://www.thenews.com.pk/print/1043345-pm-coas-send-pak-delegation-to-kabul',
    '2023-02-23',
    'B',
    1,
  ),
  thenewsFeb24: source(
    'Torkham border yet to reopen despite successful talks',
    'The News',
    'https://www.thenews.com.pk/print/1043560-torkham-border-yet-to-reopen-despite-successful-talks',
    '2023-02-24',
    'B',
    2,
  ),
  ktarFeb25: source(
    'Trade resumes as Pakistan, Afghanistan reopen Torkham border',
    'KTAR News (AP)',
    'https://ktar.com/story/gallery/trade-resumes-as-pakistan-afghanistan-reopen-torkham-border/',
    '2023-02-25',
    'B',
    2,
  ),
  dawnMay4: source(
    'Afghan foreign minister to lead high-level delegation to Pakistan tomorrow: FO',
    'Dawn',
    'https://www.dawn.com/news/1750874/afghan-foreign-minister-to-lead-high-level-delegation-to-pakistan-tomorrow-fo',
    '2023-05-04',
    'B',
    1,
  ),
  geoMay24: source(
    'Pakistan appoints Asif Durrani as special envoy for Afghanistan',
    'Geo News',
    'https://geo.tv/latest/489024-pakistan-appoints-asif-durrani-as-special-envoy-for-afghanistan',
    '2023-05-24',
    'B',
    2,
  ),
  thenewsJul15: source(
    'Kabul warned against attacks from its soil',
    'The News',
    'https://www.thenews.com.pk/print/1090542-kabul-warned-against-attacks-from-its-soil',
    '2023-07-15',
    'B',
    1,
  ),
  brecorderJul15: source(
    'TTP safe havens in Afghanistan: COAS voices anger, vows firm action',
    'Business Recorder',
    'https://www.brecorder.com/news/40252711/ttp-safe-havens-in-afghanistan-coas-voices-anger-vows-firm-action',
    '2023-07-15',
    'B',
    1,
  ),
  arabnewsJul21: source(
    'Pakistani envoy meets Afghan Taliban leaders in Kabul, shares Islamabad’s concerns over militancy',
    'Arab News Pakistan',
    'https://www.arabnews.pk/node/2341641/pakistan',
    '2023-07-21',
    'B',
    1,
  ),
  dawnJul23: source(
    'Special envoy concludes Kabul visit',
    'Dawn',
    'https://www.dawn.com/news/1766335/special-envoy-concludes-kabul-visit',
    '2023-07-23',
    'B',
    1,
  ),
  pakistanTodaySep6: source(
    'Torkham border shuts after Pakistan-Afghanistan skirmish',
    'Pakistan Today (Reuters)',
    'https://www.pakistantoday.com.pk/2023/09/06/torkham-border-shuts-after-pakistan-afghanistan-skirmish/',
    '2023-09-06',
    'B',
    2,
  ),
  tribuneIndiaSep6: source(
    'Pakistan shuts key border crossing with Afghanistan after guards exchange fire',
    'The Tribune India (AP)',
    'https://www.tribuneindia.com/news/world/pakistan-shuts-key-border-crossing-with-afghanistan-after-guards-exchange-fire-541916',
    '2023-09-06',
    'B',
    2,
  ),
  geoSep7: source(
    'Torkham border closed after Pak-Afghan security forces clash',
    'Geo News (The News)',
    'https://www.geo.tv/latest/508765-torkham-border-closed-after-pak-afghan-security-forces-clash',
    '2023-09-07',
    'B',
    2,
  ),
  democracyNewsSep7: source(
    'Torkham border shut down amidst gunfire exchanges and village captures',
    'Democracy News Live',
    'https://democracynewslive.com/amp/leadstory/torkham-border-shut-down-amidst-gunfire-exchanges-and-village-captures-afghan-pakistan-tensions-intensify-1246064',
    '2023-09-07',
    'C',
    3,
  ),
  dailyPakistanSep8: source(
    'Pakistan summons Afghan diplomat, records protest over Chitral border post attacks',
    'Daily Pakistan',
    'https://en.dailypakistan.com.pk/09-Sep-2023/pakistan-summons-afghan-diplomat-records-protest-over-chitral-border-post-attacks',
    '2023-09-08',
    'B',
    2,
  ),
  tribuneSep8: source(
    'Afghan diplomat summoned over Chitral attack as FM exonerates Taliban',
    'The Express Tribune',
    'https://tribune.com.pk/story/2434823/afghan-diplomat-summoned-over-chitral-attack-as-fm-exonerates-taliban',
    '2023-09-08',
    'B',
    1,
  ),
  pakistanAffairsSep11: source(
    "Pakistan's Foreign Office expects Kabul to honour its territorial integrity with the closure of Torkham border",
    'Pakistan Affairs',
    'https://pakistanaffairs.pk/2023/09/11/pakistans-foreign-office-expects-kabul-to-honour-its-territorial-integrity-with-the-closure-of-torkham-border/',
    '2023-09-11',
    'C',
    2,
  ),
  bolSep14: source(
    'Torkham border crossing is set to reopen tomorrow',
    'BOL News',
    'https://www.bolnews.com/latest/2023/09/torkham-border-crossing-is-set-to-reopen-tomorrow/',
    '2023-09-14',
    'B',
    2,
  ),
  avaSep15: source(
    'Torkham crossing was reopened',
    'Afghan Voice Agency (AVA)',
    'https://www.avapress.com/en/news/276642/torkham-crossing-was-reopened',
    '2023-09-15',
    'C',
    2,
  ),
  brecorderSep15: source(
    'Main Afghanistan-Pakistan border crossing reopens after nine-day closure',
    'Business Recorder (Reuters)',
    'https://www.brecorder.com/news/40263404/main-afghanistan-pakistan-border-crossing-reopens-after-nine-day-closure',
    '2023-09-15',
    'B',
    2,
  ),
  arianaSep15: source(
    'Torkham crossing reopens after nine-day closure',
    'Ariana News',
    'https://www.ariananews.af/torkham-crossing-reopens-after-nine-day-closure/',
    '2023-09-15',
    'B',
    2,
  ),
  nationSep16: source(
    'Torkham border reopens after closure of 10 days',
    'The Nation',
    'https://www.nation.com.pk/16-Sep-2023/torkham-border-reopens-after-closure-of-10-days',
    '2023-09-16',
    'B',
    3,
  ),
  dailyTimesSep22: source(
    'Pakistan special envoy discusses security matters with Afghan FM',
    'Daily Times',
    'https://dailytimes.com.pk/1134239/pakistan-special-envoy-discusses-security-matters-with-afghan-fm/',
    '2023-09-22',
    'B',
    1,
  ),
  hindustanTimesOct4: source(
    'Taliban on Pakistan expulsion threat to Afghan immigrants: unacceptable',
    'Hindustan Times (Reuters)',
    'https://www.hindustantimes.com/world-news/taliban-on-pakistan-expulsion-threat-to-afghan-immigrants-unacceptable-101696410971294.html',
    '2023-10-04',
    'B',
    1,
  ),
  islamTimesOct4: source(
    'Pakistan sets 28-day deadline for undocumented residents',
    'Islam Times (RT)',
    'https://www.islamtimes.org/en/news/1086040/pakistan-sets-28-day-deadline-for-undocumented-residents',
    '2023-10-04',
    'C',
    1,
  ),
  nationOct4: source(
    "Pakistan's decision to evict undocumented Afghans 'unacceptable': Taliban",
    'The Nation',
    'https://www.nation.com.pk/04-Oct-2023/pakistan-s-decision-to-evict-undocumented-afghans-unacceptable-taliban',
    '2023-10-04',
    'B',
    1,
  ),
  tribuneIndiaNov3: source(
    '1.65 lakh Afghans left Pak since deportation order: officials',
    'The Tribune India (PTI)',
    'https://www.tribuneindia.com/news/world/1-65-lakh-afghans-left-pak-since-deportation-order-officials-559026',
    '2023-11-03',
    'B',
    1,
  ),
  latestlyNov2: source(
    "Taliban issues warning over Pakistan's decision to expel over one million Afghan migrants",
    'LatestLY (ANI, Khaama Press)',
    'https://www.latestly.com/agency-news/world-news-taliban-issues-warning-over-pakistans-decision-to-expel-over-one-million-afghan-migrants-5533099.html',
    '2023-11-02',
    'C',
    2,
  ),
  appDec12: source(
    'Pakistan delivers strong demarche to Afghan govt, seeks action against perpetrators of DI Khan attack',
    'Associated Press of Pakistan',
    'https://www.app.com.pk/national/pakistan-delivers-strong-demarche-to-afghan-govt-seeks-action-against-perpetrators-of-di-khan-attack/',
    '2023-12-12',
    'B',
    1,
  ),
  dawnDec14: source(
    'FO urges Kabul to take strong action against perpetrators of DI Khan attack, hand them over to Pakistan',
    'Dawn',
    'https://www.dawn.com/news/1797778/fo-urges-kabul-to-take-strong-action-against-perpetrators-of-di-khan-attack-hand-them-over-to-pakistan',
    '2023-12-14',
    'B',
    1,
  ),
  dawnMar16: source(
    '2 officers among 7 soldiers martyred in terrorist attack on post in North Waziristan: ISPR',
    'Dawn',
    'https://www.dawn.com/news/1821887/2-officers-among-7-soldiers-martyred-in-terrorist-attack-on-post-in-north-waziristan-ispr',
    '2024-03-16',
    'B',
    1,
  ),
  independentNgMar18: source(
    'Taliban say 8 killed in Pakistani strikes on Afghanistan',
    'Independent Newspaper Nigeria (agency report)',
    'https://independent.ng/taliban-say-8-killed-in-pakistani-strikes-on-afghanistan/',
    '2024-03-18',
    'C',
    2,
  ),
  republicMar18: source(
    'Pakistan conducts airstrikes in multiple regions of Afghanistan amid tensions',
    'Republic World',
    'https://www.republicworld.com/world-news/pakistan/pakistan-conducts-airstrikes-in-multiple-regions-of-afghanistan-amid-tensions-reports/',
    '2024-03-18',
    'C',
    2,
  ),
  brecorderMar18: source(
    'Pakistan carries out anti-terrorist operations inside Afghanistan, confirms FO',
    'Business Recorder',
    'https://www.brecorder.com/news/40294177/pakistan-carries-out-anti-terrorist-operations-inside-afghanistan-confirms-fo',
    '2024-03-18',
    'B',
    1,
  ),
  aryMar18: source(
    'Pakistan says terrorists inside Afghanistan pose a grave threat to security',
    'ARY News',
    'https://arynews.tv/pakistan-says-terrorists-inside-afghanistan-pose-a-grave-threat-to-security/',
    '2024-03-18',
    'B',
    1,
  ),
  livemintMar18: source(
    'Taliban Pakistan military attack live updates: exchange of fire at border',
    'Mint (Reuters, Al Jazeera)',
    'https://www.livemint.com/news/world/taliban-pakistan-military-attack-live-updates-exchange-of-fire-at-border-death-toll-injured-afghanistan/amp-11710756267081.html',
    '2024-03-18',
    'B',
    2,
  ),
  exbulletinMar18: source(
    'Pakistani airstrikes kill eight in Afghanistan, drawing return fire from the Afghan Taliban',
    'Exbulletin (AP)',
    'https://exbulletin.com/politics/2615798/',
    '2024-03-18',
    'C',
    2,
  ),
  bayanMar18: source(
    'Reactions to the Pakistani army’s airstrikes; Taliban summons Pakistani embassy official',
    'Bayan News',
    'https://bayannews.af/en/2024/03/18/reactions-to-the-pakistani-armys-airstrikes-taliban-summons-pakistani-embassy-official/',
    '2024-03-18',
    'C',
    1,
  ),
  timesOfPakistanMar22: source(
    'Pakistan pursues diplomatic engagement with Afghanistan amid tensions',
    'Times of Pakistan',
    'https://www.timesofpakistan.pk/pakistan/2024/03/22/pakistan-diplomatic-engagement-afghanistan-tensions/115368/',
    '2024-03-22',
    'C',
    2,
  ),
  frontierPostMar24: source(
    'Pak-Afghan trade talks from tomorrow: FO',
    'The Frontier Post',
    'https://thefrontierpost.com/pak-afghan-trade-talks-from-tomorrow-fo/',
    '2024-03-24',
    'C',
    1,
  ),
  bnnMar27: source(
    'Pak-Afghan leaders vow to strengthen trade relations amid ongoing tensions',
    'BNN Breaking',
    'https://bnnbreaking.com/world/pakistan/pak-afghan-leaders-vow-to-strengthen-trade-relations-amid-ongoing-tensions',
    '2024-03-27',
    'C',
    2,
  ),
};

const D = {
  noRecurrence: 'pk-no-recurrence-border-fire',
  ttp: 'pk-act-against-ttp',
  deportations: 'af-reconsider-deportations',
  handover: 'pk-hand-over-perpetrators-and-ttp-leadership',
};
const R = {
  kabulFeb: 'kabul-2023-02-22',
  islamabadMay: 'islamabad-2023-05',
  durraniJul: 'kabul-durrani-2023-07',
  kabulSep: 'kabul-muttaqi-nizamani-2023-09-14',
  durraniSep: 'kabul-durrani-2023-09-21',
  tradeMar: 'kabul-trade-2024-03',
};
const I = {
  chamanDec11: 'chaman-2022-12-11',
  chamanDec15: 'chaman-2022-12-15',
  torkhamClosedFeb: 'torkham-closure-2023-02-19',
  torkhamFireFeb: 'torkham-fire-2023-02-20',
  torkhamOpenFeb: 'torkham-reopening-2023-02-25',
  zhob: 'zhob-2023-07-12',
  torkhamFireSep: 'torkham-fire-2023-09-06',
  torkhamClosedSep: 'torkham-closure-2023-09-06',
  chitral: 'chitral-2023-09-06',
  torkhamOpenSep: 'torkham-reopening-2023-09-15',
  daraban: 'daraban-2023-12-12',
  mirAli: 'mir-ali-2024-03-16',
  strikes: 'khost-paktika-strikes-2024-03-18',
  returnFire: 'kurram-return-fire-2024-03-18',
};
/** The one place each is written as (record one place one way). */
const CHAMAN = 'Chaman – Spin Boldak crossing';
const TORKHAM = 'Torkham crossing';

const events = [
  // ===== December 2022: Chaman – Spin Boldak =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2022-12-11', recordedAt: '2022-12-11T18:00:00Z' },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Pakistan – Afghan Taliban relations, 2022–24',
      subject:
        'Border clashes at Chaman and Torkham, the closures of the crossings, the TTP and its havens in Afghanistan, the deportation of undocumented Afghans, and trade: from the Chaman shelling of December 2022 to the strikes of March 2024 and the talks after them',
      parties: [PAKISTAN, AFGHAN_TALIBAN],
      mediators: [],
    },
    [S.shropshireDec11],
    { note: 'Opened at the Chaman shelling; a separate negotiation from the 2025 talks.' },
  ),
  ev(
    'IncidentReported',
    'inc-chaman-dec11',
    { occurredAt: '2022-12-11', recordedAt: '2022-12-11T18:05:00Z' },
    {
      incidentId: I.chamanDec11,
      kind: 'shelling',
      perpetrator: 'afghan-taliban',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Civilians in Chaman town and at the crossing',
      place: CHAMAN,
      fatalities: { min: 7, max: 8 },
      civilianFatalities: { min: 6, max: 7 },
      injured: { min: 17, max: 27 },
      description:
        "Afghan border forces fire artillery and mortars on Chaman ('unprovoked and indiscriminate fire', ISPR): six civilians killed and 17 wounded by the army's count, 27 wounded brought to hospital (its doctor); Pakistani troops respond. Kandahar's spokesman links it to new Afghan checkpoints and says one Taliban fighter was killed and ten wounded.",
    },
    [S.shropshireDec11, S.khaleejDec11],
  ),
  ev(
    'DemandTabled',
    'dem-no-recurrence',
    { occurredAt: '2022-12-11', recordedAt: '2022-12-11T18:10:00Z' },
    {
      demandId: D.noRecurrence,
      by: 'pakistan',
      addressedTo: ['afghan-taliban'],
      text: 'Take strict action to avoid a recurrence of fire on civilians across the border.',
      category: 'security',
    },
    [S.indianExpressDec11],
  ),
  ev(
    'StatementMade',
    'stmt-noor-ahmad-dec11',
    { occurredAt: '2022-12-11', recordedAt: '2022-12-11T18:15:00Z' },
    {
      speaker: NOOR_AHMAD,
      audience: 'pakistan',
      tone: 'neutral',
      summary: 'The incident was accidental; the situation returned to normal after the two sides met.',
    },
    [S.indianExpressDec11],
  ),
  ev(
    'IncidentReported',
    'inc-chaman-dec15',
    { occurredAt: '2022-12-15', recordedAt: '2022-12-15T20:00:00Z' },
    {
      incidentId: I.chamanDec15,
      kind: 'shelling',
      perpetrator: 'afghan-taliban',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Pakistani soldiers repairing the border fence; civilians near the crossing',
      place: CHAMAN,
      fatalities: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      injured: { min: 11, max: 20 },
      description:
        'Afghan Taliban forces fire mortars towards civilians near the crossing (Pakistani authorities); Pakistani forces fire back; intermittent exchanges into the night. Local officials say the Afghan side targeted soldiers repairing the fence.',
    },
    [S.ksatDec15, S.localnews8Dec15],
  ),
  ev(
    'StatementMade',
    'stmt-khawarazmi-dec15',
    { occurredAt: '2022-12-15', recordedAt: '2022-12-15T20:05:00Z' },
    {
      speaker: KHAWARAZMI,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        'Blames Pakistan for starting the fire; "the Islamic Emirate considers dialogue as a reasonable way to solve any problem".',
    },
    [S.ksatDec15],
  ),
  ev(
    'StatementMade',
    'stmt-sharif-dec11',
    { occurredAt: '2022-12-11', recordedAt: '2022-12-15T20:10:00Z' },
    {
      speaker: SHARIF,
      audience: 'afghan-taliban',
      tone: 'critical',
      summary:
        'The killings "deserve the harshest condemnation"; the Afghan interim administration should make sure such incidents do not happen again. The Foreign Office says such incidents are not consistent with cordial relations.',
    },
    [S.patriotDec15],
  ),
  // ===== February 2023: Torkham closed by the Taliban; Asif's delegation in Kabul =====
  ev(
    'IncidentReported',
    'inc-torkham-closed-feb',
    { occurredAt: '2023-02-19', recordedAt: '2023-02-21T08:00:00Z' },
    {
      incidentId: I.torkhamClosedFeb,
      kind: 'border-closure',
      perpetrator: 'afghan-taliban',
      against: 'pakistan',
      target: 'Travel and transit trade through Torkham',
      place: TORKHAM,
      description:
        "The Taliban close Torkham on Sunday 19 February for travel and transit trade, saying Pakistan did not keep its commitments (reportedly on Afghan patients' attendants travelling without documents).",
    },
    [S.dawnFeb21, S.dnaFeb20],
  ),
  ev(
    'StatementMade',
    'stmt-siddique-feb19',
    { occurredAt: '2023-02-19', recordedAt: '2023-02-21T08:05:00Z' },
    {
      speaker: SIDDIQUE,
      audience: 'pakistan',
      tone: 'accusation',
      summary: "The crossing is shut on the leadership's directions because Pakistan did not keep its commitments.",
      quote:
        'Pakistan has not abided by its commitments and so the gateway has been shut down on the directions of (our) leadership',
    },
    [S.dawnFeb21],
  ),
  ev(
    'IncidentReported',
    'inc-torkham-fire-feb',
    { occurredAt: '2023-02-20', recordedAt: '2023-02-21T08:10:00Z' },
    {
      incidentId: I.torkhamFireFeb,
      kind: 'clash',
      perpetrator: 'afghan-taliban',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Pakistani border post (Ayub post)',
      place: TORKHAM,
      fatalities: { min: 0, max: 0 },
      injured: { min: 1, max: 1 },
      description:
        "Afghan forces open 'unprovoked' fire on Monday morning (a Landi Kotal official); an exchange of over an hour; one Pakistani border guard wounded. Residents move away from the border.",
    },
    [S.dawnFeb21, S.dnaFeb20],
  ),
  ev(
    'ActorRegistered',
    'actor-ttp',
    { occurredAt: '2023-02-22', recordedAt: '2023-02-22T16:00:00Z' },
    { actor: TTP, role: 'third-party' },
    [S.firstpostFeb22],
    {
      note: 'The Pakistani Taliban: an armed group fighting Pakistan, allied with the Afghan Taliban; not a party here.',
    },
  ),
  ev(
    'TalksRoundOpened',
    'round-kabul-feb-opened',
    { occurredAt: '2023-02-22', recordedAt: '2023-02-22T16:05:00Z' },
    {
      roundId: R.kabulFeb,
      label: "Khawaja Asif's delegation in Kabul",
      format: 'formal',
      venue: 'Kabul',
      delegations: [
        { actorId: 'pakistan', head: ASIF, members: [ANJUM] },
        { actorId: 'afghan-taliban', head: BARADAR },
      ],
    },
    [S.firstpostFeb22],
  ),
  ev(
    'DemandTabled',
    'dem-ttp',
    { occurredAt: '2023-02-22', recordedAt: '2023-02-22T16:10:00Z' },
    {
      demandId: D.ttp,
      by: 'pakistan',
      addressedTo: ['afghan-taliban'],
      text: 'Act against the TTP: deny it the use of Afghan soil for attacks inside Pakistan.',
      category: 'security',
    },
    [S.firstpostFeb22],
  ),
  ev(
    'TalksRoundConcluded',
    'round-kabul-feb-concluded',
    { occurredAt: '2023-02-22', recordedAt: '2023-02-23T09:00:00Z' },
    {
      roundId: R.kabulFeb,
      outcome: 'progress',
      summary:
        '"The two sides agreed to collaborate to effectively address the threat of terrorism" (Foreign Office); no public assurance from Kabul on closing TTP camps or handing its leaders over.',
    },
    [S.thenewsFeb23],
  ),
  ev(
    'IncidentReported',
    'inc-torkham-open-feb',
    { occurredAt: '2023-02-25', recordedAt: '2023-02-25T18:00:00Z' },
    {
      incidentId: I.torkhamOpenFeb,
      kind: 'border-reopening',
      perpetrator: 'afghan-taliban',
      against: 'pakistan',
      target: 'Travel and transit trade through Torkham',
      place: TORKHAM,
      description: 'Trade resumes as Torkham reopens after the talks, a week after the Taliban closed it.',
    },
    [S.ktarFeb25, S.thenewsFeb24],
    { note: 'Recorded under the Taliban, which had closed the crossing.' },
  ),
  // ===== May 2023: Muttaqi in Islamabad =====
  ev(
    'TalksRoundScheduled',
    'round-islamabad-may-scheduled',
    { occurredAt: '2023-05-04', recordedAt: '2023-05-04T12:00:00Z' },
    {
      roundId: R.islamabadMay,
      label: "Muttaqi's visit to Islamabad",
      format: 'formal',
      venue: 'Islamabad',
      plannedFor: '2023-05-05',
    },
    [S.dawnMay4],
  ),
  ev(
    'TalksRoundOpened',
    'round-islamabad-may-opened',
    { occurredAt: '2023-05-05', recordedAt: '2023-05-24T12:00:00Z' },
    { roundId: R.islamabadMay, delegations: [{ actorId: 'afghan-taliban', head: MUTTAQI }] },
    [S.geoMay24, S.dawnMay4],
  ),
  ev(
    'TalksRoundConcluded',
    'round-islamabad-may-concluded',
    { occurredAt: '2023-05-08', recordedAt: '2023-05-24T12:05:00Z' },
    {
      roundId: R.islamabadMay,
      outcome: 'progress',
      summary:
        'Bilateral talks and the trilateral with China (6 May): the three reaffirm their resolve to extend the China-Pakistan Economic Corridor to Afghanistan.',
    },
    [S.geoMay24],
  ),
  // ===== July 2023: Zhob, the army's charge, Durrani in Kabul =====
  ev(
    'IncidentReported',
    'inc-zhob',
    { occurredAt: '2023-07-12', recordedAt: '2023-07-15T09:00:00Z' },
    {
      incidentId: I.zhob,
      kind: 'militant-attack',
      perpetrator: 'ttp',
      allegedBy: 'pakistan',
      against: 'pakistan',
      place: 'Zhob garrison, Balochistan',
      fatalities: { min: 9, max: 9 },
      description:
        'Militants storm the Zhob garrison before dawn; nine soldiers killed, the five attackers killed (ISPR). Claimed by Tehreek-e-Jihad Pakistan, which Pakistan ties to the TTP.',
    },
    [S.thenewsJul15, S.brecorderJul15],
  ),
  ev(
    'StatementMade',
    'stmt-ispr-jul14',
    { occurredAt: '2023-07-14', recordedAt: '2023-07-15T09:05:00Z' },
    {
      speaker: ISPR,
      audience: 'afghan-taliban',
      tone: 'warning',
      summary:
        'After the army chief\'s visit to Quetta: "serious concerns on the safe havens and liberty of action available to TTP in Afghanistan"; Kabul expected not to allow its soil to be used, per the Doha Agreement; Afghan nationals\' involvement another concern.',
      quote: 'Such attacks are intolerable and would elicit effective response from the Security Forces of Pakistan.',
      blames: { incidentId: I.zhob, on: 'afghan-taliban' },
    },
    [S.thenewsJul15, S.brecorderJul15],
  ),
  ev(
    'TalksRoundOpened',
    'round-durrani-jul-opened',
    { occurredAt: '2023-07-19', recordedAt: '2023-07-21T12:00:00Z' },
    {
      roundId: R.durraniJul,
      label: "Special Representative Durrani's first visit to Kabul",
      format: 'informal',
      venue: 'Kabul',
      delegations: [
        { actorId: 'pakistan', head: DURRANI },
        { actorId: 'afghan-taliban', head: MUTTAQI },
      ],
    },
    [S.arabnewsJul21],
  ),
  ev(
    'TalksRoundConcluded',
    'round-durrani-jul-concluded',
    { occurredAt: '2023-07-21', recordedAt: '2023-07-23T09:00:00Z' },
    {
      roundId: R.durraniJul,
      outcome: 'progress',
      summary:
        "Three days of meetings (Kabir, Muttaqi, Azizi and others) on the whole of the relationship, the terrorist threat among them; Islamabad's 'firm commitment to work closely with Kabul'.",
    },
    [S.dawnJul23],
  ),
  // ===== September 2023: Torkham fire and closure, Chitral, the reopening =====
  ev(
    'IncidentReported',
    'inc-torkham-fire-sep',
    { occurredAt: '2023-09-06', recordedAt: '2023-09-07T09:00:00Z' },
    {
      incidentId: I.torkhamFireSep,
      kind: 'clash',
      perpetrator: 'afghan-taliban',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Pakistani border posts and offices at the crossing',
      place: TORKHAM,
      fatalities: { min: 0, max: 2 },
      injured: { min: 1, max: 5 },
      description:
        'Over a new Afghan post on a hilltop near the crossing, Afghan troops fire mortars and guns on the Pakistani side from about 2 pm for some three hours (shells land on the FIA and Customs offices and a mosque); one FC soldier wounded; Pakistani forces return fire. An unconfirmed report puts two Afghan soldiers killed and four wounded. The Taliban say Pakistan fired first.',
    },
    [S.geoSep7, S.pakistanTodaySep6, S.democracyNewsSep7],
  ),
  ev(
    'IncidentReported',
    'inc-torkham-closed-sep',
    { occurredAt: '2023-09-06', recordedAt: '2023-09-07T09:05:00Z' },
    {
      incidentId: I.torkhamClosedSep,
      kind: 'border-closure',
      perpetrator: 'pakistan',
      against: 'afghan-taliban',
      target: 'Travellers and trade through Torkham',
      place: TORKHAM,
      description:
        'Pakistani authorities close the crossing shortly after the exchange of fire; trucks stranded on both sides.',
    },
    [S.tribuneIndiaSep6, S.pakistanTodaySep6],
  ),
  ev(
    'IncidentReported',
    'inc-chitral',
    { occurredAt: '2023-09-06', recordedAt: '2023-09-08T14:00:00Z' },
    {
      incidentId: I.chitral,
      kind: 'militant-attack',
      perpetrator: 'ttp',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Two Pakistani army posts near the border',
      place: 'Kalash, Chitral',
      fatalities: { min: 4, max: 4 },
      description:
        'A large group of TTP fighters from Nuristan and Kunar attacks two army posts in the Kalash area of Chitral; four soldiers killed, twelve attackers killed (ISPR). Their movement had been shared with the Afghan government beforehand (ISPR).',
    },
    [S.dailyPakistanSep8, S.tribuneSep8],
  ),
  ev(
    'StatementMade',
    'stmt-jilani-sep8',
    { occurredAt: '2023-09-08', recordedAt: '2023-09-08T14:05:00Z' },
    {
      speaker: JILANI,
      audience: 'afghan-taliban',
      tone: 'critical',
      summary:
        "Pakistan summons the Afghan chargé d'affaires and hands him a demarche over the Chitral attack: such attacks and the use of Afghan soil by the TTP are detrimental to peace. The foreign minister calls the attack an isolated incident, not sanctioned by the Afghan government.",
      quote: "It was an isolated incident and we don't think it had their sanction.",
    },
    [S.tribuneSep8, S.dailyPakistanSep8],
    { note: 'No blame laid on Kabul: the minister says the Afghan government did not sanction the attack.' },
  ),
  ev(
    'StatementMade',
    'stmt-af-mfa-sep9',
    { occurredAt: '2023-09-09', precision: 'approximate', recordedAt: '2023-09-11T12:00:00Z' },
    {
      speaker: AF_MFA,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        'The closure of Torkham goes against good neighbourliness and will hurt traders on both sides; Pakistani forces fired on Afghan troops repairing an old post.',
    },
    [S.pakistanAffairsSep11],
  ),
  ev(
    'StatementMade',
    'stmt-pk-fo-sep11',
    { occurredAt: '2023-09-11', recordedAt: '2023-09-11T12:05:00Z' },
    {
      speaker: PK_FO,
      audience: 'afghan-taliban',
      tone: 'critical',
      summary:
        'Firing on Pakistani border posts cannot be justified and emboldens terrorist elements; Pakistan cannot accept structures built on its territory; temporary closures happen only in extreme cases such as attacks launched from Afghan soil; ready to resolve issues through dialogue.',
    },
    [S.pakistanAffairsSep11],
  ),
  ev(
    'TalksRoundOpened',
    'round-kabul-sep-opened',
    { occurredAt: '2023-09-14', recordedAt: '2023-09-15T12:00:00Z' },
    {
      roundId: R.kabulSep,
      label: "Muttaqi and Pakistan's chargé d'affaires on the border",
      format: 'informal',
      venue: 'Kabul',
      delegations: [
        { actorId: 'pakistan', head: NIZAMANI },
        { actorId: 'afghan-taliban', head: MUTTAQI },
      ],
    },
    [S.avaSep15],
  ),
  ev(
    'TalksRoundConcluded',
    'round-kabul-sep-concluded',
    { occurredAt: '2023-09-14', recordedAt: '2023-09-15T12:05:00Z' },
    {
      roundId: R.kabulSep,
      outcome: 'agreement',
      summary: 'Border issues discussed; Torkham to reopen on Friday 15 September.',
    },
    [S.avaSep15, S.bolSep14],
  ),
  ev(
    'IncidentReported',
    'inc-torkham-open-sep',
    { occurredAt: '2023-09-15', recordedAt: '2023-09-15T12:10:00Z' },
    {
      incidentId: I.torkhamOpenSep,
      kind: 'border-reopening',
      perpetrator: 'pakistan',
      against: 'afghan-taliban',
      target: 'Travellers and trade through Torkham',
      place: TORKHAM,
      description:
        'Torkham reopens at 8 am after a nine-day closure, following a series of talks between the two sides.',
    },
    [S.brecorderSep15, S.arianaSep15],
    { note: 'Recorded under Pakistan, which had closed the crossing.' },
  ),
  ev(
    'PositionTaken',
    'pos-ttp-sep',
    { occurredAt: '2023-09-15', precision: 'approximate', recordedAt: '2023-09-16T09:00:00Z' },
    {
      demandId: D.ttp,
      actorId: 'afghan-taliban',
      stance: 'accepted-in-principle',
      conditions: 'A surety, reported by border sources, that its soil would not be used against Pakistan',
    },
    [S.nationSep16],
  ),
  ev(
    'TalksRoundOpened',
    'round-durrani-sep-opened',
    { occurredAt: '2023-09-21', recordedAt: '2023-09-22T09:00:00Z' },
    {
      roundId: R.durraniSep,
      label: "Special Representative Durrani's second visit to Kabul",
      format: 'informal',
      venue: 'Kabul',
      delegations: [
        { actorId: 'pakistan', head: DURRANI },
        { actorId: 'afghan-taliban', head: MUTTAQI },
      ],
    },
    [S.dailyTimesSep22],
  ),
  ev(
    'TalksRoundConcluded',
    'round-durrani-sep-concluded',
    { occurredAt: '2023-09-21', recordedAt: '2023-09-22T09:05:00Z' },
    {
      roundId: R.durraniSep,
      outcome: 'progress',
      summary:
        'Joint committees to solve security issues; major routes not to be closed over security and political problems; both to avoid statements against each other (Afghan foreign ministry).',
    },
    [S.dailyTimesSep22],
  ),
  // ===== October – November 2023: the deportation order =====
  ev(
    'StatementMade',
    'stmt-bugti-oct3',
    { occurredAt: '2023-10-03', recordedAt: '2023-10-04T10:00:00Z' },
    {
      speaker: BUGTI,
      audience: 'undocumented foreigners in Pakistan',
      tone: 'accusation',
      summary:
        "Announces the apex committee's decision: all undocumented foreigners (1.73 million Afghans among them) must leave by 1 November or be deported; Afghan nationals carried out 14 of this year's 24 suicide bombings.",
      quote:
        'We have given them a November 1 deadline. There are no two opinions that we are attacked from within Afghanistan, and Afghan nationals are involved in attacks on us.',
    },
    [S.islamTimesOct4, S.hindustanTimesOct4],
    {
      note: "The deadline is given to the undocumented migrants, not to the Taliban government (every source calls it an ultimatum 'to the immigrants'): not recorded as an UltimatumIssued.",
    },
  ),
  ev(
    'StatementMade',
    'stmt-mujahid-oct4',
    { occurredAt: '2023-10-04', recordedAt: '2023-10-04T12:00:00Z' },
    {
      speaker: MUJAHID,
      audience: 'pakistan',
      tone: 'critical',
      summary:
        "Pakistan's treatment of Afghan refugees is unacceptable; it should reconsider; Afghans are not involved in its security problems.",
      quote:
        'The behavior of Pakistan towards Afghan refugees is unacceptable. The Pakistani side should reconsider its plan.',
    },
    [S.hindustanTimesOct4, S.nationOct4],
  ),
  ev(
    'DemandTabled',
    'dem-deportations',
    { occurredAt: '2023-10-04', recordedAt: '2023-10-04T12:05:00Z' },
    {
      demandId: D.deportations,
      by: 'afghan-taliban',
      addressedTo: ['pakistan'],
      text: 'Reconsider the plan to expel undocumented Afghans; let them leave voluntarily.',
      category: 'humanitarian',
    },
    [S.hindustanTimesOct4, S.nationOct4],
  ),
  ev(
    'PositionTaken',
    'pos-deportations-nov1',
    { occurredAt: '2023-11-01', recordedAt: '2023-11-03T09:00:00Z' },
    {
      demandId: D.deportations,
      actorId: 'pakistan',
      stance: 'rejected',
      conditions:
        'The Illegal Foreigners Repatriation Plan came into effect on 1 November (Foreign Office spokesperson)',
    },
    [S.tribuneIndiaNov3],
  ),
  ev(
    'StatementMade',
    'stmt-stanikzai-nov',
    { occurredAt: '2023-11-02', precision: 'approximate', recordedAt: '2023-11-03T09:05:00Z' },
    {
      speaker: STANIKZAI,
      audience: 'pakistan',
      tone: 'warning',
      summary:
        'The expulsions are inhumane and must stop; Kabul is trying diplomatic channels, and if they fail it will respond to the treatment of Afghan refugees.',
    },
    [S.latestlyNov2],
  ),
  // ===== December 2023: Daraban =====
  ev(
    'IncidentReported',
    'inc-daraban',
    { occurredAt: '2023-12-12', recordedAt: '2023-12-12T18:00:00Z' },
    {
      incidentId: I.daraban,
      kind: 'militant-attack',
      perpetrator: 'ttp',
      allegedBy: 'pakistan',
      against: 'pakistan',
      blamedOn: 'afghan-taliban',
      place: 'Daraban, Dera Ismail Khan',
      fatalities: { min: 23, max: 23 },
      description:
        "Six militants attack a security forces' post; an explosives-laden vehicle and a suicide bombing bring the building down: 23 soldiers killed. Claimed by Tehreek-e-Jihad Pakistan, affiliated with the TTP (Foreign Office). Pakistan's demarche the same day asks Kabul to act against all terrorist groups, their leadership and their sanctuaries in Afghanistan.",
    },
    [S.appDec12],
  ),
  ev(
    'DemandTabled',
    'dem-handover',
    { occurredAt: '2023-12-12', recordedAt: '2023-12-12T18:05:00Z' },
    {
      demandId: D.handover,
      by: 'pakistan',
      addressedTo: ['afghan-taliban'],
      text: 'Investigate the Daraban attack, condemn it publicly at the highest level, apprehend and hand over its perpetrators and the TTP leadership in Afghanistan.',
      category: 'security',
    },
    [S.appDec12],
  ),
  ev(
    'PositionTaken',
    'pos-handover-dec13',
    { occurredAt: '2023-12-13', recordedAt: '2023-12-14T10:00:00Z' },
    {
      demandId: D.handover,
      actorId: 'afghan-taliban',
      stance: 'ambiguous',
      quote: 'We are shocked at the attack in Pakistan. We will look into the demands made by Pakistan.',
      conditions: 'Asks Pakistan to bolster its own security instead of blaming Kabul for every problem',
      speaker: MUJAHID,
    },
    [S.dawnDec14],
  ),
  // ===== March 2024: Mir Ali, the strikes, the return fire, talks =====
  ev(
    'ActorRegistered',
    'actor-hgb',
    { occurredAt: '2024-03-16', recordedAt: '2024-03-18T14:00:00Z' },
    { actor: HGB, role: 'third-party' },
    [S.brecorderMar18],
  ),
  ev(
    'IncidentReported',
    'inc-mir-ali',
    { occurredAt: '2024-03-16', recordedAt: '2024-03-18T14:05:00Z' },
    {
      incidentId: I.mirAli,
      kind: 'militant-attack',
      perpetrator: 'hafiz-gul-bahadur-group',
      allegedBy: 'pakistan',
      against: 'pakistan',
      place: 'Mir Ali, North Waziristan',
      fatalities: { min: 7, max: 7 },
      description:
        "Six militants attack a security forces' post before dawn: an explosives-laden vehicle and suicide bombings; seven soldiers killed, two officers among them; the six attackers killed (ISPR). Claimed by the Hafiz Gul Bahadur group (Foreign Office).",
    },
    [S.dawnMar16, S.brecorderMar18],
  ),
  ev(
    'StatementMade',
    'stmt-zardari-mar17',
    { occurredAt: '2024-03-17', recordedAt: '2024-03-18T14:10:00Z' },
    {
      speaker: ZARDARI,
      audience: 'domestic audience',
      tone: 'warning',
      summary: "At the soldiers' funeral, promises a strong response to the Mir Ali attack.",
      quote: 'The blood of our martyred soldiers will not go in vain.',
    },
    [S.independentNgMar18],
  ),
  ev(
    'StatementMade',
    'stmt-asif-mar17',
    { occurredAt: '2024-03-17', recordedAt: '2024-03-18T14:15:00Z' },
    {
      speaker: ASIF,
      audience: 'afghan-taliban',
      tone: 'accusation',
      summary:
        'Terrorism against Pakistan is mostly conducted from Afghanistan; some facilitators have been traced; foreigners without valid documents will not be allowed to stay.',
      quote: 'Terrorism against us is mostly being conducted from Afghanistan.',
    },
    [S.republicMar18],
  ),
  ev(
    'IncidentReported',
    'inc-strikes',
    { occurredAt: '2024-03-18T03:00:00+04:30', precision: 'approximate', recordedAt: '2024-03-18T14:20:00Z' },
    {
      incidentId: I.strikes,
      kind: 'airstrike',
      perpetrator: 'pakistan',
      allegedBy: 'afghan-taliban',
      against: 'afghan-taliban',
      target: 'Suspected TTP and Hafiz Gul Bahadur group hideouts (Pakistan); civilian homes (the Taliban)',
      place: 'Khost and Paktika provinces',
      fatalities: { min: 6, max: 8 },
      civilianFatalities: { min: 6, max: 8 },
      description:
        "Pakistani jets strike at about 3 am in Spera (Khost) and Barmal (Paktika). Mujahid: eight killed, all women and children (first six). Pakistan's Foreign Office confirms 'intelligence-based anti-terrorist operations in the border regions inside Afghanistan' aimed at the Hafiz Gul Bahadur group.",
    },
    [S.brecorderMar18, S.livemintMar18, S.independentNgMar18],
    { note: "One announced operation in two provinces, recorded as one incident; the toll is the Taliban's." },
  ),
  ev(
    'IncidentReported',
    'inc-return-fire',
    { occurredAt: '2024-03-18T07:00:00+04:30', precision: 'approximate', recordedAt: '2024-03-18T14:25:00Z' },
    {
      incidentId: I.returnFire,
      kind: 'shelling',
      perpetrator: 'afghan-taliban',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Pakistani military posts along the border',
      place: 'Kurram – Paktia border (Dand-e-Patan)',
      fatalities: { min: 0, max: 0 },
      injured: { min: 4, max: 4 },
      description:
        "The Taliban's defence ministry says its border forces 'targeted Pakistani military centres along the border with heavy weapons' in response; clashes from 7 am opposite Dand-e-Patan; Afghan mortars wound four in Kurram and villagers leave for safer places (Pakistani officials).",
    },
    [S.exbulletinMar18, S.livemintMar18],
  ),
  ev(
    'StatementMade',
    'stmt-mujahid-mar18',
    { occurredAt: '2024-03-18', recordedAt: '2024-03-18T14:30:00Z' },
    {
      speaker: MUJAHID,
      audience: 'pakistan',
      tone: 'threat',
      summary:
        "The strikes violate Afghanistan's sovereignty and will have bad consequences beyond Pakistan's control.",
      quote: 'Such attacks constitute a violation of Afghanistan’s sovereignty and will have bad consequences.',
    },
    [S.exbulletinMar18, S.independentNgMar18],
  ),
  ev(
    'StatementMade',
    'stmt-af-mfa-mar18',
    { occurredAt: '2024-03-18', recordedAt: '2024-03-18T14:35:00Z' },
    {
      speaker: AF_MFA,
      audience: 'pakistan',
      tone: 'warning',
      summary:
        "Summons Pakistan's chargé d'affaires in Kabul to protest: no aggression on Afghan soil will be tolerated; Pakistan should not let irresponsible elements and misguided policies destroy the relationship.",
    },
    [S.bayanMar18],
  ),
  ev(
    'StatementMade',
    'stmt-pk-fo-mar18',
    { occurredAt: '2024-03-18', recordedAt: '2024-03-18T14:40:00Z' },
    {
      speaker: PK_FO,
      audience: 'afghan-taliban',
      tone: 'accusation',
      summary:
        'The operation targeted the Hafiz Gul Bahadur group, responsible with the TTP for the Mir Ali attack and many others; the terrorists consistently use Afghan territory; certain elements among those in power in Afghanistan are actively patronising the TTP and using it as a proxy against Pakistan.',
      quote:
        'Certain elements among those in power in Afghanistan are actively patronising TTP and using them as a proxy against Pakistan.',
      blames: { incidentId: I.mirAli, on: 'afghan-taliban' },
    },
    [S.aryMar18, S.brecorderMar18],
  ),
  ev(
    'StatementMade',
    'stmt-baloch-mar21',
    { occurredAt: '2024-03-21', recordedAt: '2024-03-22T10:00:00Z' },
    {
      speaker: BALOCH,
      audience: 'afghan-taliban',
      tone: 'conciliatory',
      summary:
        'Pakistan remains committed to dialogue and cooperation with Afghanistan on the terrorist threat; channels of communication stay open; the operations targeted terrorist enclaves, not the Afghan government or people. Asif tells VOA military action is a last resort.',
    },
    [S.timesOfPakistanMar22],
  ),
  ev(
    'TalksRoundScheduled',
    'round-trade-scheduled',
    { occurredAt: '2024-03-24', recordedAt: '2024-03-24T12:00:00Z' },
    {
      roundId: R.tradeMar,
      label: 'Trade talks in Kabul (Commerce Secretary Agha)',
      format: 'technical',
      venue: 'Kabul',
      plannedFor: '2024-03-25',
    },
    [S.frontierPostMar24],
  ),
  ev(
    'TalksRoundOpened',
    'round-trade-opened',
    { occurredAt: '2024-03-25', recordedAt: '2024-03-27T12:00:00Z' },
    {
      roundId: R.tradeMar,
      delegations: [
        { actorId: 'pakistan', head: AGHA },
        { actorId: 'afghan-taliban', head: AZIZI },
      ],
    },
    [S.bnnMar27, S.frontierPostMar24],
  ),
  ev(
    'TalksRoundConcluded',
    'round-trade-concluded',
    { occurredAt: '2024-03-26', recordedAt: '2024-03-27T12:05:00Z' },
    {
      roundId: R.tradeMar,
      outcome: 'progress',
      summary:
        'Agha meets Muttaqi: the talks end on a positive note, both vow to resolve trade and transit issues and to ease the movement of passengers, patients and traders at the border.',
    },
    [S.bnnMar27],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'pakistan-afghanistan-2022.jsonl',
  logEnd: '2024-03-31T00:00:00Z',
  events,
};

export default definition;
