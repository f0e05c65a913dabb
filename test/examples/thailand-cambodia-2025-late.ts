/**
 * A test fixture, not a shipped example: Thailand – Cambodia from November
 * 2025 to February 2026 — the landmine of 10 November and Thailand's
 * suspension of the Kuala Lumpur declaration, the December war, the ceasefire
 * signed by the defence ministers on 27 December, the release of the 18
 * Cambodian soldiers held since July, and the first weeks after. Escalation
 * model v2 was never tuned on it: it is the case the model is held to in
 * thailand-cambodia-2025-late.spec.ts, against calls written from DOMAIN.md
 * §5b alone before the model was run.
 *
 * A negotiation of its own: thailand-cambodia-2025.ts records the same
 * conflict from May to 8 December 2025. This log starts on 1 November and
 * records the state of things then (the Putrajaya ceasefire, the Kuala Lumpur
 * declaration, the 18 soldiers held, the crossings closed) as developments
 * dated when they happened, from its own sources, only as far as the calls
 * need them.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet or aggregator; 2 = several outlets agree or an on-record
 * statement of what the speaker's own side did; 3 = one side's unverified
 * claim about the other. Attributions are as alleged (`allegedBy`).
 *
 * Judgement calls:
 * - The 10 November mine: no incident kind fits a mine. With the Putrajaya
 *   ceasefire in force and Thailand calling it a violation of the declaration,
 *   it is recorded as the violation Thailand alleges, with its wounded (two to
 *   four by the sources' counts).
 * - Thailand's suspension of the declaration: `TalksSuspended` by Thailand
 *   (the process the declaration set up is halted), not an ultimatum: its
 *   demands (regret, an investigation) carry no threat of force.
 * - The Putrajaya ceasefire is recorded as collapsed on 8 December (AFP: the
 *   "fragile truce collapses").
 * - The December fighting: the sources give places day by day only in part
 *   (7–8 December in Ubon Ratchathani, Preah Vihear and Oddar Meanchey; the
 *   Poipet bombing of the 18th; O'Chik bridge, Thma Da and Ban Tha Sen on
 *   19–20 December; Banan in Battambang on the 24th; Nong Chan on the 26th).
 *   Days with no act recorded are days the sources here do not describe, not
 *   days without fire (AFP: the fighting "spread to nearly every border
 *   province on both sides"). The overall toll (at least 101 killed in about
 *   20 days, Reuters) is recorded once, as a casualty report over 7–27
 *   December. No source calls any single act an offensive, so none is `major`.
 * - The crossings: Thailand's closure of June is recorded as the lasting
 *   condition it is; by 31 December Prum – Ban Pak Kard is still the only
 *   crossing used, and only for the handover. No source found here reports a
 *   reopening by February 2026, so none is recorded.
 * - The drones Thailand reported on 28 December: a violation alleged, no
 *   casualties, no fire.
 */
import type { Actor } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'thailand-cambodia-2025-late';
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2025);
const at26 = (day: string, time: string): string => `2026-${day}T${time}:00Z`;

const THAILAND: Actor = {
  id: 'thailand',
  name: 'Thailand',
  kind: 'state',
  aliases: ['Kingdom of Thailand', 'Bangkok'],
};
const CAMBODIA: Actor = {
  id: 'cambodia',
  name: 'Cambodia',
  kind: 'state',
  aliases: ['Kingdom of Cambodia', 'Phnom Penh'],
};
const MALAYSIA: Actor = { id: 'malaysia', name: 'Malaysia', kind: 'state', aliases: ['ASEAN chair 2025'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const CHINA: Actor = { id: 'china', name: 'China', kind: 'state', aliases: ['Beijing', "People's Republic of China"] };

const S = {
  malaymailJun24: source(
    'Thai army shuts most border crossings with Cambodia amid escalating row',
    'Malay Mail (Reuters)',
    'https://www.malaymail.com/news/world/2025/06/24/thai-army-shuts-most-border-crossings-with-cambodia-amid-escalating-row/181476',
    '2025-06-24',
    'B',
    2,
  ),
  dhakaJul28: source(
    'Thailand and Cambodia agree to unconditional ceasefire',
    'Dhaka Tribune (AFP)',
    'https://www.dhakatribune.com/world/asia/387579/thailand-and-cambodia-agree-to-unconditional',
    '2025-07-28',
    'B',
    2,
  ),
  vnnOct26: source(
    'Cambodia and Thailand sign peace deal at ASEAN summit',
    'Viet Nam News',
    'https://vietnamnews.vn/world/1728156/cambodia-and-thailand-sign-peace-deal-at-asean-summit.html',
    '2025-10-26',
    'B',
    1,
  ),
  malaymailOct26: source(
    'KL Peace Accord brings breakthrough as Anwar and Trump witness Thailand–Cambodia deal to end border conflict',
    'Malay Mail',
    'https://www.malaymail.com/news/malaysia/2025/10/26/kl-peace-accord-brings-breakthrough-as-anwar-and-trump-witness-thailandcambodia-deal-to-end-border-conflict/195974',
    '2025-10-26',
    'B',
    1,
  ),
  starDec31: source(
    'Eighteen detained Cambodian soldiers return home after 155 days',
    'The Star (Phnom Penh Post/ANN)',
    'https://www.thestar.com.my/aseanplus/aseanplus-news/2025/12/31/eighteen-detained-cambodian-soldiers-return-home-after-155-days',
    '2025-12-31',
    'B',
    2,
  ),
  globalTimesDec27: source(
    'Thailand, Cambodia sign joint statement on ceasefire: CCTV',
    'Global Times',
    'https://www.globaltimes.cn/page/202512/1351619.shtml',
    '2025-12-27',
    'B',
    2,
  ),
  nationNov10a: source(
    'Anutin halts Thai-Cambodian peace declaration after Thai troops hit landmine again',
    'The Nation (Thailand)',
    'https://www.nationthailand.com/news/asean/40058018',
    '2025-11-10',
    'B',
    2,
  ),
  nationNov10b: source(
    'Anutin orders protest to ASEAN observers over landmine blast',
    'The Nation (Thailand)',
    'https://www.nationthailand.com/news/asean/40058014',
    '2025-11-10',
    'B',
    2,
  ),
  upiNov11: source(
    'Thailand suspends truce with Cambodia after 4 soldiers hurt by landmine',
    'UPI (via Occasional Digest)',
    'https://occasionaldigest.com/thailand-suspends-truce-with-cambodia-after-4-soldiers-hurt-by-landmine/?amp=1',
    '2025-11-11',
    'C',
    2,
  ),
  nationNov11: source(
    'Foreign Ministry: landmine blast violates the Joint Declaration',
    'The Nation (Thailand)',
    'https://www.nationthailand.com/news/asean/40058092',
    '2025-11-11',
    'B',
    3,
  ),
  pattayaMailNov: source(
    'Thailand suspends joint declaration with Cambodia after border landmine blast',
    'Pattaya Mail',
    'https://www.pattayamail.com/thailandnews/thailand-suspends-joint-declaration-with-cambodia-after-border-landmine-blast-526092',
    '2025-11-13',
    'C',
    3,
  ),
  lbcDec8: source(
    'Thailand launches strikes on Cambodia as border tensions reignite',
    'LBC',
    'https://www.lbc.co.uk/article/thailand-strikes-cambodia-border-tensions-5HjdP64_2/',
    '2025-12-08',
    'B',
    2,
  ),
  menafnDec8: source(
    'Thailand, Cambodia clash over ceasefire violations',
    'MENAFN',
    'https://menafn.com/1110450668/Thailand-Cambodia-clash-over-ceasefire-violations',
    '2025-12-08',
    'C',
    2,
  ),
  sabahDec8: source(
    'Thailand–Cambodia fragile truce collapses amid deadly fire, 5 killed',
    'Daily Sabah (AFP)',
    'https://www.dailysabah.com/world/asia-pacific/thailand-cambodia-fragile-truce-collapses-amid-deadly-fire-5-killed',
    '2025-12-08',
    'B',
    2,
  ),
  ethaiDec20: source(
    'Thailand strikes civilian locations along Cambodian border as clashes reignite',
    'eThaiNews (Phnom Penh Post)',
    'https://ethainews.com/index.php/2025/12/20/thailand-strikes-civilian-locations-along-cambodian-border-as-clashes-reignite-world-news',
    '2025-12-20',
    'C',
    3,
  ),
  unbDec22: source(
    'Thailand, Cambodia set to resume border ceasefire talks',
    'UNB (AP)',
    'https://unb.com.bd/category/world/thailand-cambodia-set-to-resume-border-ceasefire-talks/175725',
    '2025-12-22',
    'B',
    2,
  ),
  chakDec24: source(
    'Airstrikes beyond the border raise questions over civilian protection and ceasefire prospects',
    'Chak Insight',
    'https://chakinsight.com/posts/airstrikes-beyond-the-border-raise-questions-over-civilian-protection-and-ceasefire-prospects',
    '2025-12-24',
    'C',
    3,
  ),
  apDec26: source(
    'Thailand conducts airstrike on Cambodian village amid ongoing border negotiations',
    'Internewscast (AP)',
    'https://internewscast.com/local-news/thailand-conducts-airstrike-on-cambodian-village-amid-ongoing-border-negotiations',
    '2025-12-26',
    'C',
    2,
  ),
  afpDec27: source(
    "Thailand and Cambodia agree to 'immediate' ceasefire: joint statement",
    'Hürriyet Daily News (AFP)',
    'https://www.hurriyetdailynews.com/thailand-and-cambodia-agree-to-immediate-ceasefire-joint-statement-217233',
    '2025-12-27',
    'B',
    2,
  ),
  cgtnDec27: source(
    'Thailand and Cambodia agree to ceasefire with joint statement',
    'CGTN',
    'https://news.cgtn.com/news/2025-12-27/news-1Jrqiy8jq5W/share_amp.html',
    '2025-12-27',
    'B',
    2,
  ),
  stDec29: source(
    'Thai army accuses Cambodia of violating truce with over 250 drones',
    'The Straits Times (AFP)',
    'https://www.straitstimes.com/asia/se-asia/thai-army-accuses-cambodia-of-violating-truce-with-over-250-drones',
    '2025-12-29',
    'B',
    3,
  ),
  nationDec30: source(
    'Thailand postpones release of 18 Cambodian soldiers over drone incursion',
    'The Nation (Thailand)',
    'https://www.nationthailand.com/news/general/40060554',
    '2025-12-30',
    'B',
    2,
  ),
  reutersDec31: source(
    'Thailand frees 18 Cambodian soldiers under new ceasefire deal',
    'Salem Radio Network News (Reuters)',
    'https://srnnews.com/thailand-frees-18-cambodian-soldiers-under-new-ceasefire-deal',
    '2025-12-31',
    'B',
    2,
  ),
  britbriefDec31: source(
    'Thailand frees 18 Cambodian soldiers as ceasefire holds',
    'BritBrief',
    'https://www.britbrief.co.uk/politics/diplomacy/thailand-frees-18-cambodian-soldiers-as-ceasefire-holds.html',
    '2025-12-31',
    'C',
    2,
  ),
  europaDec27: source(
    'Thailand and Cambodia sign immediate ceasefire agreement',
    'Kudupinter (Europa Press)',
    'https://kudupinter.com/2025/12/top-news/thailand-and-cambodia-sign-immediate-ceasefire-agreement',
    '2025-12-27',
    'C',
    2,
  ),
  aaNov10: source(
    'Thailand suspends Cambodia deal after landmine injures troops',
    'Hürriyet Daily News (AA)',
    'https://www.hurriyetdailynews.com/thailand-suspends-cambodia-deal-after-landmine-injures-troops-215567',
    '2025-11-10',
    'B',
    2,
  ),
  gamereactorDec8: source(
    "Thailand strikes Cambodia: Trump's ceasefire collapses",
    'Gamereactor newsfeed',
    'https://www.gamereactor.eu/partnerstuff/newsfeed.php?id=1645603&partner=graingergames',
    '2025-12-08',
    'C',
    2,
  ),
  bkkpostDec28: source(
    "Ceasefire agreement 'not a retreat'",
    'NewsSummedUp (Bangkok Post)',
    'https://newssummedup.com/summary/Ceasefire-agreement-not-a-retreat-rd665y',
    '2025-12-28',
    'C',
    2,
  ),
  haberlerDec31: source(
    'Thailand released 18 Cambodian soldiers as part of the ceasefire',
    'Haberler',
    'https://en.haberler.com/thailand-released-18-cambodian-soldiers-as-part-of-19410082',
    '2025-12-31',
    'C',
    2,
  ),
  unitedJan3: source(
    'Six days after Thai-Cambodian ceasefire, border remains on alert',
    'United Daily (Malaysia)',
    'https://uniteddaily.my/index.php/en/453cc562-d693-4c62-905c-4bf7de15a1e2',
    '2026-01-03',
    'C',
    2,
  ),
};

const PUTRAJAYA = 'putrajaya-ceasefire-2025-07-28';
const CHANTHABURI = 'chanthaburi-ceasefire-2025-12-27';
const DETENTION_PLACE = 'Thai Second Army Region custody';

const armed = (
  key: string,
  occurredAt: string,
  recordedAt: string,
  data: {
    incidentId: string;
    kind: 'clash' | 'airstrike' | 'shelling';
    perpetrator: string;
    allegedBy?: string;
    against: string;
    place: string;
    fatalities?: { min: number; max: number };
    civilianFatalities?: { min: number; max: number };
    injured?: { min: number; max: number };
    description: string;
  },
  sources: Parameters<typeof ev>[4],
  extra: Parameters<typeof ev>[5] = {},
) => ev('IncidentReported', key, { occurredAt, recordedAt }, data, sources, extra);

const events = [
  // ===== 1 November: the case opened; the state of things then =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2025-11-01', recordedAt: at('11-01', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Thailand – Cambodia, November 2025 – February 2026',
      subject:
        'The implementation of the Kuala Lumpur peace declaration of 26 October 2025 and the border between them: the landmine of 10 November, the December war, the ceasefire of 27 December and the release of the 18 Cambodian soldiers held by Thailand',
      parties: [THAILAND, CAMBODIA],
      mediators: [MALAYSIA],
    },
    [S.vnnOct26, S.malaymailOct26],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2025-11-01', recordedAt: at('11-01', '09:01') },
    { actor: USA, role: 'mediator' },
    [S.malaymailOct26],
    { note: 'Witnessed the Kuala Lumpur declaration with Malaysia; pushed for the December ceasefire (AFP).' },
  ),
  ev(
    'IncidentReported',
    'inc-closure',
    { occurredAt: '2025-06-23', recordedAt: at('11-01', '09:02') },
    {
      incidentId: 'thai-crossings-closed-2025-06-23',
      kind: 'border-closure',
      perpetrator: 'thailand',
      against: 'cambodia',
      place: 'Land crossings with Cambodia',
      description:
        'The Thai army closes the land crossings with Cambodia to travellers and vehicles (June); still closed when the case opens. On 31 December Prum – Ban Pak Kard is the only crossing used, for the handover of the soldiers.',
    },
    [S.malaymailJun24],
    { note: 'A lasting condition in force when the case opens: recorded as the state of things, dated when it began.' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-putrajaya',
    { occurredAt: '2025-07-29T00:00:00+07:00', recordedAt: at('11-01', '09:05') },
    {
      ceasefireId: PUTRAJAYA,
      parties: ['thailand', 'cambodia'],
      scope: 'The ceasefire agreed at Putrajaya on 28 July 2025, in force from midnight',
      duration: 'indefinite',
      mediatedBy: ['malaysia', 'united-states'],
    },
    [S.dhakaJul28],
    { note: 'In force when the case opens: recorded as the state of things, dated when it took effect.' },
  ),
  ev(
    'IncidentReported',
    'inc-detention',
    { occurredAt: '2025-07-29', recordedAt: at('11-01', '09:10') },
    {
      incidentId: 'eighteen-soldiers-held-2025-07-29',
      kind: 'detention',
      perpetrator: 'thailand',
      against: 'cambodia',
      target: 'Cambodian soldiers captured in trenches in Preah Vihear (eighteen still held)',
      place: DETENTION_PLACE,
      description:
        'Cambodian troops captured by the Thai Second Army Region a day after the July ceasefire, which Cambodia called hostage taking; eighteen are still held when the case opens.',
    },
    [S.vnnOct26],
    {
      note: 'A lasting condition in force when the case opens (the declaration provides for their release). Dated from the Star of 31 December (155 days in custody from 29 July), which also gives the place of capture.',
    },
  ),
  ev(
    'AgreementReached',
    'agr-kl',
    { occurredAt: '2025-10-26', recordedAt: at('11-01', '09:15') },
    {
      agreementId: 'kuala-lumpur-declaration-2025-10-26',
      kind: 'framework',
      provisions: [
        'Clear landmines and withdraw heavy weapons from the border',
        'Thailand repatriates the 18 Cambodian prisoners of war',
      ],
      signatories: ['thailand', 'cambodia'],
      textPublic: true,
    },
    [S.vnnOct26, S.malaymailOct26],
    {
      note: 'Signed by Hun Manet and Anutin Charnvirakul, witnessed by Donald Trump and Anwar Ibrahim; in force when the case opens.',
    },
  ),
  // ===== 10–12 November: the mine, the suspension =====
  ev(
    'TalksSuspended',
    'susp-kl',
    { occurredAt: '2025-11-10', recordedAt: at('11-10', '09:00') },
    {
      by: 'thailand',
      reason:
        "Prime Minister Anutin suspends the implementation of the Kuala Lumpur declaration, the release of the 18 soldiers planned for 12 November with it, 'until clarity is restored'.",
    },
    [S.nationNov10a, S.nationNov10b],
  ),
  ev(
    'StatementMade',
    'stmt-kh-mod-nov10',
    { occurredAt: '2025-11-10', recordedAt: at('11-10', '10:00') },
    {
      speaker: {
        name: 'Ministry of National Defence of Cambodia (statement)',
        title: 'Cambodian government',
        actorId: 'cambodia',
      },
      audience: 'thailand',
      tone: 'conciliatory',
      summary: "Pledges its 'unwavering commitment' to peace; Cambodia has denied laying new mines before.",
    },
    [S.aaNov10],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-mine',
    { occurredAt: '2025-11-10T08:30:00+07:00', precision: 'approximate', recordedAt: at('11-11', '03:00') },
    {
      ceasefireId: PUTRAJAYA,
      allegedBy: 'thailand',
      against: 'cambodia',
      injured: { min: 2, max: 4 },
      description:
        'A patrol of the 162nd Infantry Battalion triggers a landmine at Huai Ta Maria, Kantharalak (Si Sa Ket), opposite Preah Vihear: a sergeant major loses his right foot, up to three others are hurt. The army says the barbed wire was cut and new PMN-2 mines laid in Thai territory; Cambodia denies laying new mines.',
    },
    [S.nationNov10b, S.upiNov11],
  ),
  ev(
    'StatementMade',
    'stmt-nikorndej-nov11',
    { occurredAt: '2025-11-11', recordedAt: at('11-11', '09:00') },
    {
      speaker: {
        name: 'Nikorndej Balankura',
        title: 'Spokesperson, Ministry of Foreign Affairs of Thailand',
        actorId: 'thailand',
      },
      audience: 'cambodia',
      tone: 'accusation',
      summary:
        "The mine, newly laid by Cambodian forces, violates the declaration, Thai sovereignty and the Ottawa Convention and shows 'Cambodia's insincerity'; Thailand demands regret, an investigation and guarantees.",
    },
    [S.nationNov11],
  ),
  armed(
    'inc-nong-ya-kaeo',
    '2025-11-12',
    at('11-13', '06:00'),
    {
      incidentId: 'nong-ya-kaeo-exchange-2025-11-12',
      kind: 'clash',
      perpetrator: 'cambodia',
      allegedBy: 'thailand',
      against: 'thailand',
      place: 'Ban Nong Ya Kaeo, Sa Kaeo',
      description:
        'The Thai army says Cambodian soldiers fired about 30 rounds into Thai territory and Thai troops returned fire for about ten minutes.',
    },
    [S.pattayaMailNov],
  ),
  // ===== 7–8 December: the war resumes =====
  armed(
    'inc-dec7',
    '2025-12-07',
    at('12-08', '02:00'),
    {
      incidentId: 'ubon-exchange-2025-12-07',
      kind: 'clash',
      perpetrator: 'cambodia',
      allegedBy: 'thailand',
      against: 'thailand',
      place: 'Ubon Ratchathani',
      injured: { min: 2, max: 2 },
      description:
        'A twenty-minute exchange of fire; Thailand says Cambodia fired first and two Thai soldiers were wounded.',
    },
    [S.lbcDec8],
  ),
  armed(
    'inc-dec8-ubon',
    '2025-12-08',
    at('12-08', '03:00'),
    {
      incidentId: 'ubon-clash-2025-12-08',
      kind: 'clash',
      perpetrator: 'cambodia',
      allegedBy: 'thailand',
      against: 'thailand',
      place: 'Ubon Ratchathani',
      fatalities: { min: 1, max: 1 },
      injured: { min: 4, max: 8 },
      description:
        'Early-morning clashes in two areas of Ubon Ratchathani; artillery and drone attacks on Anupong Base (Thai army): one Thai soldier killed, four to eight wounded.',
    },
    [S.lbcDec8, S.menafnDec8],
  ),
  armed(
    'inc-dec8-air',
    '2025-12-08T05:00:00+07:00',
    at('12-08', '04:00'),
    {
      incidentId: 'thai-f16-strikes-2025-12-08',
      kind: 'airstrike',
      perpetrator: 'thailand',
      against: 'cambodia',
      place: 'Cambodian military positions along the border',
      description: 'Thai F-16s strike Cambodian military targets in several areas (Thai army and air force).',
    },
    [S.lbcDec8, S.menafnDec8],
  ),
  armed(
    'inc-dec8-pv',
    '2025-12-08',
    at('12-08', '12:00'),
    {
      incidentId: 'preah-vihear-shelling-2025-12-08',
      kind: 'shelling',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Preah Vihear',
      fatalities: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      description: 'A Thai shell kills a woman in Preah Vihear province (Cambodian information minister).',
    },
    [graded(S.sabahDec8, 3)],
  ),
  armed(
    'inc-dec8-om',
    '2025-12-08',
    at('12-08', '12:05'),
    {
      incidentId: 'oddar-meanchey-shelling-2025-12-08',
      kind: 'shelling',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Oddar Meanchey',
      fatalities: { min: 3, max: 3 },
      civilianFatalities: { min: 3, max: 3 },
      injured: { min: 10, max: 10 },
      description:
        'Thai shelling kills three civilians and wounds more than ten in Oddar Meanchey (Cambodian information minister).',
    },
    [graded(S.sabahDec8, 3)],
  ),
  ev(
    'CeasefireEnded',
    'cf-putrajaya-ended',
    { occurredAt: '2025-12-08', recordedAt: at('12-08', '12:30') },
    {
      ceasefireId: PUTRAJAYA,
      reason: 'collapsed',
      summary: 'Air strikes, shelling and clashes in several provinces: the July truce collapses (AFP).',
    },
    [S.sabahDec8],
  ),
  ev(
    'StatementMade',
    'stmt-socheata-dec8',
    { occurredAt: '2025-12-08', recordedAt: at('12-08', '12:40') },
    {
      speaker: {
        name: 'Maly Socheata',
        title: 'Spokesperson, Ministry of National Defence of Cambodia',
        actorId: 'cambodia',
      },
      audience: 'thailand',
      tone: 'accusation',
      summary:
        'Thai troops attacked Cambodian positions with small arms, mortars and tanks and accuse Cambodia without basis; Cambodian forces did not retaliate at all.',
    },
    [S.menafnDec8],
  ),
  ev(
    'MediationAction',
    'med-anwar-dec8',
    { occurredAt: '2025-12-08', recordedAt: at('12-08', '13:00') },
    {
      mediator: 'malaysia',
      action: 'requested-pause',
      summary:
        "Anwar Ibrahim urges both to avoid escalation, which risks 'unravelling the careful work' of stabilising their relations.",
    },
    [S.gamereactorDec8],
  ),
  // ===== mid-December: the war along the border =====
  armed(
    'inc-poipet',
    '2025-12-18',
    at('12-20', '05:00'),
    {
      incidentId: 'poipet-bombing-2025-12-18',
      kind: 'airstrike',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Poipet, Banteay Meanchey',
      description: "Cambodia's defence ministry says Thai aircraft dropped two bombs on the casino hub of Poipet.",
    },
    [S.ethaiDec20],
  ),
  armed(
    'inc-ochik',
    '2025-12-19',
    at('12-20', '06:00'),
    {
      incidentId: 'ochik-bridge-2025-12-19',
      kind: 'airstrike',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: "O'Chik bridge, Siem Reap / Oddar Meanchey",
      description:
        "Cambodia says the Thai military destroyed the O'Chik bridge on the night of the 19th (Phnom Penh Post).",
    },
    [S.ethaiDec20],
  ),
  armed(
    'inc-thma-da',
    '2025-12-20',
    at('12-20', '12:00'),
    {
      incidentId: 'thma-da-strikes-2025-12-20',
      kind: 'airstrike',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Thma Da, Pursat',
      description:
        'Cambodia says Thai F-16s bombed commercial buildings and a primary school at Thma Da, with heavy artillery fire along the border.',
    },
    [S.ethaiDec20],
  ),
  armed(
    'inc-tha-sen',
    '2025-12-20',
    at('12-20', '12:05'),
    {
      incidentId: 'ban-tha-sen-2025-12-20',
      kind: 'clash',
      perpetrator: 'thailand',
      against: 'cambodia',
      place: 'Ban Tha Sen, Trat',
      description: 'Thai media report that Thai marines stormed and retook the Ban Tha Sen area and the nearby casino.',
    },
    [graded(S.ethaiDec20, 2)],
  ),
  ev(
    'StatementMade',
    'stmt-sihasak-dec22',
    { occurredAt: '2025-12-22', recordedAt: at('12-22', '10:00') },
    {
      speaker: { name: 'Sihasak Phuangketkeow', title: 'Minister of Foreign Affairs of Thailand', actorId: 'thailand' },
      audience: 'cambodia',
      tone: 'critical',
      summary:
        'The GBC will meet on Wednesday to thrash out a lasting ceasefire; Cambodia offers an unconditional ceasefire in public but has made Thailand no proposal; the new mines are a clear violation of the October agreement.',
    },
    [S.unbDec22],
  ),
  armed(
    'inc-banan',
    '2025-12-24T10:00:00+07:00',
    at('12-24', '12:00'),
    {
      incidentId: 'banan-strikes-2025-12-24',
      kind: 'airstrike',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Banan, Battambang',
      injured: { min: 2, max: 2 },
      description:
        "Cambodia's defence ministry says Thai T-50 jets struck civilian areas of Banan district four times, seriously injuring two civilians.",
    },
    [S.chakDec24],
  ),
  ev(
    'TalksRoundOpened',
    'gbc-open',
    { occurredAt: '2025-12-24', recordedAt: at('12-26', '11:00') },
    {
      roundId: 'special-gbc-3-2025-12',
      label: 'Third special General Border Committee meeting',
      format: 'technical',
      venue: 'Prum – Ban Pak Kard checkpoint, Pailin / Chanthaburi',
    },
    [S.apDec26],
    {
      note: 'Working-level talks of the General Border Committee for three days before the ministers met on the 27th.',
    },
  ),
  armed(
    'inc-nong-chan',
    '2025-12-26',
    at('12-26', '12:00'),
    {
      incidentId: 'nong-chan-strikes-2025-12-26',
      kind: 'airstrike',
      perpetrator: 'thailand',
      against: 'cambodia',
      place: 'Nong Chan, Banteay Meanchey / Sa Kaeo',
      description:
        "Thai F-16s drop about 40 bombs on a village in Banteay Meanchey (Cambodia's defence ministry); the Thai military says army and air force acted together to secure Sa Kaeo.",
    },
    [S.apDec26],
  ),
  ev(
    'StatementMade',
    'stmt-jackkrit-dec26',
    { occurredAt: '2025-12-26', recordedAt: at('12-26', '12:10') },
    {
      speaker: {
        name: 'Air Marshal Jackkrit Thammavichai',
        title: 'Spokesperson, Royal Thai Air Force',
        actorId: 'thailand',
      },
      audience: 'cambodia',
      tone: 'warning',
      summary:
        'If Cambodia is not sincere about a ceasefire, Thailand will have no choice but to proceed with full-scale military operations to defend its sovereignty.',
    },
    [S.apDec26],
  ),
  // ===== 27 December: the ceasefire =====
  ev(
    'CeasefireDeclared',
    'cf-chanthaburi',
    { occurredAt: '2025-12-27T12:00:00+07:00', recordedAt: at('12-27', '06:00') },
    {
      ceasefireId: CHANTHABURI,
      parties: ['thailand', 'cambodia'],
      scope:
        'Immediate, from 12:00 local time on 27 December: all weapons, all areas; troops frozen where they are; no patrols towards the other side; civilians to return home',
      duration: 'indefinite',
    },
    [S.afpDec27, S.cgtnDec27],
  ),
  ev(
    'AgreementReached',
    'agr-chanthaburi',
    { occurredAt: '2025-12-27T12:00:00+07:00', recordedAt: at('12-27', '06:05') },
    {
      agreementId: 'gbc-joint-statement-2025-12-27',
      kind: 'ceasefire',
      provisions: [
        'Immediate ceasefire with all types of weapons in all areas',
        'Current troop deployments frozen, no reinforcement',
        'The 18 Cambodian soldiers returned once the ceasefire has held 72 hours',
        'Demining and the Joint Boundary Commission resumed',
      ],
      signatories: ['thailand', 'cambodia'],
      textPublic: true,
    },
    [S.afpDec27, S.globalTimesDec27],
    { note: 'Signed by the defence ministers Natthaphon Narkphanit and Tea Seiha at the third special GBC meeting.' },
  ),
  ev(
    'TalksRoundConcluded',
    'gbc-concluded',
    { occurredAt: '2025-12-27', recordedAt: at('12-27', '06:10') },
    {
      roundId: 'special-gbc-3-2025-12',
      outcome: 'agreement',
      summary: 'The defence ministers sign the joint statement on the ceasefire at the third special GBC meeting.',
    },
    [S.afpDec27, S.globalTimesDec27],
  ),
  // ===== 28–31 December: the first days, the release =====
  ev(
    'StatementMade',
    'stmt-natthaphon-dec28',
    { occurredAt: '2025-12-28', recordedAt: at('12-28', '15:00') },
    {
      speaker: { name: 'Natthaphon Narkphanit', title: 'Minister of Defence of Thailand', actorId: 'thailand' },
      audience: 'cambodia',
      tone: 'warning',
      summary:
        'The ceasefire is a test of Cambodia, not a retreat; it will be watched for at least 72 hours, and Thailand keeps its right to self-defence should Cambodia violate it.',
    },
    [S.bkkpostDec28],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-drones',
    { occurredAt: '2025-12-28', recordedAt: at('12-29', '06:00') },
    {
      ceasefireId: CHANTHABURI,
      allegedBy: 'thailand',
      against: 'cambodia',
      description:
        "The Thai army says more than 250 drones flew from Cambodia into Thai airspace on the night of the 28th, a 'provocation'; Cambodia denies launching any. No fire, no casualties.",
    },
    [S.stDec29],
  ),
  ev(
    'ActorRegistered',
    'actor-china',
    { occurredAt: '2025-12-29', recordedAt: at('12-29', '09:55') },
    { actor: CHINA, role: 'mediator' },
    [S.stDec29],
  ),
  ev(
    'ThirdPartyEngagement',
    'china-trilateral',
    { occurredAt: '2025-12-29', recordedAt: at('12-29', '10:00') },
    {
      actorId: 'china',
      counterparts: ['thailand', 'cambodia'],
      kind: 'meeting',
      summary:
        "Wang Yi hosts two days of talks with the Thai and Cambodian foreign ministers in China to rebuild trust; calls the ceasefire 'hard-won'.",
    },
    [S.stDec29],
  ),
  ev(
    'StatementMade',
    'stmt-nikorndej-dec30',
    { occurredAt: '2025-12-30', recordedAt: at('12-30', '10:00') },
    {
      speaker: {
        name: 'Nikorndej Balankura',
        title: 'Spokesperson, Ministry of Foreign Affairs of Thailand',
        actorId: 'thailand',
      },
      audience: 'cambodia',
      tone: 'critical',
      summary:
        'The release of the 18 soldiers planned for 30 December is postponed after a Cambodian drone was detected in Thai territory.',
    },
    [S.nationDec30],
  ),
  ev(
    'StatementMade',
    'stmt-prak-sokhonn-dec29',
    { occurredAt: '2025-12-29', recordedAt: at('12-30', '11:00') },
    {
      speaker: { name: 'Prak Sokhonn', title: 'Minister of Foreign Affairs of Cambodia', actorId: 'cambodia' },
      audience: 'thailand',
      tone: 'conciliatory',
      summary:
        "The drones are 'a small issue' seen by both sides along the border; the two ministers discussed it and agreed to investigate and resolve it at once.",
    },
    [S.stDec29],
  ),
  ev(
    'IncidentReported',
    'inc-release',
    { occurredAt: '2025-12-31T10:00:00+07:00', recordedAt: at('12-31', '06:00') },
    {
      incidentId: 'eighteen-soldiers-released-2025-12-31',
      kind: 'release',
      perpetrator: 'thailand',
      against: 'cambodia',
      target: 'The 18 Cambodian soldiers held since 29 July',
      place: DETENTION_PLACE,
      description:
        'Thailand hands the 18 soldiers over at the Prum checkpoint (Pailin) after 155 days, observed by the ASEAN Observer Team and the ICRC.',
    },
    [S.reutersDec31, S.starDec31, S.britbriefDec31],
  ),
  ev(
    'StatementMade',
    'stmt-sihasak-dec30',
    { occurredAt: '2025-12-30', recordedAt: at('12-31', '07:00') },
    {
      speaker: { name: 'Sihasak Phuangketkeow', title: 'Minister of Foreign Affairs of Thailand', actorId: 'thailand' },
      audience: 'cambodia',
      tone: 'neutral',
      summary:
        'The ceasefire has just been agreed and is fragile: provocations should be avoided, and both sides must sustain it and repair relations step by step.',
    },
    [S.haberlerDec31],
  ),
  ev(
    'IncidentReported',
    'inc-toll',
    { occurredAt: '2025-12-27', recordedAt: at('12-31', '08:00') },
    {
      incidentId: 'december-toll-2025-12-27',
      kind: 'casualty-report',
      place: 'The Thai–Cambodian border',
      period: { from: '2025-12-07', to: '2025-12-27' },
      fatalities: { min: 101, max: 101 },
      description:
        'About 20 days of fighting with fighter jets, rockets and artillery killed at least 101 people and displaced more than half a million on both sides (Reuters).',
    },
    [S.reutersDec31],
  ),
  // ===== January 2026 =====
  ev(
    'StatementMade',
    'stmt-2nd-army-jan2',
    { occurredAt: '2026-01-02', recordedAt: at26('01-03', '09:00') },
    {
      speaker: { name: 'Second Army Region (statement)', title: 'Royal Thai Army', actorId: 'thailand' },
      audience: 'cambodia',
      tone: 'critical',
      summary:
        'No clashes since the ceasefire took effect, but Cambodia keeps reinforcing and supplying troops at several points and flying reconnaissance drones.',
    },
    [S.unitedJan3],
  ),
  ev(
    'StatementMade',
    'stmt-socheata-jan2',
    { occurredAt: '2026-01-02', recordedAt: at26('01-03', '09:05') },
    {
      speaker: {
        name: 'Maly Socheata',
        title: 'Spokesperson, Ministry of National Defence of Cambodia',
        actorId: 'cambodia',
      },
      audience: 'thailand',
      tone: 'critical',
      summary:
        'Cambodia will fully comply with every agreement signed with Thailand; commitments must be carried out in deeds, and any behaviour against their spirit must cease at once.',
    },
    [S.unitedJan3],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'thailand-cambodia-2025-late.jsonl',
  logEnd: '2026-03-01T00:00:00Z',
  events,
};

export default definition;
