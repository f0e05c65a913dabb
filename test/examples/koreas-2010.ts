/**
 * A test fixture, not a shipped example: North Korea and South Korea from the sinking of the Cheonan to the military
 * talks that broke down, March 2010 – February 2011, as an analyst following the news could have recorded it — the
 * corvette Cheonan split by an explosion off Baengnyeong island (26 March 2010, 46 sailors dead, the cause unknown at
 * first); the Joint Civilian-Military Investigation Group's report that a North Korean torpedo sank it (20 May) and
 * the North's answer, a "fabrication" to be met with "all-out war" if it is punished; Lee Myung-bak's measures of 24
 * May (trade and exchanges suspended, the North's ships barred from the South's waters, psychological warfare
 * resumed); the North cutting all ties and closing its waters and airspace to the South (25 May); the UN Security
 * Council's presidential statement (9 July), which condemned the attack without naming the North; the joint US–ROK
 * exercise Invincible Spirit (25–28 July) and the North's "sacred war"; the final report (13 September); the first
 * military talks in two years at Panmunjom (30 September), which ended without progress; the Red Cross agreement and
 * the family reunions at Mount Kumgang (30 October – 5 November); the North's shelling of Yeonpyeong island (23
 * November: two marines and two civilians killed) and the South's counter-battery fire; the North's threats after it;
 * the South's live-fire drill on Yeonpyeong (20 December), to which the North did not respond; and the colonels'
 * talks of 8–9 February 2011, from which the North's delegation walked out. Escalation model v2 was never tuned on it:
 * it is the case the model is held to in koreas-2010.spec.ts, against the calls an analyst makes from DOMAIN.md §5b
 * alone. (korea-2018.ts is another negotiation between the same pair, with its own id.)
 *
 * What it tests that the other cases did not: an attack unattributed when it happened and blamed on the other party
 * two months later, after an investigation; threats of war; a trade cut-off and waters closed against the other
 * party that last; one shelling that killed four (armed action, but not heavy); and talks that collapse.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C = smaller outlet, aggregator or mirror of
 * a wire story, D = a blog relaying a report; 1 = an on-record statement or act confirmed by the actor itself; 2 =
 * several outlets agree or one established outlet reports it; 3 = one side's unverified claim about the other. The
 * North's own statements are cited from KCNA's site, graded B1 for what the North said.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is North Korea and South Korea (the parties). The UN Security Council, whose presidential statement
 *   encouraged a resumption of direct dialogue, is a mediator. The United States (the joint exercises), China and the
 *   Joint Civilian-Military Investigation Group (South Korea with experts from the United States, the United
 *   Kingdom, Australia and Sweden; Canada took part in a task force) are third parties.
 * - The sinking of the Cheonan (26 March, 21:22 local time, 12:22 UTC) is recorded as the sources had it when it
 *   happened: an explosion of unknown cause that split a warship near the Northern Limit Line, claimed by no one. As
 *   the US – Iran 2019 case records the tankers no one claimed, it is an attack (`militant-attack`) without a
 *   perpetrator, and the blame is recorded on the statements that laid it (`blames`): South Korea on 20 May, the day
 *   the investigation group reported and Seoul vowed "resolute countermeasures"; Lee Myung-bak on 24 May; the
 *   defence ministry's final report on 13 September. The investigation group's finding (20 May) is recorded as the
 *   group's statement, a third party's; it blames no one in the catalogue's sense (the group is not a party).
 *   Recorded this way the sinking is not armed action between the parties on the day it happened: no one alleged
 *   force by the North then. That is the log's reading, and the analyst's of March: the cause was unknown.
 * - Lee's measures of 24 May: barring the North's merchant ships from the sea lanes under the South's control is a
 *   border closed against the other party (`border-closure`, as the Morocco – Algeria case records Algeria's airspace
 *   closed to Moroccan aircraft); the suspension of trade and exchanges is the president's statement with CAMEO 163
 *   (embargo, boycott or sanctions); the resumption of psychological warfare (loudspeakers and leaflets announced) is
 *   in the statement. The North's answer of 25 May — all ties cut, the non-aggression agreement abrogated, South
 *   Korean ships and airliners banned from its waters and airspace — is likewise a closure against the other party
 *   and a statement (CAMEO 161, break relations). No source searched reports either ban lifted by February 2011: both
 *   stand to the end of the record. The Kaesong industrial park stayed open, and the reunions of October crossed the
 *   line at Mount Kumgang: neither reopened the waters or the airspace.
 * - The North's threats of war are `military-threat` statements: the National Defence Commission on 20 May ("immediate
 *   war" if punished), on 24 July ("retaliatory sacred war … based on nuclear deterrent"), the Supreme Command on 23
 *   November, the National Peace Committee on 11 December ("all-out war"), the army on 17 December ("second and third
 *   unpredictable self-defensive blows"). The South's warnings (self-defence, "enormous retaliation") are `warning`.
 * - The exercises (Invincible Spirit, 25–28 July; the South's live-fire drill on Yeonpyeong, 20 December, fired into
 *   the sea to the south-west) are shows of force (`force-posture`), not armed action: no fire at the other party.
 * - Yeonpyeong (23 November, from 14:34 local time, 05:34 UTC): the North's shelling of the island (about 170 rounds,
 *   80 on the island) is armed action on the other's territory, with two marines killed that day and two civilian
 *   workers found dead the next (four in all, as every later source counts them; 18 wounded). The South's
 *   counter-battery fire (about 80 rounds at the North's coastal batteries) is armed action too, with no casualty
 *   figure. The two are one exchange of fire across the few kilometres between the island and the coast opposite: they
 *   are recorded at one place, written one way, so the log counts one place, as the analyst does.
 * - The family reunions are the Red Cross agreement of 1 October (`AgreementReached`, partial, the two parties as
 *   signatories, being implemented with no status recorded). The Red Cross talks are the parties' own channel.
 * - The military talks of 30 September ended "without progress" (`no-progress`); those of 8–9 February 2011 ended
 *   when the North's delegation walked out, and Seoul's defence ministry said "we can say the talks have collapsed"
 *   (`collapsed`).
 * - Left out: the North's seizure of the fishing boat Daeseung (August) and its artillery fire into the sea near the
 *   Northern Limit Line on 9 August, not researched here; the US sanctions (July) and the US–ROK exercises after
 *   Yeonpyeong (28 November – 1 December), recorded only where a source used here reports them.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'koreas-cheonan-yeonpyeong-2010';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2010);
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const NORTH: Actor = {
  id: 'north-korea',
  name: 'North Korea',
  kind: 'state',
  aliases: ["Democratic People's Republic of Korea", 'DPRK', 'Pyongyang'],
};
const SOUTH: Actor = {
  id: 'south-korea',
  name: 'South Korea',
  kind: 'state',
  aliases: ['Republic of Korea', 'ROK', 'Seoul'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const CHINA: Actor = { id: 'china', name: 'China', kind: 'state', aliases: ["People's Republic of China", 'Beijing'] };
const UNSC: Actor = {
  id: 'un-security-council',
  name: 'United Nations Security Council',
  kind: 'international-organisation',
  aliases: ['UNSC', 'Security Council'],
};
const JIG: Actor = {
  id: 'joint-investigation-group',
  name: 'Joint Civilian-Military Investigation Group',
  kind: 'international-organisation',
  aliases: ['JIG', 'international investigation team'],
};

const LEE: Person = { name: 'Lee Myung-bak', title: 'President of South Korea', actorId: 'south-korea' };
const HONG: Person = {
  name: 'Hong Sang-pyo',
  title: 'Presidential press secretary of South Korea',
  actorId: 'south-korea',
};
const SOUTH_GOVT: Person = { name: 'Government of South Korea', actorId: 'south-korea' };
const SOUTH_MND: Person = { name: 'Ministry of National Defense of South Korea', actorId: 'south-korea' };
const MOON: Person = {
  name: 'Moon Sang-gyun',
  title: 'Colonel, head of the South Korean delegation',
  actorId: 'south-korea',
};
const SOUTH_RED_CROSS: Person = { name: 'Korean Red Cross (South)', actorId: 'south-korea' };
const NDC: Person = { name: 'National Defence Commission of the DPRK (spokesman)', actorId: 'north-korea' };
const CPRK: Person = {
  name: 'Committee for the Peaceful Reunification of Korea (spokesman)',
  actorId: 'north-korea',
};
const KPA: Person = { name: 'Korean People’s Army (Supreme Command)', actorId: 'north-korea' };
const NPCK: Person = { name: 'National Peace Committee of Korea (spokesman)', actorId: 'north-korea' };
const RI: Person = {
  name: 'Ri Son-kwon',
  title: 'Colonel, head of the North Korean delegation',
  actorId: 'north-korea',
};
const NORTH_RED_CROSS: Person = { name: 'Red Cross Society of the DPRK', actorId: 'north-korea' };
const JIG_SPEAKER: Person = {
  name: 'Joint Civilian-Military Investigation Group (report)',
  actorId: 'joint-investigation-group',
};
const CUI: Person = { name: 'Cui Tiankai', title: 'Vice Foreign Minister of China', actorId: 'china' };

/** One exchange of fire, one place (see the judgement calls). */
const YEONPYEONG = 'Yeonpyeong island and the North Korean coast opposite it (Yellow Sea)';
const BAENGNYEONG = 'Off Baengnyeong island, near the Northern Limit Line (Yellow Sea)';

const S = {
  richmonderMar26: source(
    'South Korean corvette "Cheonan" reported sunk',
    'The Richmonder (blog, citing NBC News)',
    'http://www.the-richmonder.com/2010/03/south-korean-corvette-cheonan-reported.html',
    '2010-03-26',
    'D',
    2,
  ),
  wnMay20: source(
    'Lessons From a Sinking',
    'WN (The Wall Street Journal, AP photo)',
    'http://article.wn.com/view/2010/05/20/Lessons_From_a_Sinking_0',
    '2010-05-20',
    'C',
    2,
  ),
  jigMay20: source(
    'Investigation Result on the Sinking of ROKS "Cheonan"',
    'Joint Civilian-Military Investigation Group (NCNK)',
    'https://www.ncnk.org/resources/publications/JIG_Report_on_Cheonan_May_2010.pdf',
    '2010-05-20',
    'B',
    1,
  ),
  cfrMay20: source(
    'Investigation Result on the Sinking of ROKS "Cheonan", May 2010',
    'Council on Foreign Relations',
    'http://www.cfr.org/north-korea/investigation-result-sinking-roks-cheonan-may-2010/p22180',
    '2010-05-20',
    'B',
    1,
  ),
  deadfishMay20: source(
    "North Korea threatens 'all-out war' over warship sinking report",
    'Cult of the Dead Fish (blog)',
    'http://cultofthedeadfish.blogspot.com/2010/05/north-korea-threatens-war-over-warship.html',
    '2010-05-20',
    'D',
    2,
  ),
  kcnaMay20: source(
    'National Defence Commission Issues Statement',
    'KCNA',
    'http://kcna.co.jp/item/2010/201005/news20/20100520-04ee.html',
    '2010-05-20',
    'B',
    1,
  ),
  dailynkMay20: source(
    'National Defense Commission Threatens War',
    'Daily NK',
    'http://english.dailynk.com/english/read.php?cataId=nk01700&num=6393',
    '2010-05-20',
    'C',
    1,
  ),
  upiMay24: source(
    'Lee asks N. Korean apology, suspends trade',
    'UPI',
    'http://www.upi.com/Top_News/World-News/2010/05/24/Lee-asks-N-Korean-apology-suspends-trade/UPI-54001274673660/?st_rec=79611243371058',
    '2010-05-24',
    'B',
    1,
  ),
  hinduMay24: source(
    'South Korea announces trade restrictions on North Korea',
    'The Hindu (AP)',
    'http://www.thehindu.com/news/international/south-korea-announces-trade-restrictions-on-north-korea/article436978.ece?textsize=small&test=2',
    '2010-05-24',
    'B',
    1,
  ),
  cnnMay25: source(
    'North Korea says it is severing ties with South Korea',
    'CNN',
    'https://news.blogs.cnn.com/2010/05/25/north-korea-to-freeze-relations-with-south-korea/',
    '2010-05-25',
    'B',
    1,
  ),
  voaMay25: source(
    'North Korea Cuts Ties With South As Tensions Soar',
    'Voice of America (mirror)',
    'http://bbs.cortex-media.info/gopher.floodgap.com/0/feeds/voaheadlines/2010/May/25/94836059',
    '2010-05-25',
    'C',
    1,
  ),
  unJul9: source(
    'Security Council Condemns Attack on Republic of Korea Naval Ship ‘Cheonan’',
    'United Nations (press release SC/9975)',
    'https://press.un.org/en/2010/sc9975.doc.htm',
    '2010-07-09',
    'B',
    1,
  ),
  undispatchJul9: source(
    'Security Council Takes Action on Sinking of South Korean Navy Ship',
    'UN Dispatch',
    'http://www.undispatch.com/security-council-takes-action-on-sinking-of-south-korean-navy-ship/',
    '2010-07-09',
    'C',
    1,
  ),
  apJul25: source(
    'US aircraft carrier ups pressure on NKorea in military drills',
    'WINK News (AP)',
    'http://www.winknews.com/National-World/2010-07-25/US-aircraft-carrier-ups-pressure-on-NKorea-in-military-drills',
    '2010-07-25',
    'B',
    1,
  ),
  irishtimesJul26: source(
    'North’s threats fail to deter S Korea and US military exercises',
    'The Irish Times',
    'https://irishtimes.com/news/north-s-threats-fail-to-deter-s-korea-and-us-military-exercises-1.627469',
    '2010-07-26',
    'B',
    1,
  ),
  cnnSep13: source(
    "South Korea's final word on sinking: North's torpedo blast",
    'CNN',
    'https://news.blogs.cnn.com/2010/09/13/south-koreas-final-word-on-sinking-norths-torpedo-blast/comment-page-1/',
    '2010-09-13',
    'B',
    1,
  ),
  apSep16: source(
    'Red Cross officials from 2 Koreas meet in North to discuss reuniting divided Koreans',
    'Gaea Times (AP)',
    'https://calamities.gaeatimes.com/2010/09/16/red-cross-officials-from-2-koreas-meet-in-north-to-discuss-reuniting-divided-koreans-47791/',
    '2010-09-16',
    'C',
    1,
  ),
  aljazeeraSep30: source(
    'Korea talks end without progress',
    'Al Jazeera',
    'http://www.aljazeera.com/news/asia-pacific/2010/09/201093053311507827.html',
    '2010-09-30',
    'B',
    1,
  ),
  foxSep30: source(
    'Inter-Korean military talks end with no progress',
    'Fox News (AP)',
    'https://www.foxnews.com/world/inter-korean-military-talks-end-with-no-progress',
    '2010-09-30',
    'B',
    1,
  ),
  staradvertiserOct1: source(
    'Koreas agree to 1st family reunions in 1 year',
    'Honolulu Star-Advertiser (AP)',
    'https://www.staradvertiser.com/2010/09/30/breaking-news/koreas-agree-to-1st-family-reunions-in-1-year/',
    '2010-10-01',
    'B',
    1,
  ),
  koreareportNov2: source(
    'Reunion of Separated Families Resumes',
    'Korea Report (blog)',
    'http://koreareport2.blogspot.com/2010/11/reunion-of-separated-families-resumes.html',
    '2010-11-02',
    'D',
    2,
  ),
  joongangNov23: source(
    'North Korea shells southern island, no fatalities yet',
    'Korea JoongAng Daily',
    'http://koreajoongangdaily.joins.com/news/article/article.aspx?aid=2928749',
    '2010-11-23',
    'B',
    1,
  ),
  voaNov23: source(
    'N. Korea Shells South Korean Island, Killing Troops',
    'GlobalSecurity.org (Voice of America)',
    'https://www.globalsecurity.org/wmd/library/news/dprk/2010/dprk-101123-voa03.htm',
    '2010-11-23',
    'C',
    1,
  ),
  trendNov24: source(
    'Two civilians found dead on S. Korean island bombed by N. Korea',
    'Trend (Yonhap)',
    'https://www.trend.az/world/other/1786560.html',
    '2010-11-24',
    'C',
    2,
  ),
  upiNov24: source(
    'Attacks kill 2 civilians; U.S. sends ships',
    'UPI',
    'https://www.upi.com/Top_News/World-News/2010/11/24/Attacks-kill-2-civilians-US-sends-ships/UPI-64931290601914/?rel=81381353700185',
    '2010-11-24',
    'B',
    2,
  ),
  dongaDec13: source(
    'North Korea threatens preparation for `all-out war`',
    'The Dong-A Ilbo',
    'https://www.donga.com/en/article/all/20101213/266457/1',
    '2010-12-13',
    'B',
    1,
  ),
  france24Dec17: source(
    "N. Korea threatens South with 'deadly' strike over military drill",
    'France 24 (AFP)',
    'http://www.france24.com/en/20101217-north-korea-warns-deadly-strike-south-korea-military-drill-yeonpyeong%20',
    '2010-12-17',
    'B',
    1,
  ),
  ibtimesDec17: source(
    'North Korea threatens South with deadlier attacks over live fire drills',
    'International Business Times',
    'https://www.ibtimes.com/north-korea-threatens-south-deadlier-attacks-over-live-fire-drills-250939',
    '2010-12-17',
    'C',
    1,
  ),
  abcDec20: source(
    'No Signs of NKorean Retaliation After SKorean Firing Drills',
    'ABC News',
    'https://abcnews.go.com/International/signs-north-korean-retaliation-south-korean-firing-drills/story?id=12437368',
    '2010-12-20',
    'B',
    1,
  ),
  journalDec20: source(
    'South Korea carries out military drill with live ammo',
    'TheJournal.ie',
    'https://www.thejournal.ie/south-korea-carries-out-armed-military-drill-60114-Dec2010/',
    '2010-12-20',
    'B',
    1,
  ),
  voaFeb9: source(
    'Korea Talks Break Down as North Walks Out',
    'Voice of America',
    'https://www.voanews.com/a/korea-talks-break-down-as-north-walks-out-115653104/167022.html',
    '2011-02-09',
    'B',
    1,
  ),
  ahramFeb9: source(
    'Inter-Korean military talks collapse: Seoul official',
    'Ahram Online (AFP)',
    'https://english.ahram.org.eg/NewsContent/2/9/5251/World/International/InterKorean-military-talks-collapse-Seoul-official.aspx',
    '2011-02-09',
    'B',
    1,
  ),
} as const;

const events = [
  // ===== 26 March 2010: the Cheonan =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2010-03-26', recordedAt: rec('2010-03-27', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'North Korea – South Korea: the Cheonan and Yeonpyeong, 2010–11',
      subject:
        'Relations between the two Koreas from the sinking of the corvette Cheonan (March 2010) through the investigation that blamed the North, the South’s measures and the North’s break of ties, the military talks, the family reunions, the shelling of Yeonpyeong island (November 2010) and the military talks of February 2011; the Northern Limit Line in the Yellow Sea behind them. The two are technically at war, under the armistice of 1953.',
      parties: [NORTH, SOUTH],
      mediators: [],
    },
    [S.richmonderMar26],
  ),
  ev(
    'IncidentReported',
    'inc-cheonan',
    { occurredAt: '2010-03-26T12:22:00Z', recordedAt: rec('2010-05-20', '11:59') },
    {
      incidentId: 'cheonan-sinking-2010-03-26',
      kind: 'militant-attack',
      against: 'south-korea',
      target: 'The South Korean navy corvette Cheonan (104 aboard)',
      place: BAENGNYEONG,
      fatalities: { min: 46, max: 46 },
      description:
        'An explosion splits the 1,200-tonne corvette Cheonan in two during a routine patrol; 58 of the crew are rescued and 46 are missing, later found dead. Early reports of gunfire are withdrawn; the cause (a torpedo or a mine, or an internal blast) is unknown, and no one claims or is charged with it.',
    },
    [S.richmonderMar26, S.wnMay20],
    {
      note: 'Recorded as the sources had it at the time: no perpetrator. The blame is laid later (20 May, 24 May, 13 September).',
    },
  ),
  // ===== 20 May 2010: the investigation and the North's answer =====
  ev(
    'ActorRegistered',
    'actor-jig',
    { occurredAt: '2010-05-20', recordedAt: rec('2010-05-20', '12:00') },
    { actor: JIG, role: 'third-party' },
    [S.jigMay20],
  ),
  ev(
    'StatementMade',
    'stmt-jig-report',
    { occurredAt: '2010-05-20', recordedAt: rec('2010-05-20', '12:01') },
    {
      speaker: JIG_SPEAKER,
      audience: 'international audience',
      tone: 'neutral',
      summary:
        'The investigation group led by South Korea, with experts from the United States, the United Kingdom, Australia and Sweden, reports that the Cheonan was sunk by an external underwater explosion of a torpedo made in North Korea, fired by a North Korean submarine.',
      quote:
        'The evidence points overwhelmingly to the conclusion that the torpedo was fired by a North Korean submarine. There is no other plausible explanation.',
    },
    [S.jigMay20, S.cfrMay20],
  ),
  ev(
    'StatementMade',
    'stmt-south-may20',
    { occurredAt: '2010-05-20', recordedAt: rec('2010-05-20', '12:02') },
    {
      speaker: SOUTH_GOVT,
      audience: 'north-korea',
      tone: 'accusation',
      summary:
        'Seoul adopts the finding that a North Korean torpedo sank the Cheonan and vows "resolute countermeasures" against the North; it is expected to take the case to the UN Security Council.',
      quote: 'resolute countermeasures',
      blames: { incidentId: 'cheonan-sinking-2010-03-26', on: 'north-korea' },
    },
    [S.deadfishMay20, S.dailynkMay20],
  ),
  ev(
    'StatementMade',
    'stmt-ndc-may20',
    { occurredAt: '2010-05-20', recordedAt: rec('2010-05-20', '12:03') },
    {
      speaker: NDC,
      audience: 'south-korea',
      tone: 'military-threat',
      summary:
        'The National Defence Commission calls the investigation a "sheer fabrication", denies any part in the sinking, demands to send its own inspection team to the South, and warns that any punishment, retaliation or sanction will be answered with hard-line measures "including immediate war" — an all-out, "sacred" war.',
      quote: 'we will answer with hard-line measures including immediate war',
    },
    [S.kcnaMay20, S.dailynkMay20, S.deadfishMay20],
  ),
  // ===== 24–25 May 2010: the South's measures, the North's break =====
  ev(
    'StatementMade',
    'stmt-lee-may24',
    { occurredAt: '2010-05-24', recordedAt: rec('2010-05-24', '12:00') },
    {
      speaker: LEE,
      audience: 'north-korea',
      tone: 'accusation',
      summary:
        'In an address at the War Memorial, Lee says the sinking of the Cheonan by North Korea is a military provocation; he demands an apology and the punishment of those responsible, suspends trade and exchanges with the North, limits aid to a minimum, resumes psychological warfare and will refer the matter to the UN Security Council.',
      quote: 'North Korea will pay a price corresponding to its provocative acts',
      blames: { incidentId: 'cheonan-sinking-2010-03-26', on: 'north-korea' },
    },
    [S.upiMay24, S.hinduMay24],
    {
      cameo: '163',
      note: 'The suspension of trade and exchanges has no type of its own: the address with CAMEO 163 (embargo, boycott or sanctions).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-lee-selfdefence',
    { occurredAt: '2010-05-24', recordedAt: rec('2010-05-24', '12:01') },
    {
      speaker: LEE,
      audience: 'north-korea',
      tone: 'warning',
      summary:
        'Lee adopts "proactive deterrence": the South will not tolerate any provocative act by the North, and will exercise its right of self-defence at once if its waters, airspace or territory are violated.',
      quote:
        'If our territorial waters, airspace or territory are violated, we will immediately exercise our right of self-defense',
    },
    [S.hinduMay24, S.upiMay24],
  ),
  ev(
    'IncidentReported',
    'inc-south-sealanes',
    { occurredAt: '2010-05-24', recordedAt: rec('2010-05-24', '12:02') },
    {
      incidentId: 'south-sealanes-closed-2010-05-24',
      kind: 'border-closure',
      perpetrator: 'south-korea',
      against: 'north-korea',
      target: 'North Korean merchant ships',
      place: 'South Korean waters and sea lanes under its control',
      description:
        'Lee announces that North Korean ships may no longer use the sea lanes under the South’s control, ending the passage through the Jeju Strait that the two agreed in 2004.',
    },
    [S.upiMay24, S.hinduMay24],
  ),
  ev(
    'StatementMade',
    'stmt-cprk-may25',
    { occurredAt: '2010-05-25', recordedAt: rec('2010-05-25', '18:00') },
    {
      speaker: CPRK,
      audience: 'south-korea',
      tone: 'military-threat',
      summary:
        'The Committee for the Peaceful Reunification of Korea says the North will freeze all relations with the South and cut all communications while Lee is in office, abrogate the agreement on non-aggression, expel the South’s officials from Kaesong, and begin "all-out counterattacks" against the South’s psychological warfare, calling these the first phase of its punitive measures.',
    },
    [S.cnnMay25, S.voaMay25],
    { cameo: '161', note: 'Breaking off relations (CAMEO 161).', occurrence: 'north-break-2010-05-25' },
  ),
  ev(
    'IncidentReported',
    'inc-north-closure',
    { occurredAt: '2010-05-25', recordedAt: rec('2010-05-25', '18:01') },
    {
      incidentId: 'north-waters-airspace-closed-2010-05-25',
      kind: 'border-closure',
      perpetrator: 'north-korea',
      against: 'south-korea',
      target: 'South Korean ships and airliners',
      place: 'North Korean territorial waters and airspace',
      description: 'The North bans South Korean ships and airliners from passing through its waters and airspace.',
    },
    [S.voaMay25, S.cnnMay25],
    { occurrence: 'north-break-2010-05-25' },
  ),
  ev(
    'StatementMade',
    'stmt-kpa-may25',
    { occurredAt: '2010-05-25', recordedAt: rec('2010-05-25', '18:02') },
    {
      speaker: KPA,
      audience: 'south-korea',
      tone: 'military-threat',
      summary:
        'The North’s military accuses the South’s navy of dozens of intrusions into its waters in the past ten days and threatens military action if they go on.',
    },
    [S.voaMay25],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2010-05-25', recordedAt: rec('2010-05-25', '18:03') },
    { actor: USA, role: 'third-party' },
    [S.cnnMay25],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-clinton-may24',
    { occurredAt: '2010-05-24', recordedAt: rec('2010-05-25', '18:04') },
    {
      actorId: 'united-states',
      counterparts: ['south-korea'],
      kind: 'support',
      summary:
        'In Beijing, Clinton says the United States supports the finding on the sinking and that its support for South Korea’s defence is unequivocal; Obama directs US commanders to work with the South’s forces to deter future aggression.',
    },
    [S.cnnMay25],
  ),
  // ===== July 2010: the Security Council, the exercises =====
  ev(
    'ActorRegistered',
    'actor-unsc',
    { occurredAt: '2010-07-09', recordedAt: rec('2010-07-09', '18:00') },
    { actor: UNSC, role: 'mediator' },
    [S.unJul9],
  ),
  ev(
    'MediationAction',
    'med-unsc-prst',
    { occurredAt: '2010-07-09', recordedAt: rec('2010-07-09', '18:01') },
    {
      mediator: 'un-security-council',
      action: 'requested-resumption',
      summary:
        'In a presidential statement (S/PRST/2010/13) the Council condemns the attack that sank the Cheonan, expresses deep concern at the investigation’s finding that the DPRK was responsible, takes note of the DPRK’s denial, welcomes the South’s restraint, calls for full adherence to the Armistice Agreement and encourages a resumption of direct dialogue "as early as possible". It does not name the attacker.',
    },
    [S.unJul9, S.undispatchJul9],
  ),
  ev(
    'StatementMade',
    'stmt-ndc-jul24',
    { occurredAt: '2010-07-24', recordedAt: rec('2010-07-26', '09:00') },
    {
      speaker: NDC,
      audience: 'south-korea',
      tone: 'military-threat',
      summary:
        'On the eve of the joint US–ROK exercise, the National Defence Commission says the North will start a "retaliatory sacred war" based on its nuclear deterrent whenever necessary against the United States and the "puppet forces" pushing the situation to the brink of war.',
      quote: 'sacred war',
    },
    [S.apJul25, S.irishtimesJul26],
  ),
  ev(
    'IncidentReported',
    'inc-invincible-spirit',
    { occurredAt: '2010-07-25', recordedAt: rec('2010-07-26', '09:01') },
    {
      incidentId: 'invincible-spirit-2010-07-25',
      kind: 'force-posture',
      perpetrator: 'south-korea',
      against: 'north-korea',
      target: 'A show of force to the North',
      place: 'East Sea (Sea of Japan), off South Korea’s east coast',
      description:
        'The US and South Korea begin four days of naval and air drills, Invincible Spirit, with about 8,000 troops, 20 ships and submarines and 200 aircraft, led by the carrier USS George Washington, "to send a clear message to North Korea that its aggressive behaviour must stop".',
    },
    [S.irishtimesJul26, S.apJul25],
  ),
  // ===== September – November 2010: the final report, the talks, the reunions =====
  ev(
    'StatementMade',
    'stmt-mnd-final-report',
    { occurredAt: '2010-09-13', recordedAt: rec('2010-09-13', '12:00') },
    {
      speaker: SOUTH_MND,
      audience: 'north-korea',
      tone: 'accusation',
      summary:
        'The defence ministry releases the final report on the sinking, signed by the US, Swedish, British and Australian members: the Cheonan was sunk by the shockwave of a North Korean CHT-02D torpedo exploding 6–9 metres below it.',
      quote: 'The ROK Navy ship Cheonan was sunk by a North Korean torpedo attack while conducting a normal mission',
      blames: { incidentId: 'cheonan-sinking-2010-03-26', on: 'north-korea' },
    },
    [S.cnnSep13],
  ),
  ev(
    'StatementMade',
    'stmt-north-reunion-proposal',
    { occurredAt: '2010-09-16', recordedAt: rec('2010-09-16', '12:00') },
    {
      speaker: NORTH_RED_CROSS,
      audience: 'south-korea',
      tone: 'conciliatory',
      summary:
        'The North has proposed resuming the reunions of families separated by the Korean War at its Diamond Mountain resort in late October, and working-level military talks, the first in nearly two years; Red Cross officials of the two meet in Kaesong. Seoul says it is considering the military talks cautiously and still wants an apology for the Cheonan.',
    },
    [S.apSep16],
  ),
  ev(
    'TalksRoundOpened',
    'round-sep30-opened',
    { occurredAt: '2010-09-30', recordedAt: rec('2010-09-30', '09:00') },
    {
      roundId: 'military-talks-2010-09-30',
      label: 'Working-level military talks',
      format: 'technical',
      venue: 'Panmunjom',
      delegations: [{ actorId: 'north-korea', head: RI }, { actorId: 'south-korea' }],
    },
    [S.aljazeeraSep30, S.foxSep30],
  ),
  ev(
    'TalksRoundConcluded',
    'round-sep30-concluded',
    { occurredAt: '2010-09-30', recordedAt: rec('2010-09-30', '09:01') },
    {
      roundId: 'military-talks-2010-09-30',
      outcome: 'no-progress',
      summary:
        'After about two hours the talks end without progress and without a date for another meeting: the South demands that the North admit to, apologise for and punish the attack on the Cheonan and stop its threats at the sea border; the North rejects the investigation, calls the charge a "cheap farce", asks again to send its own investigators, and demands an end to the leaflets and to the South’s warships crossing the sea border.',
    },
    [S.aljazeeraSep30, S.foxSep30],
  ),
  ev(
    'StatementMade',
    'stmt-mnd-sep30',
    { occurredAt: '2010-09-30', recordedAt: rec('2010-09-30', '09:02') },
    {
      speaker: SOUTH_MND,
      audience: 'north-korea',
      tone: 'critical',
      summary:
        'The defence ministry says the South strongly urged the North to admit to, apologise for and punish those responsible for the attack on the Cheonan, and to stop its military threats at the sea borders: the North’s "responsible measures" on the Cheonan are the key to resolving the issue.',
      quote: "North Korea's responsible measures over the sinking of the Cheonan are a key to resolve the issue",
    },
    [S.foxSep30, S.aljazeeraSep30],
  ),
  ev(
    'StatementMade',
    'stmt-kpa-leaflets',
    { occurredAt: '2010-09-30', recordedAt: rec('2010-10-01', '09:00') },
    {
      speaker: KPA,
      audience: 'south-korea',
      tone: 'military-threat',
      summary:
        'At the talks the North warns that its artillery units are "getting fully ready to strike the spotted centers for scattering leaflets" in the South (KCNA).',
      quote: 'getting fully ready to strike the spotted centers for scattering leaflets',
    },
    [graded(S.staradvertiserOct1, 2)],
  ),
  ev(
    'AgreementReached',
    'agr-reunions',
    { occurredAt: '2010-10-01', recordedAt: rec('2010-10-01', '09:01') },
    {
      agreementId: 'family-reunions-2010-10',
      kind: 'partial',
      provisions: [
        'Reunions of families separated by the Korean War from 30 October to 5 November at the Diamond Mountain (Mount Kumgang) resort',
        'Further Red Cross talks in Kaesong on 26–27 October on holding reunions regularly and other humanitarian issues',
      ],
      signatories: ['north-korea', 'south-korea'],
      textPublic: false,
    },
    [S.staradvertiserOct1],
    { note: 'Agreed by the two Red Cross societies, as announced by the South’s Unification Ministry.' },
  ),
  ev(
    'StatementMade',
    'stmt-reunions-held',
    { occurredAt: '2010-10-30', recordedAt: rec('2010-11-02', '09:00') },
    {
      speaker: SOUTH_RED_CROSS,
      audience: 'north-korea',
      tone: 'conciliatory',
      summary:
        'The reunions of separated families resume at Mount Kumgang after a hiatus of thirteen months, as agreed.',
    },
    [S.koreareportNov2],
  ),
  // ===== 23 November 2010: Yeonpyeong =====
  ev(
    'IncidentReported',
    'inc-hoguk',
    { occurredAt: '2010-11-22', recordedAt: rec('2010-11-23', '11:59') },
    {
      incidentId: 'hoguk-exercise-2010-11-22',
      kind: 'force-posture',
      perpetrator: 'south-korea',
      against: 'north-korea',
      target: 'The annual nationwide Hoguk exercise, with US forces',
      place: 'South Korea, including the islands near the Northern Limit Line',
      description:
        'The South’s annual Hoguk exercise begins, with US forces taking part; the North calls it a rehearsal for an invasion. On the 23rd the marines on Yeonpyeong fire into the sea to the south-west as part of it.',
    },
    [S.joongangNov23, S.voaNov23],
  ),
  ev(
    'IncidentReported',
    'inc-yeonpyeong-north',
    { occurredAt: '2010-11-23T05:34:00Z', recordedAt: rec('2010-11-24', '12:00') },
    {
      incidentId: 'yeonpyeong-shelling-2010-11-23',
      kind: 'shelling',
      perpetrator: 'north-korea',
      against: 'south-korea',
      target: 'The marine garrison and the village on Yeonpyeong island',
      place: YEONPYEONG,
      fatalities: { min: 4, max: 4 },
      civilianFatalities: { min: 2, max: 2 },
      injured: { min: 18, max: 18 },
      description:
        'During the South’s annual Hoguk exercise, after the North had warned it to stop firing into waters it claims, North Korean batteries fire about 170 rounds, 80 of them landing on the island, for about an hour, setting dozens of houses on fire; two marines are killed that day, and two civilian construction workers are found dead on the 24th; 15 soldiers and 3 civilians are wounded. The island’s residents are evacuated.',
    },
    [S.joongangNov23, S.voaNov23, S.trendNov24, S.upiNov24],
  ),
  ev(
    'IncidentReported',
    'inc-yeonpyeong-south',
    { occurredAt: '2010-11-23T05:50:00Z', precision: 'approximate', recordedAt: rec('2010-11-24', '12:01') },
    {
      incidentId: 'yeonpyeong-counterbattery-2010-11-23',
      kind: 'shelling',
      perpetrator: 'south-korea',
      against: 'north-korea',
      target: 'North Korean coastal artillery bases',
      place: YEONPYEONG,
      description:
        'The South’s marines return fire with about 80 rounds of K-9 howitzers at the North’s coastal batteries, and F-16 fighters are scrambled; no figure of the North’s losses is published.',
    },
    [S.voaNov23, S.trendNov24],
  ),
  ev(
    'StatementMade',
    'stmt-hong-nov23',
    { occurredAt: '2010-11-23', recordedAt: rec('2010-11-24', '12:02') },
    {
      speaker: HONG,
      audience: 'north-korea',
      tone: 'warning',
      summary:
        'The presidential office calls the shelling a clear military provocation and unpardonable: Pyongyang must take responsibility, and further provocations will compel the South’s military to retaliate forcefully.',
    },
    [S.voaNov23],
  ),
  ev(
    'StatementMade',
    'stmt-kpa-nov23',
    { occurredAt: '2010-11-23', recordedAt: rec('2010-11-24', '12:03') },
    {
      speaker: KPA,
      audience: 'south-korea',
      tone: 'military-threat',
      summary:
        'The North’s army says it fired only after repeatedly warning the South to halt its manoeuvres, and that if the South intrudes into its waters "even 0.001 millimetre" it will not hesitate to continue "merciless military counter-actions".',
      quote: 'merciless military counter-actions',
    },
    [S.voaNov23],
  ),
  ev(
    'StatementMade',
    'stmt-lee-nov24',
    { occurredAt: '2010-11-24', recordedAt: rec('2010-11-24', '12:04') },
    {
      speaker: LEE,
      audience: 'north-korea',
      tone: 'warning',
      summary:
        'Lee says he would order strikes on a North Korean military facility if there are signs of new attacks; he and Obama agree on combined exercises, with the carrier George Washington sent to the Yellow Sea.',
    },
    [S.upiNov24],
  ),
  // ===== December 2010: threats, the drill =====
  ev(
    'StatementMade',
    'stmt-npck-dec11',
    { occurredAt: '2010-12-11', recordedAt: rec('2010-12-13', '09:00') },
    {
      speaker: NPCK,
      audience: 'south-korea',
      tone: 'military-threat',
      summary:
        'The National Peace Committee calls the meeting of the South Korean and US chiefs of staff a declaration of an "all-out war" and says the peninsula is moving close to it; the North will mete out "brutal punishment" to those who provoke it.',
      quote: 'The situation on the Korean Peninsula is moving close to the phase of all-out war',
    },
    [S.dongaDec13],
  ),
  ev(
    'StatementMade',
    'stmt-kpa-dec17',
    { occurredAt: '2010-12-17', recordedAt: rec('2010-12-17', '12:00') },
    {
      speaker: KPA,
      audience: 'south-korea',
      tone: 'military-threat',
      summary:
        'The North’s army says it will deal "the second and third unpredictable self-defensive blow" if the South holds its planned live-fire drill on Yeonpyeong, deadlier than the shelling of 23 November.',
      quote:
        'It will be deadlier than what was made on November 23 in terms of the powerfulness and sphere of the strike',
    },
    [S.france24Dec17, S.ibtimesDec17],
  ),
  ev(
    'ActorRegistered',
    'actor-china',
    { occurredAt: '2010-12-20', recordedAt: rec('2010-12-20', '12:00') },
    { actor: CHINA, role: 'third-party' },
    [S.journalDec20],
  ),
  ev(
    'StatementMade',
    'stmt-cui-dec20',
    { occurredAt: '2010-12-20', recordedAt: rec('2010-12-20', '12:01') },
    {
      speaker: CUI,
      audience: 'international audience',
      tone: 'neutral',
      summary:
        'China urges both sides to refrain from conflict: their differences can only be addressed through dialogue and negotiation.',
    },
    [S.journalDec20],
  ),
  ev(
    'IncidentReported',
    'inc-drill-dec20',
    { occurredAt: '2010-12-20', recordedAt: rec('2010-12-20', '12:02') },
    {
      incidentId: 'yeonpyeong-drill-2010-12-20',
      kind: 'force-posture',
      perpetrator: 'south-korea',
      against: 'north-korea',
      target: 'A live-fire artillery drill into the South’s waters',
      place: YEONPYEONG,
      description:
        'The South’s marines hold an hour-and-a-half live-fire artillery drill from Yeonpyeong, firing south-west, away from the North, with warships and fighters in the area and the residents in shelters.',
    },
    [S.abcDec20, S.journalDec20],
  ),
  ev(
    'StatementMade',
    'stmt-kpa-dec20',
    { occurredAt: '2010-12-20', recordedAt: rec('2010-12-20', '12:03') },
    {
      speaker: KPA,
      audience: 'south-korea',
      tone: 'critical',
      summary:
        'The North calls the drill a "reckless military provocation" but says it is not worth reacting to: "the world should properly know who is the true champion of peace".',
    },
    [S.abcDec20, S.journalDec20],
  ),
  // ===== February 2011: the colonels' talks =====
  ev(
    'TalksRoundOpened',
    'round-feb8-opened',
    { occurredAt: '2011-02-08', recordedAt: rec('2011-02-09', '12:00') },
    {
      roundId: 'military-talks-2011-02-08',
      label: 'Preliminary military talks (colonels)',
      format: 'technical',
      venue: 'Panmunjom (south side)',
      delegations: [
        { actorId: 'north-korea', head: RI },
        { actorId: 'south-korea', head: MOON },
      ],
    },
    [S.voaFeb9, S.ahramFeb9],
  ),
  ev(
    'StatementMade',
    'stmt-south-redcross-feb9',
    { occurredAt: '2011-02-09', recordedAt: rec('2011-02-09', '12:01') },
    {
      speaker: SOUTH_GOVT,
      audience: 'north-korea',
      tone: 'conciliatory',
      summary:
        'The South’s Unification Ministry answers the North’s request: it agrees in principle to Red Cross talks on humanitarian issues, including the resumption of family reunions, details to be discussed as it watches relations.',
    },
    [S.voaFeb9, S.ahramFeb9],
  ),
  ev(
    'TalksRoundConcluded',
    'round-feb8-concluded',
    { occurredAt: '2011-02-09', recordedAt: rec('2011-02-09', '12:02') },
    {
      roundId: 'military-talks-2011-02-08',
      outcome: 'collapsed',
      summary:
        'On the second day, after about twenty minutes, the North’s delegation walks out and crosses back over the line: no agenda or date for higher-level talks. The North refused the South’s demand for an apology for Yeonpyeong and the Cheonan. "Under the current situation, we can say the talks have collapsed" (the South’s defence ministry).',
    },
    [S.voaFeb9, S.ahramFeb9],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'koreas-2010.jsonl',
  logEnd: '2011-02-28T00:00:00Z',
  events,
};

export default definition;
