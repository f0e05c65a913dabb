/**
 * A test fixture, not a shipped example: Bangladesh and Myanmar from the Rohingya exodus of August 2017 to the failed
 * start of the repatriation in November 2018, as an analyst following the news could have recorded them — the
 * attacks of the Arakan Rohingya Salvation Army (ARSA) on some 30 police posts and an army base in northern Rakhine
 * (25 August 2017) and the Myanmar army's "clearance operations" that followed, the flight of some 700,000 Rohingya
 * into Bangladesh, the Myanmar helicopters and drones that Bangladesh says entered its airspace (27 and 28 August, 1,
 * 10, 12 and 14 September) and its protests that such "provocative acts" may lead to "unwarranted consequences", the
 * landmines Myanmar was reported to be laying along its border fence and the summons of its ambassador (6 September),
 * the talks in Dhaka (2 October) and Naypyitaw (24 October), China's three-phase plan (19 November), the "Arrangement
 * on Return of Displaced Persons from Rakhine State" signed on 23 November 2017, the Joint Working Group (19
 * December), the Physical Arrangement (16 January 2018), the start of the returns put off (22 January), Myanmar's
 * troops and heavy weapons massed at the zero line opposite Tombru (1 March 2018) and the protest, pull-back and
 * renewed digging-in that followed, the St Martin's Island map (6 October 2018), the third Joint Working Group meeting
 * (30 October) and the repatriation that no refugee agreed to join (15 November 2018). Escalation model v2 was never
 * tuned on it: it is the case the model is held to in bangladesh-myanmar-2017.spec.ts, against the calls an analyst
 * makes from DOMAIN.md §5b alone.
 *
 * The parties are Bangladesh and Myanmar. China is a mediator from 18 November 2017 (Wang Yi's visits and plan).
 * Third parties: ARSA (an armed group fighting Myanmar, not Bangladesh), UNHCR (the UN refugee agency) and the United
 * States. No existing case records any of this story (india-bangladesh-2001 and myanmar-brotherhood-2023 are other
 * pairs and years).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet or a wire (Reuters, AP, AFP and their named copies in
 * the Straits Times, Arab News, ABC; The Daily Star, bdnews24.com, New Age, BenarNews, The Guardian, The Irrawaddy,
 * BSS); C = a smaller outlet or an unnamed copy of a wire story (Mizzima, report.az, Free Press Kashmir,
 * Federal News Radio's AP copy, Xinhua's China.org.cn copy, Business Standard's ANI copy, WORLD, Myanmar News
 * Gazette's copy of BenarNews, domain-b); 2 = several sources agree or one established source reports it on the
 * record; 3 = one side's claim or unnamed sources.
 *
 * Judgement calls, recorded as an analyst would:
 * - The war in Rakhine is not the pair's. ARSA's attacks of 25 August are a militant attack by ARSA on Myanmar (71
 *   killed by the State Counsellor's office's count); the army's answer is a
 *   clash by Myanmar against ARSA in northern Rakhine, recorded `scale: 'major'` because The Daily Star (1 September)
 *   calls it "a military counteroffensive" and the Global New Light of Myanmar "a major escalation"; MSF's count of
 *   at least 6,700 Rohingya killed between 25 August and 24 September is a `casualty-report` by Myanmar over that
 *   period, aimed at no party. The exodus is recorded as the UN agencies' counts (statements), since the catalogue
 *   has no act for a refugee flow; none of it is armed action between Bangladesh and Myanmar.
 * - The airspace violations are `force-posture` by Myanmar against Bangladesh (military helicopters and drones over
 *   Bangladeshi territory near Ukhia and the Bandarban border; no fire reported), one per occasion Bangladesh's
 *   protest notes name: 27 and 28 August (one entry, the first note gives no detail per day), 1 September (three
 *   intrusions that morning) and 10, 12 and 14 September (one entry: the note of the 15th names the three days and
 *   does not tell which craft flew on which). Myanmar denied them (recorded).
 * - The mines: two unnamed Bangladeshi government sources told Reuters Myanmar was laying landmines on its side of the
 *   border fence, perhaps to stop the Rohingya returning; Bangladesh summoned Myanmar's ambassador (6 September);
 *   Bangladeshi officials say mine blasts killed Rohingya crossing. Recorded as `force-posture` by Myanmar with no
 *   `against`: the sources say the mines are aimed at the Rohingya, not at Bangladesh, and they lie in Myanmar. The
 *   deaths are Rohingya crossing, not Bangladesh's people: not recorded as `lethal-force` against Bangladesh.
 * - Bangladesh's warnings ("could lead to unwarranted situation", 1 September; "may lead to unwarranted
 *   consequences", 15 September) are recorded with the tone `warning`: no force is named, no deadline set. No
 *   ultimatum is recorded.
 * - Bangladesh's pushing back of Rohingya at the border in the first days is not recorded as a border closure: it was
 *   not closed against Myanmar, and no dated source read describes it.
 * - The Arrangement of 23 November 2017 is recorded `signed` (both foreign ministers signed it); the Joint Working
 *   Group's terms of reference (19 December) `signed` (the foreign secretaries signed them, BSS); the Physical
 *   Arrangement (16 January 2018) `text-agreed` (Xinhua: the two sides "finalized the text"; no source read says it
 *   was signed). The start of the returns, put off by Bangladesh on 22 January because lists and transit camps were
 *   not ready, is recorded as Bangladesh's statement, not as a suspension: no party stopped applying the
 *   Arrangement. The failed start of 15 November 2018 likewise: no refugee agreed to go; both governments say they
 *   will go on.
 * - The build-up at Tombru (1 March 2018): Myanmar's army and Border Guard Police with heavy weapons some 150 yards
 *   inside Myanmar opposite the zero line: `force-posture` against Bangladesh (New Age, the BGB), not an
 *   `occupation` (the troops stood on Myanmar's side). The "blank fire" that evening (New Age, a BGB official) and the
 *   shots of the 2nd that Myanmar's BGP denied were fired at no one the sources name: not recorded as armed action.
 *   The pull-back of 2 March is recorded as Myanmar's acceptance of Bangladesh's demand; the renewed digging-in
 *   reported on 9 March (BenarNews) as a second `force-posture`.
 * - The St Martin's Island maps (6 October 2018) are recorded as Bangladesh's protest and Myanmar's ambassador's
 *   answer ("may be a mistake"); the maps themselves are a claim, not an act of force.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'bangladesh-myanmar-2017';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2017);
/** A recordedAt on a given day (the case spans two years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const BANGLADESH: Actor = { id: 'bangladesh', name: 'Bangladesh', kind: 'state', aliases: ['Dhaka'] };
const MYANMAR: Actor = {
  id: 'myanmar',
  name: 'Myanmar',
  kind: 'state',
  aliases: ['Burma', 'Naypyitaw', 'Nay Pyi Taw'],
};
const ARSA: Actor = {
  id: 'arsa',
  name: 'Arakan Rohingya Salvation Army',
  kind: 'armed-group',
  aliases: ['ARSA', 'Harakah al-Yaqin'],
};
const UNHCR: Actor = {
  id: 'unhcr',
  name: 'UNHCR',
  kind: 'international-organisation',
  aliases: ['UN Refugee Agency', 'United Nations High Commissioner for Refugees'],
};
const CHINA: Actor = { id: 'china', name: 'China', kind: 'state', aliases: ['Beijing'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington'] };

const BD_MOFA: Person = { name: 'Ministry of Foreign Affairs of Bangladesh', actorId: 'bangladesh' };
const MM_GOV: Person = { name: 'Government of Myanmar', actorId: 'myanmar' };
const ZAW_HTAY: Person = { name: 'Zaw Htay', title: 'Spokesman of the President of Myanmar', actorId: 'myanmar' };
const MM_MILITARY: Person = { name: 'Myanmar military source (to the BBC)', actorId: 'myanmar' };
const UN_AGENCIES: Person = { name: 'UN agencies (UNHCR, IOM)', actorId: 'unhcr' };
const GRANDI: Person = { name: 'Filippo Grandi', title: 'UN High Commissioner for Refugees', actorId: 'unhcr' };
const TILLERSON: Person = { name: 'Rex Tillerson', title: 'US Secretary of State', actorId: 'united-states' };
const KALAM: Person = {
  name: 'Mohammad Abul Kalam',
  title: 'Refugee Relief and Repatriation Commissioner of Bangladesh',
  actorId: 'bangladesh',
};
const KHURSHED: Person = {
  name: 'Md Khurshed Alam',
  title: 'Acting Foreign Secretary of Bangladesh (Secretary, Maritime Affairs Unit)',
  actorId: 'bangladesh',
};
const BGP: Person = { name: 'Myanmar Border Guard Police', actorId: 'myanmar' };
const MYINT_THU: Person = {
  name: 'Myint Thu',
  title: 'Permanent Secretary, Ministry of Foreign Affairs of Myanmar',
  actorId: 'myanmar',
};
const MAHMOOD_ALI: Person = {
  name: 'A.H. Mahmood Ali',
  title: 'Foreign Minister of Bangladesh',
  actorId: 'bangladesh',
};
const KYAW_TINT_SWE: Person = {
  name: 'Kyaw Tint Swe',
  title: "Union Minister for the State Counsellor's Office of Myanmar",
  actorId: 'myanmar',
};
const SHAHIDUL: Person = { name: 'Md Shahidul Haque', title: 'Foreign Secretary of Bangladesh', actorId: 'bangladesh' };

const S = {
  guardian0825: source(
    'Rohingya militants blamed as attack on Myanmar border kills 12',
    'The Guardian (AFP)',
    'https://www.theguardian.com/world/2017/aug/25/rohingya-militants-blamed-as-attack-on-myanmar-border-kills-12',
    '2017-08-25',
    'B',
    2,
  ),
  benar0825: source(
    "Scores Killed in Series of Attacks on Myanmar's Rakhine State Police Outposts",
    'BenarNews',
    'https://www.benarnews.org/english/news/bengali/rakhine-attacks-08252017142139.html',
    '2017-08-25',
    'B',
    2,
  ),
  gnlm0826: source(
    'Extremist terrorists attack on police outposts in N-Rakhine',
    'The Global New Light of Myanmar',
    'https://www.gnlm.com.mm/extremist-terrorists-attack-on-police-outposts-in-n-rakhine/',
    '2017-08-26',
    'B',
    3,
  ),
  ds0901: source(
    'Bangladesh protests violation of airspace by Myanmar helicopters',
    'The Daily Star',
    'http://www.thedailystar.net/world/south-asia/rohingya-crisis-bangladesh-protests-violation-airspace-myanmar-helicopters-1457221?amp',
    '2017-09-01',
    'B',
    2,
  ),
  mizzima0905: source(
    'Bangladesh protests alleged violation of air space by Myanmar helicopters',
    'Mizzima',
    'http://www.mizzima.com/news-regional/bangladesh-protests-alleged-violation-air-space-myanmar-helicopters',
    '2017-09-05',
    'C',
    2,
  ),
  reportaz0906: source(
    'Myanmar laying landmines near Bangladesh border to prevent return of Rohingya refugees (Reuters)',
    'Report.az',
    'https://report.az/en/other-countries/myanmar-laying-landmines-near-bangladesh-border-to-prevent-return-of-rohingya-refugees/',
    '2017-09-06',
    'C',
    3,
  ),
  fpk0907: source(
    'To prevent return of Rohingya Muslims, Myanmar lays landmines near Bangladesh border',
    'Free Press Kashmir',
    'https://freepresskashmir.news/2017/09/07/to-prevent-return-of-rohingya-muslims-myanmar-lays-landmines-near-bangladesh-border/',
    '2017-09-07',
    'C',
    2,
  ),
  benar0911: source(
    'Landmines Threaten Refugees in No Man’s Land on Bangladesh-Myanmar Border',
    'BenarNews',
    'https://www.benarnews.org/english/news/bengali/bangladesh-rohingya-09112017175701.html',
    '2017-09-11',
    'B',
    3,
  ),
  bdn0915: source(
    'Bangladesh protests as Myanmar helicopters, drone violate airspace',
    'bdnews24.com',
    'http://bdnews24.com/bangladesh/2017/09/15/myanmar-violates-bangladesh-airspace-again-dhaka-protests',
    '2017-09-15',
    'B',
    2,
  ),
  ap0916: source(
    'Bangladesh accuses Myanmar of violating its airspace (AP)',
    'Federal News Radio',
    'https://federalnewsradio.com/world-news/2017/09/bangladesh-accuses-myanmar-of-violating-its-airspace/',
    '2017-09-16',
    'C',
    2,
  ),
  st1002: source(
    "Bangladesh, Myanmar agree on 'working group' for Rohingya refugees repatriation: Minister",
    'The Straits Times (Reuters, AFP)',
    'https://www.straitstimes.com/asia/se-asia/myanmar-makes-proposal-to-take-back-rohingya-refugees',
    '2017-10-02',
    'B',
    2,
  ),
  ds1025: source(
    'Return of Rohingyas: Jt working group by Nov 30',
    'The Daily Star',
    'http://www.thedailystar.net/frontpage/return-rohingyas-jt-working-group-nov-30-1481335',
    '2017-10-25',
    'B',
    2,
  ),
  china1119: source(
    'Wang Yi: China Proposes 3-Phase Solution to Address Issue of the Rakhine State of Myanmar',
    'Embassy of the People’s Republic of China',
    'http://bb.chineseembassy.org/eng/zgyw/t1512592.htm',
    '2017-11-19',
    'B',
    2,
  ),
  st1123: source(
    'Myanmar, Bangladesh sign Rohingya return deal',
    'The Straits Times (Reuters)',
    'http://www.straitstimes.com/asia/se-asia/myanmar-bangladesh-sign-rohingya-return-deal',
    '2017-11-23',
    'B',
    2,
  ),
  domainb1123: source(
    'Bangladesh, Myanmar strike deal on Rohingya repatriation',
    'domain-b',
    'https://www.domain-b.com/defence/general/20171123_strike.html',
    '2017-11-23',
    'C',
    2,
  ),
  reportaz1123: source(
    'Myanmar and Bangladesh agree on repatriation of fled Muslim refugees',
    'Report.az',
    'https://report.az/en/other-countries/myanmar-and-bangladesh-agree-on-repatriation-of-fled-muslim-refugees/',
    '2017-11-23',
    'C',
    2,
  ),
  bdn1214: source(
    'At least 6,700 Rohingyas killed in Myanmar violence, MSF estimates',
    'bdnews24.com',
    'https://bdnews24.com/neighbours/2017/12/14/at-least-6700-rohingyas-killed-in-myanmar-violence-msf-estimates',
    '2017-12-14',
    'B',
    2,
  ),
  bss1219: source(
    'Bangladesh, Myanmar sign deal to start safe return of Rohingyas',
    'Bangladesh Sangbad Sangstha',
    'http://www.bssnews.net/?p=10671&print=print',
    '2017-12-19',
    'B',
    2,
  ),
  xinhua0116: source(
    'Bangladesh, Myanmar agree to complete Rohingya return preferably in two years (Xinhua)',
    'China.org.cn',
    'http://en.chinagate.cn/2018-01/16/content_50233566.htm',
    '2018-01-16',
    'C',
    2,
  ),
  reuters0116: source(
    'Bangladesh agrees with Myanmar to complete Rohingya return in two years',
    'Reuters',
    'https://in.reuters.com/article/myanmar-rohingya-bangladesh/bangladesh-agrees-with-myanmar-to-complete-rohingya-return-in-two-years-idIND8N1O500X',
    '2018-01-16',
    'B',
    2,
  ),
  reuters0122: source(
    'Bangladesh says start of Rohingya return to Myanmar delayed',
    'Reuters',
    'https://www.reuters.com/article/us-myanmar-rohingya-repatriation/bangladesh-says-start-of-rohingya-return-to-myanmar-delayed-idUSKBN1FB0KG',
    '2018-01-22',
    'B',
    2,
  ),
  newage0301: source(
    'Myanmar sends troops to border',
    'New Age',
    'http://www.newagebd.net/print/article/35784',
    '2018-03-01',
    'B',
    2,
  ),
  bdn0302: source(
    'Military buildup near Bangladesh border for internal security, Myanmar claims',
    'bdnews24.com',
    'https://bdnews24.com/bangladesh/2018/03/02/troop-buildup-near-border-with-bangladesh-for-internal-security-myanmar-claims',
    '2018-03-02',
    'B',
    2,
  ),
  mng0303: source(
    'Myanmar Reduces Troop Presence Along Bangladesh Border (BenarNews)',
    'Myanmar News Gazette',
    'https://myanmarnewsgazette.com/myanmar-reduces-troop-presence-along-bangladesh-border/',
    '2018-03-03',
    'C',
    2,
  ),
  benar0309: source(
    'Bangladesh: Myanmar Digs in With More Soldiers along No Man’s Land',
    'BenarNews',
    'https://www.benarnews.org/english/news/bengali/bangladesh-rohingya-03092018150222.html/',
    '2018-03-09',
    'B',
    3,
  ),
  bdn181006: source(
    'Dhaka summons Myanmar ambassador for ‘misrepresenting’ Bangladesh on map',
    'bdnews24.com',
    'https://bdnews24.com/bangladesh/2018/10/06/dhaka-summons-myanmar-ambassador-for-misrepresenting-bangladesh-on-map',
    '2018-10-06',
    'B',
    2,
  ),
  irrawaddy181008: source(
    'Dhaka Summons Myanmar Ambassador Over Maritime Border Dispute',
    'The Irrawaddy',
    'https://www.irrawaddy.com/news/burma/dhaka-summons-myanmar-ambassador-maritime-border-dispute.html',
    '2018-10-08',
    'B',
    2,
  ),
  bs181031: source(
    'Rohingya refugees repatriation will begin in mid-November: Dhaka (ANI)',
    'Business Standard',
    'https://www.business-standard.com/amp/article/news-ani/rohingya-refugees-repatriation-will-begin-in-mid-november-dhaka-118103101135_1.html',
    '2018-10-31',
    'C',
    2,
  ),
  bdn181115: source(
    'Repatriation stalls as Rohingyas refuse to go back to Myanmar from Bangladesh camps',
    'bdnews24.com',
    'https://bdnews24.com/bangladesh/2018/11/16/repatriation-stalls-as-rohingyas-refuse-to-go-back-to-myanmar',
    '2018-11-15',
    'B',
    2,
  ),
};

/** Places, each written one way. */
const P = {
  northRakhine: 'Northern Rakhine (Maungdaw, Buthidaung, Rathedaung)',
  ukhia: 'Ukhia, Cox’s Bazar (Bangladeshi airspace)',
  bandarbanBorder: 'Bandarban–Rakhine border (Naikhongchhari)',
  tombru: 'Tombru (Tumbru), opposite the zero line, Naikhongchhari',
};
const R = {
  dhaka1710: 'dhaka-2017-10-02',
  naypyitaw1710: 'naypyitaw-home-2017-10-24',
  naypyitaw1711: 'naypyitaw-2017-11-22',
  jwg1712: 'dhaka-jwg-2017-12-19',
  jwg1801: 'naypyitaw-jwg-2018-01-15',
  flag1803: 'ghumdhum-flag-2018-03-02',
  jwg1810: 'dhaka-jwg-2018-10-30',
};
const A = {
  borderMous: 'bd-mm-border-mous-2017-10-24',
  arrangement: 'arrangement-return-2017-11-23',
  jwgTor: 'jwg-terms-2017-12-19',
  physical: 'physical-arrangement-2018-01-16',
};
const D = {
  airspace: 'bd-stop-airspace-violations',
  takeBack: 'bd-take-back-rohingya',
  noticeTroops: 'bd-no-troop-movements-without-notice',
  pullback: 'bd-pull-back-tombru',
  map: 'bd-correct-st-martins-map',
};

const events = [
  // ===== 25 August 2017: ARSA's attacks, the clearance operations =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2017-08-25', recordedAt: rec('2017-08-25', '18:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Bangladesh – Myanmar, the Rohingya exodus and the repatriation arrangement, 2017–18',
      subject:
        'The flight of the Rohingya from the Myanmar army’s operations in northern Rakhine into Bangladesh, the incidents at the border (airspace, mines, troops at the zero line), and the talks on their return: the Arrangement of November 2017, the Joint Working Group and the Physical Arrangement',
      parties: [BANGLADESH, MYANMAR],
      mediators: [],
    },
    [S.guardian0825],
  ),
  ev(
    'ActorRegistered',
    'actor-arsa',
    { occurredAt: '2017-08-25', recordedAt: rec('2017-08-25', '18:01') },
    { actor: ARSA, role: 'third-party' },
    [S.guardian0825],
    {
      note: 'Rohingya armed group fighting the Myanmar security forces in northern Rakhine; not at war with Bangladesh.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-arsa-attacks',
    { occurredAt: '2017-08-25', recordedAt: rec('2017-08-25', '18:05') },
    {
      incidentId: 'arsa-attacks-2017-08-25',
      kind: 'militant-attack',
      perpetrator: 'arsa',
      against: 'myanmar',
      target: 'Police posts and an army base',
      place: P.northRakhine,
      fatalities: { min: 71, max: 71 },
      injured: { min: 11, max: 11 },
      description:
        'Pre-dawn coordinated attacks by ARSA on more than two dozen police posts; 12 members of the security forces and 59 attackers killed by the State Counsellor’s office’s count. ARSA claims them.',
    },
    [S.benar0825],
  ),
  // ===== Late August – September 2017: the exodus, the airspace, the mines =====
  ev(
    'ActorRegistered',
    'actor-unhcr',
    { occurredAt: '2017-09-01', recordedAt: rec('2017-09-01', '18:00') },
    { actor: UNHCR, role: 'third-party' },
    [S.ds0901],
    { note: 'The UN refugee agency: counts the arrivals and asks to take part in the returns.' },
  ),
  ev(
    'StatementMade',
    'stmt-un-38000',
    { occurredAt: '2017-09-01', recordedAt: rec('2017-09-01', '18:01') },
    {
      speaker: UN_AGENCIES,
      audience: 'international community',
      tone: 'neutral',
      summary:
        'Around 38,000 Rohingya have crossed into Bangladesh from Myanmar in the week since the insurgents’ attacks and the military counteroffensive, UN sources say.',
    },
    [S.ds0901],
  ),
  ev(
    'IncidentReported',
    'inc-clearance-ops',
    { occurredAt: '2017-08-25', recordedAt: rec('2017-09-01', '18:02') },
    {
      incidentId: 'myanmar-clearance-operations-2017-08',
      kind: 'clash',
      perpetrator: 'myanmar',
      against: 'arsa',
      target: 'ARSA and Rohingya villages',
      place: P.northRakhine,
      scale: 'major',
      description:
        'The Myanmar army answers the attacks with "clearance operations" in northern Rakhine ("a military counteroffensive", The Daily Star; "a major escalation", the Global New Light of Myanmar); refugees describe villages burned and civilians killed.',
    },
    [S.gnlm0826, S.ds0901],
  ),
  ev(
    'IncidentReported',
    'inc-airspace-0827',
    { occurredAt: '2017-08-27', recordedAt: rec('2017-09-01', '18:05') },
    {
      incidentId: 'myanmar-helicopters-airspace-2017-08-27',
      kind: 'force-posture',
      perpetrator: 'myanmar',
      against: 'bangladesh',
      allegedBy: 'bangladesh',
      place: P.ukhia,
      description:
        'Myanmar military helicopters enter Bangladesh’s airspace on 27 and 28 August, by the Bangladeshi foreign ministry’s account (one entry: its note gives no detail per day). No fire reported.',
    },
    [S.ds0901],
  ),
  ev(
    'IncidentReported',
    'inc-airspace-0901',
    { occurredAt: '2017-09-01', recordedAt: rec('2017-09-01', '18:10') },
    {
      incidentId: 'myanmar-helicopters-airspace-2017-09-01',
      kind: 'force-posture',
      perpetrator: 'myanmar',
      against: 'bangladesh',
      allegedBy: 'bangladesh',
      place: P.ukhia,
      description:
        'Myanmar helicopters violate Bangladesh’s airspace near Ukhia, where Rohingya refugees shelter, on three occasions this morning, says the Bangladeshi foreign ministry. No fire reported.',
    },
    [S.ds0901],
  ),
  ev(
    'StatementMade',
    'stmt-bd-protest-0901',
    { occurredAt: '2017-09-01', recordedAt: rec('2017-09-01', '18:15') },
    {
      speaker: BD_MOFA,
      audience: 'myanmar',
      tone: 'warning',
      summary:
        'A diplomatic note to the Myanmar embassy lodges a "strong protest" at the repeated intrusions: they run contrary to good neighbourly relations, "could lead to unwarranted situation" and may affect security cooperation.',
      quote: 'could lead to unwarranted situation',
    },
    [S.ds0901],
  ),
  ev(
    'DemandTabled',
    'dem-airspace',
    { occurredAt: '2017-09-01', recordedAt: rec('2017-09-01', '18:20') },
    {
      demandId: D.airspace,
      by: 'bangladesh',
      addressedTo: ['myanmar'],
      text: 'Take immediate measures to prevent any recurrence of incursions into Bangladesh’s airspace.',
      category: 'security',
    },
    [S.ds0901],
  ),
  ev(
    'StatementMade',
    'stmt-mm-denies-airspace',
    { occurredAt: '2017-09-05', precision: 'approximate', recordedAt: rec('2017-09-05', '12:00') },
    {
      speaker: MM_GOV,
      audience: 'bangladesh',
      tone: 'critical',
      summary: 'The Myanmar government denies that its helicopters intruded into Bangladesh’s airspace.',
    },
    [S.mizzima0905],
  ),
  ev(
    'IncidentReported',
    'inc-mines',
    { occurredAt: '2017-09-03', precision: 'approximate', recordedAt: rec('2017-09-06', '12:00') },
    {
      incidentId: 'myanmar-landmines-border-fence-2017-09',
      kind: 'force-posture',
      perpetrator: 'myanmar',
      allegedBy: 'bangladesh',
      target: 'Rohingya fleeing or returning across the border',
      place: P.bandarbanBorder,
      description:
        'Two Bangladeshi government sources tell Reuters Myanmar has been laying landmines on its side of the border along the barbed-wire fence for three days, perhaps to stop the Rohingya from returning; Rakhine authorities deny it.',
    },
    [S.reportaz0906],
  ),
  ev(
    'StatementMade',
    'stmt-bd-summons-mines',
    { occurredAt: '2017-09-06', recordedAt: rec('2017-09-07', '09:00') },
    {
      speaker: BD_MOFA,
      audience: 'myanmar',
      tone: 'accusation',
      summary:
        'Bangladesh summons Myanmar’s ambassador over the reports of landmines laid along the border; a Bangladeshi border guard officer says two Rohingya fleeing were injured by mines on Monday.',
    },
    [S.fpk0907],
  ),
  ev(
    'StatementMade',
    'stmt-mm-military-denies-mines',
    { occurredAt: '2017-09-07', precision: 'approximate', recordedAt: rec('2017-09-07', '09:05') },
    {
      speaker: MM_MILITARY,
      audience: 'bangladesh',
      tone: 'neutral',
      summary: 'A Myanmar military source tells the BBC the army has not mined any area of the border recently.',
    },
    [graded(S.fpk0907, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-bandarban-mine-deaths',
    { occurredAt: '2017-09-11', recordedAt: rec('2017-09-11', '18:00') },
    {
      speaker: { name: 'Dilip Kumar Banik', title: 'Deputy Commissioner of Bandarban', actorId: 'bangladesh' },
      audience: 'myanmar',
      tone: 'accusation',
      summary:
        'At least four Rohingya have been killed by landmine blasts while crossing (three on Saturday and Sunday, one on Friday), and others injured; Bangladeshi security forces say Myanmar soldiers planted the mines.',
    },
    [S.benar0911],
  ),
  ev(
    'IncidentReported',
    'inc-airspace-0910',
    { occurredAt: '2017-09-14', recordedAt: rec('2017-09-15', '12:00') },
    {
      incidentId: 'myanmar-drones-helicopter-airspace-2017-09-10-14',
      kind: 'force-posture',
      perpetrator: 'myanmar',
      against: 'bangladesh',
      allegedBy: 'bangladesh',
      place: P.ukhia,
      description:
        'Myanmar military drones and a helicopter violate Bangladesh’s airspace on 10, 12 and 14 September, by the Bangladeshi foreign ministry’s account (one entry, dated by the last). No fire reported.',
    },
    [S.bdn0915],
  ),
  ev(
    'StatementMade',
    'stmt-bd-protest-0915',
    { occurredAt: '2017-09-15', recordedAt: rec('2017-09-15', '12:05') },
    {
      speaker: BD_MOFA,
      audience: 'myanmar',
      tone: 'warning',
      summary:
        'Myanmar’s chargé d’affaires is summoned and handed a protest note: Bangladesh expresses deep concern at the repeated "acts of provocation" since 25 August, demands they stop, and says they "may lead to unwarranted consequences".',
      quote: 'these provocative acts may lead to unwarranted consequences',
    },
    [S.bdn0915],
  ),
  ev(
    'StatementMade',
    'stmt-un-400000',
    { occurredAt: '2017-09-15', recordedAt: rec('2017-09-15', '12:10') },
    {
      speaker: UN_AGENCIES,
      audience: 'international community',
      tone: 'neutral',
      summary:
        'Around 400,000 Rohingya refugees have fled into Bangladesh in some three weeks; UN agencies fear the number may reach one million by year-end.',
    },
    [S.bdn0915],
  ),
  ev(
    'StatementMade',
    'stmt-zaw-htay',
    { occurredAt: '2017-09-16', recordedAt: rec('2017-09-16', '12:00') },
    {
      speaker: ZAW_HTAY,
      audience: 'bangladesh',
      tone: 'critical',
      summary:
        'There is no evidence of any trespassing; Dhaka should have reached out to discuss its concerns instead of issuing public statements.',
    },
    [S.ap0916],
  ),
  // ===== October 2017: the talks =====
  ev(
    'TalksRoundOpened',
    'round-dhaka-1710-open',
    { occurredAt: '2017-10-02', recordedAt: rec('2017-10-02', '15:00') },
    {
      roundId: R.dhaka1710,
      label: 'Kyaw Tint Swe in Dhaka',
      format: 'formal',
      venue: 'Dhaka',
      delegations: [
        { actorId: 'bangladesh', head: MAHMOOD_ALI },
        { actorId: 'myanmar', head: KYAW_TINT_SWE },
      ],
    },
    [S.st1002],
  ),
  ev(
    'DemandTabled',
    'dem-take-back',
    { occurredAt: '2017-10-02', recordedAt: rec('2017-10-02', '15:01') },
    {
      demandId: D.takeBack,
      by: 'bangladesh',
      addressedTo: ['myanmar'],
      text: 'Take back the Rohingya who fled to Bangladesh, under a bilateral agreement on their return.',
      category: 'humanitarian',
    },
    [S.st1002],
  ),
  ev(
    'PositionTaken',
    'pos-take-back',
    { occurredAt: '2017-10-02', recordedAt: rec('2017-10-02', '15:02') },
    {
      demandId: D.takeBack,
      actorId: 'myanmar',
      stance: 'accepted-in-principle',
      conditions: 'Verified refugees, on the criteria of the 1992–93 returns (Suu Kyi’s speech of September).',
      speaker: KYAW_TINT_SWE,
    },
    [S.st1002],
  ),
  ev(
    'TalksRoundConcluded',
    'round-dhaka-1710-close',
    { occurredAt: '2017-10-02', recordedAt: rec('2017-10-02', '15:03') },
    {
      roundId: R.dhaka1710,
      outcome: 'progress',
      summary:
        '"Talks held in a friendly atmosphere": Myanmar proposes to take back the refugees; the two sides agree to set up a joint working group; Bangladesh proposes a bilateral agreement.',
    },
    [S.st1002],
  ),
  ev(
    'TalksRoundOpened',
    'round-naypyitaw-1710-open',
    { occurredAt: '2017-10-24', recordedAt: rec('2017-10-25', '09:00') },
    {
      roundId: R.naypyitaw1710,
      label: 'Home ministers in Naypyitaw',
      format: 'formal',
      venue: 'Naypyitaw',
      delegations: [
        {
          actorId: 'bangladesh',
          head: { name: 'Asaduzzaman Khan Kamal', title: 'Home Minister of Bangladesh', actorId: 'bangladesh' },
        },
        {
          actorId: 'myanmar',
          head: { name: 'Lt Gen Kyaw Swe', title: 'Minister of Home Affairs of Myanmar', actorId: 'myanmar' },
        },
      ],
    },
    [S.ds1025],
  ),
  ev(
    'AgreementReached',
    'agr-border-mous',
    { occurredAt: '2017-10-24', recordedAt: rec('2017-10-25', '09:01') },
    {
      agreementId: A.borderMous,
      kind: 'partial',
      provisions: [
        'MoU on security cooperation and dialogue',
        'MoU on establishing Border Liaison Offices',
        'A joint working group on the return of the Rohingya by 30 November',
      ],
      signatories: ['bangladesh', 'myanmar'],
      textPublic: false,
      roundId: R.naypyitaw1710,
      status: 'signed',
    },
    [S.ds1025],
  ),
  ev(
    'TalksRoundConcluded',
    'round-naypyitaw-1710-close',
    { occurredAt: '2017-10-24', recordedAt: rec('2017-10-25', '09:02') },
    {
      roundId: R.naypyitaw1710,
      outcome: 'agreement',
      summary:
        'Two MoUs signed; a joint working group to be formed by 30 November; Myanmar consents to implement the Annan Commission’s recommendations. Myanmar tells Kamal that no persecution is going on.',
    },
    [S.ds1025],
  ),
  // ===== November 2017: China's plan and the Arrangement =====
  ev(
    'ActorRegistered',
    'actor-china',
    { occurredAt: '2017-11-18', recordedAt: rec('2017-11-19', '12:00') },
    { actor: CHINA, role: 'mediator' },
    [S.china1119],
    { note: 'Wang Yi visits Dhaka (18 November) and Naypyitaw (19 November) and proposes a three-phase solution.' },
  ),
  ev(
    'MediationAction',
    'med-china-plan',
    { occurredAt: '2017-11-19', recordedAt: rec('2017-11-19', '12:05') },
    {
      mediator: 'china',
      action: 'proposed',
      summary:
        'Wang Yi proposes three phases: a ceasefire on the ground in Rakhine (which he says has basically been achieved), bilateral consultations between Myanmar and Bangladesh on the return, and a long-term solution through poverty alleviation; he says both countries back it.',
    },
    [S.china1119],
  ),
  ev(
    'TalksRoundOpened',
    'round-naypyitaw-1711-open',
    { occurredAt: '2017-11-22', recordedAt: rec('2017-11-23', '12:00') },
    {
      roundId: R.naypyitaw1711,
      label: 'Mahmood Ali in Naypyitaw',
      format: 'formal',
      venue: 'Naypyitaw',
      delegations: [
        { actorId: 'bangladesh', head: MAHMOOD_ALI },
        { actorId: 'myanmar', head: KYAW_TINT_SWE },
      ],
    },
    [S.domainb1123],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2017-11-22', recordedAt: rec('2017-11-23', '12:01') },
    { actor: USA, role: 'third-party' },
    [S.reportaz1123],
  ),
  ev(
    'StatementMade',
    'stmt-tillerson',
    { occurredAt: '2017-11-22', recordedAt: rec('2017-11-23', '12:02') },
    {
      speaker: TILLERSON,
      audience: 'myanmar',
      tone: 'accusation',
      summary: 'The US Secretary of State calls the killings of Rohingya in Myanmar "ethnic cleansing".',
    },
    [S.reportaz1123],
  ),
  ev(
    'AgreementReached',
    'agr-arrangement',
    { occurredAt: '2017-11-23', recordedAt: rec('2017-11-23', '12:05') },
    {
      agreementId: A.arrangement,
      kind: 'framework',
      provisions: [
        'Return of displaced persons from Rakhine State to commence within two months',
        'A Joint Working Group within three weeks of signing',
        'A specific bilateral instrument (physical arrangement) to be concluded speedily',
      ],
      signatories: ['bangladesh', 'myanmar'],
      textPublic: false,
      roundId: R.naypyitaw1711,
      status: 'signed',
    },
    [S.st1123, S.domainb1123],
    {
      note: '"Arrangement on Return of Displaced Persons from Rakhine State", signed by A.H. Mahmood Ali and Kyaw Tint Swe.',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-naypyitaw-1711-close',
    { occurredAt: '2017-11-23', recordedAt: rec('2017-11-23', '12:06') },
    {
      roundId: R.naypyitaw1711,
      outcome: 'agreement',
      summary:
        'The Arrangement is signed after Mahmood Ali meets Aung San Suu Kyi; Myanmar agrees a starting time, not the timeframe for completion Bangladesh wanted; Myanmar says it is ready to take them back "as soon as possible".',
    },
    [S.st1123, S.domainb1123],
  ),
  // ===== December 2017 – January 2018: the Joint Working Group and the Physical Arrangement =====
  ev(
    'IncidentReported',
    'inc-msf-count',
    { occurredAt: '2017-12-14', recordedAt: rec('2017-12-14', '12:00') },
    {
      incidentId: 'msf-count-rakhine-2017-08-09',
      kind: 'casualty-report',
      perpetrator: 'myanmar',
      target: 'Rohingya in northern Rakhine',
      period: { from: '2017-08-25', to: '2017-09-24' },
      fatalities: { min: 6700, max: 6700 },
      description:
        'MSF’s surveys in the camps: at least 6,700 Rohingya killed by violence in Myanmar in the first month of the clearance operations, including at least 730 children under five; Myanmar’s official figure is 400.',
    },
    [S.bdn1214],
  ),
  ev(
    'TalksRoundOpened',
    'round-jwg-1712-open',
    { occurredAt: '2017-12-19', recordedAt: rec('2017-12-19', '12:00') },
    {
      roundId: R.jwg1712,
      label: 'Foreign secretaries in Dhaka (the Joint Working Group formed)',
      format: 'formal',
      venue: 'State Guest House Padma, Dhaka',
      delegations: [
        { actorId: 'bangladesh', head: SHAHIDUL },
        { actorId: 'myanmar', head: MYINT_THU },
      ],
    },
    [S.bss1219],
  ),
  ev(
    'AgreementReached',
    'agr-jwg-tor',
    { occurredAt: '2017-12-19', recordedAt: rec('2017-12-19', '12:01') },
    {
      agreementId: A.jwgTor,
      kind: 'partial',
      provisions: [
        'The Joint Working Group to take all measures to start the safe and voluntary return',
        'A physical arrangement: verification, time schedule, transport, reception',
        'Assistance of UNHCR and other UN agencies at various stages',
        'Quarterly reports to the two governments',
      ],
      signatories: ['bangladesh', 'myanmar'],
      textPublic: false,
      roundId: R.jwg1712,
      status: 'signed',
    },
    [S.bss1219],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jwg-1712-close',
    { occurredAt: '2017-12-19', recordedAt: rec('2017-12-19', '12:02') },
    { roundId: R.jwg1712, outcome: 'agreement', summary: 'The Joint Working Group is formed and its terms signed.' },
    [S.bss1219],
  ),
  ev(
    'TalksRoundOpened',
    'round-jwg-1801-open',
    { occurredAt: '2018-01-15', recordedAt: rec('2018-01-16', '12:00') },
    {
      roundId: R.jwg1801,
      label: 'First meeting of the Joint Working Group, Naypyitaw',
      format: 'formal',
      venue: 'Naypyitaw',
      delegations: [
        { actorId: 'bangladesh', head: SHAHIDUL },
        { actorId: 'myanmar', head: MYINT_THU },
      ],
    },
    [S.xinhua0116],
  ),
  ev(
    'AgreementReached',
    'agr-physical',
    { occurredAt: '2018-01-16', recordedAt: rec('2018-01-16', '12:01') },
    {
      agreementId: A.physical,
      kind: 'partial',
      provisions: [
        'Repatriation completed preferably within two years from its start, the family as a unit',
        'Five transit camps in Bangladesh, two reception centres in Myanmar, temporary shelter at Hla Pho Khaung',
        'Myanmar to consider resettling those at the zero line first, and to stop the outflow',
        'The verification form',
      ],
      signatories: ['bangladesh', 'myanmar'],
      textPublic: false,
      roundId: R.jwg1801,
      status: 'text-agreed',
    },
    [S.xinhua0116, S.reuters0116],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jwg-1801-close',
    { occurredAt: '2018-01-16', recordedAt: rec('2018-01-16', '12:02') },
    {
      roundId: R.jwg1801,
      outcome: 'agreement',
      summary:
        'The text of the Physical Arrangement and the verification form are finalised "in atmosphere of cordiality".',
    },
    [S.xinhua0116],
  ),
  ev(
    'StatementMade',
    'stmt-kalam-delay',
    { occurredAt: '2018-01-22', recordedAt: rec('2018-01-22', '12:00') },
    {
      speaker: KALAM,
      audience: 'myanmar',
      tone: 'neutral',
      summary:
        'The return due to start tomorrow is delayed: the list of returnees, its verification and the transit camps are not ready. No new date is given; a border guard official says it could be months.',
      quote: 'There are many things remaining',
    },
    [S.reuters0122],
  ),
  ev(
    'StatementMade',
    'stmt-grandi',
    { occurredAt: '2018-01-22', recordedAt: rec('2018-01-22', '12:01') },
    {
      speaker: GRANDI,
      audience: 'bangladesh and myanmar',
      tone: 'neutral',
      summary:
        'More time is needed to prepare the return to Rakhine; the head of UNHCR urges the two governments to involve the agency. The IOM counts 688,000 arrivals since late August.',
    },
    [S.reuters0122],
  ),
  // ===== February – March 2018: the troops at the zero line =====
  ev(
    'DemandTabled',
    'dem-notice-troops',
    { occurredAt: '2018-02-16', recordedAt: rec('2018-03-01', '18:00') },
    {
      demandId: D.noticeTroops,
      by: 'bangladesh',
      addressedTo: ['myanmar'],
      text: 'Keep to international conventions: no movement of defence forces in the border areas without notice.',
      category: 'security',
    },
    [S.newage0301],
    { note: 'Made at the home ministers’ meeting in Dhaka on 16 February (New Age).' },
  ),
  ev(
    'IncidentReported',
    'inc-tombru-buildup',
    { occurredAt: '2018-03-01', recordedAt: rec('2018-03-01', '18:05') },
    {
      incidentId: 'myanmar-buildup-tombru-2018-03-01',
      kind: 'force-posture',
      perpetrator: 'myanmar',
      against: 'bangladesh',
      allegedBy: 'bangladesh',
      place: P.tombru,
      description:
        'Myanmar deploys more army troops and Border Guard Police with heavy weapons (mortars, machine guns) about 150 yards inside Myanmar opposite Tombru, where some 6,000 Rohingya camp in no man’s land; a BGB official says the troops fired a blank that evening. Bangladesh’s BGB suspects an attempt to push the Rohingya across.',
    },
    [S.newage0301],
  ),
  ev(
    'StatementMade',
    'stmt-bd-summons-buildup',
    { occurredAt: '2018-03-01', recordedAt: rec('2018-03-01', '18:10') },
    {
      speaker: KHURSHED,
      audience: 'myanmar',
      tone: 'warning',
      summary:
        'Myanmar’s ambassador Lwin Oo is summoned and handed a diplomatic note: the "unusual mobilisation" will create confusion and escalate tensions along the border and may hamper the agreed repatriation; Bangladesh asks for an immediate pull-back.',
    },
    [S.newage0301],
  ),
  ev(
    'DemandTabled',
    'dem-pullback',
    { occurredAt: '2018-03-01', recordedAt: rec('2018-03-01', '18:15') },
    {
      demandId: D.pullback,
      by: 'bangladesh',
      addressedTo: ['myanmar'],
      text: 'Pull back the security forces and military assets from the Tombru border area immediately.',
      category: 'security',
    },
    [S.newage0301],
  ),
  ev(
    'TalksRoundOpened',
    'round-flag-open',
    { occurredAt: '2018-03-02', recordedAt: rec('2018-03-02', '18:00') },
    {
      roundId: R.flag1803,
      label: 'BGB–BGP flag meeting at Ghumdhum',
      format: 'technical',
      venue: 'Tombru border bridge, Ghumdhum, Naikhongchhari',
      delegations: [
        {
          actorId: 'bangladesh',
          head: { name: 'Lt Col Manjurul Hasan Khan', title: 'BGB battalion commander', actorId: 'bangladesh' },
        },
        { actorId: 'myanmar' },
      ],
    },
    [S.bdn0302],
  ),
  ev(
    'StatementMade',
    'stmt-bgp-internal',
    { occurredAt: '2018-03-02', recordedAt: rec('2018-03-02', '18:01') },
    {
      speaker: BGP,
      audience: 'bangladesh',
      tone: 'neutral',
      summary:
        'The deployment with heavy weapons is for internal security, as part of regular patrols, and Bangladesh is not its target; the BGP denies firing shots and says the Rohingya at the zero line will be taken back through the Joint Working Group.',
    },
    [S.bdn0302],
  ),
  ev(
    'PositionTaken',
    'pos-pullback',
    { occurredAt: '2018-03-02', recordedAt: rec('2018-03-03', '09:00') },
    {
      demandId: D.pullback,
      actorId: 'myanmar',
      stance: 'accepted',
      conditions: 'Additional personnel and weapons pulled back after the flag meeting.',
    },
    [S.mng0303],
  ),
  ev(
    'TalksRoundConcluded',
    'round-flag-close',
    { occurredAt: '2018-03-02', recordedAt: rec('2018-03-03', '09:01') },
    {
      roundId: R.flag1803,
      outcome: 'progress',
      summary:
        'Myanmar’s BGP pulls back its additional personnel and weaponry; the Rohingya in no man’s land are unharmed.',
    },
    [S.mng0303],
  ),
  ev(
    'StatementMade',
    'stmt-khurshed-not-acceptable',
    { occurredAt: '2018-03-02', recordedAt: rec('2018-03-03', '09:02') },
    {
      speaker: KHURSHED,
      audience: 'myanmar',
      tone: 'accusation',
      summary:
        'The explanation of internal security is not acceptable: the build-up is aimed at pushing the Rohingya in no man’s land into Bangladesh.',
      quote: 'Their explanation is not acceptable',
    },
    [S.mng0303],
  ),
  ev(
    'IncidentReported',
    'inc-tombru-digs-in',
    { occurredAt: '2018-03-09', recordedAt: rec('2018-03-09', '18:00') },
    {
      incidentId: 'myanmar-bunkers-tombru-2018-03-09',
      kind: 'force-posture',
      perpetrator: 'myanmar',
      against: 'bangladesh',
      allegedBy: 'bangladesh',
      place: P.tombru,
      description:
        'Eyewitnesses and Bangladeshi officials: Myanmar’s military has dug bunkers along the border and multiplied its troops at Tombru (over 250 soldiers patrolling where 40 BGP usually do); the pull-back appears temporary.',
    },
    [S.benar0309],
  ),
  // ===== October – November 2018: the map, the plan to start, the returns refused =====
  ev(
    'StatementMade',
    'stmt-bd-map-protest',
    { occurredAt: '2018-10-06', recordedAt: rec('2018-10-06', '12:00') },
    {
      speaker: KHURSHED,
      audience: 'myanmar',
      tone: 'accusation',
      summary:
        'Myanmar’s ambassador is summoned over maps on Myanmar government websites showing St Martin’s Island as Myanmar’s; Bangladesh calls it a deliberate attempt to divert attention from the Rohingya crisis, demands an explanation, and warns it could harm relations.',
    },
    [S.bdn181006],
  ),
  ev(
    'DemandTabled',
    'dem-map',
    { occurredAt: '2018-10-06', recordedAt: rec('2018-10-06', '12:01') },
    {
      demandId: D.map,
      by: 'bangladesh',
      addressedTo: ['myanmar'],
      text: 'Rectify at once the maps showing St Martin’s Island as Myanmar’s, and investigate who made them.',
      category: 'territorial',
    },
    [S.bdn181006],
  ),
  ev(
    'PositionTaken',
    'pos-map',
    { occurredAt: '2018-10-06', recordedAt: rec('2018-10-08', '09:00') },
    {
      demandId: D.map,
      actorId: 'myanmar',
      stance: 'accepted-in-principle',
      conditions: 'The ambassador says showing the island as Myanmar’s "may be a mistake".',
      speaker: { name: 'U Lwin Oo', title: 'Ambassador of Myanmar to Bangladesh', actorId: 'myanmar' },
    },
    [S.irrawaddy181008],
  ),
  ev(
    'TalksRoundOpened',
    'round-jwg-1810-open',
    { occurredAt: '2018-10-30', recordedAt: rec('2018-10-31', '12:00') },
    {
      roundId: R.jwg1810,
      label: 'Third meeting of the Joint Working Group, Dhaka',
      format: 'formal',
      venue: 'Dhaka',
      delegations: [
        { actorId: 'bangladesh', head: SHAHIDUL },
        { actorId: 'myanmar', head: MYINT_THU },
      ],
    },
    [S.bs181031],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jwg-1810-close',
    { occurredAt: '2018-10-30', recordedAt: rec('2018-10-31', '12:01') },
    {
      roundId: R.jwg1810,
      outcome: 'progress',
      summary:
        'The return of the first group to begin in mid-November; Myint Thu: "We have the political will for the repatriation. We will begin the process next month."',
    },
    [S.bs181031],
  ),
  ev(
    'StatementMade',
    'stmt-kalam-refused',
    { occurredAt: '2018-11-15', recordedAt: rec('2018-11-15', '18:00') },
    {
      speaker: KALAM,
      audience: 'myanmar',
      tone: 'neutral',
      summary:
        'Buses waited all day at Unchiprang to take the first 150 to the transit camp at Ghumdhum, and Myanmar kept its gate open, but no Rohingya agreed to go; thousands chanted "we won’t go". Bangladesh will not force anyone.',
      quote: 'We can’t force someone to leave',
    },
    [S.bdn181115],
  ),
  ev(
    'StatementMade',
    'stmt-myint-thu-weak',
    { occurredAt: '2018-11-15', recordedAt: rec('2018-11-15', '18:01') },
    {
      speaker: MYINT_THU,
      audience: 'bangladesh',
      tone: 'critical',
      summary:
        'Myanmar will accept the returnees under the agreement; whether they come is their decision; Bangladesh is weak in following the physical arrangements (Reuters, via bdnews24.com).',
      quote: 'To be honest, Bangladesh is weak in following the physical arrangements',
    },
    [S.bdn181115],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'bangladesh-myanmar-2017.jsonl',
  logEnd: '2018-12-31T00:00:00Z',
  events,
};

export default definition;
