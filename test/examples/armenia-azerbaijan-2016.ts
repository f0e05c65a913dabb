/**
 * A test fixture, not a shipped example: Armenia and Azerbaijan from the
 * incidents on the Nagorno-Karabakh line of contact in December 2015 (the
 * first tank fire since 1994, snipers, commando raids) through the four-day
 * war of 2–5 April 2016 (Talysh, Madagiz, Lala Tepe, the Mardakert and
 * Martuni directions; tens killed on each side, a helicopter shot down,
 * civilians killed), Azerbaijan's unilateral ceasefire of 3 April with the
 * fighting going on, the ceasefire its chief of general staff and Armenia's
 * agreed in Moscow (in force at noon local time on 5 April) and its
 * violations, the Vienna summit of 16 May (Aliyev and Sargsyan with the
 * Minsk Group co-chairs: commitment to the ceasefire, an OSCE investigative
 * mechanism, more monitors), the St Petersburg summit of 20 June, the
 * sporadic violations of autumn 2016, the fighting at Chinari on Armenia's
 * state border (29 December 2016) and the skirmishes of February 2017.
 * Escalation model v2 was never tuned on it: it is the case the model is held
 * to in armenia-azerbaijan-2016.spec.ts, against the calls an analyst makes
 * from DOMAIN.md §5b alone. A separate negotiation from
 * armenia-azerbaijan-2020 and armenia-azerbaijan-2025.
 *
 * What it tests: a four-day war on a line under a ceasefire in force for
 * decades; a unilateral ceasefire that the other side rejects and the fighting
 * ignores; a brokered ceasefire that holds with violations; summits with
 * commitments but no new agreement implemented; and a proxy, the forces of the
 * de facto Nagorno-Karabakh Republic (Artsakh).
 *
 * Judgement calls, recorded as an analyst would:
 * - The Nagorno-Karabakh Defence Army is registered as a third party
 *   (`nagorno-karabakh`, the de facto authority and its forces), unlike the
 *   2020 case, which recorded it as Armenia's side. Its acts, and Azerbaijan's
 *   acts against it, are recorded as its own where the sources name only the
 *   Karabakh forces or the Karabakh defence ministry (the December 2015
 *   incidents, the soldiers it reports killed after 5 April); where Azerbaijan
 *   holds Armenia responsible for them, that is `blamedOn: 'armenia'`.
 *   Where the sources say Armenian forces fought — the four-day war, for which
 *   Armenia's president counted 18 Armenian soldiers killed on 2 April, its
 *   defence ministry announced the counter-attack and its chief of general
 *   staff agreed the ceasefire; the fire on Vardenis in Armenia (6 April); the
 *   fighting at Chinari on Armenia's state border (29 December); the clash of
 *   25 February 2017 ("Armenian troops alongside allied Karabakh separatist
 *   forces", Stratfor/AFP) — the acts are Armenia's and Azerbaijan's. Even
 *   during the war, an act reported only by the Karabakh side (the Grad fire
 *   on Martakert of 3 April) or by Baku as the "Karabakh militia's" (4 April)
 *   is recorded as the Karabakh side's, as the source gives it.
 * - A ceasefire violation alleged by Armenia's or Azerbaijan's government is
 *   the pair's, whoever's soldiers died: both governments agreed the
 *   ceasefire. One the Karabakh defence ministry alleges is its own.
 * - The 1994 ceasefire (Bishkek protocol, Russia mediating) is recorded as in
 *   force until the war, and ended (`collapsed`) on 2 April 2016: an
 *   analyst's reading. Nobody renounced it, but both sides fought along the
 *   whole line with tanks, artillery and aircraft, Sargsyan called it "the
 *   most wide-scale military action … since the establishment of the 1994
 *   ceasefire regime", and the sides had to agree a new cessation of
 *   hostilities in Moscow on 5 April. The Vienna statement's "commitment to
 *   the ceasefire" and the co-chairs' insistence on the 1994 and 1995
 *   agreements are recorded as a restatement of the 5 April ceasefire
 *   (CeasefireExtended, with those terms), not as a new agreement.
 * - Azerbaijan's unilateral ceasefire of 3 April binds Azerbaijan only; the
 *   Karabakh side called it false the same day and the fighting went on that
 *   night and the next day, when Baku threatened Stepanakert. It is recorded as
 *   ended (`collapsed`) on the morning of 4 April, when the reports of the
 *   fighting overnight came out.
 * - The Moscow ceasefire of 5 April was oral; it is recorded as a ceasefire
 *   (indefinite, mediated by Russia) with the chiefs of general staff's meeting
 *   as a technical round, without an AgreementReached (no text, no provisions
 *   beyond the cessation). Neither summit reached an agreement that was
 *   implemented: the investigative mechanism was never set up. They are rounds
 *   with outcome `progress`.
 * - Tolls are as the sources give them, ranges where they differ; one side's
 *   count of the other's dead is in the text only. The days of the war had
 *   more fighting than is recorded here; the record follows the reports found.
 *   Sporadic fire between the violations recorded (nightly shooting reported
 *   by both defence ministries in counts of "violations") is not recorded.
 * - The child killed on 2 April is placed in Martuni by CivilNet's day-by-day
 *   timeline, which has no publication date the record could cite; the record
 *   follows AP's report of that day (a missile barrage on Karabakh settlements,
 *   a child reportedly killed, two boys wounded) and names no town. The
 *   Armenian warning of a large-scale war (4 April) is reported without its
 *   speaker, and recorded as the government's.
 * - The land border between the two has been closed since the 1990s; nothing
 *   closed it in 2015–17, and it is not recorded as a closure.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (AP, AFP, Reuters, RFE/RL, TASS), C = smaller outlet, aggregator, mirror or
 * an outlet aligned with one side (PanARMENIAN, Armenpress, news.am, Armenian
 * Public Radio, Asbarez, News.az, Vestnik Kavkaza), D = blogs and
 * unsourced aggregators; 1 = an on-record statement or act confirmed by the
 * actor itself, 2 = several outlets agree or one established outlet reports
 * it, 3 = one side's unverified claim about the other.
 */
import type { Actor, Person, Source } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'armenia-azerbaijan-2016';
const at15 = caseKit(NEGOTIATION_ID, 'test-analyst', 2015).at;
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2016);
const at17 = caseKit(NEGOTIATION_ID, 'test-analyst', 2017).at;

const ARMENIA: Actor = { id: 'armenia', name: 'Armenia', kind: 'state', aliases: ['Yerevan'] };
const AZERBAIJAN: Actor = { id: 'azerbaijan', name: 'Azerbaijan', kind: 'state', aliases: ['Baku'] };
const RUSSIA: Actor = { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow', 'Kremlin'] };
const FRANCE: Actor = { id: 'france', name: 'France', kind: 'state', aliases: ['Paris'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const NKR: Actor = {
  id: 'nagorno-karabakh',
  name: 'Nagorno-Karabakh Republic (Artsakh) and its Defence Army',
  kind: 'de-facto-authority',
  aliases: [
    'NKR',
    'Artsakh',
    'Nagorno-Karabakh Defence Army',
    'Artsakh Defence Army',
    'Stepanakert',
    'Karabakh forces',
  ],
};

const SARGSYAN: Person = { name: 'Serzh Sargsyan', title: 'President of Armenia', actorId: 'armenia' };
const OHANYAN: Person = { name: 'Seyran Ohanyan', title: 'Defence Minister of Armenia', actorId: 'armenia' };
const NALBANDIAN: Person = { name: 'Edward Nalbandian', title: 'Foreign Minister of Armenia', actorId: 'armenia' };
const BALAYAN: Person = {
  name: 'Tigran Balayan',
  title: 'Spokesman of the Ministry of Foreign Affairs of Armenia',
  actorId: 'armenia',
};
const ARM_MOD: Person = { name: 'Ministry of Defence of Armenia (statement)', actorId: 'armenia' };
const ARM_GOV: Person = { name: 'Government of Armenia (as reported, speaker not named)', actorId: 'armenia' };
const AZ_MOD: Person = { name: 'Ministry of Defence of Azerbaijan (statement)', actorId: 'azerbaijan' };
const NKR_MOD: Person = { name: 'Defence Ministry of Nagorno-Karabakh (statement)', actorId: 'nagorno-karabakh' };
const BABAYAN: Person = {
  name: 'David Babayan',
  title: 'Spokesman of the President of Nagorno-Karabakh',
  actorId: 'nagorno-karabakh',
};
const PESKOV: Person = { name: 'Dmitry Peskov', title: 'Spokesman of the President of Russia', actorId: 'russia' };

const CF = {
  bishkek: 'bishkek-1994',
  unilateral: 'azerbaijan-unilateral-2016-04-03',
  moscow: 'moscow-2016-04-05',
};
const R = { moscow: 'moscow-chiefs-2016-04-05', vienna: 'vienna-summit-2016-05-16', spb: 'st-petersburg-2016-06-20' };
const O = {
  dec8: 'tank-fire-2015-12-08',
  apr2south: 'karabakh-settlements-2016-04-02',
  apr2az: 'terter-2016-04-02',
  apr3az: 'fuzuli-terter-aghdam-2016-04-03',
  vardenis: 'vardenis-2016-04-06',
  apr14: 'ahmadov-2016-04-14',
  apr14arm: 'karabakh-two-killed-2016-04-14',
  apr27: 'martakert-2016-04-27',
  apr27az: 'aghdam-2016-04-27',
  oct26: 'talish-2016-10-26',
  feb11: 'gafarov-2017-02-11',
  feb25: 'khojavend-fuzuli-2017-02-25',
};

const S = {
  azatutyunDec4: source(
    'Armenian Soldier Killed In Karabakh After U.S., Russian Appeal',
    'Azatutyun (RFE/RL Armenian Service)',
    'https://azatutyun.am/amp/27407516.html',
    '2015-12-04',
    'B',
    2,
  ),
  azatutyunDec9: source(
    'Azerbaijan Uses Tank In Karabakh Fighting',
    'Azatutyun (RFE/RL Armenian Service)',
    'https://azatutyun.am/amp/27417261.html',
    '2015-12-09',
    'B',
    2,
  ),
  panarmDec9: source(
    'Armenian soldier killed as Azerbaijan uses tank in ceasefire violations',
    'PanARMENIAN.Net',
    'https://www.panarmenian.net/m/eng/news/202029',
    '2015-12-09',
    'C',
    3,
  ),
  panarmDec19: source(
    'Azerbaijan fires 19000 shots in ceasefire violations on Dec 13-19',
    'PanARMENIAN.Net',
    'https://www.panarmenian.net/m/eng/news/202636',
    '2015-12-19',
    'C',
    3,
  ),
  infobalkansApr2: source(
    'Armenian, Azerbaijani forces in deadly clashes',
    'InfoBalkans (AFP)',
    'https://infobalkans.com/node/111586',
    '2016-04-02',
    'C',
    2,
  ),
  globalnewsreelApr2: source(
    'Heavy fighting breaks out between Armenian, Azeri forces',
    'Global News Reel (Al Jazeera)',
    'http://globalnewsreel.com/news/world/heavy-fighting-breaks-out-between-armenian-azeri-forces',
    '2016-04-02',
    'C',
    2,
  ),
  foxApr2: source(
    'Armenia: Heavy fighting in Nagorno-Karabakh, helicopter hit',
    'Fox News (AP)',
    'https://www.foxnews.com/world/armenia-heavy-fighting-in-nagorno-karabakh-helicopter-hit',
    '2016-04-02',
    'B',
    2,
  ),
  newcoldwarApr3: source(
    'Conflict erupts between Azerbaijani and Armenian forces (AP, 3 April 2016)',
    'New Cold War (AP)',
    'https://newcoldwar.org/conflict-erupts-between-azerbaijani-and-armenian-forces/',
    '2016-04-03',
    'C',
    2,
  ),
  csmonitorApr3: source(
    'Azerbaijan: Unilateral cease-fire against Nagorno-Karabakh',
    'Christian Science Monitor (AP)',
    'https://csmonitor.com/layout/set/amphtml/World/Middle-East/2016/0403/Azerbaijan-Unilateral-cease-fire-against-Nagorno-Karabakh',
    '2016-04-03',
    'B',
    2,
  ),
  gulftimeApr3: source(
    "Azerbaijan announces 'unilateral' ceasefire in Nagorny Karabakh",
    'Gulf Time (AFP)',
    'https://gulftime.ae/azerbaijan-announces-unilateral-ceasefire-in-nagorny-karabakh/',
    '2016-04-03',
    'C',
    2,
  ),
  banglanewsApr3: source(
    "Azerbaijan announces 'unilateral ceasefire'",
    'Banglanews24 (BBC)',
    'https://banglanews24.com/english/international/news/bd/51216.details',
    '2016-04-03',
    'C',
    2,
  ),
  beaconApr3: source(
    'Azerbaijan calls ceasefire after heavy fighting in Nagorno',
    'Beacon Examiner',
    'https://beaconexaminer.com/azerbaijan-calls-ceasefire-after-heavy-fighting-in-nagorno',
    '2016-04-03',
    'D',
    3,
  ),
  lidtimeApr5: source(
    'Azerbaijan reports more losses as Nagorno-Karabakh fighting rumbles on',
    'Lidtime',
    'https://lidtime.com/azerbaijan-reports-more-losses-as-nagorno-karabakh-fighting-rumbles-on-6025',
    '2016-04-05',
    'D',
    3,
  ),
  setasApr4: source(
    'Armenian News... Breaking: Update on escalation in Karabakh',
    'Armenian News (A. Topalian digest)',
    'http://setasarmenian.blogspot.com/2016/04/armenian-news-topalian-breaking-update.html',
    '2016-04-04',
    'D',
    2,
  ),
  eotApr5: source(
    'Azerbaijan and Karabakh declare a ceasefire on the contact line',
    'EoT (RIA Novosti)',
    'http://eu.eot.su/2016/04/05/azerbaijan-and-karabakh-declare-a-ceasefire-on-the-contact-line/',
    '2016-04-05',
    'C',
    2,
  ),
  uatodayApr5: source(
    'Armenian forces agree shaky ceasefire with Azerbaijan over breakaway region',
    'UA Today (AP)',
    'http://uatoday.tv/politics/armenian-forces-agree-shaky-ceasefire-with-azerbaijan-over-breakaway-region-624999.html',
    '2016-04-05',
    'C',
    2,
  ),
  rtApr6: source(
    'Armenia, Azeri General Staff chiefs agreed Nagorno-Karabakh ceasefire in Moscow on April 5',
    'RT',
    'https://www.rt.com/news/338591-armenia-azerbaijan-ceasefire-moscow/',
    '2016-04-06',
    'C',
    1,
  ),
  newcoldwarApr6: source(
    'Mediation by Moscow produces end to military clashes in Nagorno-Karabakh (TASS)',
    'New Cold War (TASS)',
    'https://newcoldwar.org/mediation-moscow-produces-end-military-clashes-nagorno-karabakh/',
    '2016-04-06',
    'C',
    1,
  ),
  sputnikBrApr7: source(
    'Armênia acusa Azerbaijão de violar trégua',
    'Sputnik Brasil',
    'https://noticiabrasil.net.br/20160407/azerbaijao-violar-tregua-4053996.html',
    '2016-04-07',
    'C',
    3,
  ),
  vovApr14: source(
    'Azerbaijan accuses Armenia of violating ceasefire',
    'VOV World',
    'https://vovworld.vn/en-US/news/azerbaijan-accuses-armenia-of-violating-ceasefire-428193.vov',
    '2016-04-15',
    'C',
    3,
  ),
  armenianowApr15: source(
    'Karabakh: Conflicting parties exchange blame amid tense ceasefire',
    'ArmeniaNow',
    'https://www.armenianow.com/en/karabakh/2016/04/15/armenia-karabakh-ceasefire-azerbaijan-blame/1042/',
    '2016-04-15',
    'C',
    3,
  ),
  azatutyunApr15: source(
    'Yerevan Accuses Baku Of Violating Karabakh Truce',
    'Azatutyun (RFE/RL Armenian Service)',
    'https://azatutyun.am/a/27677660.html',
    '2016-04-15',
    'B',
    2,
  ),
  commonspaceApr27: source(
    'More shelling overnight in Karabakh',
    'commonspace.eu',
    'http://commonspace.eu/index.php?m=23&news_id=3533',
    '2016-04-27',
    'C',
    2,
  ),
  peacekeeperApr28: source(
    'Azerbaijan and Armenia Violate Ceasefire Once Again',
    'Peacekeeper.ru',
    'http://peacekeeper.ru/en/?module=news&action=view&id=29282',
    '2016-04-28',
    'C',
    3,
  ),
  asbarezMay13: source(
    'Armenian soldier dead after Azeri open fire',
    'Armenia.com.au (Asbarez)',
    'http://www.armenia.com.au/news/International-News/English/52557/Armenian-soldier-dead-after-Azeri-open-fire',
    '2016-05-13',
    'C',
    3,
  ),
  townhallMay16: source(
    'Armenian, Azeri leaders agree on a need for Nagorno-Karabakh ceasefire',
    'Townhall (Reuters)',
    'https://townhall.com/news/politics-elections/2016/05/16/armenian-azeri-leaders-agree-on-a-need-for-nagornokarabakh-ceasefire-n2164085',
    '2016-05-16',
    'B',
    1,
  ),
  azatutyunMay17: source(
    'Aliyev, Sarkisian Agree On Karabakh Truce Safeguards',
    'Azatutyun (RFE/RL Armenian Service)',
    'https://azatutyun.am/amp/27739346.html',
    '2016-05-17',
    'B',
    1,
  ),
  xinhuaMay17: source(
    'Armenia, Azerbaijan reiterate commitment to peaceful solution of Nagorno-Karabakh conflict',
    'China.org.cn (Xinhua)',
    'http://en.chinagate.cn/2016-05/17/content_38473345.htm',
    '2016-05-17',
    'B',
    1,
  ),
  aravotJun21: source(
    'Sarkisian, Aliyev agree to increase observers in Karabakh',
    'Aravot',
    'https://en.aravot.am/2016/06/21/177908',
    '2016-06-21',
    'C',
    1,
  ),
  armradioOct26: source(
    'Karabakh soldier killed in Azeri firing',
    'Public Radio of Armenia',
    'https://en.armradio.am/2016/10/26/karabakh-soldier-killed-in-azeri-firing/',
    '2016-10-26',
    'C',
    3,
  ),
  refworldDec29: source(
    'At least four soldiers said killed in Armenia-Azerbaijan clash',
    'Radio Free Europe/Radio Liberty (Refworld)',
    'https://www.refworld.org/docid/5975a3c54.html',
    '2016-12-29',
    'B',
    2,
  ),
  armenpressDec29: source(
    'CSTO considers Azerbaijani sabotage attempt in Chinari village as provocation',
    'Armenpress',
    'http://armenpress.am/eng/news/873676/',
    '2016-12-29',
    'C',
    1,
  ),
  newsamDec29: source(
    'Armenia Armed Forces neutralize Azerbaijan troops’ aggressive actions',
    'News.am',
    'https://news.am/eng/news/365648.html',
    '2016-12-29',
    'C',
    1,
  ),
  freenewsFeb12: source(
    'Azerbaijan reported the death of the military on the line of contact in Karabakh',
    'Freenews',
    'http://freenews-en.tk/2017/02/12/azerbaijan-reported-the-death-of-the-military-on-the-line-of-contact-in-karabakh/',
    '2017-02-12',
    'D',
    3,
  ),
  stratforFeb25: source(
    'Armenia, Azerbaijan: Deadly Clashes Occur Along Nagorno-Karabakh Front Lines',
    'Stratfor',
    'https://worldview.stratfor.com/situation-report/armenia-azerbaijan-deadly-clashes-occur-along-nagorno-karabakh-front-lines',
    '2017-02-25',
    'B',
    2,
  ),
};

type Who = 'armenia' | 'azerbaijan' | 'nagorno-karabakh';
type Kind = 'clash' | 'shelling' | 'drone-strike' | 'missile-strike' | 'airstrike';

/** One armed act as alleged: `by` against `against`. */
function armed(
  key: string,
  when: { occurredAt: string; precision?: 'exact' | 'day' | 'approximate'; recordedAt: string },
  kind: Kind,
  by: Who,
  against: Who,
  allegedBy: Who | undefined,
  detail: {
    place: string;
    blamedOn?: Who;
    fatalities?: { min: number; max: number };
    injured?: { min: number; max: number };
    civilianFatalities?: { min: number; max: number };
    description: string;
  },
  sources: readonly Source[],
  occurrence?: string,
) {
  return ev(
    'IncidentReported',
    key,
    when,
    {
      incidentId: key,
      kind,
      perpetrator: by,
      ...(allegedBy !== undefined ? { allegedBy } : {}),
      against,
      ...detail,
    },
    sources,
    occurrence !== undefined ? { occurrence } : {},
  );
}

/** A ceasefire violation as `allegedBy` alleges it against `against`. */
function violation(
  key: string,
  when: { occurredAt: string; precision?: 'exact' | 'day' | 'approximate'; recordedAt: string },
  ceasefireId: string,
  allegedBy: Who,
  against: Who,
  detail: {
    casualties?: { min: number; max: number };
    civilianFatalities?: { min: number; max: number };
    description: string;
  },
  sources: readonly Source[],
  occurrence?: string,
) {
  return ev(
    'CeasefireViolationReported',
    key,
    when,
    { ceasefireId, allegedBy, against, ...detail },
    sources,
    occurrence !== undefined ? { occurrence } : {},
  );
}

/** The place names, written one way each (acts whose places read alike are one place). */
const P = {
  talysh: 'Talysh and Madagiz (Sugovushan), north-eastern direction (Mardakert / Terter)',
  settlements: 'Settlements behind the line of contact in Nagorno-Karabakh (Armenian account)',
  lalaTepe: 'Lala Tepe height, southern direction (Horadiz / Fuzuli)',
  terter: 'Terter district (Azerbaijan), opposite Mardakert',
  fuzuliAghdam: 'Fuzuli, Terter and Aghdam districts (Azerbaijan), along the line of contact',
  vardenis: 'Near Vardenis, Gegharkunik province (Armenia), on the state border',
  chinari: 'Near Chinari, Tavush province (Armenia), on the state border',
  khojavendFuzuli: 'Khojavend – Fuzuli section of the line of contact',
  lineNorth: 'Northern and north-eastern line of contact around Nagorno-Karabakh',
  lineSouthEast: 'South-eastern line of contact around Nagorno-Karabakh',
};

const events = [
  // ===== December 2015: incidents on the line of contact =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2015-12-04', recordedAt: at15('12-04', '18:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Armenia – Azerbaijan, Nagorno-Karabakh conflict, 2015–17 (the April 2016 war)',
      subject:
        'The Nagorno-Karabakh conflict under the OSCE Minsk Group co-chairs, from the line-of-contact incidents of December 2015 through the four-day war of April 2016, its ceasefires and the Vienna and St Petersburg summits, to the skirmishes of early 2017',
      parties: [ARMENIA, AZERBAIJAN],
      mediators: [RUSSIA, FRANCE, USA],
    },
    [S.azatutyunDec4],
    { note: 'The Minsk Group co-chairs (Russia, France, the United States) have mediated since the 1990s.' },
  ),
  ev(
    'ActorRegistered',
    'actor-nkr',
    { occurredAt: '2015-12-04', recordedAt: at15('12-04', '18:01') },
    { actor: NKR, role: 'third-party' },
    [S.azatutyunDec4],
    {
      note: "The de facto authority's forces hold the line of contact; their acts are theirs unless the sources say Armenian forces acted (see the header).",
    },
  ),
  ev(
    'CeasefireDeclared',
    'cf-bishkek',
    { occurredAt: '1994-05-12', recordedAt: at15('12-04', '18:02') },
    {
      ceasefireId: CF.bishkek,
      parties: ['armenia', 'azerbaijan'],
      scope: 'The 1994 ceasefire (Bishkek protocol) on the line of contact and the state border',
      duration: 'indefinite',
      mediatedBy: ['russia'],
    },
    [S.azatutyunDec4],
    { note: 'Backfilled: the 1994 ceasefire the co-chairs urge the sides not to violate.' },
  ),
  ev(
    'MediationAction',
    'med-cochairs-dec3',
    { occurredAt: '2015-12-03', recordedAt: at15('12-04', '18:05') },
    {
      mediator: 'united-states',
      action: 'requested-pause',
      summary:
        'Kerry, Lavrov and a senior French official, in a joint statement, express serious concern at the "significant escalation in violence" this year and appeal to the sides "in the strongest possible terms to reduce tensions and protect lives".',
    },
    [S.azatutyunDec4],
  ),
  armed(
    'raid-2015-12-04',
    { occurredAt: '2015-12-04', recordedAt: at15('12-04', '18:10') },
    'clash',
    'azerbaijan',
    'nagorno-karabakh',
    'nagorno-karabakh',
    {
      place: P.lineNorth,
      fatalities: { min: 1, max: 1 },
      description:
        'Karabakh Defence Army: a 20-year-old soldier, Erik Grigorian, shot dead in an overnight Azerbaijani commando attack on its positions in the north; 240 mortar shells and several rockets fired along the line. Azerbaijan: Armenian forces attacked and suffered big losses; one warrant officer lightly wounded.',
    },
    [S.azatutyunDec4],
  ),
  ev(
    'StatementMade',
    'stmt-nalbandian-dec4',
    { occurredAt: '2015-12-04', recordedAt: at15('12-04', '18:15') },
    {
      speaker: NALBANDIAN,
      audience: 'azerbaijan',
      tone: 'accusation',
      summary:
        'Condemns the deadly incident as "Baku\'s response" to the mediators\' appeal, which he says was primarily addressed to Azerbaijan.',
    },
    [S.azatutyunDec4],
  ),
  armed(
    'tank-2015-12-08',
    { occurredAt: '2015-12-08', recordedAt: at15('12-09', '18:00') },
    'shelling',
    'azerbaijan',
    'nagorno-karabakh',
    'nagorno-karabakh',
    {
      place: P.lineSouthEast,
      fatalities: { min: 1, max: 1 },
      description:
        'Karabakh Defence Army: an Azerbaijani tank fired live rounds on its positions south-east of Karabakh, the first use of a tank since 1994; more than 300 mortar shells and 27 rockets overnight; soldier Garik Avanesian killed by a sniper on the evening of the 8th. Azerbaijan: massive mortar strikes in response to "Armenia\'s deliberate escalation".',
    },
    [S.azatutyunDec9, S.panarmDec9],
    O.dec8,
  ),
  violation(
    'viol-tank-2015-12-08',
    { occurredAt: '2015-12-08', recordedAt: at15('12-09', '18:05') },
    CF.bishkek,
    'armenia',
    'azerbaijan',
    {
      casualties: { min: 1, max: 1 },
      description:
        "Armenia's defence minister, in an emergency call to the OSCE's Andrzej Kasprzyk, condemns the tank fire as a further escalation of the fighting on the line of contact; a Karabakh soldier killed.",
    },
    [S.azatutyunDec9],
    O.dec8,
  ),
  ev(
    'StatementMade',
    'stmt-ohanyan-dec9',
    { occurredAt: '2015-12-09', recordedAt: at15('12-09', '18:10') },
    {
      speaker: OHANYAN,
      audience: 'azerbaijan',
      tone: 'warning',
      summary:
        'The Armenian side is "forcibly restraining" the Azerbaijani army; the Minsk Group mediators should openly hold Baku responsible for the truce violations.',
    },
    [S.azatutyunDec9],
  ),
  ev(
    'StatementMade',
    'stmt-nkr-dec9',
    { occurredAt: '2015-12-09', recordedAt: at15('12-09', '18:15') },
    {
      speaker: NKR_MOD,
      audience: 'azerbaijan',
      tone: 'threat',
      summary: 'The Karabakh defence ministry vows retaliation for the tank fire and the killing.',
      quote:
        "The enemy's destabilizing actions will not go unpunished, and the consequences of this situation will be severe and irreversible.",
    },
    [S.azatutyunDec9],
  ),
  armed(
    'raid-2015-12-18',
    { occurredAt: '2015-12-18', recordedAt: at15('12-19', '18:00') },
    'clash',
    'azerbaijan',
    'nagorno-karabakh',
    'nagorno-karabakh',
    {
      place: P.lineNorth,
      fatalities: { min: 1, max: 3 },
      description:
        'Karabakh Defence Army: Azerbaijani groups attempted raids on several sections of the line on the night of 18 December and were thrown back; at least two Azerbaijani soldiers killed (its claim), Karabakh soldier Fidar Aloyan, 19, killed. 19,000 shots fired on 13–19 December, by its count.',
    },
    [S.panarmDec19],
  ),
  // ===== 2 April 2016: the war =====
  armed(
    'offensive-north-2016-04-02',
    { occurredAt: '2016-04-02', recordedAt: at('04-02', '12:00') },
    'clash',
    'azerbaijan',
    'armenia',
    'armenia',
    {
      place: P.talysh,
      fatalities: { min: 18, max: 18 },
      injured: { min: 35, max: 35 },
      description:
        'Armenia: on the night of 1–2 April Azerbaijan launched "a massive attack along the Karabakh front line using tanks, artillery, and helicopters" in the north-eastern, south-eastern and southern directions; Sargsyan: 18 Armenian soldiers killed and 35 wounded in "the largest-scale hostilities" since 1994; Armenian forces counter-attacking. Toll for the whole line, recorded here once.',
    },
    [S.infobalkansApr2, S.globalnewsreelApr2],
  ),
  armed(
    'karabakh-settlements-2016-04-02',
    { occurredAt: '2016-04-02', recordedAt: at('04-02', '12:05') },
    'shelling',
    'azerbaijan',
    'armenia',
    'armenia',
    {
      place: P.settlements,
      fatalities: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      injured: { min: 2, max: 2 },
      description:
        'Armenian account: a missile barrage by Azerbaijani forces on settlements in the south-east reportedly killed a child; 12-year-old Gevorg Grigoryan and another boy wounded and taken to hospital in Stepanakert; settlements and military units shelled.',
    },
    [S.foxApr2],
    O.apr2south,
  ),
  armed(
    'lala-tepe-2016-04-02',
    { occurredAt: '2016-04-02', recordedAt: at('04-02', '12:10') },
    'clash',
    'azerbaijan',
    'armenia',
    'azerbaijan',
    {
      place: P.lalaTepe,
      description:
        'Azerbaijan: its forces took "two strategic heights and a village" in Karabakh (the Lala Tepe height, in the later reports).',
    },
    [S.globalnewsreelApr2],
  ),
  armed(
    'terter-2016-04-02',
    { occurredAt: '2016-04-02', recordedAt: at('04-02', '18:00') },
    'clash',
    'armenia',
    'azerbaijan',
    'azerbaijan',
    {
      place: P.terter,
      fatalities: { min: 13, max: 13 },
      civilianFatalities: { min: 1, max: 1 },
      description:
        'Azerbaijan: after coming under fire from "large-caliber artillery and grenade-launchers" it counter-attacked; 12 of its soldiers killed and a Mi-24 helicopter shot down by Armenian forces; one Azerbaijani civilian killed; a car destroyed in Terter. It claims more than 100 Armenian soldiers killed or wounded.',
    },
    [S.infobalkansApr2, S.globalnewsreelApr2, S.foxApr2],
    O.apr2az,
  ),
  ev(
    'CeasefireEnded',
    'cf-bishkek-ended',
    { occurredAt: '2016-04-02', recordedAt: at('04-02', '18:05') },
    {
      ceasefireId: CF.bishkek,
      reason: 'collapsed',
      summary:
        'An analyst\'s reading: nobody renounced it, but both armies fight along the whole line with tanks, artillery and aircraft; Sargsyan: the "largest-scale hostilities" since the 1994 truce.',
    },
    [S.infobalkansApr2],
  ),
  ev(
    'MediationAction',
    'med-putin-apr2',
    { occurredAt: '2016-04-02', recordedAt: at('04-02', '18:10') },
    {
      mediator: 'russia',
      action: 'requested-pause',
      summary: 'Putin urges the sides to cease fire immediately and show restraint (Peskov).',
    },
    [S.globalnewsreelApr2, S.infobalkansApr2],
  ),
  ev(
    'StatementMade',
    'stmt-sargsyan-apr2',
    { occurredAt: '2016-04-02', recordedAt: at('04-03', '08:00') },
    {
      speaker: SARGSYAN,
      audience: 'azerbaijan',
      tone: 'accusation',
      summary:
        'To Armenia\'s National Security Council: "This is the most wide-scale military action that Azerbaijan has tried to carry out since the establishment of the 1994 ceasefire regime"; 18 soldiers killed, 35 wounded.',
    },
    [S.newcoldwarApr3],
  ),
  // ===== 3 April: the unilateral ceasefire =====
  ev(
    'CeasefireDeclared',
    'cf-unilateral',
    { occurredAt: '2016-04-03', recordedAt: at('04-03', '12:00') },
    {
      ceasefireId: CF.unilateral,
      parties: ['azerbaijan'],
      scope:
        'Unilateral: Azerbaijan suspends "a counter-offensive and response on the territories occupied by Armenia", in response to international appeals',
      duration: 'indefinite',
    },
    [S.csmonitorApr3, S.gulftimeApr3],
  ),
  ev(
    'StatementMade',
    'stmt-azmod-apr3',
    { occurredAt: '2016-04-03', recordedAt: at('04-03', '12:05') },
    {
      speaker: AZ_MOD,
      audience: 'armenia',
      tone: 'military-threat',
      summary:
        'Announcing the unilateral halt, the ministry warns that if the Armenian side continues its provocations its forces will resume attacks to "liberate all occupied territories", and will reinforce the positions it says it has liberated.',
    },
    [S.gulftimeApr3, S.banglanewsApr3],
  ),
  ev(
    'StatementMade',
    'stmt-babayan-apr3',
    { occurredAt: '2016-04-03', recordedAt: at('04-03', '12:10') },
    {
      speaker: BABAYAN,
      audience: 'azerbaijan',
      tone: 'accusation',
      summary:
        'The unilateral ceasefire is false: fighting has never been halted; "fierce fighting is under way on south-eastern and north-eastern sectors of the Karabakh frontline".',
    },
    [S.banglanewsApr3, S.gulftimeApr3],
  ),
  armed(
    'martakert-2016-04-03',
    { occurredAt: '2016-04-03', recordedAt: at('04-03', '18:00') },
    'shelling',
    'azerbaijan',
    'nagorno-karabakh',
    'nagorno-karabakh',
    {
      place: P.talysh,
      injured: { min: 2, max: 2 },
      description:
        'Karabakh defence ministry (Senor Hasratyan): Azerbaijani forces shell the northern Martakert area with Grad rockets and heavy artillery after the declaration; Karabakh forces go on a counter-offensive around Talysh; two Karabakh soldiers wounded.',
    },
    [S.banglanewsApr3, S.beaconApr3],
  ),
  armed(
    'fuzuli-terter-aghdam-2016-04-03',
    { occurredAt: '2016-04-03', recordedAt: at('04-03', '18:05') },
    'shelling',
    'armenia',
    'azerbaijan',
    'azerbaijan',
    {
      place: P.fuzuliAghdam,
      description:
        'Azerbaijan: Armenian armed forces broke the ceasefire on the front line in Fuzuli, Terter and Aghdam districts, firing mortars, grenade launchers and large-calibre machine guns; positions and civilian areas hit overnight.',
    },
    [S.beaconApr3, S.newcoldwarApr3],
    O.apr3az,
  ),
  violation(
    'viol-fuzuli-terter-aghdam-2016-04-03',
    { occurredAt: '2016-04-03', recordedAt: at('04-03', '18:06') },
    CF.unilateral,
    'azerbaijan',
    'armenia',
    { description: 'Azerbaijan: Armenian armed forces broke the ceasefire in Fuzuli, Terter and Aghdam.' },
    [S.beaconApr3],
    O.apr3az,
  ),
  // ===== 4 April =====
  ev(
    'CeasefireEnded',
    'cf-unilateral-ended',
    { occurredAt: '2016-04-04T06:00:00Z', recordedAt: at('04-04', '08:00') },
    {
      ceasefireId: CF.unilateral,
      reason: 'collapsed',
      summary:
        'Fighting went on through the night and into Monday ("the situation remains tense along the line of contact, and the battles continue"); the Karabakh side had called the halt false the day it was declared. The unilateral halt was never kept.',
    },
    [S.setasApr4],
  ),
  armed(
    'karabakh-shelling-2016-04-04',
    { occurredAt: '2016-04-04', recordedAt: at('04-05', '06:00') },
    'shelling',
    'nagorno-karabakh',
    'azerbaijan',
    'azerbaijan',
    {
      place: P.terter,
      blamedOn: 'armenia',
      description:
        "Azerbaijan's defence ministry: the Karabakh militia continues to shell its positions; it reports more losses and releases footage of a counter-attack on an Armenian command post. Baku holds Armenia responsible.",
    },
    [S.lidtimeApr5],
  ),
  ev(
    'StatementMade',
    'stmt-az-stepanakert-apr4',
    { occurredAt: '2016-04-04', recordedAt: at('04-05', '06:05') },
    {
      speaker: AZ_MOD,
      audience: 'armenia',
      tone: 'military-threat',
      summary:
        'Azerbaijan threatens a "major attack" on Stepanakert, the capital of the Karabakh authorities, amid the clashes.',
    },
    [S.lidtimeApr5],
  ),
  ev(
    'StatementMade',
    'stmt-armenia-war-apr4',
    { occurredAt: '2016-04-04', recordedAt: at('04-05', '06:10') },
    {
      speaker: ARM_GOV,
      audience: 'azerbaijan',
      tone: 'warning',
      summary: 'Armenia warns that the fighting could spark a large-scale war in the region.',
    },
    [S.lidtimeApr5],
  ),
  // ===== 5 April: the Moscow ceasefire =====
  ev(
    'CeasefireDeclared',
    'cf-moscow',
    { occurredAt: '2016-04-05T08:00:00Z', recordedAt: at('04-05', '12:05') },
    {
      ceasefireId: CF.moscow,
      parties: ['armenia', 'azerbaijan'],
      scope:
        'Cessation of military operations on the line of contact, from 12:00 local time on 5 April (oral agreement)',
      duration: 'indefinite',
      mediatedBy: ['russia'],
    },
    [S.eotApr5, S.uatodayApr5],
    { occurrence: 'moscow-ceasefire-2016-04-05' },
  ),
  ev(
    'StatementMade',
    'stmt-peskov-apr5',
    { occurredAt: '2016-04-05', recordedAt: at('04-05', '18:00') },
    {
      speaker: PESKOV,
      audience: 'armenia and azerbaijan',
      tone: 'neutral',
      summary: 'The Kremlin is "seriously worried" about the continuing fighting in the region.',
    },
    [S.lidtimeApr5],
  ),
  ev(
    'TalksRoundOpened',
    'round-moscow-opened',
    { occurredAt: '2016-04-05', recordedAt: at('04-06', '08:00') },
    {
      roundId: R.moscow,
      label: 'Chiefs of general staff, Moscow',
      format: 'technical',
      venue: 'Moscow',
      hosts: ['russia'],
      delegations: [
        {
          actorId: 'armenia',
          head: { name: 'Yuri Khachaturov', title: 'Chief of the General Staff', actorId: 'armenia' },
        },
        {
          actorId: 'azerbaijan',
          head: { name: 'Najmaddin Sadigov', title: 'Chief of the General Staff', actorId: 'azerbaijan' },
        },
      ],
    },
    [S.rtApr6, S.newcoldwarApr6],
  ),
  ev(
    'TalksRoundConcluded',
    'round-moscow-concluded',
    { occurredAt: '2016-04-05', recordedAt: at('04-06', '08:05') },
    {
      roundId: R.moscow,
      outcome: 'agreement',
      summary:
        'Azerbaijan\'s defence ministry: "an agreement was reached on ending military operations on the contact line of forces of Azerbaijan and Armenia"; the Karabakh army received the order to cease fire at noon; Baku says it is fortifying the positions it took.',
    },
    [S.newcoldwarApr6, S.eotApr5],
    { occurrence: 'moscow-ceasefire-2016-04-05' },
  ),
  // ===== After the ceasefire =====
  armed(
    'vardenis-2016-04-06',
    { occurredAt: '2016-04-06', recordedAt: at('04-07', '10:00') },
    'shelling',
    'azerbaijan',
    'armenia',
    'armenia',
    {
      place: P.vardenis,
      description:
        "Armenia's defence ministry (Hovhannisyan): from 10:35 to 23:00 Azerbaijani forces fired machine guns and mortars at civilian areas and Armenian military positions near the town of Vardenis; Armenian forces did all they could not to break the ceasefire. No casualties reported.",
    },
    [S.sputnikBrApr7],
    O.vardenis,
  ),
  violation(
    'viol-vardenis-2016-04-06',
    { occurredAt: '2016-04-06', recordedAt: at('04-07', '10:05') },
    CF.moscow,
    'armenia',
    'azerbaijan',
    { description: 'Armenia: the fire near Vardenis violates the ceasefire; no casualties.' },
    [S.sputnikBrApr7],
    O.vardenis,
  ),
  armed(
    'ahmadov-2016-04-14',
    { occurredAt: '2016-04-14', recordedAt: at('04-15', '09:00') },
    'clash',
    'nagorno-karabakh',
    'azerbaijan',
    'azerbaijan',
    {
      place: P.lineNorth,
      blamedOn: 'armenia',
      fatalities: { min: 1, max: 1 },
      description:
        'Azerbaijan: junior sergeant Rustam Ahmadov killed in an Armenian "sabotage attack" on its front line; the Armenian side violated the ceasefire 132 times on the 13th with 60 mm mortars and heavy machine guns; Armenia\'s authorities must answer for it. The Karabakh defence ministry denies it as misinformation.',
    },
    [S.vovApr14, S.armenianowApr15],
    O.apr14,
  ),
  violation(
    'viol-ahmadov-2016-04-14',
    { occurredAt: '2016-04-14', recordedAt: at('04-15', '09:05') },
    CF.moscow,
    'azerbaijan',
    'armenia',
    {
      casualties: { min: 1, max: 1 },
      description:
        'Azerbaijan: despite the agreement on the cessation of hostilities, Armenian armed forces keep aggravating the situation; a soldier killed.',
    },
    [S.vovApr14],
    O.apr14,
  ),
  armed(
    'karabakh-two-2016-04-14',
    { occurredAt: '2016-04-14', recordedAt: at('04-15', '12:00') },
    'clash',
    'azerbaijan',
    'nagorno-karabakh',
    'nagorno-karabakh',
    {
      place: P.talysh,
      fatalities: { min: 2, max: 2 },
      description:
        'Karabakh Defence Army: two soldiers shot dead by Azerbaijani forces on different sections late on the 14th (one, Hamlet Hajoyan, 46, at a position in the Talysh direction); mortar, grenade and small-arms fire overnight and an Azerbaijani commando attack repelled.',
    },
    [S.azatutyunApr15, S.armenianowApr15],
    O.apr14arm,
  ),
  violation(
    'viol-karabakh-two-2016-04-14',
    { occurredAt: '2016-04-14', recordedAt: at('04-15', '12:05') },
    CF.moscow,
    'armenia',
    'azerbaijan',
    {
      casualties: { min: 2, max: 2 },
      description:
        'Armenia\'s foreign ministry: Azerbaijan is "blatantly violating" the Russian-brokered ceasefire; two Karabakh soldiers shot dead.',
    },
    [S.azatutyunApr15],
    O.apr14arm,
  ),
  ev(
    'StatementMade',
    'stmt-balayan-apr15',
    { occurredAt: '2016-04-15', recordedAt: at('04-15', '12:10') },
    {
      speaker: BALAYAN,
      audience: 'azerbaijan',
      tone: 'warning',
      summary:
        'Azerbaijan ignores the calls for a peaceful resolution; continued hostilities could have dangerous consequences.',
      quote:
        "Continued hostilities by Baku could lead to dangerous consequences, the full responsibility for which would fall upon Azerbaijan's leadership.",
    },
    [S.azatutyunApr15],
  ),
  ev(
    'StatementMade',
    'stmt-babayan-apr15',
    { occurredAt: '2016-04-15', recordedAt: at('04-15', '12:15') },
    {
      speaker: BABAYAN,
      audience: 'azerbaijan',
      tone: 'neutral',
      summary:
        'The ceasefire is largely holding despite the violations: "the number of these violations is definitely less serious than what happened during the four-day war".',
    },
    [S.azatutyunApr15],
  ),
  armed(
    'martakert-2016-04-27',
    { occurredAt: '2016-04-27', recordedAt: at('04-27', '18:00') },
    'shelling',
    'azerbaijan',
    'nagorno-karabakh',
    'nagorno-karabakh',
    {
      place: P.talysh,
      fatalities: { min: 1, max: 1 },
      description:
        "Karabakh defence ministry: soldier Hayk Minasyan killed by Azerbaijani shelling overnight, on the line between Martakert and Terter; Armenia's defence ministry: about 550 artillery strikes on Karabakh settlements.",
    },
    [S.commonspaceApr27],
    O.apr27,
  ),
  violation(
    'viol-martakert-2016-04-27',
    { occurredAt: '2016-04-27', recordedAt: at('04-27', '18:05') },
    CF.moscow,
    'armenia',
    'azerbaijan',
    {
      casualties: { min: 1, max: 1 },
      description:
        'Armenia\'s defence ministry (Hovhannisyan): "Azerbaijani forces are targeting the civilian population of Karabakh"; a Karabakh soldier killed.',
    },
    [S.commonspaceApr27],
    O.apr27,
  ),
  armed(
    'aghdam-2016-04-27',
    { occurredAt: '2016-04-27', recordedAt: at('04-28', '09:00') },
    'shelling',
    'nagorno-karabakh',
    'azerbaijan',
    'azerbaijan',
    {
      place: P.fuzuliAghdam,
      blamedOn: 'armenia',
      fatalities: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      description:
        'Azerbaijan: Famil Mustafayev, a resident of Chemenli in Aghdam district, wounded by Armenian shelling, died in hospital; houses damaged in Terter by large-calibre fire; the Armenian side broke the ceasefire 117 times in 24 hours, Azerbaijan answered with 121 artillery strikes.',
    },
    [S.peacekeeperApr28, S.commonspaceApr27],
    O.apr27az,
  ),
  violation(
    'viol-aghdam-2016-04-27',
    { occurredAt: '2016-04-27', recordedAt: at('04-28', '09:05') },
    CF.moscow,
    'azerbaijan',
    'armenia',
    {
      casualties: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      description:
        'Azerbaijan: Armenia violated the ceasefire deal 117 times in 24 hours; a civilian killed in Aghdam.',
    },
    [S.peacekeeperApr28],
    O.apr27az,
  ),
  armed(
    'martirosyan-2016-05-11',
    { occurredAt: '2016-05-11', recordedAt: at('05-13', '09:00') },
    'clash',
    'azerbaijan',
    'nagorno-karabakh',
    'nagorno-karabakh',
    {
      place: P.lineNorth,
      fatalities: { min: 1, max: 1 },
      description:
        'Karabakh defence ministry: Azerbaijani fire with rifles, grenade launchers and mortars from 19:30 on the 11th to the morning; serviceman Armen Martirosyan, born 1996, mortally wounded at about 20:00 in a unit in northern Karabakh.',
    },
    [S.asbarezMay13],
  ),
  // ===== Vienna, 16 May =====
  ev(
    'TalksRoundOpened',
    'round-vienna-opened',
    { occurredAt: '2016-05-16', recordedAt: at('05-17', '07:55') },
    {
      roundId: R.vienna,
      label: 'Vienna summit (Aliyev, Sargsyan, Minsk Group co-chairs)',
      format: 'formal',
      venue: 'Vienna',
      hosts: ['united-states', 'russia', 'france'],
      delegations: [
        { actorId: 'armenia', head: SARGSYAN },
        {
          actorId: 'azerbaijan',
          head: { name: 'Ilham Aliyev', title: 'President of Azerbaijan', actorId: 'azerbaijan' },
        },
      ],
    },
    [S.townhallMay16, S.azatutyunMay17],
  ),
  ev(
    'TalksRoundConcluded',
    'round-vienna-concluded',
    { occurredAt: '2016-05-16', recordedAt: at('05-17', '08:00') },
    {
      roundId: R.vienna,
      outcome: 'progress',
      summary:
        'Joint statement of Kerry, Lavrov and Désir: the presidents reiterate their commitment to the ceasefire and the peaceful settlement; they agree to finalise "in the shortest possible time" an OSCE investigative mechanism and to expand the office of the OSCE Chairperson\'s Personal Representative; exchange of data on missing persons through the ICRC; "there can be no military solution".',
      nextSteps: 'A next round in June, at a place to be agreed, to resume negotiations on a comprehensive settlement.',
    },
    [S.azatutyunMay17, S.xinhuaMay17, S.townhallMay16],
    { occurrence: 'vienna-2016-05-16' },
  ),
  ev(
    'CeasefireExtended',
    'cf-moscow-vienna',
    { occurredAt: '2016-05-16', recordedAt: at('05-17', '08:05') },
    {
      ceasefireId: CF.moscow,
      duration: 'indefinite',
      terms:
        'Recommitted at Vienna; the co-chairs insist on respect for the 1994 and 1995 ceasefire agreements; an OSCE investigative mechanism to be finalised and more monitors',
    },
    [S.xinhuaMay17, S.azatutyunMay17],
    { occurrence: 'vienna-2016-05-16' },
  ),
  // ===== St Petersburg, 20 June =====
  ev(
    'TalksRoundOpened',
    'round-spb-opened',
    { occurredAt: '2016-06-20', recordedAt: at('06-21', '08:00') },
    {
      roundId: R.spb,
      label: 'St Petersburg summit (Putin, Aliyev, Sargsyan)',
      format: 'formal',
      venue: 'St Petersburg',
      hosts: ['russia'],
    },
    [S.aravotJun21],
  ),
  ev(
    'TalksRoundConcluded',
    'round-spb-concluded',
    { occurredAt: '2016-06-20', recordedAt: at('06-21', '08:05') },
    {
      roundId: R.spb,
      outcome: 'progress',
      summary:
        'Joint statement: the presidents reaffirm the Vienna agreements, agree to increase the number of international observers in the conflict zone, express satisfaction with the observance of the ceasefire in recent weeks, and agree to keep meeting in this format besides the co-chairs, who joined the final part.',
    },
    [S.aravotJun21],
  ),
  // ===== Autumn 2016 =====
  armed(
    'ayvazyan-2016-10-26',
    { occurredAt: '2016-10-26', recordedAt: at('10-26', '20:00') },
    'clash',
    'azerbaijan',
    'nagorno-karabakh',
    'nagorno-karabakh',
    {
      place: P.talysh,
      fatalities: { min: 1, max: 1 },
      description:
        'Karabakh defence ministry: Azerbaijani fire with firearms and automatic and anti-tank grenade launchers in the north-eastern (Talish) direction; private Gurgen Ayvazyan mortally wounded at about 17:00.',
    },
    [S.armradioOct26],
    O.oct26,
  ),
  violation(
    'viol-ayvazyan-2016-10-26',
    { occurredAt: '2016-10-26', recordedAt: at('10-26', '20:05') },
    CF.moscow,
    'nagorno-karabakh',
    'azerbaijan',
    {
      casualties: { min: 1, max: 1 },
      description:
        'Karabakh defence ministry: the Azerbaijani side kept violating the ceasefire regime; a soldier killed.',
    },
    [S.armradioOct26],
    O.oct26,
  ),
  // ===== Chinari, 29 December =====
  armed(
    'chinari-2016-12-29',
    { occurredAt: '2016-12-29', recordedAt: at('12-29', '18:00') },
    'clash',
    'azerbaijan',
    'armenia',
    'armenia',
    {
      place: P.chinari,
      fatalities: { min: 4, max: 4 },
      description:
        "Armenia's defence ministry: an Azerbaijani sabotage infiltration south-east of Chinari in the early morning, beaten back with sniper and grenade-launcher fire; Senior Lieutenant Shavarsh Melikyan and Privates Edgar Narayan and Erik Abovyan killed; Azerbaijani losses (up to seven, by Armenia's count). Azerbaijan's defence ministry: one of its soldiers killed.",
    },
    [S.refworldDec29, S.newsamDec29],
  ),
  ev(
    'StatementMade',
    'stmt-armmod-dec29',
    { occurredAt: '2016-12-29', recordedAt: at('12-29', '18:05') },
    {
      speaker: ARM_MOD,
      audience: 'azerbaijan',
      tone: 'accusation',
      summary:
        'The ministry has irrefutable evidence of the violation of the state border; "the military and political leadership of Azerbaijan bears the full accountability for the provocation".',
    },
    [S.newsamDec29, S.armenpressDec29],
  ),
  // ===== February 2017 =====
  armed(
    'gafarov-2017-02-11',
    { occurredAt: '2017-02-11', recordedAt: at17('02-12', '10:00') },
    'clash',
    'nagorno-karabakh',
    'azerbaijan',
    'azerbaijan',
    {
      place: P.khojavendFuzuli,
      blamedOn: 'armenia',
      fatalities: { min: 1, max: 1 },
      description:
        'Azerbaijan: junior sergeant Fuad Gafarov killed on the evening of the 11th while suppressing an enemy firing position; "the Armenian armed forces" broke the ceasefire 20 times that day. The Karabakh side reports 35 Azerbaijani violations that night.',
    },
    [S.freenewsFeb12],
    O.feb11,
  ),
  violation(
    'viol-gafarov-2017-02-11',
    { occurredAt: '2017-02-11', recordedAt: at17('02-12', '10:05') },
    CF.moscow,
    'azerbaijan',
    'armenia',
    {
      casualties: { min: 1, max: 1 },
      description: 'Azerbaijan: the Armenian armed forces violated the ceasefire; a soldier killed.',
    },
    [S.freenewsFeb12],
    O.feb11,
  ),
  armed(
    'khojavend-fuzuli-2017-02-25',
    { occurredAt: '2017-02-25', recordedAt: at17('02-25', '22:00') },
    'clash',
    'armenia',
    'azerbaijan',
    'azerbaijan',
    {
      place: P.khojavendFuzuli,
      fatalities: { min: 5, max: 5 },
      description:
        'Stratfor (with AFP): Armenian troops alongside Karabakh forces clashed with Azerbaijani troops in the Khojavend–Fuzuli sector on the night of 24–25 February, leaving about five Azerbaijani soldiers dead; the Karabakh side says an Azerbaijani reconnaissance operation started it, Baku that the separatists did, to improve their positions. Baku says it downed an Armenian surveillance drone that evening.',
    },
    [S.stratforFeb25],
    O.feb25,
  ),
  violation(
    'viol-khojavend-fuzuli-2017-02-25',
    { occurredAt: '2017-02-25', recordedAt: at17('02-25', '22:05') },
    CF.moscow,
    'azerbaijan',
    'nagorno-karabakh',
    {
      casualties: { min: 5, max: 5 },
      description:
        'Azerbaijan accuses the separatist forces of starting the fighting on the line of contact to improve their positions; about five Azerbaijani soldiers killed.',
    },
    [S.stratforFeb25],
    O.feb25,
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'armenia-azerbaijan-2016.jsonl',
  logEnd: '2017-03-31T00:00:00Z',
  events,
};

export default definition;
