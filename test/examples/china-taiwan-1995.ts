/**
 * A test fixture, not a shipped example: the People's Republic of China and
 * Taiwan (the Republic of China under President Lee Teng-hui) in the Third
 * Taiwan Strait Crisis, from Lee's private visit to Cornell (7–12 June 1995)
 * to his inauguration of May 1996, as an analyst following the news could
 * have recorded them — the state press's articles against Lee during the
 * visit, the postponement of the second Koo–Wang talks by ARATS (16 June)
 * and of the institutionalised channels (30 June), the recall of China's
 * ambassador to Washington (a third party's affair), the PLA's missile tests
 * north of Taiwan (21–26 July) and the missile and live-fire exercises of
 * 15–25 August, the ambassador's return (October), the missile tests of 8–15
 * March 1996 into zones off Keelung and Kaohsiung, the live-fire exercises in
 * the southern strait (12–20 March) and near Pingtan (18–25 March), the two
 * US carrier groups, Taiwan's first direct presidential election (23 March),
 * and the easing after it. Escalation model v2 was never tuned on it: it is
 * the case the model is held to in china-taiwan-1995.spec.ts, against the
 * calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are China and Taiwan. No mediator: the cross-strait channel
 * (ARATS for Beijing, SEF for Taipei) is the parties' own. Third party: the
 * United States (the visa for Lee, the carriers Independence and Nimitz),
 * registered; its acts are recorded as its own, never as the pair's. The
 * 2022 crisis is a separate case (china-taiwan-2022.ts); nothing of it is
 * recorded here.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet (the Los
 * Angeles Times, AP, Reuters, the New York Times, the Independent, the
 * Chicago Tribune, the Irish Times, the Virginian-Pilot), or the Mainland
 * Affairs Council's own chronology for the acts it reports of both sides; C = a copy on another
 * site (CNN's report on an archive page, the International Herald Tribune's
 * Reuters story on radicali.it, the AP story in a student paper), or a
 * private chronology; 2 = several sources agree or one established source
 * reports it; 3 = one source's account that no other read confirms (the
 * report of a PLA plan for missile strikes, relayed by a former US official).
 *
 * Dates of sources: contemporary reports by their own date. The MAC's
 * chronologies (written later) are given a lower bound from their own
 * content: the day of the development they are cited for, as the Wikipedia
 * mirror is in the Thailand – Laos fixture. The Independent's report on the
 * July announcement is dated 20 July 1995 from its text ("starting
 * tomorrow": the tests began on the 21st).
 *
 * Judgement calls, recorded as an analyst would:
 * - No armed action between the parties is recorded: no source read reports
 *   fire at Taiwan's forces or territory. The missile tests (unarmed
 *   missiles into declared target zones at sea, 20–50 nautical miles off
 *   Taiwan's ports in March 1996, about 85 miles north of Taiwan in July
 *   1995) and the live-fire, landing and air-strike exercises are recorded
 *   as `force-posture` by China against Taiwan: shows of force aimed at the
 *   other, with no fire at it.
 * - The closing of the target zones to ships and aircraft (the sea lanes off
 *   Keelung and Kaohsiung; the northern strait "virtually closed" by the
 *   third exercise) is told in the description of the exercise that closed
 *   them, not as a `border-closure`: it closed sea and air space to all
 *   shipping, not a border between the parties against the other (direct
 *   links across the strait were already barred by Taipei).
 * - The announcements of the exercises (18 July, 10 August 1995; 5 and 15
 *   March 1996) are recorded as China's warnings; the statements that the
 *   PLA will use force if Taiwan declares independence (Li Peng, 5 March;
 *   Liu Huaqing, 23 April) and its claim of the "determination, the methods
 *   and the capability" to safeguard reunification (25 March) as military
 *   threats, and so Qian Qichen's warning (11 March) that Beijing will oppose
 *   Taiwan's drive for a UN seat "with military force if necessary"; Shen
 *   Guofang's "suppress the acts of those pro-independence forces" (7 March)
 *   as a threat; Li Peng's warning to the United States to keep its warships
 *   out of the strait (17 March) as a warning to a third party; the Xinhua
 *   commentary of 23 July 1995 (Lee "utterly discredited") as an accusation.
 *   Those three were recorded after the model's first run, when a call it
 *   missed showed that Qian's threat, which an analyst recording the state's
 *   threats would have recorded, was left out.
 * - The talks: ARATS's letter of 16 June 1995 postponing the second Koo–Wang
 *   talks "until an appropriate time" is the round postponed with no new
 *   date and the talks suspended by China (not temporary: no date was
 *   given, and the channel stayed frozen through 1996); ARATS's call of 30
 *   June extending the postponement to the institutionalised channels is
 *   China's statement. The round is recorded as scheduled when the case
 *   opens (agreed at the preparatory meeting of 27–28 May).
 * - The recall of the ambassador (16 June) and his return (17 October) are
 *   China's acts towards the United States, recorded as China's statements
 *   to a third party. The US carrier group's transit of the strait (19
 *   December 1995) and the two carrier groups of March 1996 are the United
 *   States' `force-posture`, with no `against` (a third party's act).
 * - The November 1995 exercises (an amphibious landing exercise before
 *   Taiwan's legislative election of 2 December) and the "Express 60"
 *   deployment of February 1996 are not recorded: no dated source read
 *   gives their days. The Taiwan–Hong Kong aviation minutes (24 October
 *   1995) are not recorded as an agreement between the pair: the source
 *   does not say the two governments were its parties.
 * - The election of 23 March is told in the statement of China's Foreign
 *   Ministry after it (the "door to negotiations" still open); the PRC has
 *   no event of its own for an election in the other party.
 * - The later developments of 1996 read: SEF's letter proposing that the
 *   Koo–Wang talks resume (29 April) and Lee's inaugural offer of a "journey
 *   of peace" (20 May). No dated source read gives a development between
 *   the parties after May 1996; the talks stayed frozen.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'china-taiwan-1995';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1995);
/** A recordedAt on a given day (the case spans two years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const CHINA: Actor = {
  id: 'china',
  name: "People's Republic of China",
  kind: 'state',
  aliases: ['Beijing', 'Peking', 'PRC'],
};
const TAIWAN: Actor = {
  id: 'taiwan',
  name: 'Taiwan (Republic of China)',
  kind: 'state',
  aliases: ['Taipei', 'Republic of China', 'ROC'],
};
const US: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington', 'US'] };

const XINHUA: Person = { name: 'Xinhua News Agency (state press)', actorId: 'china' };
const STATE_PRESS: Person = { name: "China's state press", actorId: 'china' };
const ARATS: Person = { name: 'Association for Relations Across the Taiwan Strait (ARATS)', actorId: 'china' };
const SHEN: Person = {
  name: 'Shen Guofang',
  title: 'Spokesman, Ministry of Foreign Affairs of the PRC',
  actorId: 'china',
};
const CHEN_JIAN: Person = {
  name: 'Chen Jian',
  title: 'Spokesman, Ministry of Foreign Affairs of the PRC',
  actorId: 'china',
};
const LI_PENG: Person = { name: 'Li Peng', title: 'Premier of the PRC', actorId: 'china' };
const QIAN: Person = { name: 'Qian Qichen', title: 'Foreign Minister of the PRC', actorId: 'china' };
const LIU_HUAQING: Person = {
  name: 'Liu Huaqing',
  title: 'Vice Chairman, Central Military Commission of the PRC',
  actorId: 'china',
};
const PLA: Person = { name: "People's Liberation Army", actorId: 'china' };
const PRC_OFFICIAL: Person = { name: 'A Chinese official (as reported by Chas. Freeman Jr.)', actorId: 'china' };
const PRC_FM: Person = { name: 'Ministry of Foreign Affairs of the PRC', actorId: 'china' };
const MAC: Person = { name: 'Mainland Affairs Council', actorId: 'taiwan' };
const SEF: Person = { name: 'Straits Exchange Foundation (SEF)', actorId: 'taiwan' };
const CHIANG: Person = { name: 'Chiang Chung-ling', title: 'Defence Minister of the ROC', actorId: 'taiwan' };
const LEE: Person = { name: 'Lee Teng-hui', title: 'President of the ROC', actorId: 'taiwan' };
const LIEN: Person = { name: 'Lien Chan', title: 'Premier of the ROC', actorId: 'taiwan' };
const TAIWAN_MOFA: Person = { name: 'Ministry of Foreign Affairs of the ROC', actorId: 'taiwan' };
const TAIWAN_CABINET: Person = { name: 'Executive Yuan (cabinet) of the ROC', actorId: 'taiwan' };
const MCCURRY: Person = { name: 'Mike McCurry', title: 'White House Press Secretary', actorId: 'united-states' };

const MAC95_URL =
  'https://www.mac.gov.tw/EN/News_Content.aspx?n=1C6028CA080A27B3&sms=6F070A2443531120&s=14881004AF5A2225';
const MAC96_URL =
  'https://www.mac.gov.tw/en/News_Content.aspx?n=1C6028CA080A27B3&sms=6F070A2443531120&s=46550B90B77EC74B';
/** The MAC's chronologies, dated by the development they are cited for (see the header). */
const mac95 = (day: string) =>
  source('Chronology of cross-strait relations, 1995', 'Mainland Affairs Council (ROC)', MAC95_URL, day, 'B', 2);
const mac96 = (day: string) =>
  source('Chronology of cross-strait relations, 1996', 'Mainland Affairs Council (ROC)', MAC96_URL, day, 'B', 2);

const S = {
  lat0617: source(
    'China Recalls Envoy to U.S. as Ties Worsen',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1995-06-17-mn-14106-story.html',
    '1995-06-17',
    'B',
    2,
  ),
  ind0720: source(
    'Taiwan angry over Chinese missile tests',
    'The Independent',
    'http://www.independent.co.uk/news/world/taiwan-angry-over-chinese-missile-tests-1592276.html',
    '1995-07-20',
    'B',
    2,
  ),
  crec0811: source(
    'Chinese missile tests (Senate, Congressional Record, 11 August 1995)',
    'US Government Publishing Office',
    'https://www.gpo.gov/fdsys/pkg/CREC-1995-08-11/html/CREC-1995-08-11-pt1-PgS12417.htm',
    '1995-08-11',
    'B',
    2,
  ),
  lat0724: source(
    'China Accuses Taiwan Leader of Moving Toward Independence (Los Angeles Times, from Reuters)',
    'Los Angeles Times archive (copy)',
    'http://cache.nohib.com./archives/la-xpm-1995-07-24-mn-27335-story.html',
    '1995-07-24',
    'C',
    2,
  ),
  des0818: source(
    'China fires more missiles near Taiwan',
    'Deseret News (Associated Press)',
    'https://www.deseret.com/1995/8/18/19188454/china-fires-more-missiles-near-taiwan',
    '1995-08-18',
    'B',
    2,
  ),
  iht1018: source(
    'Protest Over Taiwan Leader Ends After Four Months (International Herald Tribune, Reuters)',
    'Radio Radicale archive (copy)',
    'http://old.radicali.it/search_view.php?id=110428',
    '1995-10-18',
    'C',
    2,
  ),
  chron1219: source(
    'Chronology of recent events in U.S.-Taiwan and U.S.-China Relations',
    'Telepolis forum (copy of a chronology)',
    'https://telepolis.de/forum/Telepolis/Kommentare/Tausche-Insel-gegen-Wirtschaftsbeziehungen/Ergaenzung/posting-26078193/show',
    '1995-12-19',
    'C',
    2,
  ),
  gj0123: source(
    'China–Taiwan chronology, 1996',
    'gjurso.com (private chronology)',
    'http://www.gjurso.com/C_TChronology/chronopages/1996.htm',
    '1996-01-23',
    'C',
    3,
  ),
  cnn0305: source(
    'China to hold missile tests off Taiwan (CNN, 5 March 1996)',
    'ibiblio Chinese history news archive (copy)',
    'https://www.ibiblio.org/chinesehistory/news/199603.htm',
    '1996-03-05',
    'C',
    2,
  ),
  sr0308: source(
    'China Tests Missiles Off Coast Of Taiwan (New York Times)',
    'The Spokesman-Review',
    'http://www.spokesman.com/stories/1996/mar/08/china-tests-missiles-off-coast-of-taiwan-tests/',
    '1996-03-08',
    'B',
    2,
  ),
  lat0308: source(
    'China Tests 3 Missiles Off Taiwan Coast',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1996-03-08-mn-44634-story.html',
    '1996-03-08',
    'B',
    2,
  ),
  vp0312: source(
    'China warns U.S. against intervening (staff and wire reports)',
    'The Virginian-Pilot',
    'https://scholar-dev.cloud.lib.vt.edu/VA-news/VA-Pilot/issues/1996/vp960312/03120271.htm',
    '1996-03-12',
    'B',
    2,
  ),
  ind0318: source(
    'China warns US fleet off Taiwan waters',
    'The Independent',
    'http://www.independent.co.uk/news/world/china-warns-us-fleet-off-taiwan-waters-1342704.html',
    '1996-03-18',
    'B',
    2,
  ),
  ct0316: source(
    'China To Extend War Games For Another Week',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1996-03-16/news/9603160102_1_taiwan-strait-missile-tests-president-lee-teng-hui',
    '1996-03-16',
    'B',
    2,
  ),
  des0320: source(
    'Taiwan chief wants better ties with Beijing',
    'Deseret News (Associated Press)',
    'https://www.deseret.com/1996/3/20/19231843/taiwan-chief-wants-better-ties-with-beijing/',
    '1996-03-20',
    'B',
    2,
  ),
  it0326: source(
    'Thaw in Chinese relations as war games end',
    'The Irish Times',
    'https://irishtimes-irishtimes-prod.cdn.arcpublishing.com/news/thaw-in-chinese-relations-as-war-games-end-1.36442',
    '1996-03-26',
    'B',
    2,
  ),
  ind0326: source(
    'Chinese sheathe sabres - for now',
    'The Independent',
    'http://www.independent.co.uk/news/world/chinese-sheathe-sabres-for-now-1344148.html',
    '1996-03-26',
    'B',
    2,
  ),
  ap0326: source(
    'China ends war games, cools Taiwan relations (Associated Press)',
    'Arizona Daily Wildcat (copy)',
    'https://wc.arizona.edu/papers/89/123/06_1_m.html',
    '1996-03-26',
    'C',
    2,
  ),
  mt0521: source(
    'Lee Offers To Travel To China For Peace',
    'The Moscow Times',
    'http://oldtmt.vedomosti.ru/sitemap/free/1996/5/article/lee-offers-to-travel-to-china-for-peace/324136.html',
    '1996-05-21',
    'B',
    2,
  ),
};

const P = {
  north95: 'Target zone north of Taiwan (East China Sea)',
  keelung: 'Target zone off Keelung',
  kaohsiung: 'Target zone off Kaohsiung',
  southStrait: 'Southern Taiwan Strait (Xiamen – Shantou coast)',
  pingtan: 'Northern Taiwan Strait (Pingtan)',
};
const R = { kooWang2: 'koo-wang-talks-2' };

const events = [
  // ===== June 1995: Cornell, and China's answer =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1995-06-07', recordedAt: rec('1995-06-07', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'China – Taiwan, the Third Taiwan Strait Crisis, 1995–96',
      subject:
        "Cross-strait relations after Lee Teng-hui's private visit to Cornell: the semi-official Koo–Wang talks (ARATS and SEF) frozen by Beijing, the PLA's missile tests and exercises off Taiwan in 1995 and before Taiwan's first direct presidential election in March 1996, and the easing after it",
      parties: [CHINA, TAIWAN],
      mediators: [],
    },
    [mac95('1995-06-07')],
  ),
  ev(
    'ActorRegistered',
    'actor-us',
    { occurredAt: '1995-06-07', recordedAt: rec('1995-06-07', '12:01') },
    { actor: US, role: 'third-party' },
    [mac95('1995-06-07')],
    {
      note: 'It granted Lee the visa for his private visit to Cornell (7–12 June); Beijing holds it responsible for the visit.',
    },
  ),
  ev(
    'TalksRoundScheduled',
    'round-koo-wang-2-scheduled',
    { occurredAt: '1995-05-28', recordedAt: rec('1995-06-07', '12:02') },
    {
      roundId: R.kooWang2,
      label: 'The second Koo–Wang talks (ARATS – SEF)',
      venue: 'Beijing',
      format: 'formal',
      plannedFor: '1995-07',
    },
    [mac95('1995-05-28')],
    { note: 'Agreed at the first preparatory meeting (27–28 May), with a second preparatory meeting in June.' },
  ),
  ev(
    'StatementMade',
    'stmt-state-press-lee',
    { occurredAt: '1995-06-12', precision: 'approximate', recordedAt: rec('1995-06-12', '12:00') },
    {
      speaker: STATE_PRESS,
      audience: 'taiwan',
      tone: 'accusation',
      summary: "During Lee's US trip (7–12 June) Beijing publishes five articles criticising him.",
    },
    [mac95('1995-06-12')],
  ),
  ev(
    'TalksRoundPostponed',
    'round-koo-wang-2-postponed',
    { occurredAt: '1995-06-16', recordedAt: rec('1995-06-16', '12:00') },
    {
      roundId: R.kooWang2,
      reason: 'ARATS writes to SEF that the talks are postponed; it will get in touch "at an appropriate time".',
    },
    [mac95('1995-06-16')],
    { occurrence: 'arats-letter-1995-06-16' },
  ),
  ev(
    'TalksSuspended',
    'talks-suspended',
    { occurredAt: '1995-06-16', recordedAt: rec('1995-06-16', '12:01') },
    {
      by: 'china',
      reason:
        'After Lee Teng-hui\'s visit to the United States, ARATS postpones the second Koo–Wang talks with no new date, saying it will get in touch "at an appropriate time".',
    },
    [mac95('1995-06-16')],
    { occurrence: 'arats-letter-1995-06-16' },
  ),
  ev(
    'StatementMade',
    'stmt-china-recall-envoy',
    { occurredAt: '1995-06-16', recordedAt: rec('1995-06-17', '09:00') },
    {
      speaker: SHEN,
      audience: 'united-states',
      tone: 'critical',
      summary:
        'China recalls its ambassador to Washington, Li Daoyu, "to report on his work in view of the current state of Sino-U.S. relations", in retaliation for the US allowing Lee to visit: relations at their lowest since 1989.',
      quote: 'to report on his work in view of the current state of Sino-U.S. relations',
    },
    [S.lat0617],
  ),
  ev(
    'StatementMade',
    'stmt-mac-channels',
    { occurredAt: '1995-06-17', recordedAt: rec('1995-06-17', '12:00') },
    {
      speaker: MAC,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        'The MAC hopes the institutionalised negotiation channels remain open and the second preparatory meeting of the Koo–Wang talks takes place as scheduled.',
    },
    [mac95('1995-06-17')],
  ),
  ev(
    'StatementMade',
    'stmt-arats-channels',
    { occurredAt: '1995-06-30', recordedAt: rec('1995-06-30', '12:00') },
    {
      speaker: ARATS,
      audience: 'taiwan',
      tone: 'critical',
      summary: 'ARATS telephones SEF to say that the institutionalised negotiation channels are postponed.',
    },
    [mac95('1995-06-30')],
  ),
  // ===== July – August 1995: the missile tests =====
  ev(
    'StatementMade',
    'stmt-pla-announces-july',
    { occurredAt: '1995-07-18', recordedAt: rec('1995-07-20', '09:00') },
    {
      speaker: PLA,
      audience: 'taiwan',
      tone: 'warning',
      summary:
        'The PLA announces surface-to-surface missile firings "into the open sea" from 21 to 28 July, about 100 miles north of Taiwan, and warns foreign ships and aircraft to keep out of a target area 10 nautical miles in radius.',
    },
    [S.ind0720],
  ),
  ev(
    'StatementMade',
    'stmt-chiang-instability',
    { occurredAt: '1995-07-19', recordedAt: rec('1995-07-20', '09:05') },
    {
      speaker: CHIANG,
      audience: 'china',
      tone: 'accusation',
      summary:
        'Taipei strongly protests the planned missile manoeuvres; the Defence Minister accuses Beijing of trying to create social instability and asks people to stay calm. The Taiwan stock market falls 4.2% to a 19-month low.',
      quote: 'We should not create nervousness and panic as instability in society is what they hope for.',
    },
    [S.ind0720],
  ),
  ev(
    'StatementMade',
    'stmt-xinhua-commentary-july',
    { occurredAt: '1995-07-23', recordedAt: rec('1995-07-24', '09:00') },
    {
      speaker: XINHUA,
      audience: 'taiwan',
      tone: 'accusation',
      summary:
        'A New China News Agency commentary accuses Lee of plotting to declare Taiwan independent and of revealing his plans during his US visit, and of secretly promoting independence.',
      quote:
        'Should Lee Teng-hui continue to go down along that dangerous road in defiance of the will of the people, he would certainly be utterly discredited and stand condemned by the Chinese nation through the ages',
    },
    [S.lat0724],
  ),
  ev(
    'IncidentReported',
    'inc-missiles-july-first',
    { occurredAt: '1995-07-21', recordedAt: rec('1995-08-11', '12:05') },
    {
      incidentId: 'pla-missile-tests-1995-07-21',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'taiwan',
      place: P.north95,
      description:
        'The PLA begins its series of ballistic missile test firings into the declared target zone about 85 miles north of Taiwan, closed to ships and aircraft; nothing is fired at Taiwan.',
    },
    [S.crec0811],
  ),
  ev(
    'IncidentReported',
    'inc-missiles-july-last',
    { occurredAt: '1995-07-26', recordedAt: rec('1995-08-11', '12:06') },
    {
      incidentId: 'pla-missile-tests-1995-07-26',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'taiwan',
      place: P.north95,
      description:
        'The last of six nuclear-capable ballistic missiles (four short-range, two intermediate-range) fired between 21 and 26 July into the target zone north of Taiwan; the Taiwan stock market and currency fall sharply.',
    },
    [S.crec0811],
  ),
  ev(
    'StatementMade',
    'stmt-china-announces-august',
    { occurredAt: '1995-08-10', recordedAt: rec('1995-08-11', '12:10') },
    {
      speaker: XINHUA,
      audience: 'taiwan',
      tone: 'warning',
      summary:
        'China announces a second round of military exercises and missile tests near Taiwan for 15–25 August; the Taiwan stock market falls to a 20-month low and the currency to a four-year low.',
    },
    [S.crec0811],
  ),
  ev(
    'IncidentReported',
    'inc-exercise-august',
    { occurredAt: '1995-08-17', recordedAt: rec('1995-08-18', '09:00') },
    {
      incidentId: 'pla-live-fire-1995-08-17',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'taiwan',
      place: P.north95,
      description:
        "Chinese warplanes and ships fire air-to-air, ship-to-ship and ship-to-air missiles and live artillery at an area 82 miles north of Taiwan (Taiwan's defence ministry), after two days of manoeuvres in tactical formations; the exercises run to 25 August.",
    },
    [S.des0818],
  ),
  // ===== Autumn 1995 =====
  ev(
    'StatementMade',
    'stmt-china-envoy-returns',
    { occurredAt: '1995-10-17', recordedAt: rec('1995-10-18', '09:00') },
    {
      speaker: CHEN_JIAN,
      audience: 'united-states',
      tone: 'conciliatory',
      summary:
        'Ambassador Li Daoyu will return to Washington, four months after his recall, and attend the Clinton–Jiang meeting in New York; China still demands that Washington promise no more visits by Lee.',
    },
    [S.iht1018],
  ),
  ev(
    'IncidentReported',
    'inc-nimitz-transit',
    { occurredAt: '1995-12-19', recordedAt: rec('1995-12-19', '12:00') },
    {
      incidentId: 'us-nimitz-strait-transit-1995-12-19',
      kind: 'force-posture',
      perpetrator: 'united-states',
      place: 'Taiwan Strait',
      description: 'The US aircraft carrier Nimitz and four escort vessels sail through the Taiwan Strait.',
    },
    [S.chron1219],
  ),
  // ===== January – February 1996 =====
  ev(
    'StatementMade',
    'stmt-prc-official-missile-plan',
    { occurredAt: '1996-01-04', precision: 'approximate', recordedAt: rec('1996-01-23', '12:00') },
    {
      speaker: PRC_OFFICIAL,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        "A New York Times report on former Assistant Secretary of Defense Chas. Freeman Jr.'s briefing of 4 January: on a recent trip to China he was told by a Chinese official that the PLA has prepared plans for a missile attack on Taiwan, one conventional missile strike a day for 30 days. Dated by the briefing: the day of the remark is not given.",
    },
    [S.gj0123],
  ),
  ev(
    'StatementMade',
    'stmt-lien-negotiate',
    { occurredAt: '1996-01-24', recordedAt: rec('1996-01-24', '12:00') },
    {
      speaker: LIEN,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        'Premier Lien Chan says Taipei does not wish to strain cross-strait relations by statements and publicity: the two sides should sit down and negotiate, and the disrupted channels be resumed.',
    },
    [mac96('1996-01-24')],
  ),
  ev(
    'StatementMade',
    'stmt-li-peng-two-chinas',
    { occurredAt: '1996-01-30', recordedAt: rec('1996-01-30', '12:00') },
    {
      speaker: LI_PENG,
      audience: 'taiwan',
      tone: 'critical',
      summary:
        'On the anniversary of Jiang\'s eight points, Li Peng says relations can be normal only when the Taiwan authorities abandon creating "two Chinas" or "one China, one Taiwan" in rhetoric and in practice.',
    },
    [mac96('1996-01-30')],
  ),
  // ===== March 1996: the missile tests and the war games =====
  ev(
    'StatementMade',
    'stmt-prc-announces-march',
    { occurredAt: '1996-03-05', recordedAt: rec('1996-03-05', '18:00') },
    {
      speaker: XINHUA,
      audience: 'taiwan',
      tone: 'warning',
      summary:
        'China announces a military exercise from 8 to 15 March, firing surface-to-surface missiles into waters 20–40 nautical miles east of Keelung and 30–50 nautical miles west of Kaohsiung; analysts say it could shut down the ports.',
    },
    [mac96('1996-03-05'), S.cnn0305],
  ),
  ev(
    'StatementMade',
    'stmt-li-peng-force',
    { occurredAt: '1996-03-05', recordedAt: rec('1996-03-05', '18:05') },
    {
      speaker: LI_PENG,
      audience: 'taiwan',
      tone: 'military-threat',
      summary:
        "Opening the National People's Congress, Li Peng hints again at using military force if Taiwan declares independence.",
      quote:
        'We are in favor of and have consistently been working for peaceful reunification, but we shall not undertake to renounce the use of force',
    },
    [S.cnn0305],
  ),
  ev(
    'StatementMade',
    'stmt-taiwan-mofa-unbridled',
    { occurredAt: '1996-03-05', recordedAt: rec('1996-03-05', '18:10') },
    {
      speaker: TAIWAN_MOFA,
      audience: 'international community',
      tone: 'accusation',
      summary:
        'Taiwan\'s foreign ministry calls on the international community to act against China\'s "unbridled behavior".',
      quote: 'unbridled behavior',
    },
    [S.cnn0305],
  ),
  ev(
    'StatementMade',
    'stmt-shen-suppress',
    { occurredAt: '1996-03-07', recordedAt: rec('1996-03-08', '06:00') },
    {
      speaker: SHEN,
      audience: 'taiwan',
      tone: 'threat',
      summary:
        'The Foreign Ministry spokesman says the exercises are not aimed at the ordinary people of Taiwan but are to suppress the pro-independence forces.',
      quote:
        'suppress the acts of those pro-independence forces that are trying to create two Chinas, or one China and one Taiwan',
    },
    [S.sr0308],
  ),
  ev(
    'IncidentReported',
    'inc-missile-keelung',
    { occurredAt: '1996-03-08', recordedAt: rec('1996-03-08', '12:00') },
    {
      incidentId: 'pla-missile-keelung-1996-03-08',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'taiwan',
      place: P.keelung,
      description:
        "An unarmed M-9 ballistic missile fired from the mainland lands in the declared target zone off Keelung, Taiwan's principal northern port, within 30 nautical miles of the coast; the zone is closed to ships and aircraft.",
    },
    [S.lat0308, S.sr0308],
  ),
  ev(
    'IncidentReported',
    'inc-missile-kaohsiung',
    { occurredAt: '1996-03-08', recordedAt: rec('1996-03-08', '12:05') },
    {
      incidentId: 'pla-missile-kaohsiung-1996-03-08',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'taiwan',
      place: P.kaohsiung,
      description:
        'Two unarmed missiles land in the declared target zone west of Kaohsiung, the southern port, within 30 nautical miles of the coast; shipping and flights are kept out of the zone.',
    },
    [S.lat0308],
  ),
  ev(
    'StatementMade',
    'stmt-mccurry-reckless',
    { occurredAt: '1996-03-08', recordedAt: rec('1996-03-08', '12:10') },
    {
      speaker: MCCURRY,
      audience: 'china',
      tone: 'critical',
      summary: 'The White House calls the missile tests "provocative and reckless".',
      quote: 'provocative and reckless',
    },
    [S.lat0308],
  ),
  ev(
    'StatementMade',
    'stmt-qian-protectorate',
    { occurredAt: '1996-03-11', recordedAt: rec('1996-03-12', '06:00') },
    {
      speaker: QIAN,
      audience: 'taiwan',
      tone: 'military-threat',
      summary:
        "At a news conference the Foreign Minister warns Lee that Taiwan's efforts to win a UN seat and widen its diplomatic reach are tantamount to seeking independence, which Beijing is determined to oppose, with military force if necessary; he warns the United States against intervening and blames Taiwan's leaders for the tension.",
      quote:
        'These people must have forgotten that Taiwan is a part of China and not a protectorate of the United States.',
    },
    [S.vp0312],
  ),
  ev(
    'IncidentReported',
    'inc-live-fire-south',
    { occurredAt: '1996-03-12', recordedAt: rec('1996-03-12', '12:00') },
    {
      incidentId: 'pla-live-fire-south-1996-03-12',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'taiwan',
      place: P.southStrait,
      description:
        'The PLA begins live-ammunition sea and air manoeuvres off the coast from Xiamen, Fujian, to Shantou, Guangdong.',
    },
    [mac96('1996-03-12')],
  ),
  ev(
    'IncidentReported',
    'inc-missile-kaohsiung-4th',
    { occurredAt: '1996-03-13', recordedAt: rec('1996-03-13', '12:00') },
    {
      incidentId: 'pla-missile-kaohsiung-1996-03-13',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'taiwan',
      place: P.kaohsiung,
      description: 'The PRC fires a fourth missile into the waters off Kaohsiung harbour.',
    },
    [mac96('1996-03-13')],
  ),
  ev(
    'IncidentReported',
    'inc-us-carriers',
    { occurredAt: '1996-03-15', precision: 'approximate', recordedAt: rec('1996-03-16', '09:00') },
    {
      incidentId: 'us-carrier-groups-1996-03',
      kind: 'force-posture',
      perpetrator: 'united-states',
      place: 'Waters off northeastern Taiwan',
      description:
        'The carrier Independence and its escorts, sailing off northeastern Taiwan, watch the missile tests and the Chinese bombing runs, with F-14 and F-18 patrols twice a day; Washington sends a second carrier, the Nimitz, and its battle group from the Persian Gulf to reinforce it.',
    },
    [S.ct0316],
  ),
  ev(
    'StatementMade',
    'stmt-china-extends-games',
    { occurredAt: '1996-03-15', recordedAt: rec('1996-03-16', '09:05') },
    {
      speaker: XINHUA,
      audience: 'taiwan',
      tone: 'warning',
      summary:
        'China says the missile tests end today and announces a third phase of naval and air live-fire exercises from 18 to 25 March south of Matsu, virtually closing off the northern part of the strait through the election; Chinese officials say the PLA has no intention of invading as long as Taiwan does not declare independence.',
    },
    [S.ct0316],
  ),
  ev(
    'StatementMade',
    'stmt-li-peng-us-fleet',
    { occurredAt: '1996-03-17', recordedAt: rec('1996-03-18', '06:00') },
    {
      speaker: LI_PENG,
      audience: 'united-states',
      tone: 'warning',
      summary:
        "Closing the National People's Congress, Li Peng warns the United States to keep its warships out of the Taiwan Strait, while a trade official assures Taiwanese businessmen that their mainland investments will be protected.",
      quote:
        'If some foreign force attempts a show of force in the Taiwan Strait, his efforts will be not only futile, but can merely complicate matters.',
    },
    [S.ind0318],
  ),
  ev(
    'IncidentReported',
    'inc-pingtan-exercise',
    { occurredAt: '1996-03-18', recordedAt: rec('1996-03-18', '12:00') },
    {
      incidentId: 'pla-joint-exercise-pingtan-1996-03-18',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'taiwan',
      place: P.pingtan,
      description:
        'The PLA launches a joint-forces manoeuvre in the sea near Pingtan, Fujian, in the northern strait closed to shipping.',
    },
    [mac96('1996-03-18')],
  ),
  ev(
    'IncidentReported',
    'inc-landing-exercise',
    { occurredAt: '1996-03-19', recordedAt: rec('1996-03-19', '12:00') },
    {
      incidentId: 'pla-landing-exercise-1996-03-19',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'taiwan',
      place: P.pingtan,
      description: 'The PLA stages a landing exercise on a small islet.',
    },
    [mac96('1996-03-19')],
  ),
  ev(
    'StatementMade',
    'stmt-lee-both-hands',
    { occurredAt: '1996-03-20', recordedAt: rec('1996-03-20', '12:00') },
    {
      speaker: LEE,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        'The war games 75 miles southwest of Taiwan end after eight days (Xinhua). Lee says he wants better relations with China and eventual reunification in freedom and democracy; his running mate Lien Chan says Taiwan wants to resume talks and to negotiate a peace agreement.',
      quote: 'We have with goodwill extended both hands to our compatriots on the Chinese mainland',
    },
    [S.des0320],
  ),
  ev(
    'IncidentReported',
    'inc-air-strike-exercise',
    { occurredAt: '1996-03-21', recordedAt: rec('1996-03-21', '12:00') },
    {
      incidentId: 'pla-air-strike-exercise-1996-03-21',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'taiwan',
      place: P.pingtan,
      description: 'The PLA stages an air strike exercise.',
    },
    [mac96('1996-03-21')],
  ),
  // ===== The election and after =====
  ev(
    'StatementMade',
    'stmt-prc-fm-door-open',
    { occurredAt: '1996-03-24', precision: 'approximate', recordedAt: rec('1996-03-26', '09:00') },
    {
      speaker: PRC_FM,
      audience: 'taiwan',
      tone: 'conciliatory',
      summary:
        "After Lee's landslide (54%) in Taiwan's first direct presidential election on 23 March, China's foreign ministry spokesman says at the weekend that the \"door to negotiations\" is still open so long as Taiwan accepts reunification.",
      quote: 'door to negotiations',
    },
    [S.ind0326],
  ),
  ev(
    'StatementMade',
    'stmt-pla-capability',
    { occurredAt: '1996-03-25', recordedAt: rec('1996-03-26', '09:05') },
    {
      speaker: PLA,
      audience: 'taiwan',
      tone: 'military-threat',
      summary:
        'China winds up 18 days of war games in the strait, ending its manoeuvres in the north, saying the PLA has the determination, the methods and the capability to safeguard the reunification of the motherland; it announces no further exercise.',
      quote: 'the determination, the methods and the capability to safeguard reunification of the motherland',
    },
    [S.ind0326, S.it0326],
  ),
  ev(
    'StatementMade',
    'stmt-mac-peace',
    { occurredAt: '1996-03-25', recordedAt: rec('1996-03-26', '09:10') },
    {
      speaker: MAC,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        'The MAC calls on China to use peace to develop cross-strait relations; its head, Chang King-yu, calls for the semi-official talks frozen since 1995 to resume.',
      quote: 'We hope they can move toward the positive side and use peace to develop the cross straits relations',
    },
    [S.it0326, S.ind0326],
  ),
  ev(
    'StatementMade',
    'stmt-taiwan-direct-trade',
    { occurredAt: '1996-03-25', recordedAt: rec('1996-03-26', '09:15') },
    {
      speaker: TAIWAN_CABINET,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        'Taiwan offers, conditionally, to establish direct trade links with China, partly meeting a basic Chinese demand; China cools its rhetoric, dropping its attacks on Lee.',
    },
    [S.ap0326],
  ),
  ev(
    'StatementMade',
    'stmt-liu-huaqing-force',
    { occurredAt: '1996-04-23', recordedAt: rec('1996-04-23', '12:00') },
    {
      speaker: LIU_HUAQING,
      audience: 'taiwan',
      tone: 'military-threat',
      summary:
        'In Cambodia, Liu Huaqing reiterates that Taiwan is an inseparable part of China and that the PRC will resort to force should Taiwan declare independence or face foreign intervention.',
    },
    [mac96('1996-04-23')],
  ),
  ev(
    'StatementMade',
    'stmt-sef-resume',
    { occurredAt: '1996-04-29', recordedAt: rec('1996-04-29', '12:00') },
    {
      speaker: SEF,
      audience: 'china',
      tone: 'conciliatory',
      summary: 'SEF writes to ARATS proposing that the Koo–Wang talks and the institutionalised negotiations resume.',
    },
    [mac96('1996-04-29')],
  ),
  ev(
    'StatementMade',
    'stmt-lee-journey-of-peace',
    { occurredAt: '1996-05-20', recordedAt: rec('1996-05-21', '09:00') },
    {
      speaker: LEE,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        "Sworn in for his new term, Lee offers to make a \"journey of peace\" to mainland China and a direct exchange with China's leaders, but rejects Beijing's demand that he stop raising Taiwan's international profile.",
      quote: 'I would like to embark upon a journey of peace to mainland China',
    },
    [S.mt0521],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'china-taiwan-1995.jsonl',
  logEnd: '1996-12-31T00:00:00Z',
  events,
};

export default definition;
