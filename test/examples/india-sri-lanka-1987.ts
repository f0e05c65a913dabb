/**
 * A test fixture, not a shipped example: India (Prime Minister Rajiv Gandhi)
 * and Sri Lanka (President J. R. Jayewardene) from Sri Lanka's Vadamarachchi
 * offensive against the LTTE in the Jaffna peninsula (late May 1987) to the
 * end of 1987, as an analyst following the news could have recorded them —
 * India's condemnation of the offensive, its announcement of a relief
 * flotilla (1 June), the flotilla turned back at sea by the Sri Lankan navy
 * (3 June), Operation Poomalai: Indian Air Force transports escorted by
 * Mirage fighters dropping 25 tonnes of supplies over Jaffna without Sri
 * Lanka's consent, Sri Lanka having been told that opposition would be met
 * by force (4 June), Colombo's protest of "a naked violation of our
 * sovereignty", the relief arrangement agreed on 15 June and the ships
 * unloaded under Sri Lankan supervision, the dispute of 29 June over the last
 * ship, the Indo-Sri Lanka Accord signed in Colombo (29 July), the attack on
 * Rajiv Gandhi by a sailor of the guard of honour and the Indian Peace
 * Keeping Force's landing at Jayewardene's invitation (30 July), the LTTE's
 * acceptance of the accord (4 August), the IPKF's war with the LTTE from 10
 * October, and the 13th Amendment passed by Sri Lanka's Parliament (14
 * November). Escalation model v2 was never tuned on it: it is the case the
 * model is held to in india-sri-lanka-1987.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are India and Sri Lanka. No mediator: the accord was
 * negotiated between the two governments. Third parties: the LTTE (its acts,
 * and those against it, are not the pair's) and the sailor who struck Rajiv
 * Gandhi (registered as an individual: see below). The Sri Lanka – LTTE
 * talks of 2002 (sri-lanka-ltte-2002.ts) are another negotiation; nothing of
 * that case is recorded here.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. Recorded after the fact,
 * from sources read all at once (`retrospectiveClock`).
 *
 * Grading as in examples/README.md: B = an established outlet (the Los
 * Angeles Times and its wire copies of AP and UPI, The New York Times, India
 * Today, the Hindustan Times, The Hindu); C = an encyclopedia or a copy on
 * another site (Wikipedia and its mirrors, Reuters and The Times (London)
 * copied on archive sites, Sri Lankan weeklies' retrospectives); 2 = several
 * sources agree or one established source reports it; 3 = one side's claim,
 * or a single late account.
 *
 * Dates of sources: contemporary reports by their own date; Wikipedia and
 * its mirrors, which keep no date of their own, by the day of the
 * development they are cited for (as in thailand-laos-1987.ts).
 *
 * Judgement calls, recorded as an analyst would:
 * - Sri Lanka's Vadamarachchi offensive ("Operation Liberation") is Sri
 *   Lanka's armed action against the LTTE on its own soil: recorded as a
 *   clash by `sri-lanka` against `ltte`, `scale: 'major'` because its sources
 *   call it so ("a major offensive", the Los Angeles Times of 5 June; "the
 *   country's biggest military operation since independence", The Nation),
 *   dated 26 May (the LA Times: begun "10 days ago" on 4 June), approximate.
 *   It is not armed action between the pair; India's condemnation of it is
 *   India's act.
 * - The flotilla of 3 June: 19 Indian fishing boats under the Indian Red
 *   Cross flag, sent by the Government of India, stopped by a Sri Lankan naval
 *   patrol off Jaffna and, after a stand-off of some four hours and radio
 *   exchanges, turned back to Rameswaram. No shot was fired and nothing was
 *   seized. Recorded as `non-lethal-force` by `sri-lanka` against `india`:
 *   force used on the other's vessels short of weapons fire. Not a detention
 *   (nothing was held) and not a border closure (Sri Lanka offered to accept
 *   the cargoes once the modalities were agreed, The Times, 2 June; its waters
 *   were not closed to India as such).
 * - Operation Poomalai (4 June): five An-32 transports escorted by Mirage 2000
 *   fighters flew into Sri Lankan airspace and dropped 25 tonnes of food and
 *   medicine over Jaffna; no shot was fired and Sri Lanka did not oppose them.
 *   A violation of airspace by military aircraft without fire is force short
 *   of armed action: recorded as `force-posture` by `india` against
 *   `sri-lanka` (the catalogue has no airspace-violation kind; neither
 *   `airstrike`, which is armed, nor `occupation`, which is ground held). The
 *   warning to Sri Lanka's High Commissioner that opposition "would be met by
 *   force" by the escorting fighters is recorded apart, as India's
 *   `military-threat` (a Wikipedia copy, graded 3: the exact words are in no
 *   contemporary source read; the LA Times says India informed the embassy two
 *   hours beforehand).
 * - The relief arrangement of 15 June (Indian ships allowed in, inspected,
 *   escorted by the Sri Lankan navy, unloaded under Sri Lanka's supervision)
 *   is a `partial` agreement between the two, in force when agreed; the ships
 *   that unloaded at Kankesanthurai on 25 June are its first implementation,
 *   recorded as a status change (in force) with that reason.
 * - The attack on Rajiv Gandhi (30 July): a naval rating of the guard of
 *   honour swung his (unloaded) rifle at him; Gandhi was bruised. His act is
 *   his own, not Sri Lanka's: he broke ranks, was overpowered by Gandhi's and
 *   Sri Lanka's security men, the Sri Lankan government "quickly apologized"
 *   (Time, as quoted by the Lanka Standard) and India blamed no one. He is
 *   registered as an individual (`third-party`), named as the later accounts
 *   name him (Vijitha Rohana Wijemuni; no contemporary source read names
 *   him), and the act recorded as a `militant-attack` by him against India
 *   (the nearest kind for an armed individual's attack; no toll, one injured).
 * - The Indian Peace Keeping Force landed at Palaly (30 July) and Trincomalee
 *   (3 August) at Jayewardene's invitation, under the accord, to receive the
 *   militants' arms and keep the ceasefire. Forces on the other's soil by its
 *   invitation are not an occupation: recorded as `force-posture` by `india`
 *   against `ltte` — the force was sent to make the militants give up their
 *   arms ("to ensure the surrender of arms", Dixit; "If we don't, there will
 *   be an armed confrontation with the Indian army", Prabhakaran, 4 August) —
 *   at "Jaffna peninsula (Palaly)" and "Trincomalee". Corrected after the
 *   first run of the model: first recorded with no `against` ("aimed at no
 *   one"), which the catalogue's `against` (whom the act was aimed at) does
 *   not bear out, and which reads as a show of force toward the other party.
 * - The accord's ceasefire (from 29 July, the LA Times of 31 July) is between
 *   Sri Lanka and the Tamil militants: recorded with `sri-lanka` and `ltte` as
 *   its parties, ended (`collapsed`) on 10 October when the LTTE's war with the
 *   IPKF began. The IPKF's fighting with the LTTE is India's armed action
 *   against a third party on Sri Lanka's soil, by Sri Lanka's consent:
 *   recorded against `ltte`, not against Sri Lanka. The opening of Operation
 *   Pawan and the Jaffna University helidrop (11–12 October, 36 Indian
 *   soldiers killed) are recorded at "Jaffna peninsula" and "Jaffna
 *   University"; `scale` is not marked (the sources read call it an operation
 *   and "brutal fighting", not an offensive or a battle, for those days).
 * - Sri Lanka's protests on 4–5 June are recorded from the government's own
 *   statement; the opposition's condemnation (5 June) is not recorded as
 *   Sri Lanka's: it is not the government's act.
 * - The 13th Amendment and the Provincial Councils Act (14 November) are Sri
 *   Lanka's implementation of the accord: recorded as the accord's status
 *   (in force) with that reason.
 * - Not recorded: the July negotiations day by day (the Dixit–Jayewardene
 *   exchanges are known from memoirs without dates), the riots in Colombo
 *   against the accord (Sri Lanka's internal affair), the deaths in custody of
 *   5 October (between Sri Lanka and the LTTE).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'india-sri-lanka-1987';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1987);
const when = retrospectiveClock('2026-12-06T12:00:00Z');

const INDIA: Actor = { id: 'india', name: 'India', kind: 'state', aliases: ['New Delhi', 'Government of India'] };
const SRI_LANKA: Actor = {
  id: 'sri-lanka',
  name: 'Sri Lanka',
  kind: 'state',
  aliases: ['Colombo', 'Government of Sri Lanka'],
};
const LTTE: Actor = {
  id: 'ltte',
  name: 'Liberation Tigers of Tamil Eelam',
  kind: 'armed-group',
  aliases: ['LTTE', 'Tamil Tigers', 'Tigers'],
};
const SAILOR: Actor = {
  id: 'vijitha-rohana',
  name: 'Vijitha Rohana Wijemuni (naval rating of the guard of honour)',
  kind: 'individual',
  aliases: ['Vijitha Rohana', 'Wijemuni Vijitha Rohana de Silva'],
};

const RAJIV: Person = { name: 'Rajiv Gandhi', title: 'Prime Minister of India', actorId: 'india' };
const JAYEWARDENE: Person = { name: 'J. R. Jayewardene', title: 'President of Sri Lanka', actorId: 'sri-lanka' };
const TIWARI: Person = { name: 'N. D. Tiwari', title: 'External Affairs Minister of India', actorId: 'india' };
const ATHULATHMUDALI: Person = {
  name: 'Lalith Athulathmudali',
  title: 'National Security Minister of Sri Lanka',
  actorId: 'sri-lanka',
};
const SL_GOV: Person = { name: 'Government of Sri Lanka', actorId: 'sri-lanka' };
const INDIA_GOV: Person = { name: 'Government of India', actorId: 'india' };
const INDIA_HC: Person = { name: 'Indian High Commission in Colombo (spokesman)', actorId: 'india' };
const DIXIT: Person = { name: 'J. N. Dixit', title: 'Indian High Commissioner in Colombo', actorId: 'india' };
const PRABHAKARAN: Person = { name: 'Velupillai Prabhakaran', title: 'Leader of the LTTE', actorId: 'ltte' };

/** Places recorded one way (§5b counts places as recorded). */
const P = {
  vadamarachchi: 'Vadamarachchi, Jaffna peninsula',
  palkStrait: 'Palk Strait, off the Jaffna peninsula',
  jaffna: 'Jaffna peninsula',
  colombo: "President's House, Colombo",
  palaly: 'Jaffna peninsula (Palaly)',
  trincomalee: 'Trincomalee',
  jaffnaUniversity: 'Jaffna University',
};

const wp = (title: string, url: string, day: string) => source(title, 'Wikipedia', url, day, 'C', 2);
const POOMALAI_URL = 'https://en.wikipedia.org/wiki/Operation_Poomalai';
const ACCORD_URL = 'https://en.wikipedia.org/wiki/Indo-Sri_Lankan_Accord';
const PAWAN_URL = 'https://en.wikipedia.org/wiki/Operation_Pawan';
const AMENDMENT_URL = 'https://en.wikipedia.org/wiki/Thirteenth_Amendment_to_the_Constitution_of_Sri_Lanka';

const S = {
  times0602: source(
    'India angers Colombo with plan for Tamil aid convoy (The Times, 2 June 1987)',
    'The Times (London), copy on studylib',
    'https://studylib.net/doc/7896037/the-times--london-',
    '1987-06-02',
    'C',
    2,
  ),
  lat0603: source(
    'Sri Lanka Navy Turns Back Aid Flotilla',
    'Los Angeles Times (United Press International)',
    'https://www.latimes.com/archives/la-xpm-1987-06-03-mn-2778-story.html',
    '1987-06-03',
    'B',
    2,
  ),
  lat0605: source(
    'Indian Planes Drop Aid to Besieged Sri Lanka Tamils',
    'Los Angeles Times (Times Wire Services)',
    'https://www.latimes.com/archives/la-xpm-1987-06-05-mn-3083-story.html',
    '1987-06-05',
    'B',
    2,
  ),
  nyt0605: source(
    'India Airlifts Aid to Tamil Rebels',
    'The New York Times',
    'https://nyti.ms/29zGnNj',
    '1987-06-05',
    'B',
    2,
  ),
  lat0616: source(
    'Sri Lanka Will Allow Unarmed Indian Vessels to Carry Relief Aid to Tamils',
    'Los Angeles Times (Times Wire Services)',
    'https://www.latimes.com/archives/la-xpm-1987-06-16-mn-7741-story.html',
    '1987-06-16',
    'B',
    2,
  ),
  reuters0629: source(
    'Sri Lanka and India in fresh controversy over food aid (Reuters, 29 June 1987)',
    'Sikh Heritage Education (Reuters copy)',
    'https://sikhheritageeducation.com/sri-lanka-and-india-in-fresh-controversy-over-food-aid/',
    '1987-06-29',
    'C',
    2,
  ),
  indiaToday0630: source(
    'India air drops relief supplies over Jaffna despite resistance from Sri Lanka',
    'India Today',
    'https://www.indiatoday.in/magazine/cover-story/story/19870630-india-air-drops-relief-supplies-over-jaffna-despite-resistance-from-sri-lanka-799005-1987-06-30',
    '1987-06-30',
    'B',
    2,
  ),
  lat0730: source(
    'India Troops Enter Sri Lanka After Accord: Force to Help Control Tamil Guerrilla Area',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1987-07-30-mn-365-story.html',
    '1987-07-30',
    'B',
    2,
  ),
  ap0730: source(
    'Sri Lankan in Honor Guard Attacks Gandhi',
    'Los Angeles Times (Associated Press)',
    'https://www.latimes.com/archives/la-xpm-1987-07-30-mn-453-story.html',
    '1987-07-30',
    'B',
    2,
  ),
  lat0731: source(
    "India's Troops to Stay Until Sri Lanka Sustains Cease-Fire With Rebels",
    'Los Angeles Times',
    'http://articles.latimes.com/1987-07-31/news/mn-234_1_tamil-rebels',
    '1987-07-31',
    'B',
    2,
  ),
  ht0731: source(
    'HT This Day: July 31, 1987 — Rajiv hurt in rifle butt attack by Lanka sailor',
    'Hindustan Times',
    'https://www.hindustantimes.com/india-news/ht-this-day-july-31-1987-rajiv-hurt-in-rifle-butt-attack-by-lanka-sailor-101659011196941.html',
    '2022-07-28',
    'B',
    2,
  ),
  lankaStandard: source(
    'Rajiv1987hit (Time magazine, 10 August 1987, quoted)',
    'Lanka Standard',
    'http://www.lankastandard.com/2012/10/anatomy-of-a-constitutional-amendment/rajiv1987hit/',
    '2012-10-28',
    'C',
    2,
  ),
  upi0803: source(
    'Tamil Unit Fails to Surrender Its Weapons',
    'Los Angeles Times (United Press International)',
    'https://www.latimes.com/archives/la-xpm-1987-08-03-mn-581-story.html',
    '1987-08-03',
    'B',
    2,
  ),
  lat0805: source(
    'Sri Lanka Guerrilla Chief Accepts Peace Plan: Tamil Tigers to Avoid Showdown With Indian Troops, Surrender Weapons',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1987-08-05-mn-820-story.html',
    '1987-08-05',
    'B',
    2,
  ),
  nation2015: source(
    '13th Amendment by arm-twisting',
    'The Nation (Sri Lanka)',
    'http://nation.lk/online/2015/08/08/13th-amendment-by-arm-twisting.html',
    '2015-08-08',
    'C',
    2,
  ),
  hindu2017: source(
    '30 years of the Indo-Sri Lanka Accord',
    'The Hindu',
    'http://www.thehindu.com/news/international/30-years-of-the-indo-sri-lanka-accord/article19517964.ece',
    '2017-08-18',
    'B',
    2,
  ),
  helidrop: source(
    'Jaffna University Helidrop',
    'WikiMili (Wikipedia mirror)',
    'https://wikimili.com/en/Jaffna_University_Helidrop',
    '1987-10-12',
    'C',
    2,
  ),
  nyt0803: source(
    'Tamil Leader Agrees To Surrender',
    'Sun-Sentinel (The New York Times)',
    'http://articles.sun-sentinel.com/1987-08-03/news/8703040008_1_tamil-fighters-indian-peacekeeping-force-sri-lankan-official',
    '1987-08-03',
    'B',
    2,
  ),
  reuters0804: source(
    'Tamil rebel chief agrees to surrender arms (Reuters, 4 August 1987)',
    'Sikh Heritage Education (Reuters copy)',
    'https://sikhheritageeducation.com/tamil-rebel-chief-agrees-to-surrender-arms-by-dalton-de-silva',
    '1987-08-04',
    'C',
    2,
  ),
  bharatRakshak: source(
    'The Sri Lankan Interlude: Operation Poomalai – India Intervenes',
    'Bharat Rakshak',
    'https://www.bharat-rakshak.com/ARMY/history/1987ipkf/295-operation-poomalai.html',
    '1987-07-30',
    'C',
    2,
  ),
  iafHistory: source(
    'History of the Indian Air Force – Operation Poomalai (1987)',
    'LiquiSearch (Wikipedia copy)',
    'http://www.liquisearch.com/history_of_the_indian_air_force/operation_poomalai_1987',
    '1987-06-04',
    'C',
    3,
  ),
};

const R = { colombo: 'colombo-summit-1987-07-29', jaffna: 'ipkf-sri-lanka-forces-jaffna-1987-07-30' };
const A = { relief: 'relief-arrangement-1987-06-15', accord: 'indo-sri-lanka-accord-1987-07-29' };
const CF = { accord: 'accord-ceasefire-1987-07-29' };

const events = [
  // ===== Late May 1987: the offensive and India's protest =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1987-05-26', 'approximate'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'India – Sri Lanka, from Operation Poomalai to the Indo-Sri Lanka Accord, 1987',
      subject:
        "India's intervention over Sri Lanka's offensive against the LTTE in the Jaffna peninsula: the relief flotilla turned back, the Indian airdrop over Jaffna without Sri Lanka's consent, the relief arrangement, and the accord of 29 July 1987 (devolution to the provinces, a ceasefire, the militants' arms surrendered, an Indian peacekeeping force at Sri Lanka's invitation) and its implementation",
      parties: [INDIA, SRI_LANKA],
      mediators: [],
    },
    [S.lat0605],
  ),
  ev('ActorRegistered', 'actor-ltte', when('1987-05-26', 'approximate'), { actor: LTTE, role: 'third-party' }, [
    S.lat0605,
  ]),
  ev(
    'IncidentReported',
    'inc-vadamarachchi',
    when('1987-05-26', 'approximate'),
    {
      incidentId: 'vadamarachchi-offensive-1987-05',
      kind: 'clash',
      perpetrator: 'sri-lanka',
      against: 'ltte',
      place: P.vadamarachchi,
      scale: 'major',
      description:
        'The Sri Lankan army begins "a major offensive" (LA Times) against the strongholds of the Tamil separatist rebels in the Jaffna peninsula — Operation Liberation, "the country\'s biggest military operation since independence" (The Nation) — with a blockade of the peninsula; reports of up to 200 civilians dead (Time).',
    },
    [S.lat0605, graded(S.nation2015, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-tiwari-condemns',
    when('1987-05-27'),
    {
      speaker: TIWARI,
      audience: 'sri-lanka',
      tone: 'critical',
      summary:
        "All India Radio's morning broadcast carries a strong statement by the External Affairs Minister condemning the Sri Lankan offensive in Jaffna.",
    },
    [S.indiaToday0630],
  ),
  // ===== June 1987: the flotilla, the airdrop =====
  ev(
    'StatementMade',
    'stmt-india-flotilla',
    when('1987-06-01'),
    {
      speaker: INDIA_GOV,
      audience: 'sri-lanka',
      tone: 'critical',
      summary:
        'India announces that it will send unarmed boats under the Indian Red Cross flag with relief for the people of Jaffna on 3 June; High Commissioner Dixit delivers the message to the Sri Lankan government and asks that the convoy be given access to the peninsula.',
    },
    [S.times0602, S.indiaToday0630],
  ),
  ev(
    'StatementMade',
    'stmt-athulathmudali-infringement',
    when('1987-06-01'),
    {
      speaker: ATHULATHMUDALI,
      audience: 'india',
      tone: 'critical',
      summary:
        'Sri Lanka denies that the Tamils are in real need but offers, "in the spirit of good neighbourly relations", to accept the cargoes subject to discussion of the modalities; on television the National Security Minister calls the Indian action an attempt to infringe Sri Lanka\'s sovereignty.',
      quote: 'an infringement, of an attempt to infringe our sovereignty',
    },
    [S.times0602],
  ),
  ev(
    'StatementMade',
    'stmt-sl-warning-vessels',
    when('1987-06-03'),
    {
      speaker: SL_GOV,
      audience: 'india',
      tone: 'warning',
      summary: 'The Sri Lankan government repeats its warning against vessels entering its territorial waters.',
    },
    [S.lat0603],
  ),
  ev(
    'IncidentReported',
    'inc-flotilla-turned-back',
    when('1987-06-03'),
    {
      incidentId: 'flotilla-turned-back-1987-06-03',
      kind: 'non-lethal-force',
      perpetrator: 'sri-lanka',
      against: 'india',
      place: P.palkStrait,
      target: 'The Indian relief flotilla (19 fishing boats under the Indian Red Cross flag)',
      description:
        'A Sri Lankan naval patrol stops the 19 Indian boats carrying food and medicine for Jaffna; after a stand-off of some four hours and radio exchanges the flotilla turns back to Rameswaram. No shot fired, nothing seized.',
    },
    [S.lat0603, S.nation2015],
  ),
  ev(
    'StatementMade',
    'stmt-athulathmudali-good-sense',
    when('1987-06-03'),
    {
      speaker: ATHULATHMUDALI,
      audience: 'india',
      tone: 'critical',
      summary:
        'The flotilla stayed outside the territorial waters during the confrontation and withdrew: "At last good sense has prevailed."',
      quote: 'At last good sense has prevailed',
    },
    [S.lat0603],
  ),
  ev(
    'StatementMade',
    'stmt-jayewardene-meeting',
    when('1987-06-04'),
    {
      speaker: JAYEWARDENE,
      audience: 'india',
      tone: 'conciliatory',
      summary:
        "Jayewardene sends Rajiv Gandhi a message in the morning requesting a meeting to discuss how India's aid could be received by Sri Lanka.",
    },
    [S.lat0605],
  ),
  ev(
    'StatementMade',
    'stmt-india-met-by-force',
    when('1987-06-04'),
    {
      speaker: INDIA_GOV,
      audience: 'sri-lanka',
      tone: 'military-threat',
      summary:
        "Sri Lanka's High Commissioner is summoned to the External Affairs Ministry and told that the Indian Air Force will drop supplies over Jaffna that afternoon, that the aircraft are expected to complete their mission unhindered and that any opposition by the Sri Lankan Air Force would be met by force by the escorting Mirage 2000s.",
      quote: 'would be met by force',
    },
    [S.iafHistory, S.lat0605],
  ),
  ev(
    'IncidentReported',
    'inc-poomalai',
    when('1987-06-04'),
    {
      incidentId: 'operation-poomalai-1987-06-04',
      kind: 'force-posture',
      perpetrator: 'india',
      against: 'sri-lanka',
      place: P.jaffna,
      target: 'Sri Lankan airspace over the Jaffna peninsula',
      description:
        "Operation Poomalai: five An-32 transports of the Indian Air Force, escorted by Mirage 2000 fighters, fly into Sri Lankan airspace without Sri Lanka's consent and drop 25 tonnes of food and medicine by parachute over Jaffna. No resistance, no shot fired: a violation of airspace by military aircraft, force short of armed action.",
    },
    [S.lat0605, S.nyt0605, wp('Operation Poomalai', POOMALAI_URL, '1987-06-04')],
  ),
  ev(
    'StatementMade',
    'stmt-sl-naked-violation',
    when('1987-06-04'),
    {
      speaker: SL_GOV,
      audience: 'india',
      tone: 'accusation',
      summary:
        'Sri Lanka calls the airdrop "a naked violation of our sovereignty and territorial integrity", says it has no military means of preventing "this outrage" and will take it up in an appropriate forum; military retaliation is said to be ruled out.',
      quote: 'We have no military or other means of preventing this outrage',
    },
    [S.lat0605, S.nyt0605],
  ),
  ev(
    'StatementMade',
    'stmt-athulathmudali-appeal',
    when('1987-06-04'),
    {
      speaker: ATHULATHMUDALI,
      audience: 'international community',
      tone: 'accusation',
      summary:
        'The only thing Sri Lanka can do against a giant military power is appeal to the international community, the United Nations, the Non-Aligned Movement and the good sense of the Indian government.',
    },
    [S.nyt0605],
  ),
  ev(
    'StatementMade',
    'stmt-india-humanitarian',
    when('1987-06-04'),
    {
      speaker: INDIA_GOV,
      audience: 'sri-lanka',
      tone: 'neutral',
      summary:
        'India says it informed the Sri Lankan embassy two hours beforehand, that the planes met no resistance, and that it acted on humanitarian grounds to meet the "continuing deterioration" of the Tamils\' condition.',
    },
    [S.lat0605],
  ),
  // ===== 15 June: the relief arrangement =====
  ev(
    'AgreementReached',
    'agr-relief',
    when('1987-06-15'),
    {
      agreementId: A.relief,
      kind: 'partial',
      provisions: [
        'Unarmed Indian vessels may bring relief supplies for the Tamils of the Jaffna peninsula',
        'Supplies inspected by Sri Lankan officials before loading',
        "Escorted by the Sri Lankan navy in Sri Lanka's waters",
        'Unloaded and distributed under the supervision of the Sri Lankan government',
      ],
      signatories: ['india', 'sri-lanka'],
      textPublic: false,
    },
    [S.lat0616],
    { note: 'Announced by the Foreign Ministry in New Delhi and confirmed in Colombo.' },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-relief-ships',
    when('1987-06-25'),
    {
      agreementId: A.relief,
      status: 'in-force',
      reason:
        'Two merchant ships with 700 tonnes of food and medicine from Madras arrive at Kankesanthurai with shipping and Red Cross officials; distribution begins with the Sri Lankan authorities.',
    },
    [S.reuters0629],
  ),
  ev(
    'StatementMade',
    'stmt-india-hc-more-ships',
    when('1987-06-29'),
    {
      speaker: INDIA_HC,
      audience: 'sri-lanka',
      tone: 'critical',
      summary:
        'A third ship, the Bhoruka, with some 500 tonnes is due at Kankesanthurai, "but this is not the last supply ship", the Indian High Commission says, denying the Sri Lankan High Commissioner in New Delhi; High Commissioner Dixit is summoned to New Delhi.',
      quote: 'But this is not the last supply ship',
    },
    [S.reuters0629],
  ),
  ev(
    'StatementMade',
    'stmt-sl-no-more-ships',
    when('1987-06-29'),
    {
      speaker: SL_GOV,
      audience: 'india',
      tone: 'critical',
      summary:
        'Spokesmen for the foreign and information ministries say the Bhoruka will be the final ship: "There are no more ships."',
      quote: 'There are no more ships',
    },
    [S.reuters0629],
  ),
  // ===== 29–30 July: the accord, the attack, the IPKF =====
  ev(
    'TalksRoundOpened',
    'round-colombo-opened',
    when('1987-07-29'),
    {
      roundId: R.colombo,
      label: 'Rajiv Gandhi in Colombo: the signing of the Indo-Sri Lanka Accord',
      venue: 'Colombo',
      format: 'formal',
      delegations: [
        { actorId: 'india', head: RAJIV },
        { actorId: 'sri-lanka', head: JAYEWARDENE },
      ],
    },
    [S.lat0730],
  ),
  ev(
    'TalksRoundConcluded',
    'round-colombo-concluded',
    when('1987-07-29'),
    {
      roundId: R.colombo,
      outcome: 'agreement',
      summary: 'Gandhi and Jayewardene sign the accord in Colombo, under curfew, as rioting against it goes on.',
    },
    [S.lat0730, wp('Indo-Sri Lankan Accord', ACCORD_URL, '1987-07-29')],
    { occurrence: 'accord-signed-1987-07-29' },
  ),
  ev(
    'AgreementReached',
    'agr-accord',
    when('1987-07-29'),
    {
      agreementId: A.accord,
      kind: 'framework',
      provisions: [
        'Devolution of power to the provinces; the Northern and Eastern provinces merged, subject to a later referendum in the East',
        'A cessation of hostilities; Sri Lankan troops withdrawn to their barracks in the north',
        'The Tamil militants surrender their arms',
        'India guarantees the resolutions and may provide military assistance at Sri Lanka’s request (an Indian Peace Keeping Force)',
        'Tamil an official language',
      ],
      signatories: ['india', 'sri-lanka'],
      textPublic: true,
      roundId: R.colombo,
      status: 'signed',
    },
    [S.lat0730, wp('Indo-Sri Lankan Accord', ACCORD_URL, '1987-07-29')],
    { occurrence: 'accord-signed-1987-07-29' },
  ),
  ev(
    'StatementMade',
    'stmt-rajiv-momentous',
    when('1987-07-29'),
    {
      speaker: RAJIV,
      audience: 'sri-lanka',
      tone: 'conciliatory',
      summary: 'On arriving in Colombo: "We have reached an agreement. It is a momentous event in the history of our two countries. It heralds peace."',
      quote: 'It is a momentous event in the history of our two countries. It heralds peace.',
    },
    [S.lat0730],
  ),
  ev(
    'CeasefireDeclared',
    'cf-accord',
    when('1987-07-29'),
    {
      ceasefireId: CF.accord,
      parties: ['sri-lanka', 'ltte'],
      scope:
        'The cessation of hostilities under the accord between the Sri Lankan forces and the Tamil militant groups, in effect from 29 July',
      duration: 'indefinite',
    },
    [S.lat0731],
  ),
  ev('ActorRegistered', 'actor-sailor', when('1987-07-30'), { actor: SAILOR, role: 'third-party' }, [
    S.ap0730,
    S.lankaStandard,
  ]),
  ev(
    'IncidentReported',
    'inc-rajiv-attacked',
    when('1987-07-30'),
    {
      incidentId: 'attack-on-rajiv-gandhi-1987-07-30',
      kind: 'militant-attack',
      perpetrator: 'vijitha-rohana',
      against: 'india',
      place: P.colombo,
      target: 'Prime Minister Rajiv Gandhi, inspecting the naval guard of honour before leaving Colombo',
      fatalities: { min: 0, max: 0 },
      injured: { min: 1, max: 1 },
      description:
        'A sailor of the Sri Lankan naval guard of honour, apparently incensed at the accord, breaks ranks and swings his unloaded rifle at Gandhi\'s head; Gandhi ducks and takes the blow on the shoulder below the left ear ("a lump"). The sailor is overpowered by Gandhi\'s security men, helped by Sri Lankan security personnel. His own act: the Sri Lankan government apologizes.',
    },
    [S.ap0730, S.ht0731],
  ),
  ev(
    'StatementMade',
    'stmt-sl-apology',
    when('1987-07-30'),
    {
      speaker: SL_GOV,
      audience: 'india',
      tone: 'conciliatory',
      summary: 'The Sri Lankan government quickly apologizes for the incident at the guard of honour.',
    },
    [S.lankaStandard],
  ),
  ev(
    'StatementMade',
    'stmt-rajiv-not-hurt',
    when('1987-07-30'),
    {
      speaker: RAJIV,
      audience: 'press',
      tone: 'neutral',
      summary:
        'Back in New Delhi, Gandhi says his peripheral vision and quick reflexes spared him serious injury: "Can\'t you see I am not hurt?"',
      quote: "Can't you see I am not hurt?",
    },
    [S.ap0730],
  ),
  ev(
    'IncidentReported',
    'inc-ipkf-palaly',
    when('1987-07-30'),
    {
      incidentId: 'ipkf-lands-palaly-1987-07-30',
      kind: 'force-posture',
      perpetrator: 'india',
      against: 'ltte',
      place: P.palaly,
      target: 'The Tamil militant groups’ arms, to be surrendered under the accord',
      description:
        'Shortly after dawn a brigade of some 3,000 Indian infantry is flown into the Jaffna peninsula in 35 transport planes, at the request of President Jayewardene, to ensure the surrender of arms and sustain the ceasefire; Indian navy ships patrol the coast. Not against Sri Lanka: by its invitation, under the accord.',
    },
    [S.lat0730, S.lat0731],
  ),
  ev(
    'StatementMade',
    'stmt-dixit-invitation',
    when('1987-07-30'),
    {
      speaker: DIXIT,
      audience: 'press',
      tone: 'neutral',
      summary:
        'The Indian troops will stay until the Tamil rebels surrender their weapons and the ceasefire is sustained: "They are a peacekeeping force that has come at the invitation of the Sri Lanka president."',
      quote: 'They are a peacekeeping force that has come at the invitation of the Sri Lanka president.',
    },
    [S.lat0731],
  ),
  ev(
    'TalksRoundOpened',
    'round-jaffna-opened',
    when('1987-07-30'),
    {
      roundId: R.jaffna,
      label: "Lt Gen Depinder Singh with the Sri Lankan forces at Jaffna: the IPKF's arrangements",
      venue: 'Jaffna',
      format: 'technical',
    },
    [S.bharatRakshak],
    { occurrence: 'ipkf-arrangements-jaffna-1987-07-30' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-jaffna-concluded',
    when('1987-07-30'),
    {
      roundId: R.jaffna,
      outcome: 'progress',
      summary:
        "The Indian Army's Southern Command chief flies into Jaffna to discuss the IPKF's arrangements with the Sri Lankan forces; in the next days the bulk of an infantry brigade lands in the north.",
    },
    [S.bharatRakshak],
    { occurrence: 'ipkf-arrangements-jaffna-1987-07-30' },
  ),
  // ===== August 1987: the arms, the troops in the east =====
  ev(
    'StatementMade',
    'stmt-dixit-holding',
    when('1987-08-02'),
    {
      speaker: DIXIT,
      audience: 'press',
      tone: 'conciliatory',
      summary:
        'The ceasefire is holding and there have been no casualties as Indian soldiers fan out through the region; Sri Lanka\'s National Security Minister says Prabhakaran, flown back by the Indians from New Delhi, has agreed to order the surrender.',
    },
    [S.nyt0803],
  ),
  ev(
    'IncidentReported',
    'inc-ipkf-trincomalee',
    when('1987-08-03'),
    {
      incidentId: 'ipkf-lands-trincomalee-1987-08-03',
      kind: 'force-posture',
      perpetrator: 'india',
      against: 'ltte',
      place: P.trincomalee,
      target: 'The Tamil militant groups of the Eastern Province, in support of the ceasefire under the accord',
      description:
        'About 3,000 Indian troops land at the eastern port of Trincomalee in support of the ceasefire accord; eight Indian naval vessels unload heavy equipment. 5,000 Indian troops are in the Northern Province.',
    },
    [S.upi0803],
  ),
  ev(
    'StatementMade',
    'stmt-prabhakaran-suthumalai',
    when('1987-08-04'),
    {
      speaker: PRABHAKARAN,
      audience: 'india',
      tone: 'neutral',
      summary:
        'Before more than 100,000 people at Suthumalai, the LTTE leader announces that his fighters will hand their weapons to the Indian army: "We have no choice but to toe the line of the Indian government."',
      quote: 'We are going to hand over our weapons to the Indians',
    },
    [S.lat0805],
  ),
  ev(
    'StatementMade',
    'stmt-deadline-extended',
    when('1987-08-04'),
    {
      speaker: JAYEWARDENE,
      audience: 'ltte',
      tone: 'neutral',
      summary:
        "Jayewardene and Gandhi extend the deadline for the surrender of arms by 72 hours after Prabhakaran asks for more time; Sri Lanka designates 24 places where the arms are handed over before Red Cross observers of both countries.",
    },
    [S.reuters0804],
  ),
  // ===== October – November 1987: the IPKF's war with the LTTE; the 13th Amendment =====
  ev(
    'CeasefireEnded',
    'cf-accord-collapsed',
    when('1987-10-10'),
    {
      ceasefireId: CF.accord,
      reason: 'collapsed',
      summary: 'The LTTE refuses to disarm and the conflict between the IPKF and the LTTE begins (10 October).',
    },
    [S.hindu2017, wp('Indo-Sri Lankan Accord', ACCORD_URL, '1987-10-10')],
  ),
  ev(
    'IncidentReported',
    'inc-pawan',
    when('1987-10-11'),
    {
      incidentId: 'operation-pawan-1987-10-11',
      kind: 'clash',
      perpetrator: 'india',
      against: 'ltte',
      place: P.jaffna,
      description:
        'Operation Pawan: the IPKF moves to take control of Jaffna from the LTTE and enforce its disarmament under the accord, with tanks, helicopter gunships and artillery; about three weeks of "brutal fighting".',
    },
    [wp('Operation Pawan', PAWAN_URL, '1987-10-11'), S.hindu2017],
  ),
  ev(
    'IncidentReported',
    'inc-helidrop',
    when('1987-10-12'),
    {
      incidentId: 'jaffna-university-helidrop-1987-10-12',
      kind: 'clash',
      perpetrator: 'india',
      against: 'ltte',
      place: P.jaffnaUniversity,
      fatalities: { min: 36, max: 36 },
      description:
        "The heliborne assault of Indian para-commandos and Sikh Light Infantry on the LTTE's headquarters at Jaffna University fails; 6 commandos and 30 Sikh LI soldiers killed, one captured.",
    },
    [S.helidrop],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-accord-13a',
    when('1987-11-14'),
    {
      agreementId: A.accord,
      status: 'in-force',
      reason:
        "Sri Lanka's Parliament passes the 13th Amendment to the Constitution and the Provincial Councils Act, creating provincial councils and making Tamil an official language, as the accord provides.",
    },
    [wp('Thirteenth Amendment to the Constitution of Sri Lanka', AMENDMENT_URL, '1987-11-14')],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'india-sri-lanka-1987.jsonl',
  logEnd: '2026-12-07T00:00:00Z',
  events,
};

export default definition;
