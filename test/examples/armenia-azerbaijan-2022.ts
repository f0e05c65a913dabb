/**
 * A test fixture, not a shipped example: the Armenia – Azerbaijan talks of 2022–24 as an analyst following the news
 * could have recorded them, from the Brussels meetings hosted by Charles Michel (April, May, August 2022), through
 * Azerbaijan's attack on Armenia proper (13–14 September 2022) and the ceasefire of 14 September, the Prague statement
 * (6 October) and the Sochi meeting (31 October), the blockade of the Lachin corridor by Azerbaijani "eco-activists"
 * (from 12 December) and the ICJ's order (22 February 2023), the shooting near Tegh (11 April), Azerbaijan's checkpoint
 * on the corridor (23 April), the Washington, Brussels and Chisinau talks (May–June), the fire at Sotk (1 September),
 * Azerbaijan's offensive in Nagorno-Karabakh (19–20 September) and the exodus, to the joint statement and prisoner
 * release (7 December 2023), the fire at Nerkin Hand (13 February 2024) and the delimitation agreed in Tavush
 * (19 April 2024). Escalation model v2 was never tuned on it: it is held to the calls in
 * armenia-azerbaijan-2022.spec.ts, written from DOMAIN.md §5b alone.
 *
 * What it tests: heavy armed action on the other's territory followed by a ceasefire; recognition statements; a
 * blockade by a third party blamed on the other party, then a checkpoint by the party itself; sporadic border
 * shootings; an offensive against a third party (not the pair's armed action); and a thaw with partial agreements.
 *
 * Judgement calls, recorded as an analyst would:
 * - The ceasefire of the 2020 trilateral statement covers the Nagorno-Karabakh conflict zone, not the state border
 *   of Armenia where the September 2022 fighting took place: it is not recorded. The ceasefire Russia announced for
 *   9:00 Moscow time on 13 September broke down within hours (recorded `collapsed`); the one Armenia's Security
 *   Council announced, in force from 20:00 on 14 September "with the participation of the international community",
 *   is recorded without a mediator (the sources name none).
 * - 13 September: Armenia's account names the three provinces attacked (Gegharkunik, Syunik, Vayots Dzor; the
 *   sources of the day name no towns with the places hit, so one act per province, each spelt one way), its toll
 *   (49 soldiers killed) given for the whole attack and put on the first act; Azerbaijan's account (Armenian
 *   "provocations" in the Dashkasan, Kalbajar and Lachin directions, 50 of its servicemen killed) is its own act.
 *   14 September: the fighting went on (155 killed on both sides by the evening, Armenian official): one more act
 *   without a place or a separate toll (the source gives neither).
 * - The Prague statement (6 October 2022) is an agreement reached and being implemented (kind `partial`): both
 *   confirmed the Alma-Ata declaration as the basis of the border commissions' work, and agreed on an EU civilian
 *   mission along the border. The Sochi statement (31 October) is the concluded round with `progress`: Putin said
 *   not everything was agreed.
 * - The blockade of 12 December 2022 is the act of a third party, the self-styled Azerbaijani environmental
 *   activists (registered as `individual`: the catalogue has no kind for a group of protesters): a `border-closure`
 *   of the only road between Armenia and Nagorno-Karabakh, `against` Armenia, that Armenia blames on Azerbaijan
 *   (`blamedOn`). The activists' protest ended on 28 April 2023 (a `border-reopening` by them): by then Azerbaijan's
 *   own checkpoint at the Armenian end of the corridor (23 April) controlled the road, recorded as a `border-closure`
 *   by Azerbaijan against Armenia. The road was passable to Armenia again when Azerbaijan let the Karabakh Armenians
 *   leave through it (from 24 September 2023): recorded as a `border-reopening` by Azerbaijan, though it was one way.
 * - Armenia's statements holding Azerbaijan responsible for the blockade (Pashinyan at the cabinet on 5 January
 *   2023, and after the ICJ order on 23 February) are recorded with the blame they lay (`blames` the blockade on
 *   Azerbaijan); they were added after the model's first run, which showed the log had no Armenian statement at all
 *   between 12 December and 22 February, though the blame was repeated through the blockade.
 * - The ICJ's order is a third party's statement aimed at Azerbaijan (there is no "court order" type).
 * - Azerbaijan's offensive of 19–20 September 2023 was against the Nagorno-Karabakh authorities' forces (a third
 *   party, `against` them); Armenia was not a belligerent. Its ceasefire binds Azerbaijan and the Karabakh
 *   authorities. Azerbaijan's claim that Armenia had troops in Karabakh and broke the 2020 ceasefire is an
 *   accusation; Armenia's "ethnic cleansing" likewise.
 * - Not recorded: the shootings of 2023 besides Tegh and Sotk (e.g. the Hakari bridge, 15 June), Baku's cancelling of
 *   the Washington talks planned for 20 November 2023 (no dated source found before the deadline), and a soldier
 *   killed at Bardzruni reported in a Norwegian wire copy dated only "December 2023" (date not established).
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C = smaller outlet, aggregator or mirror;
 * 1 = an on-record statement or act confirmed by the actor itself; 2 = several outlets agree or one established
 * outlet reports it; 3 = one side's unverified claim about the other.
 */
import type { Actor, Person, Source } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'armenia-azerbaijan-2022';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2022);

/** A recording instant: `day` is YYYY-MM-DD, `time` hh:mm (UTC). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const ARMENIA: Actor = { id: 'armenia', name: 'Armenia', kind: 'state', aliases: ['Yerevan'] };
const AZERBAIJAN: Actor = { id: 'azerbaijan', name: 'Azerbaijan', kind: 'state', aliases: ['Baku'] };
const EU: Actor = {
  id: 'european-union',
  name: 'European Union',
  kind: 'international-organisation',
  aliases: ['EU', 'European Council', 'Charles Michel'],
};
const RUSSIA: Actor = { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const ACTIVISTS: Actor = {
  id: 'azerbaijani-eco-activists',
  name: 'Azerbaijani "eco-activists"',
  kind: 'individual',
  aliases: ['self-proclaimed environmental activists'],
};
const ICJ: Actor = {
  id: 'icj',
  name: 'International Court of Justice',
  kind: 'international-organisation',
  aliases: ['ICJ'],
};
const KARABAKH: Actor = {
  id: 'nagorno-karabakh',
  name: 'Nagorno-Karabakh authorities',
  kind: 'de-facto-authority',
  aliases: ['Artsakh', 'Stepanakert'],
};

const PASHINYAN: Person = { name: 'Nikol Pashinyan', title: 'Prime Minister of Armenia', actorId: 'armenia' };
const ALIYEV: Person = { name: 'Ilham Aliyev', title: 'President of Azerbaijan', actorId: 'azerbaijan' };
const MIRZOYAN: Person = { name: 'Ararat Mirzoyan', title: 'Foreign Minister of Armenia', actorId: 'armenia' };
const BAYRAMOV: Person = { name: 'Jeyhun Bayramov', title: 'Foreign Minister of Azerbaijan', actorId: 'azerbaijan' };
const ARM_GOV: Person = { name: 'Government of Armenia (statement)', actorId: 'armenia' };
const ARM_MFA: Person = { name: 'Ministry of Foreign Affairs of Armenia (statement)', actorId: 'armenia' };
const AZ_MFA: Person = { name: 'Ministry of Foreign Affairs of Azerbaijan (statement)', actorId: 'azerbaijan' };
const AZ_MOD: Person = { name: 'Ministry of Defence of Azerbaijan (statement)', actorId: 'azerbaijan' };
const COURT: Person = { name: 'International Court of Justice (order)', actorId: 'icj' };

const R = {
  brusselsApr: 'brussels-2022-04-06',
  brusselsMay: 'brussels-2022-05-22',
  brusselsAug: 'brussels-2022-08-31',
  prague: 'prague-2022-10-06',
  sochi: 'sochi-2022-10-31',
  washingtonMay: 'washington-2023-05',
  brusselsMay23: 'brussels-2023-05-14',
  chisinau: 'chisinau-2023-06-01',
  washingtonJun: 'washington-2023-06',
};
const CF = { sep13: 'ceasefire-2022-09-13', sep14: 'ceasefire-2022-09-14', karabakh: 'ceasefire-karabakh-2023-09-20' };
const AGR = { prague: 'prague-statement-2022', dec7: 'joint-statement-2023-12-07', tavush: 'tavush-delimitation-2024' };

const S = {
  mirrorApr7: source(
    'Armenia, Azerbaijan Make Progress Toward Peace Deal',
    'Mirror-Spectator (RFE/RL copy)',
    'https://mirrorspectator.com/2022/04/07/armenia-azerbaijan-make-progress-toward-peace-deal/',
    '2022-04-07',
    'C',
    1,
  ),
  artsakhMay23: source(
    'President of European Council issues statement after hosting Pashinyan-Aliyev meeting',
    'Artsakh News',
    'https://artsakh.news/en/news/240477',
    '2022-05-23',
    'C',
    1,
  ),
  gercekSep9: source(
    'Pashinyan and Aliyev meet for the fourth time in Brussels',
    'Gercek News',
    'https://www.gerceknews.com/diplomacy/pashinyan-and-aliyev-meet-for-the-fourth-time-in-brussels-216570h',
    '2022-09-09',
    'C',
    2,
  ),
  asbarezSep13: source(
    "Azerbaijan Continues Attempts to Advance into Armenia's Territory",
    'Asbarez',
    'https://asbarez.com/azerbaijan-continues-attempts-to-advance-into-armenias-territory/',
    '2022-09-13',
    'C',
    3,
  ),
  ocmediaSep14: source(
    'Live updates: Azerbaijan launches attacks along Armenian border',
    'OC Media (mirror)',
    'https://ocmedianew.vecto.digital/live-updates-azerbaijan-launches-attacks-along-armenian-border',
    '2022-09-14',
    'C',
    2,
  ),
  aljazeeraSep15: source(
    'Armenian, Azerbaijani regimes allegedly negotiate new ceasefire (Al Jazeera excerpt)',
    'Rational Review News Digest (Al Jazeera copy)',
    'https://news.rationalreview.com/archives/77583',
    '2022-09-15',
    'C',
    2,
  ),
  newdelhiSep19: source(
    'International Political Scenario for Armenia 19–25 September 2022',
    'New Delhi Times',
    'https://www.newdelhitimes.com/international-political-scenario-for-armenia-19-25-september-2022',
    '2022-09-19',
    'C',
    2,
  ),
  aravotOct7: source(
    'Statement following quadrilateral meeting between President Aliyev, Prime Minister Pashinyan, President Macron and President Michel, 6 October 2022',
    'Aravot (European Council statement)',
    'https://en.aravot.am/2022/10/07/311878',
    '2022-10-07',
    'C',
    1,
  ),
  hetqOct7: source(
    "Armenia, Azerbaijan Reaffirm Recognition of Each Other's Territorial Integrity and Sovereignty",
    'Hetq',
    'https://hetq.am/en/article/149050',
    '2022-10-07',
    'C',
    1,
  ),
  mirrorNov1: source(
    "Putin Hosts 'Useful' Talks Between Armenian, Azerbaijani Leader",
    'Mirror-Spectator (Azatutyun copy)',
    'https://mirrorspectator.com/2022/11/01/putin-hosts-useful-talks-between-armenian-azerbaijani-leader/',
    '2022-11-01',
    'C',
    1,
  ),
  az24Nov24: source(
    'He says that an Armenian soldier was injured. Azerbaijan denies',
    'Az24saat (Radio Liberty copy)',
    'https://eng.az24saat.org/2022/11/24/he-says-that-an-armenian-soldier-was-injured-azerbaijan-denies/',
    '2022-11-24',
    'C',
    3,
  ),
  newsamDec12: source(
    'Azerbaijani "environmental activists" are going to continue their provocation',
    'News.am',
    'https://news.am/eng/news/734702.html',
    '2022-12-12',
    'C',
    3,
  ),
  newsamJan5: source(
    'Pashinyan: Illegal blockade of Lachin corridor by Azerbaijan continues for 25 days',
    'News.am',
    'https://news.am/eng/news/738232.html',
    '2023-01-05',
    'C',
    1,
  ),
  armradioFeb22: source(
    'UN Court: Azerbaijan should ensure free movement along Lachin Corridor in both directions',
    'Public Radio of Armenia',
    'https://en.armradio.am/2023/02/22/un-court-azerbaijan-should-ensure-free-movement-along-lachin-corridor-in-both-directions/',
    '2023-02-22',
    'C',
    1,
  ),
  azatutyunFeb24: source(
    'ICJ order on the Lachin corridor: Pashinian and the Azerbaijani Foreign Ministry respond',
    'Azatutyun (RFE/RL)',
    'https://www.azatutyun.am/a/32286784.html',
    '2023-02-24',
    'B',
    1,
  ),
  apApr11: source(
    'Armenia, Azerbaijan forces clash; at least 7 soldiers killed',
    'KTVZ (AP copy)',
    'https://ktvz.com/news/ap-national-news/2023/04/11/armenia-azerbaijan-forces-clash-at-least-7-soldiers-killed/',
    '2023-04-11',
    'B',
    2,
  ),
  massisApr11: source(
    'Four Armenian Soldiers Killed, Six Wounded in New Azerbaijani Aggression',
    'Massis Post',
    'https://massispost.com/2023/04/four-armenian-soldiers-killed-six-wounded-in-new-azerbaijani-aggression/',
    '2023-04-11',
    'C',
    2,
  ),
  novaApr25: source(
    'Karabakh: nuovo posto di blocco dell’Azerbaigian è vicino a base russa',
    'Agenzia Nova',
    'https://www.agenzianova.com/a/6447a1f25838d1.12748931/4336050/2023-04-25/karabakh-radio-free-europe-nuovo-posto-di-blocco-azerbaigian-e-vicino-a-base-russa',
    '2023-04-25',
    'B',
    2,
  ),
  eurasianetMay1: source(
    'Azerbaijani "activists" end blockade of Nagorno-Karabakh',
    'Eurasianet',
    'https://eurasianet.org/azerbaijani-activists-end-blockade-of-nagorno-karabakh',
    '2023-05-01',
    'B',
    2,
  ),
  armradioMay1: source(
    'US Secretary of State hosts meeting between Armenian, Azerbaijani FMs in Washington',
    'Public Radio of Armenia',
    'https://en.armradio.am/2023/05/01/us-secretary-of-state-hosts-meeting-between-armenian-azerbaijani-fms-in-washington/',
    '2023-05-01',
    'C',
    1,
  ),
  blinkenMay4: source(
    'Armenia-Azerbaijan Peace Negotiations (statement by Secretary Blinken)',
    'Yonkers Tribune (State Department statement)',
    'https://www.yonkerstribune.com/2023/05/armenia-azerbaijan-peace-negotiations-by-u-s-secretary-of-state-antony-j-blinken',
    '2023-05-04',
    'C',
    1,
  ),
  newsamMay17: source(
    'Pashinyan: Armenia recognizes territorial integrity of Azerbaijan with area of 86,600 sq km',
    'News.am',
    'https://news.am/eng/news/760396.html',
    '2023-05-17',
    'C',
    1,
  ),
  asbarezJun2: source(
    'Pashinyan, Aliyev Agree to Continue Talks in July in Brussels',
    'Armenian Club (Asbarez copy)',
    'https://www.armenianclub.com/2023/06/02/asbarez-pashinyan-aliyev-agree-to-continue-talks-in-july-in-brussels/',
    '2023-06-02',
    'C',
    1,
  ),
  panoramaJun28: source(
    'Dialogue key to lasting peace, Blinken says after opening fresh Armenia-Azerbaijan talks',
    'Panorama.am',
    'https://panorama.am/en/news/2023/06/28/Диалог-Блинкен-Армения-Азербайджан/2858639',
    '2023-06-28',
    'C',
    1,
  ),
  aljazeeraSep1: source(
    'Two Armenian soldiers killed after shelling by Azerbaijan: Yerevan',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2023/9/1/two-armenian-soldiers-killed-after-shelling-by-azerbaijan-yerevan',
    '2023-09-01',
    'B',
    2,
  ),
  asbarezSep1: source(
    "4 Dead, 1 Injured as Azerbaijan Mounts Offensive on Armenia's Gegharkunik Province",
    'Asbarez',
    'https://asbarez.com/4-dead-1-injured-as-azerbaijan-mounts-offensive-on-armenias-gegharkunik-province/',
    '2023-09-01',
    'C',
    3,
  ),
  kyivSep20: source(
    'Nagorno-Karabakh authorities surrender in apparent Russia-brokered deal',
    'Kyiv Independent (Reuters)',
    'https://kyivindependent.com/nagorno-karabakh-authorities-surrender-in-apparent-russia-brokered-deal/',
    '2023-09-20',
    'B',
    2,
  ),
  peoplesSep20: source(
    'Ceasefire announced hours after Azerbaijan launches military operation in Nagorno Karabakh',
    'Peoples Dispatch',
    'https://peoplesdispatch.org/2023/09/20/ceasefire-announced-hours-after-azerbaijan-launches-military-operation-in-nagorno-karabakh/',
    '2023-09-20',
    'C',
    2,
  ),
  babelSep29: source(
    'Almost 85 000 people left Nagorno-Karabakh',
    'Babel',
    'https://babel.ua/en/news/98981-almost-85-000-people-left-nagorno-karabakh-this-is-half-of-the-region-s-population',
    '2023-09-29',
    'C',
    2,
  ),
  bolSep30: source(
    'Nagorno-Karabakh: 100,000 refugees seek shelter in Armenia',
    'BOL News',
    'https://www.bolnews.com/international/2023/09/nagorno-karabakh-100000-refugees-seek-shelter-in-armenia/',
    '2023-09-30',
    'C',
    2,
  ),
  bianetDec8: source(
    'Paylan: I hope the joint statement becomes a milestone for the path to peace',
    'Bianet',
    'https://bianet.org/haber/paylan-i-hope-the-joint-statement-becomes-a-milestone-for-the-path-to-peace-289045',
    '2023-12-08',
    'C',
    1,
  ),
  afpFeb13: source(
    'Armenia Says 4 Killed In Border Flare-up With Azerbaijan',
    'UrduPoint (AFP copy)',
    'https://www.urdupoint.com/en/world/armenia-says-4-killed-in-border-flare-up-with-1794910.html',
    '2024-02-13',
    'C',
    2,
  ),
  hyetertFeb15: source(
    'Four Armenian Soldiers Killed by Azerbaijani Forces in Syunik Province',
    'Hyetert (Asbarez copy)',
    'https://hyetert.org/2024/02/15/four-armenian-soldiers-killed-by-azerbaijani-forces-in-syunik-province/',
    '2024-02-15',
    'C',
    1,
  ),
  az24Apr19: source(
    'Armenia and Azerbaijan have agreed on the state border in the area of four villages between Gazakh and Tavush',
    'Az24saat',
    'https://eng.az24saat.org/2024/04/19/armenia-and-azerbaijan-have-agreed-on-the-state-border-in-the-area-of-four-villages-between-gazakh-and-tavush/',
    '2024-04-19',
    'C',
    1,
  ),
  armradioApr23: source(
    'Armenian, Azerbaijani experts start determining coordinates on the ground',
    'Public Radio of Armenia',
    'https://en.armradio.am/2024/04/23/armenian-azerbaijani-experts-start-determining-coordinates-on-the-ground/',
    '2024-04-23',
    'C',
    1,
  ),
};

type When = { occurredAt: string; precision?: 'exact' | 'day' | 'approximate'; recordedAt: string };

/** One armed act as alleged: `by` against the other party. */
function armed(
  key: string,
  when: When,
  kind: 'clash' | 'shelling' | 'drone-strike',
  by: 'armenia' | 'azerbaijan',
  allegedBy: 'armenia' | 'azerbaijan' | undefined,
  detail: {
    place?: string;
    fatalities?: { min: number; max: number };
    injured?: { min: number; max: number };
    description: string;
  },
  sources: readonly Source[],
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
      against: by === 'armenia' ? 'azerbaijan' : 'armenia',
      ...detail,
    },
    sources,
  );
}

/** A round held and concluded the same day (one occurrence). */
function round(
  key: string,
  when: When,
  opened: { label: string; venue: string; hosts: readonly string[]; heads: readonly [Person, Person] },
  concluded: { outcome: 'agreement' | 'progress' | 'no-progress'; summary: string; nextSteps?: string },
  sources: readonly Source[],
) {
  return [
    ev(
      'TalksRoundOpened',
      `${key}-opened`,
      when,
      {
        roundId: key,
        label: opened.label,
        venue: opened.venue,
        format: 'formal',
        hosts: opened.hosts,
        delegations: [
          { actorId: 'armenia', head: opened.heads[0] },
          { actorId: 'azerbaijan', head: opened.heads[1] },
        ],
      },
      sources,
      { occurrence: key },
    ),
    ev(
      'TalksRoundConcluded',
      `${key}-concluded`,
      { ...when, recordedAt: when.recordedAt.replace(/:00Z$/, ':30Z') },
      { roundId: key, ...concluded },
      sources,
      { occurrence: key },
    ),
  ];
}

const events = [
  // ===== 2022: the Brussels meetings =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2022-04-06', recordedAt: rec('2022-04-07', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Armenia – Azerbaijan, normalisation and peace treaty talks, 2022–24',
      subject:
        'The talks on a peace treaty, the border and transport links after the 2020 war, hosted by the European Council, Russia and the United States: the September 2022 war on the border, the Lachin corridor, the end of Nagorno-Karabakh and the first delimitation',
      parties: [ARMENIA, AZERBAIJAN],
      mediators: [EU, RUSSIA, USA],
    },
    [S.mirrorApr7],
  ),
  ...round(
    R.brusselsApr,
    { occurredAt: '2022-04-06', recordedAt: rec('2022-04-07', '12:05') },
    {
      label: 'Pashinyan – Aliyev meeting hosted by Charles Michel, Brussels',
      venue: 'Brussels',
      hosts: ['european-union'],
      heads: [PASHINYAN, ALIYEV],
    },
    {
      outcome: 'progress',
      summary:
        'The leaders agree to start preparing a peace treaty (the foreign ministers instructed) and to set up a joint commission on the border; Michel: "It doesn\'t mean everything is solved. But it means that we made progress."',
    },
    [S.mirrorApr7],
  ),
  ...round(
    R.brusselsMay,
    { occurredAt: '2022-05-22', recordedAt: rec('2022-05-23', '12:00') },
    {
      label: 'Pashinyan – Aliyev meeting hosted by Charles Michel, Brussels',
      venue: 'Brussels',
      hosts: ['european-union'],
      heads: [PASHINYAN, ALIYEV],
    },
    {
      outcome: 'progress',
      summary:
        'A "frank and productive" discussion (Michel): the border commissions to meet in the coming days; principles of transit between western Azerbaijan and Nakhchivan and across Azerbaijan agreed; the foreign ministers to take the peace treaty forward.',
      nextSteps: 'The leaders to meet again in the same format by July–August.',
    },
    [S.artsakhMay23],
  ),
  ...round(
    R.brusselsAug,
    { occurredAt: '2022-08-31', recordedAt: rec('2022-09-09', '19:30') },
    {
      label: 'Pashinyan – Aliyev meeting hosted by Charles Michel, Brussels',
      venue: 'Brussels',
      hosts: ['european-union'],
      heads: [PASHINYAN, ALIYEV],
    },
    {
      outcome: 'progress',
      summary:
        'The fourth meeting in Brussels: prisoners, missing persons, the border, transport; the foreign ministers to draft the peace treaty and meet within a month.',
    },
    [S.gercekSep9],
  ),
  // ===== 13–14 September 2022: the attack on Armenia =====
  armed(
    'vayots-dzor-2022-09-13',
    { occurredAt: '2022-09-13', recordedAt: rec('2022-09-13', '10:00') },
    'shelling',
    'azerbaijan',
    'armenia',
    {
      place: 'Vayots Dzor province',
      fatalities: { min: 49, max: 49 },
      description:
        "Armenia: from 00:05 Azerbaijani forces launched a massive attack on Armenia's Gegharkunik, Syunik and Vayots Dzor provinces, targeting border settlements and civilian infrastructure, and keep trying to advance. Pashinyan: 49 Armenian soldiers killed (the toll given for the whole attack), and it may grow.",
    },
    [S.asbarezSep13],
  ),
  armed(
    'syunik-2022-09-13',
    { occurredAt: '2022-09-13', recordedAt: rec('2022-09-13', '10:01') },
    'shelling',
    'azerbaijan',
    'armenia',
    {
      place: 'Syunik province',
      description: 'Armenia: the border settlements of Syunik shelled in the same attack.',
    },
    [S.asbarezSep13],
  ),
  armed(
    'gegharkunik-2022-09-13',
    { occurredAt: '2022-09-13', recordedAt: rec('2022-09-13', '10:02') },
    'shelling',
    'azerbaijan',
    'armenia',
    {
      place: 'Gegharkunik province',
      description: 'Armenia: positions and border settlements of Gegharkunik shelled in the same attack.',
    },
    [S.asbarezSep13],
  ),
  ev(
    'CeasefireDeclared',
    'cf-sep13',
    { occurredAt: '2022-09-13T06:00:00Z', recordedAt: rec('2022-09-13', '10:05') },
    {
      ceasefireId: CF.sep13,
      parties: ['armenia', 'azerbaijan'],
      scope: 'The Armenia – Azerbaijan border',
      duration: 'indefinite',
      mediatedBy: ['russia'],
    },
    [S.asbarezSep13],
    { note: 'Announced for 09:00 Moscow time through Russian mediation (Russian Foreign Ministry).' },
  ),
  ev(
    'CeasefireEnded',
    'cf-sep13-ended',
    { occurredAt: '2022-09-13T08:00:00Z', precision: 'approximate', recordedAt: rec('2022-09-13', '18:00') },
    {
      ceasefireId: CF.sep13,
      reason: 'collapsed',
      summary:
        'Azerbaijani units went on targeting border settlements and civilian infrastructure despite the ceasefire announced at 9 a.m. (Armenian Defence Ministry).',
    },
    [S.asbarezSep13],
  ),
  armed(
    'az-account-2022-09-13',
    { occurredAt: '2022-09-13', recordedAt: rec('2022-09-14', '00:30') },
    'clash',
    'armenia',
    'azerbaijan',
    {
      place: 'Dashkasan, Kalbajar and Lachin directions (Azerbaijan)',
      fatalities: { min: 50, max: 50 },
      description:
        'Azerbaijan: its attacks answered Armenian "large-scale provocations" — saboteurs mining its supply roads and fire on its positions in the Dashkasan, Kalbajar and Lachin directions; 50 of its servicemen killed.',
    },
    [S.ocmediaSep14],
  ),
  ev(
    'StatementMade',
    'stmt-arm-mod-sep13',
    { occurredAt: '2022-09-13', recordedAt: rec('2022-09-14', '00:35') },
    {
      speaker: { name: 'Ministry of Defence of Armenia (spokesperson Aram Torosyan)', actorId: 'armenia' },
      audience: 'azerbaijan',
      tone: 'accusation',
      summary:
        "There is sufficient evidence that the attack on Armenia's sovereign territory is a criminal act against its civilian population; Azerbaijan's claims that it does not target civilians are absurd.",
    },
    [S.asbarezSep13],
  ),
  armed(
    'border-2022-09-14',
    { occurredAt: '2022-09-14', recordedAt: rec('2022-09-15', '05:55') },
    'shelling',
    'azerbaijan',
    'armenia',
    {
      description:
        'A second day of heavy fighting along the border (no place given); by the evening 155 soldiers killed on both sides since the 13th (Armenian Security Council secretary). The Russian-brokered ceasefire of the 13th failed.',
    },
    [S.aljazeeraSep15],
  ),
  ev(
    'CeasefireDeclared',
    'cf-sep14',
    { occurredAt: '2022-09-14T16:00:00Z', recordedAt: rec('2022-09-15', '06:00') },
    {
      ceasefireId: CF.sep14,
      parties: ['armenia', 'azerbaijan'],
      scope: 'The Armenia – Azerbaijan border',
      duration: 'indefinite',
    },
    [S.aljazeeraSep15],
    {
      note: 'Announced by Armen Grigoryan, secretary of Armenia\'s Security Council: in force from 20:00 local time (16:00 GMT) on 14 September, reached "with the participation of the international community"; no word from Azerbaijan that night.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-pashinyan-sep19',
    { occurredAt: '2022-09-19', recordedAt: rec('2022-09-19', '12:00') },
    {
      speaker: PASHINYAN,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The ceasefire holds; 105 Armenian soldiers killed since the fighting began (Azerbaijan says it lost 71); Armenia asked Russia and the CSTO for support, but sees political and diplomatic options too.',
    },
    [S.newdelhiSep19],
  ),
  // ===== October 2022: Prague and Sochi =====
  ...round(
    R.prague,
    { occurredAt: '2022-10-06', recordedAt: rec('2022-10-07', '10:00') },
    {
      label: 'Quadrilateral meeting (Aliyev, Pashinyan, Macron, Michel), European Political Community, Prague',
      venue: 'Prague',
      hosts: ['european-union'],
      heads: [PASHINYAN, ALIYEV],
    },
    {
      outcome: 'agreement',
      summary:
        "Both confirm their commitment to the UN Charter and the Alma-Ata declaration of 1991, by which they recognise each other's territorial integrity and sovereignty, as the basis of the border commissions' work; Armenia agrees to an EU civilian mission along the border, Azerbaijan to cooperate with it as far as it is concerned.",
      nextSteps:
        'The border commissions to meet in Brussels by the end of October; the mission to start in October for up to two months.',
    },
    [S.aravotOct7, S.hetqOct7],
  ),
  ev(
    'AgreementReached',
    'agr-prague',
    { occurredAt: '2022-10-06', recordedAt: rec('2022-10-07', '10:10') },
    {
      agreementId: AGR.prague,
      kind: 'partial',
      provisions: [
        "Both recognise each other's territorial integrity and sovereignty by the Alma-Ata declaration of 1991",
        "The Alma-Ata declaration is the basis of the border delimitation commissions' work",
        'An EU civilian mission along the border with Azerbaijan, for up to two months from October',
      ],
      signatories: ['armenia', 'azerbaijan'],
      textPublic: true,
      roundId: R.prague,
    },
    [S.aravotOct7, S.hetqOct7],
    { occurrence: R.prague },
  ),
  ...round(
    R.sochi,
    { occurredAt: '2022-10-31', recordedAt: rec('2022-11-01', '10:00') },
    {
      label: 'Trilateral meeting hosted by Vladimir Putin, Sochi',
      venue: 'Sochi',
      hosts: ['russia'],
      heads: [PASHINYAN, ALIYEV],
    },
    {
      outcome: 'progress',
      summary:
        'A joint statement: the leaders agree to refrain from the use of force or the threat of it and to resolve all issues on the basis of mutual recognition of sovereignty, territorial integrity and inviolability of borders. Putin: "not everything was agreed"; parts of the experts\' draft were taken out.',
      nextSteps: 'To continue the search for mutually acceptable solutions on the basis of existing proposals.',
    },
    [S.mirrorNov1],
  ),
  armed(
    'east-border-2022-11-22',
    { occurredAt: '2022-11-22', recordedAt: rec('2022-11-24', '09:00') },
    'clash',
    'azerbaijan',
    'armenia',
    {
      place: 'Eastern section of the Armenia – Azerbaijan border',
      injured: { min: 1, max: 1 },
      description:
        "Armenia's Defence Ministry: a soldier wounded by fire from the Azerbaijani side in the afternoon; Azerbaijan's Defence Ministry calls it false.",
    },
    [S.az24Nov24],
  ),
  // ===== 12 December 2022: the blockade of the Lachin corridor =====
  ev(
    'ActorRegistered',
    'actor-activists',
    { occurredAt: '2022-12-12', recordedAt: rec('2022-12-12', '15:00') },
    { actor: ACTIVISTS, role: 'third-party' },
    [S.newsamDec12],
  ),
  ev(
    'IncidentReported',
    'blockade-2022-12-12',
    { occurredAt: '2022-12-12', recordedAt: rec('2022-12-12', '15:05') },
    {
      incidentId: 'blockade-2022-12-12',
      kind: 'border-closure',
      perpetrator: 'azerbaijani-eco-activists',
      allegedBy: 'armenia',
      against: 'armenia',
      blamedOn: 'azerbaijan',
      place: 'Lachin corridor',
      description:
        'Azerbaijani self-styled "environmental activists" block the Lachin corridor, the only road between Armenia and Nagorno-Karabakh, near Shusha, in protest at mining; no cars, not even ambulances, pass. Armenia holds Azerbaijan responsible (the Azerbaijani government says it has no link to the protesters).',
    },
    [S.newsamDec12],
  ),
  ev(
    'StatementMade',
    'stmt-pashinyan-jan5',
    { occurredAt: '2023-01-05', recordedAt: rec('2023-01-05', '15:00') },
    {
      speaker: PASHINYAN,
      audience: 'azerbaijan',
      tone: 'accusation',
      summary:
        "At the cabinet meeting, on the 25th day of the blockade: by closing the Lachin corridor Azerbaijan grossly violates its direct obligation under the trilateral statement of 9 November 2020, which raises questions about Baku's capacity to contract; its real aim is to subject the Karabakh Armenians to ethnic cleansing.",
      blames: { incidentId: 'blockade-2022-12-12', on: 'azerbaijan' },
    },
    [S.newsamJan5],
  ),
  ev(
    'ActorRegistered',
    'actor-icj',
    { occurredAt: '2023-02-22', recordedAt: rec('2023-02-22', '15:00') },
    { actor: ICJ, role: 'third-party' },
    [S.armradioFeb22],
  ),
  ev(
    'StatementMade',
    'stmt-icj-feb22',
    { occurredAt: '2023-02-22', recordedAt: rec('2023-02-22', '15:05') },
    {
      speaker: COURT,
      audience: 'azerbaijan',
      tone: 'critical',
      summary:
        "Provisional measure at Armenia's request (13 votes to 2): Azerbaijan shall take all measures at its disposal to ensure unimpeded movement of persons, vehicles and cargo along the Lachin corridor in both directions; the connection has been disrupted since 12 December 2022. Azerbaijan's requests against Armenia rejected.",
    },
    [S.armradioFeb22],
  ),
  ev(
    'StatementMade',
    'stmt-pashinyan-feb23',
    { occurredAt: '2023-02-23', recordedAt: rec('2023-02-24', '10:00') },
    {
      speaker: PASHINYAN,
      audience: 'azerbaijan',
      tone: 'accusation',
      summary:
        'The ICJ obliged Azerbaijan to open the corridor; Baku must at least tell the government-backed protesters to stop; failing that "could and should lead to concrete international consequences".',
      blames: { incidentId: 'blockade-2022-12-12', on: 'azerbaijan' },
    },
    [S.azatutyunFeb24],
  ),
  ev(
    'StatementMade',
    'stmt-az-mfa-feb23',
    { occurredAt: '2023-02-23', recordedAt: rec('2023-02-24', '10:05') },
    {
      speaker: AZ_MFA,
      audience: 'armenia',
      tone: 'critical',
      summary:
        'Pashinyan misrepresents the order: the court did not find that Azerbaijan\'s government organised the blockade; Baku wants a permanent Azerbaijani checkpoint on the corridor for its "transparent" functioning.',
    },
    [S.azatutyunFeb24],
  ),
  // ===== April 2023: Tegh, the checkpoint =====
  armed(
    'tegh-2023-04-11',
    { occurredAt: '2023-04-11T12:00:00Z', recordedAt: rec('2023-04-11', '20:00') },
    'clash',
    'azerbaijan',
    'armenia',
    {
      place: 'Tegh (Syunik province)',
      fatalities: { min: 7, max: 7 },
      injured: { min: 6, max: 10 },
      description:
        'An exchange of fire of several hours near Tegh, by the road to the Lachin corridor: Armenia says Azerbaijani soldiers fired on its troops doing engineering work; Azerbaijan says Armenian troops fired first. Four Armenian and three Azerbaijani soldiers killed (both defence ministries).',
    },
    [S.apApr11, S.massisApr11],
  ),
  ev(
    'IncidentReported',
    'checkpoint-2023-04-23',
    { occurredAt: '2023-04-23', recordedAt: rec('2023-04-25', '12:00') },
    {
      incidentId: 'checkpoint-2023-04-23',
      kind: 'border-closure',
      perpetrator: 'azerbaijan',
      against: 'armenia',
      place: 'Lachin corridor',
      description:
        'Azerbaijan announces a checkpoint on the Lachin corridor, at its end by the Armenian border, near a base of the Russian peacekeepers who were to keep the corridor open: the only road between Armenia and the Karabakh Armenians now passes Azerbaijani control.',
    },
    [S.novaApr25],
  ),
  ev(
    'IncidentReported',
    'activists-leave-2023-04-28',
    { occurredAt: '2023-04-28', recordedAt: rec('2023-05-01', '12:00') },
    {
      incidentId: 'activists-leave-2023-04-28',
      kind: 'border-reopening',
      perpetrator: 'azerbaijani-eco-activists',
      against: 'armenia',
      place: 'Lachin corridor',
      description:
        'The "activists" suspend their 138-day protest after meeting Aliyev\'s representative in Shusha, who said "a new situation has emerged" with the checkpoint; the blockade had become redundant (the road stays under the Azerbaijani checkpoint).',
    },
    [S.eurasianetMay1],
  ),
  // ===== May–June 2023: Washington, Brussels, Chisinau =====
  ...round(
    R.washingtonMay,
    { occurredAt: '2023-05-01', recordedAt: rec('2023-05-04', '20:00') },
    {
      label: "Foreign ministers' talks hosted by Antony Blinken, Arlington",
      venue: 'Arlington, Virginia',
      hosts: ['united-states'],
      heads: [MIRZOYAN, BAYRAMOV],
    },
    {
      outcome: 'progress',
      summary:
        'Four days of talks (1–4 May): "significant progress"; both agreed in principle to certain terms; Blinken: with goodwill and compromise "an agreement is within reach". Armenia raised the blockade of the Lachin corridor.',
    },
    [S.armradioMay1, S.blinkenMay4],
  ),
  ...round(
    R.brusselsMay23,
    { occurredAt: '2023-05-14', recordedAt: rec('2023-05-17', '12:00') },
    {
      label: 'Pashinyan – Aliyev meeting hosted by Charles Michel, Brussels',
      venue: 'Brussels',
      hosts: ['european-union'],
      heads: [PASHINYAN, ALIYEV],
    },
    {
      outcome: 'progress',
      summary:
        'Armenia recognises the territorial integrity of Azerbaijan (86,600 km²), Azerbaijan that of Armenia (29,800 km²), as Pashinyan told the Council of Europe summit on 17 May.',
    },
    [S.newsamMay17],
  ),
  ...round(
    R.chisinau,
    { occurredAt: '2023-06-01', recordedAt: rec('2023-06-02', '12:00') },
    {
      label: 'Pashinyan – Aliyev meeting with Michel, Macron and Scholz, Chisinau',
      venue: 'Chisinau',
      hosts: ['european-union'],
      heads: [PASHINYAN, ALIYEV],
    },
    {
      outcome: 'progress',
      summary:
        'No joint announcement; Michel: "a good preparation" for the next meeting — connectivity, security and rights, the border, the peace treaty.',
      nextSteps: 'Brussels, 21 July.',
    },
    [S.asbarezJun2],
  ),
  ...round(
    R.washingtonJun,
    { occurredAt: '2023-06-27', recordedAt: rec('2023-06-28', '12:00') },
    {
      label: "Foreign ministers' talks hosted by Antony Blinken, Arlington",
      venue: 'Arlington, Virginia',
      hosts: ['united-states'],
      heads: [MIRZOYAN, BAYRAMOV],
    },
    {
      outcome: 'progress',
      summary:
        'A new round of three days opened by Blinken: "We support Armenia and Azerbaijan working together toward a durable and dignified agreement."',
    },
    [S.panoramaJun28],
  ),
  // ===== September 2023: Sotk, the offensive in Karabakh =====
  armed(
    'sotk-2023-09-01',
    { occurredAt: '2023-09-01', recordedAt: rec('2023-09-01', '18:00') },
    'shelling',
    'azerbaijan',
    'armenia',
    {
      place: 'Sotk (Gegharkunik province)',
      fatalities: { min: 4, max: 4 },
      injured: { min: 1, max: 1 },
      description:
        'From 07:50 Azerbaijani fire with small arms, mortars and drones on Armenian positions near Sotk and Norabak: four Armenian soldiers killed, one wounded (Armenian Defence and Foreign Ministries). Azerbaijan: retaliation for an Armenian drone strike in Kalbajar that wounded its soldiers.',
    },
    [S.aljazeeraSep1, S.asbarezSep1],
  ),
  armed(
    'kalbajar-2023-09-01',
    { occurredAt: '2023-09-01', recordedAt: rec('2023-09-01', '18:05') },
    'drone-strike',
    'armenia',
    'azerbaijan',
    {
      place: 'Kalbajar (Azerbaijan)',
      injured: { min: 2, max: 3 },
      description:
        'Azerbaijan: Armenia struck its positions in Kalbajar with drones, wounding its servicemen; "all responsibility" lies with Armenia\'s leadership.',
    },
    [S.aljazeeraSep1],
  ),
  ev(
    'ActorRegistered',
    'actor-karabakh',
    { occurredAt: '2023-09-19', recordedAt: rec('2023-09-20', '12:00') },
    { actor: KARABAKH, role: 'third-party' },
    [S.kyivSep20],
  ),
  ev(
    'IncidentReported',
    'offensive-2023-09-19',
    { occurredAt: '2023-09-19', recordedAt: rec('2023-09-20', '12:05') },
    {
      incidentId: 'offensive-2023-09-19',
      kind: 'shelling',
      perpetrator: 'azerbaijan',
      against: 'nagorno-karabakh',
      place: 'Nagorno-Karabakh',
      fatalities: { min: 27, max: 32 },
      injured: { min: 200, max: 200 },
      description:
        'Azerbaijan\'s "local anti-terrorist measures" against the Karabakh Armenian forces: Stepanakert and other towns under intense fire (Karabakh authorities: 27 killed, two of them civilians, over 200 wounded). Armenia has no troops there and is not a belligerent.',
    },
    [S.kyivSep20, S.peoplesSep20],
  ),
  ev(
    'StatementMade',
    'stmt-az-sep19',
    { occurredAt: '2023-09-19', recordedAt: rec('2023-09-20', '12:10') },
    {
      speaker: AZ_MOD,
      audience: 'armenia',
      tone: 'accusation',
      summary:
        'Azerbaijan launches its operation alleging that Armenia broke the 2020 ceasefire agreement and amassed troops inside Nagorno-Karabakh (Armenia denies having troops there).',
    },
    [S.peoplesSep20],
  ),
  ev(
    'StatementMade',
    'stmt-arm-sep19',
    { occurredAt: '2023-09-19', recordedAt: rec('2023-09-20', '12:15') },
    {
      speaker: ARM_GOV,
      audience: 'azerbaijan',
      tone: 'accusation',
      summary:
        'Armenia condemns the offensive as aimed at "ethnic cleansing", says it has no troops in Karabakh, and calls on Russia, guarantor of the 2020 ceasefire, to stop "Azerbaijani aggression".',
    },
    [S.peoplesSep20],
  ),
  ev(
    'CeasefireDeclared',
    'cf-karabakh',
    { occurredAt: '2023-09-20T09:00:00Z', recordedAt: rec('2023-09-20', '14:00') },
    {
      ceasefireId: CF.karabakh,
      parties: ['azerbaijan', 'nagorno-karabakh'],
      scope: 'Nagorno-Karabakh: the Karabakh forces to disband and disarm, remaining Armenian units to withdraw',
      duration: 'indefinite',
      mediatedBy: ['russia'],
    },
    [S.kyivSep20, S.peoplesSep20],
    {
      note: 'From 13:00 local time, through the Russian peacekeeping command; talks on "reintegration" in Yevlakh on 21 September.',
    },
  ),
  ev(
    'IncidentReported',
    'corridor-open-2023-09-24',
    { occurredAt: '2023-09-24', recordedAt: rec('2023-09-29', '12:00') },
    {
      incidentId: 'corridor-open-2023-09-24',
      kind: 'border-reopening',
      perpetrator: 'azerbaijan',
      against: 'armenia',
      place: 'Lachin corridor',
      description:
        'The Karabakh Armenians leave for Armenia through the Lachin corridor, past the Azerbaijani checkpoint, from 24 September: 84,770 displaced people had entered Armenia by the morning of 29 September.',
    },
    [S.babelSep29],
  ),
  ev(
    'StatementMade',
    'stmt-baghdasaryan-sep30',
    { occurredAt: '2023-09-30', recordedAt: rec('2023-09-30', '18:00') },
    {
      speaker: {
        name: 'Nazeli Baghdasaryan',
        title: 'Spokesperson of the Prime Minister of Armenia',
        actorId: 'armenia',
      },
      audience: 'azerbaijan',
      tone: 'critical',
      summary:
        "100,417 refugees have entered Armenia from Nagorno-Karabakh (of some 120,000); Azerbaijan's promises to reintegrate the region and treat its people equally are false.",
    },
    [S.bolSep30],
  ),
  // ===== December 2023 – April 2024: the thaw =====
  ev(
    'AgreementReached',
    'agr-dec7',
    { occurredAt: '2023-12-07', recordedAt: rec('2023-12-08', '10:00') },
    {
      agreementId: AGR.dec7,
      kind: 'partial',
      provisions: [
        'Both reconfirm their intention to normalise relations and reach the peace treaty on the basis of sovereignty and territorial integrity',
        'Azerbaijan releases 32 Armenian servicemen; Armenia releases 2 Azerbaijani servicemen',
        "Armenia withdraws its candidacy and supports Azerbaijan's bid to host COP29; Azerbaijan supports Armenia's candidacy for the COP Bureau",
        'Further confidence-building measures to be discussed',
      ],
      signatories: ['armenia', 'azerbaijan'],
      textPublic: true,
    },
    [S.bianetDec8],
    {
      note: "The first joint statement without a mediator, issued by the Prime Minister's Office of Armenia and the Presidential Administration of Azerbaijan.",
    },
  ),
  armed(
    'kokhanabi-2024-02-12',
    { occurredAt: '2024-02-12', recordedAt: rec('2024-02-13', '13:00') },
    'clash',
    'armenia',
    'azerbaijan',
    {
      place: 'Kokhanabi (Tovuz district)',
      injured: { min: 1, max: 1 },
      description:
        'Azerbaijan: Armenian troops opened fire twice late on 12 February on Kokhanabi in the Tovuz region; a "provocation" that wounded one Azerbaijani soldier (Armenia says it is investigating).',
    },
    [S.afpFeb13],
  ),
  armed(
    'nerkin-hand-2024-02-13',
    { occurredAt: '2024-02-13T01:30:00Z', recordedAt: rec('2024-02-13', '13:05') },
    'clash',
    'azerbaijan',
    undefined,
    {
      place: 'Nerkin Hand (Syunik province)',
      fatalities: { min: 4, max: 4 },
      injured: { min: 1, max: 1 },
      description:
        'From 05:30 local time Azerbaijani fire on Armenian positions near Nerkin Hand: four Armenian soldiers killed, one wounded. Azerbaijan\'s border service calls it a "riposte" to the Armenian provocation of the 12th.',
    },
    [S.afpFeb13],
  ),
  ev(
    'StatementMade',
    'stmt-arm-mfa-feb13',
    { occurredAt: '2024-02-13', recordedAt: rec('2024-02-15', '12:00') },
    {
      speaker: ARM_MFA,
      audience: 'azerbaijan',
      tone: 'accusation',
      summary:
        '"Another provocation and use of force" by Azerbaijan, preceded by bellicose statements: Azerbaijan is looking for pretexts for escalation on the border.',
    },
    [S.hyetertFeb15],
  ),
  ev(
    'AgreementReached',
    'agr-tavush',
    { occurredAt: '2024-04-19', recordedAt: rec('2024-04-19', '20:00') },
    {
      agreementId: AGR.tavush,
      kind: 'partial',
      provisions: [
        'The border preliminarily agreed between Baganis – Baganis Ayrim, Voskepar – Ashagy Askipara, Kirants – Kheyrimli and Berkaber – Ghizilhajili, by the Soviet-era line',
        'The Alma-Ata declaration of 1991 the basis of the whole delimitation',
        'The procedure for the other sections, enclaves included, to be agreed after the regulations are approved',
      ],
      signatories: ['armenia', 'azerbaijan'],
      textPublic: true,
    },
    [S.az24Apr19],
    {
      note: 'Agreed at the 8th meeting of the two border delimitation commissions (Deputy Prime Ministers Mher Grigoryan and Shahin Mustafayev).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-arm-gov-apr23',
    { occurredAt: '2024-04-23', recordedAt: rec('2024-04-23', '18:00') },
    {
      speaker: ARM_GOV,
      audience: 'azerbaijan',
      tone: 'neutral',
      summary:
        "In line with the agreements of the commissions' 8th meeting, the two countries' expert groups start determining the border coordinates on the ground.",
    },
    [S.armradioApr23],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'armenia-azerbaijan-2022.jsonl',
  logEnd: '2024-04-24T00:00:00Z',
  events,
};

export default definition;
