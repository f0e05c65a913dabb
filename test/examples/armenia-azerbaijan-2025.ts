/**
 * A test fixture, not a shipped example: the 2025 Armenia – Azerbaijan peace
 * process as an analyst following the news could have recorded it, from the
 * alleged border shootings of March and the text of the peace agreement agreed
 * on 13 March, through the leaders' meeting in Abu Dhabi (10 July) and the
 * Washington summit (8 August: the joint declaration signed, the treaty
 * initialled, the Trump Route), to the closing of the OSCE Minsk Group, the
 * lifting of Azerbaijan's transit restrictions (October), the first fuel
 * shipment (December) and Aliyev's Munich remarks (February 2026). Escalation
 * model v2 was never tuned on it: it is the case the model is held to in
 * armenia-azerbaijan-2025.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: the calm end of the scale. No
 * one was killed; the levels move between 4, 3, 2 and 1 on alleged shootings
 * without casualties, a text agreed but not signed, demands, meetings and
 * implementation steps.
 *
 * Judgement calls, recorded as an analyst would:
 * - The two defence ministries report the alleged fire as "violations of the
 *   ceasefire regime": the ceasefire of the trilateral statement of
 *   10 November 2020 (Russia mediating), recorded here as the ceasefire in
 *   force, and each allegation as a CeasefireViolationReported, without
 *   casualties, graded 3 (one side's claim, denied by the other).
 * - The treaty text agreed on 13 March is an agreement reached with the
 *   status `text-agreed` (kind `comprehensive`), reported with the
 *   conclusion of the talks on the text (a round concluded with `agreement`:
 *   one occurrence): nothing was signed, and nothing of it is in effect. On
 *   8 August the foreign ministers initial it (an AgreementStatusChanged to
 *   `initialled`, by both): still not signed nor ratified, so it is never
 *   being implemented. The joint declaration of 8 August, signed by Pashinyan
 *   and Aliyev and witnessed by Trump, is the agreement being implemented
 *   (kind `framework`, no status: agreed and applied).
 * - Azerbaijan's preconditions (a new Armenian constitution; the closing of
 *   the Minsk Group) are demands, with no deadline and no consequence
 *   threatened but not signing: not ultimatums. Aliyev restating them is a
 *   critical statement.
 * - The land border between the two has been closed since the war of the
 *   1990s; nothing closed it in 2025, and it is not recorded as a closure.
 *   Lifting the transit restrictions (21 October) and the first fuel shipment
 *   (18 December) have no type of their own: they are recorded as what was
 *   said (StatementMade), with the gap noted.
 * - The OSCE Ministerial Council's decision to close the Minsk process
 *   (1 September) is a third party's act that meets Azerbaijan's demand; the
 *   catalogue has no "demand met" event: it is recorded as the OSCE's
 *   engagement with both.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet, aggregator or mirror; 1 = an on-record statement or act
 * confirmed by the actor itself; 2 = several outlets agree or one established
 * outlet reports it; 3 = one side's unverified claim about the other.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'armenia-azerbaijan-2025';
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2025);

const ARMENIA: Actor = { id: 'armenia', name: 'Armenia', kind: 'state', aliases: ['Yerevan'] };
const AZERBAIJAN: Actor = { id: 'azerbaijan', name: 'Azerbaijan', kind: 'state', aliases: ['Baku'] };
const RUSSIA: Actor = { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow'] };
const TURKIYE: Actor = { id: 'turkiye', name: 'Türkiye', kind: 'state', aliases: ['Turkey', 'Ankara'] };
const IRAN: Actor = { id: 'iran', name: 'Iran', kind: 'state', aliases: ['Tehran'] };
const UAE: Actor = { id: 'uae', name: 'United Arab Emirates', kind: 'state', aliases: ['UAE', 'Abu Dhabi'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const OSCE: Actor = {
  id: 'osce',
  name: 'OSCE',
  kind: 'international-organisation',
  aliases: ['Organization for Security and Co-operation in Europe', 'OSCE Minsk Group'],
};

const PASHINYAN: Person = { name: 'Nikol Pashinyan', title: 'Prime Minister of Armenia', actorId: 'armenia' };
const ALIYEV: Person = { name: 'Ilham Aliyev', title: 'President of Azerbaijan', actorId: 'azerbaijan' };
const ARM_MOD: Person = { name: 'Ministry of Defence of Armenia (statement)', actorId: 'armenia' };
const MIRZOYAN: Person = { name: 'Ararat Mirzoyan', title: 'Foreign Minister of Armenia', actorId: 'armenia' };
const BAYRAMOV: Person = { name: 'Jeyhun Bayramov', title: 'Foreign Minister of Azerbaijan', actorId: 'azerbaijan' };
const GRIGORYAN: Person = { name: 'Mher Grigoryan', title: 'Deputy Prime Minister of Armenia', actorId: 'armenia' };
const MUSTAFAYEV: Person = {
  name: 'Shahin Mustafayev',
  title: 'Deputy Prime Minister of Azerbaijan',
  actorId: 'azerbaijan',
};
const BAGHDASARYAN: Person = {
  name: 'Nazeli Baghdasaryan',
  title: 'Spokesperson of the Prime Minister of Armenia',
  actorId: 'armenia',
};

const VELAYATI: Person = {
  name: 'Ali Akbar Velayati',
  title: 'Adviser to the Supreme Leader of Iran on international affairs',
  actorId: 'iran',
};

const S = {
  dailysabah2023: source(
    'Azerbaijan accuses Armenia of shelling border amid tensions',
    'Daily Sabah',
    'https://www.dailysabah.com/politics/azerbaijan-accuses-armenia-of-shelling-border-amid-tensions/news',
    '2023-06-21',
    'B',
    2,
  ),
  anewsMar5: source(
    'Azerbaijan says its military positions near border with Armenia fired upon',
    'A News',
    'https://www.anews.com.tr/world/2025/03/05/azerbaijan-says-its-military-positions-near-border-with-armenia-fired-upon',
    '2025-03-05',
    'C',
    3,
  ),
  asiannewsMar13: source(
    'Armenia and Azerbaijan agree treaty terms to end almost 40 years of conflict',
    'Asian News (Reuters)',
    'https://asian-news.net/post/armenia-and-azerbaijan-agree-treaty-terms-to/34494',
    '2025-03-13',
    'C',
    1,
  ),
  eurasianetMar14: source(
    'Armenia and Azerbaijan edge closer to historic peace agreement',
    'Eurasianet (mirror)',
    'https://darkblue-guanaco-904513.hostingersite.com/armenia-and-azerbaijan-edge-closer-to-historic-peace-agreement',
    '2025-03-14',
    'C',
    1,
  ),
  disaMar17: source(
    'Armenia Rejects Azerbaijani Accusations of Border Fire, Proposes Joint Investigation Mechanism',
    'DISA',
    'https://disa.org/armenia-denies-azerbaijani-allegations-regarding-border-fire/amp',
    '2025-03-17',
    'C',
    3,
  ),
  artsakhMar19: source(
    'The statement issued by the Ministry of Defence of Azerbaijan does not correspond to reality',
    'Artsakh News (Armenian MoD)',
    'https://artsakh.news/en/news/319230',
    '2025-03-19',
    'C',
    3,
  ),
  ordaMar20: source(
    'Armenia Again Refutes Border Fire Claims',
    'Orda.kz',
    'https://en.orda.kz/armenia-again-refutes-border-fire-claims-5594',
    '2025-03-20',
    'C',
    3,
  ),
  riaMar31: source(
    'Azerbaijan and Armenia have accused each other of shelling on the border',
    'News-Pravda (RIA Novosti)',
    'https://armenia.news-pravda.com/en/world/2025/03/31/7649.html',
    '2025-03-31',
    'C',
    3,
  ),
  lachronicleApr19: source(
    'Azerbaijan reports Armenian fire on its border positions near Digh',
    'LA Chronicle',
    'https://lachronicle.news/?p=12066',
    '2025-04-19',
    'C',
    3,
  ),
  menafnApr24: source(
    "Armenia's Accusations Are Misinformation, Says Azerbaijani Defense Ministry",
    'MENAFN (AzerNews)',
    'https://menafn.com/1109467194/Armenias-Accusations-Are-Misinformation-Says-Azerbaijani-Defense-Ministry',
    '2025-04-24',
    'C',
    3,
  ),
  dailysabahJul10: source(
    'Azerbaijan, Armenia leaders meet in Abu Dhabi for peace plan',
    'Daily Sabah',
    'https://www.dailysabah.com/politics/azerbaijan-armenia-leaders-meet-in-abu-dhabi-for-peace-plan/news',
    '2025-07-10',
    'B',
    1,
  ),
  hyetertJul10: source(
    'Pashinyan and Aliyev Discuss "Various Aspects of the Armenia-Azerbaijan Normalization Agenda"',
    'Hyetert',
    'https://hyetert.org/2025/07/10/pashinyan-and-aliyev-discuss-various-aspects-of-the-armenia-azerbaijan-normalization-agenda/',
    '2025-07-10',
    'C',
    1,
  ),
  worldnewsAug8: source(
    'Armenia and Azerbaijan Take a Historic Step Toward Peace at Washington Summit',
    'World News Central',
    'https://www.worldnewscentral.com/armenia-and-azerbaijan-ink-historic-peace-deal-in-trump-hosted-washington-summit',
    '2025-08-08',
    'C',
    2,
  ),
  piaAug8: source(
    'Yerevan and Baku agree to end hostilities',
    'PIA.ge',
    'https://pia.ge/en/news/world/yerevan-and-baku-agree-to-end-hostilities',
    '2025-08-08',
    'C',
    1,
  ),
  azatutyunAug9: source(
    'Aliyev Sticks To Key Precondition For Peace Deal With Armenia',
    'Azatutyun (RFE/RL)',
    'https://d37aqvdbfi51q2.cloudfront.net/a/33498675.html',
    '2025-08-09',
    'B',
    1,
  ),
  azatutyunAug21: source(
    'Pashinian on a new constitution and the peace process',
    'Azatutyun (RFE/RL)',
    'https://www.azatutyun.am/a/33509446.html',
    '2025-08-21',
    'B',
    1,
  ),
  mehrAug9: source(
    'Iran to hinder creation of US corridor in Caucasus',
    'Mehr News Agency',
    'https://en.mehrnews.com/news/235216/Iran-to-hinder-creation-of-US-corridor-in-Caucasus',
    '2025-08-09',
    'B',
    1,
  ),
  firstpiperAug18: source(
    "Iran's president visits Armenia for talks on US-backed Azerbaijan corridor",
    'First Piper',
    'https://firstpiper.com/2025/08/18/irans-president-visits-armenia-for-talks-on-us-backed-azerbaijan-corridor',
    '2025-08-18',
    'C',
    2,
  ),
  pravdaAug27: source(
    'Aliyev: We will sign a peace treaty when Armenia changes the constitution',
    'News-Pravda',
    'https://news-pravda.com/world/2025/08/27/1635286.html',
    '2025-08-27',
    'C',
    1,
  ),
  armradioAug28: source(
    'OSCE Minsk Group closure expected on September 1',
    'Public Radio of Armenia',
    'https://en.armradio.am/2025/08/28/osce-minsk-group-closure-expected-on-september-1/',
    '2025-08-28',
    'B',
    1,
  ),
  azernewsSep1: source(
    'OSCE Ministerial Council adopts decision to close the Minsk Process',
    'AzerNews',
    'https://www.azernews.az/nation/246825.html',
    '2025-09-01',
    'B',
    1,
  ),
  jamnewsOct2: source(
    'Pashinyan-Aliyev meet in Copenhagen while Armenian parliament issues statement in support of peace',
    'JAMnews',
    'https://jam-news.net/pashinyan-aliyev-meet-in-copenhagen-while-armenian-parliament-issues-statement-in-support-of-peace',
    '2025-10-02',
    'B',
    1,
  ),
  devdiscourseOct21: source(
    'Azerbaijan Lifts Cargo Transit Ban, Signaling Peace With Armenia',
    'Devdiscourse (agencies)',
    'https://www.devdiscourse.com/article/headlines/3669459-azerbaijan-lifts-cargo-transit-ban-signaling-peace-with-armenia',
    '2025-10-21',
    'C',
    1,
  ),
  euEastOct21: source(
    'Azerbaijan lifts ban on cargo transit to Armenia',
    'EU-East',
    'https://www.eu-east.com/world-news/azerbaijan-lifts-ban-on-cargo-transit-to-armenia',
    '2025-10-21',
    'C',
    1,
  ),
  mediamaxDec1: source(
    'OSCE finalizes the closure of the Minsk Process',
    'Mediamax',
    'https://mediamax.am/en/news/foreignpolicy/59419/',
    '2025-12-01',
    'B',
    1,
  ),
  trtDec18: source(
    'Azerbaijan sends first fuel shipment to Armenia after decades of war',
    'TRT World',
    'https://www.trtworld.com:443/article/a67c210dac4f',
    '2025-12-18',
    'B',
    1,
  ),
  hurriyetDec19: source(
    'Azerbaijan transports 1st fuel shipment to Armenia after decades',
    'Hürriyet Daily News',
    'https://www.hurriyetdailynews.com/azerbaijan-delivers-first-fuel-shipment-to-armenia-after-decades-216971',
    '2025-12-19',
    'B',
    1,
  ),
  azatutyunFeb16: source(
    "Azeri Condition For Peace Deal 'Accepted By Yerevan'",
    'Azatutyun (RFE/RL)',
    'https://www.azatutyun.am/amp/33679791.html',
    '2026-02-16',
    'B',
    1,
  ),
};

const D = {
  constitution: 'azerbaijan-armenian-constitution',
  minsk: 'azerbaijan-minsk-group-dissolved',
};
const R = {
  text: 'treaty-text-2025-03-13',
  abuDhabi: 'abu-dhabi-2025-07-10',
  washington: 'washington-summit-2025-08-08',
  copenhagen: 'copenhagen-2025-10-02',
  gabala: 'gabala-deputy-pms-2025-11-28',
};
const C2020 = 'trilateral-ceasefire-2020-11-10';
const TREATY = 'peace-agreement-text-2025-03-13';

/** One alleged violation of the 2020 ceasefire, without casualties, denied by the other side. */
function alleged(
  key: string,
  occurredAt: string,
  recordedAt: string,
  by: 'armenia' | 'azerbaijan',
  description: string,
  sources: Parameters<typeof ev>[4],
) {
  return ev(
    'CeasefireViolationReported',
    key,
    { occurredAt, recordedAt },
    {
      ceasefireId: C2020,
      allegedBy: by,
      against: by === 'azerbaijan' ? 'armenia' : 'azerbaijan',
      casualties: { min: 0, max: 0 },
      description,
    },
    sources,
  );
}

const events = [
  // ===== March: the first alleged fire since January, the text agreed, the preconditions =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2025-03-05', recordedAt: at('03-05', '18:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Armenia – Azerbaijan peace process, 2025',
      subject:
        'The Agreement on Peace and the Establishment of Interstate Relations, border delimitation and the opening of transport links, from the text agreed in March to the Washington summit and its implementation',
      parties: [ARMENIA, AZERBAIJAN],
      mediators: [],
    },
    [S.anewsMar5],
    { note: 'Bilateral talks since 2023; opened at the first alleged border fire reported since 6 January.' },
  ),
  ev(
    'ActorRegistered',
    'actor-russia',
    { occurredAt: '2025-03-05', recordedAt: at('03-05', '18:05') },
    { actor: RUSSIA, role: 'third-party' },
    [S.dailysabah2023],
    { note: 'Mediated the 2020 trilateral ceasefire; no role in the 2025 talks.' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-2020',
    { occurredAt: '2020-11-10', recordedAt: at('03-05', '18:10') },
    {
      ceasefireId: C2020,
      parties: ['armenia', 'azerbaijan'],
      scope: 'The trilateral statement of 10 November 2020 ending the second Karabakh war: a complete ceasefire',
      duration: 'indefinite',
      mediatedBy: ['russia'],
    },
    [S.dailysabah2023],
    {
      note: 'Recorded as the ceasefire whose "regime" both defence ministries accuse each other of violating in 2025.',
    },
  ),
  alleged(
    'viol-2025-03-05',
    '2025-03-05',
    at('03-05', '18:15'),
    'azerbaijan',
    "Azerbaijan's defence ministry says Armenian forces fired on its positions near Khanazakh (Gorus direction); Armenia's defence ministry says this does not correspond to reality. No casualties reported.",
    [S.anewsMar5],
  ),
  ev(
    'TalksRoundOpened',
    'round-text-opened',
    { occurredAt: '2025-03-13', recordedAt: at('03-13', '20:00') },
    {
      roundId: R.text,
      label: 'Negotiations on the text of the peace agreement',
      format: 'technical',
      delegations: [
        { actorId: 'armenia', head: MIRZOYAN },
        { actorId: 'azerbaijan', head: BAYRAMOV },
      ],
    },
    [S.asiannewsMar13],
    { note: 'Drafts exchanged for months; the round is recorded on the day its conclusion was announced.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-text-concluded',
    { occurredAt: '2025-03-13', recordedAt: at('03-13', '20:05') },
    {
      roundId: R.text,
      outcome: 'agreement',
      summary:
        'Both foreign ministries announce that the text of the Agreement on Peace and the Establishment of Interstate Relations is agreed: Yerevan accepts Baku\'s wording on the last two articles (no third-country forces on the border; mutual withdrawal of interstate claims). Armenia: "ready for signing". Nothing is signed.',
      nextSteps: 'Consultations on the date and place of signing; Azerbaijan sets preconditions first.',
    },
    [S.asiannewsMar13],
  ),
  ev(
    'AgreementReached',
    'agr-treaty-text',
    { occurredAt: '2025-03-13', recordedAt: at('03-13', '20:10') },
    {
      agreementId: TREATY,
      kind: 'comprehensive',
      provisions: [
        'Peace, and the establishment of interstate relations between Armenia and Azerbaijan',
        'No forces of third countries deployed along the common border',
        'Both withdraw their interstate claims against each other',
      ],
      signatories: ['armenia', 'azerbaijan'],
      textPublic: false,
      roundId: R.text,
      status: 'text-agreed',
    },
    [S.asiannewsMar13],
    { note: 'The Agreement on Peace and the Establishment of Interstate Relations: the text agreed, nothing signed.' },
  ),
  ev(
    'DemandTabled',
    'dem-constitution',
    { occurredAt: '2025-03-13', recordedAt: at('03-14', '10:00') },
    {
      demandId: D.constitution,
      by: 'azerbaijan',
      addressedTo: ['armenia'],
      text: "Change Armenia's constitution, removing the preamble's reference to the 1990 declaration of independence (claims on Karabakh), before Azerbaijan signs the treaty.",
      category: 'political',
    },
    [S.asiannewsMar13, S.eurasianetMar14],
  ),
  ev(
    'DemandTabled',
    'dem-minsk',
    { occurredAt: '2025-03-13', recordedAt: at('03-14', '10:05') },
    {
      demandId: D.minsk,
      by: 'azerbaijan',
      addressedTo: ['armenia'],
      text: 'Jointly request the dissolution of the OSCE Minsk Group and its related structures, before the treaty is signed.',
      category: 'procedural',
    },
    [S.eurasianetMar14],
  ),
  ev(
    'PositionTaken',
    'pos-arm-constitution-mar',
    { occurredAt: '2025-03-13', recordedAt: at('03-14', '10:10') },
    {
      demandId: D.constitution,
      actorId: 'armenia',
      stance: 'ambiguous',
      conditions:
        'Denies that the constitution holds claims on Azerbaijan, but Pashinyan says a new constitution is needed and plans a referendum (2027, he said in March); no date set.',
      speaker: PASHINYAN,
    },
    [S.asiannewsMar13],
  ),
  alleged(
    'viol-2025-03-17',
    '2025-03-17T08:00:00Z',
    at('03-17', '18:00'),
    'azerbaijan',
    "Azerbaijan's defence ministry alleges Armenian fire on its positions in the eastern and south-eastern sectors of the border (01:25–12:55 local time); Armenia denies it and proposes a joint mechanism to investigate alleged violations. No casualties reported.",
    [S.disaMar17],
  ),
  ev(
    'StatementMade',
    'stmt-arm-mod-mar17',
    { occurredAt: '2025-03-17', recordedAt: at('03-17', '18:05') },
    {
      speaker: ARM_MOD,
      audience: 'azerbaijan',
      tone: 'critical',
      summary:
        "Rejects Baku's claims as disinformation; recalls the Prime Minister's Office's proposal of a joint Armenia–Azerbaijan mechanism to investigate ceasefire violations, unanswered by Baku; ready to investigate any facts provided.",
    },
    [S.disaMar17],
  ),
  alleged(
    'viol-2025-03-19',
    '2025-03-18T18:20:00Z',
    at('03-19', '10:00'),
    'azerbaijan',
    "Azerbaijan's defence ministry alleges Armenian fire on its positions in the eastern and south-eastern sectors from 22:20 on 18 March to 01:40 on 19 March; Armenia: it does not correspond to reality. No casualties reported.",
    [S.artsakhMar19],
  ),
  alleged(
    'viol-2025-03-20',
    '2025-03-20T08:30:00Z',
    at('03-20', '18:00'),
    'azerbaijan',
    "Azerbaijan's defence ministry alleges Armenian fire on its positions between 12:30 and 15:15 local time; Armenia denies it. No casualties reported.",
    [S.ordaMar20],
  ),
  alleged(
    'viol-2025-03-30',
    '2025-03-30T17:25:00Z',
    at('03-31', '12:00'),
    'azerbaijan',
    "Azerbaijan's defence ministry alleges Armenian drone reconnaissance and intermittent fire on its positions opposite Gerenzur on the night of 30 March; Armenia says it is untrue. No casualties reported.",
    [S.riaMar31],
  ),
  alleged(
    'viol-2025-03-31',
    '2025-03-30T20:50:00Z',
    at('03-31', '12:05'),
    'armenia',
    "Armenia's defence ministry says Azerbaijani units fired towards Khnatsakh (Syunik) at about 00:50 on 31 March, damaging a house; no casualties.",
    [S.riaMar31],
  ),
  // ===== April: more alleged fire, both ways =====
  alleged(
    'viol-2025-04-18',
    '2025-04-18T18:35:00Z',
    at('04-19', '10:00'),
    'azerbaijan',
    "Azerbaijan's defence ministry alleges Armenian small-arms fire on its positions from near Digh (Goris) at about 22:35 on 18 April. No casualties reported.",
    [S.lachronicleApr19],
  ),
  ev(
    'StatementMade',
    'stmt-pashinyan-minsk-apr',
    { occurredAt: '2025-04-15', recordedAt: at('04-19', '10:05') },
    {
      speaker: PASHINYAN,
      audience: 'azerbaijan',
      tone: 'conciliatory',
      summary:
        'Ready for peace with Azerbaijan; the two could sign the dissolution of the OSCE Minsk Group on the day the treaty is signed.',
    },
    [S.lachronicleApr19],
  ),
  ev(
    'PositionTaken',
    'pos-arm-minsk-apr',
    { occurredAt: '2025-04-15', recordedAt: at('04-19', '10:10') },
    {
      demandId: D.minsk,
      actorId: 'armenia',
      stance: 'conditional',
      conditions: 'The Minsk Group dissolved on the day the peace treaty is signed, not before.',
      speaker: PASHINYAN,
    },
    [S.lachronicleApr19],
  ),
  alleged(
    'viol-2025-04-23',
    '2025-04-23T18:20:00Z',
    at('04-24', '10:00'),
    'armenia',
    "Armenia's defence ministry says Azerbaijani forces fired towards the village of Khaznavar at about 22:20 on 23 April; Azerbaijan's defence ministry calls it deliberate disinformation. No casualties reported.",
    [S.menafnApr24],
  ),
  ev(
    'StatementMade',
    'stmt-az-mod-apr24',
    { occurredAt: '2025-04-24', recordedAt: at('04-24', '10:05') },
    {
      speaker: { name: 'Ministry of Defence of Azerbaijan (statement)', actorId: 'azerbaijan' },
      audience: 'armenia',
      tone: 'accusation',
      summary:
        'Armenia\'s report is "yet another deliberate act of disinformation", part of an effort to obscure its own provocations and manipulate international opinion.',
    },
    [S.menafnApr24],
  ),
  // ===== June – July: Türkiye, Abu Dhabi =====
  ev(
    'ActorRegistered',
    'actor-turkiye',
    { occurredAt: '2025-06-20', recordedAt: at('07-10', '18:00') },
    { actor: TURKIYE, role: 'third-party' },
    [S.dailysabahJul10],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-pashinyan-ankara',
    { occurredAt: '2025-06-20', recordedAt: at('07-10', '18:05') },
    {
      actorId: 'turkiye',
      counterparts: ['armenia'],
      kind: 'visit',
      summary:
        "Pashinyan's rare bilateral visit to Türkiye: Erdoğan says he will support Yerevan's peace efforts with Baku.",
    },
    [S.dailysabahJul10],
  ),
  ev(
    'ActorRegistered',
    'actor-uae',
    { occurredAt: '2025-07-10', recordedAt: at('07-10', '18:10') },
    { actor: UAE, role: 'mediator' },
    [S.hyetertJul10],
    { note: "Host of the leaders' first bilateral meeting, without mediators at the table." },
  ),
  ev(
    'TalksRoundOpened',
    'round-abudhabi-opened',
    { occurredAt: '2025-07-10', recordedAt: at('07-10', '18:15') },
    {
      roundId: R.abuDhabi,
      label: 'Pashinyan – Aliyev meeting, Abu Dhabi',
      venue: 'Abu Dhabi',
      format: 'formal',
      hosts: ['uae'],
      delegations: [
        { actorId: 'armenia', head: PASHINYAN },
        { actorId: 'azerbaijan', head: ALIYEV },
      ],
    },
    [S.hyetertJul10, S.dailysabahJul10],
  ),
  ev(
    'TalksRoundConcluded',
    'round-abudhabi-concluded',
    { occurredAt: '2025-07-10', recordedAt: at('07-10', '18:20') },
    {
      roundId: R.abuDhabi,
      outcome: 'progress',
      summary:
        'Five hours of talks; no concrete agreement announced. The leaders note progress in border delimitation, instruct the commissions to continue, and agree to continue bilateral negotiations and confidence-building measures. No ceasefire violations reported recently (AP).',
      nextSteps: 'Bilateral talks at technical and political level.',
    },
    [S.hyetertJul10, S.dailysabahJul10],
  ),
  // ===== 8 August: the Washington summit =====
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2025-08-08', recordedAt: at('08-08', '22:00') },
    { actor: USA, role: 'mediator' },
    [S.piaAug8],
  ),
  ev(
    'TalksRoundOpened',
    'round-washington-opened',
    { occurredAt: '2025-08-08', recordedAt: at('08-08', '22:05') },
    {
      roundId: R.washington,
      label: 'Washington peace summit',
      venue: 'The White House, Washington',
      format: 'formal',
      hosts: ['united-states'],
      delegations: [
        { actorId: 'armenia', head: PASHINYAN, members: [MIRZOYAN] },
        { actorId: 'azerbaijan', head: ALIYEV, members: [BAYRAMOV] },
      ],
    },
    [S.piaAug8, S.worldnewsAug8],
  ),
  ev(
    'AgreementReached',
    'agr-washington-declaration',
    { occurredAt: '2025-08-08', recordedAt: at('08-08', '22:10') },
    {
      agreementId: 'washington-joint-declaration-2025-08-08',
      kind: 'framework',
      provisions: [
        'Armenia and Azerbaijan pledge to end all hostilities permanently, and to establish trade, tourism and diplomatic relations',
        "Mutual respect for each other's sovereignty and territorial integrity",
        'Further actions towards the signing and ratification of the peace agreement (initialled by the foreign ministers)',
        'A joint appeal to the OSCE to close the Minsk process and its related structures',
        "The Trump Route for International Peace and Prosperity (TRIPP): unimpeded transit between Azerbaijan and Nakhchivan through southern Armenia, under Armenia's sovereignty and jurisdiction, developed with the United States",
      ],
      signatories: ['armenia', 'azerbaijan'],
      textPublic: true,
      roundId: R.washington,
    },
    [S.piaAug8, S.worldnewsAug8],
    { note: 'Signed by Pashinyan and Aliyev, witnessed by Trump.' },
  ),
  ev(
    'StatementMade',
    'stmt-aliyev-aug8',
    { occurredAt: '2025-08-08T23:00:00Z', precision: 'approximate', recordedAt: at('08-09', '12:00') },
    {
      speaker: ALIYEV,
      audience: 'armenia',
      tone: 'critical',
      summary:
        'The treaty can be signed "at any time" after the appropriate changes are made to the Armenian constitution; otherwise "it would, first of all, be disrespectful towards the United States".',
    },
    [S.azatutyunAug9],
  ),
  ev(
    'ActorRegistered',
    'actor-iran',
    { occurredAt: '2025-08-09', recordedAt: at('08-09', '12:02') },
    { actor: IRAN, role: 'third-party' },
    [S.mehrAug9],
  ),
  ev(
    'StatementMade',
    'stmt-velayati-tripp',
    { occurredAt: '2025-08-09', recordedAt: at('08-09', '12:03') },
    {
      speaker: VELAYATI,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'To Tasnim: Iran will prevent the creation of the "American corridor" in the Caucasus, with or without Russia; it "will turn into a graveyard of the mercenaries of Donald Trump", not a route owned by him.',
    },
    [S.mehrAug9],
    { note: "A third party's threat aimed at the mediator and the route, not at either party." },
  ),
  ev(
    'TalksRoundConcluded',
    'round-washington-concluded',
    { occurredAt: '2025-08-08', recordedAt: at('08-09', '12:05') },
    {
      roundId: R.washington,
      outcome: 'agreement',
      summary:
        'The joint declaration signed; the foreign ministers initial the agreed text of the peace agreement (not signed, not ratified) and sign a joint appeal to the OSCE Chairman-in-Office to close the Minsk process; the United States and Armenia agree on TRIPP.',
      nextSteps: 'Signature and ratification of the treaty; the OSCE decision; TRIPP.',
    },
    [S.piaAug8, S.azatutyunAug9],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-treaty-initialled',
    { occurredAt: '2025-08-08', recordedAt: at('08-09', '12:10') },
    {
      agreementId: TREATY,
      status: 'initialled',
      reason:
        'The foreign ministers, Mirzoyan and Bayramov, initial the agreed text at the White House; not signed, not ratified: Aliyev will sign once Armenia changes its constitution.',
    },
    [S.piaAug8, S.azatutyunAug9],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-pezeshkian-yerevan',
    { occurredAt: '2025-08-18', recordedAt: at('08-18', '18:00') },
    {
      actorId: 'iran',
      counterparts: ['armenia'],
      kind: 'visit',
      summary:
        "President Pezeshkian in Yerevan to voice Iran's concerns over TRIPP; Araghchi says Armenia assured Tehran that no American forces or security companies will be present on the route.",
    },
    [S.firstpiperAug18],
  ),
  ev(
    'PositionTaken',
    'pos-arm-constitution-aug',
    { occurredAt: '2025-08-21', recordedAt: at('08-21', '18:00') },
    {
      demandId: D.constitution,
      actorId: 'armenia',
      stance: 'ambiguous',
      conditions:
        'A new constitution is being drafted and will most likely go to a referendum, but "it has nothing to do with this parallel [peace] process".',
      speaker: PASHINYAN,
    },
    [S.azatutyunAug21],
  ),
  ev(
    'StatementMade',
    'stmt-aliyev-aug27',
    { occurredAt: '2025-08-27', recordedAt: at('08-27', '18:00') },
    {
      speaker: ALIYEV,
      audience: 'armenia',
      tone: 'critical',
      summary:
        'To Al Arabiya: the treaty is not signed for one reason, the provision of the Armenian constitution that calls Azerbaijan\'s territorial integrity into question; "as far as we understand, they will make the change".',
    },
    [S.pravdaAug27],
  ),
  ev(
    'PositionTaken',
    'pos-arm-minsk-aug',
    { occurredAt: '2025-08-08', recordedAt: at('08-28', '12:00') },
    {
      demandId: D.minsk,
      actorId: 'armenia',
      stance: 'accepted',
      conditions: 'Joint appeal of the two foreign ministers to the OSCE, signed in Washington.',
      speaker: MIRZOYAN,
    },
    [S.armradioAug28],
  ),
  // ===== September – October: the Minsk Group closed, Copenhagen, transit =====
  ev(
    'ActorRegistered',
    'actor-osce',
    { occurredAt: '2025-09-01', recordedAt: at('09-01', '18:00') },
    { actor: OSCE, role: 'third-party' },
    [S.azernewsSep1],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-osce-minsk-closed',
    { occurredAt: '2025-09-01', recordedAt: at('09-01', '18:05') },
    {
      actorId: 'osce',
      counterparts: ['armenia', 'azerbaijan'],
      kind: 'support',
      summary:
        'The OSCE Ministerial Council decides by consensus of all 57 states, at the joint appeal of Armenia and Azerbaijan of 8 August, to close the Minsk process, the Personal Representative and the High-Level Planning Group; the Secretariat to complete the closure by 1 December.',
    },
    [S.azernewsSep1],
  ),
  ev(
    'TalksRoundOpened',
    'round-copenhagen-opened',
    { occurredAt: '2025-10-02', recordedAt: at('10-02', '20:00') },
    {
      roundId: R.copenhagen,
      label: 'Pashinyan – Aliyev meeting at the European Political Community summit',
      venue: 'Copenhagen',
      format: 'informal',
      delegations: [
        { actorId: 'armenia', head: PASHINYAN },
        { actorId: 'azerbaijan', head: ALIYEV },
      ],
    },
    [S.jamnewsOct2],
  ),
  ev(
    'TalksRoundConcluded',
    'round-copenhagen-concluded',
    { occurredAt: '2025-10-02', recordedAt: at('10-02', '20:05') },
    {
      roundId: R.copenhagen,
      outcome: 'progress',
      summary:
        "Both reaffirm the Washington agreements and their work to consolidate peace; discuss infrastructure in Azerbaijan and TRIPP in Armenia and the declaration's implementation; welcome the closing of the Minsk process; agree on further confidence-building and contacts. Armenia's parliament adopts a statement in support of peace the same day.",
    },
    [S.jamnewsOct2],
  ),
  ev(
    'StatementMade',
    'stmt-aliyev-transit',
    { occurredAt: '2025-10-21', recordedAt: at('10-21', '18:00') },
    {
      speaker: ALIYEV,
      audience: 'armenia',
      tone: 'conciliatory',
      summary:
        'In Astana: Azerbaijan has lifted all restrictions on the transit of goods to Armenia in place since the war; the first transit cargo is Kazakh grain — "peace between Azerbaijan and Armenia is no longer just on paper".',
    },
    [S.devdiscourseOct21, S.euEastOct21],
    { note: 'An implementation step; the catalogue has no type for a restriction lifted.' },
  ),
  ev(
    'StatementMade',
    'stmt-arm-welcomes-transit',
    { occurredAt: '2025-10-21', recordedAt: at('10-21', '18:05') },
    {
      speaker: BAGHDASARYAN,
      audience: 'azerbaijan',
      tone: 'conciliatory',
      summary:
        'Armenia welcomes the lifting of the transit restrictions: of significant importance for regional connectivity, mutual trust and institutionalising peace, in line with the Washington agreements.',
    },
    [S.euEastOct21],
  ),
  // ===== November – December: Gabala, the Minsk process closed, fuel =====
  ev(
    'TalksRoundOpened',
    'round-gabala-opened',
    { occurredAt: '2025-11-28', recordedAt: at('12-18', '18:00') },
    {
      roundId: R.gabala,
      label: 'Deputy prime ministers (border commissions), Gabala',
      venue: 'Gabala, Azerbaijan',
      format: 'technical',
      delegations: [
        { actorId: 'armenia', head: GRIGORYAN },
        { actorId: 'azerbaijan', head: MUSTAFAYEV },
      ],
    },
    [S.trtDec18],
  ),
  ev(
    'TalksRoundConcluded',
    'round-gabala-concluded',
    { occurredAt: '2025-11-28', recordedAt: at('12-18', '18:05') },
    {
      roundId: R.gabala,
      outcome: 'progress',
      summary:
        'Border delimitation and economic cooperation discussed; Azerbaijan says fuel deliveries to Armenia were agreed (Armenia: trade is for private companies).',
    },
    [S.trtDec18],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-osce-closure-done',
    { occurredAt: '2025-11-30T23:59:00Z', recordedAt: at('12-18', '18:10') },
    {
      actorId: 'osce',
      counterparts: ['armenia', 'azerbaijan'],
      kind: 'support',
      summary:
        'The OSCE completes the closure of the Minsk process and its related structures, implementing the decision of 1 September.',
    },
    [S.mediamaxDec1],
  ),
  ev(
    'StatementMade',
    'stmt-pashinyan-fuel',
    { occurredAt: '2025-12-18', recordedAt: at('12-19', '10:00') },
    {
      speaker: PASHINYAN,
      audience: 'azerbaijan',
      tone: 'conciliatory',
      summary:
        'Welcomes the first shipment of Azerbaijani petrol to Armenia (22 rail wagons via Georgia): "it is the peace established between Armenia and Azerbaijan that has created the political conditions for this trade".',
    },
    [S.trtDec18, S.hurriyetDec19],
    { note: 'An implementation step; recorded as what was said (no type for trade resumed).' },
  ),
  // ===== February 2026: Munich =====
  ev(
    'StatementMade',
    'stmt-aliyev-munich',
    { occurredAt: '2026-02-14', recordedAt: '2026-02-16T20:00:00Z' },
    {
      speaker: ALIYEV,
      audience: 'armenia',
      tone: 'neutral',
      summary:
        'At the Munich Security Conference: a new Armenian constitution remains the precondition for signing the treaty, and there is "a great deal of mutual understanding" between the two leaderships about what must be done and in what sequence.',
    },
    [S.azatutyunFeb16],
  ),
  ev(
    'PositionTaken',
    'pos-arm-constitution-feb',
    { occurredAt: '2026-02-14', recordedAt: '2026-02-16T20:05:00Z' },
    {
      demandId: D.constitution,
      actorId: 'armenia',
      stance: 'ambiguous',
      conditions:
        'A new constitution without the 1990 declaration is being drafted (by the end of March) for a referendum after the June 2026 elections; Yerevan denies it is a concession, and did not react to Aliyev.',
      speaker: PASHINYAN,
    },
    [S.azatutyunFeb16],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'armenia-azerbaijan-2025.jsonl',
  logEnd: '2026-02-17T00:00:00Z',
  events,
};

export default definition;
