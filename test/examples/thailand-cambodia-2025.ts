/**
 * A test fixture, not a shipped example: the 2025 Thailand–Cambodia border
 * crisis as an analyst following the news could have recorded it, from the
 * 28 May skirmish at the Emerald Triangle to the renewed fighting of 7–8
 * December. Escalation model v2 was never tuned on it: it is the case the
 * model is held to in thailand-cambodia-2025.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet or aggregator; 2 = several outlets agree or an on-record
 * statement of what the speaker's own side did; 3 = one side's unverified
 * claim about the other. Attributions are as alleged (`allegedBy`); both
 * sides blamed the other for nearly every exchange of fire.
 *
 * What the catalogue cannot say directly, and how it is recorded:
 * - a landmine blast: there is no incident kind for it. The July blasts,
 *   before any ceasefire, are recorded as attacks of unknown perpetrator
 *   (`militant-attack`, the catalogue's kind for an attack that is not armed
 *   action between the parties' forces) that Thailand blames on Cambodia
 *   (`blamedOn`); the 10 November blast, with the ceasefire in force and
 *   called a breach by Thailand, as the violation Thailand alleged.
 * - Thailand's suspension of the Kuala Lumpur declaration: `TalksSuspended`
 *   (the process it serves is halted by Thailand).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'thailand-cambodia-2025';
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2025);

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

const MAO_PHALLA: Person = { name: 'Mao Phalla', title: 'Spokesperson, Royal Cambodian Army', actorId: 'cambodia' };
const KH_MOD: Person = {
  name: 'Ministry of National Defence of Cambodia (statement)',
  title: 'Cambodian government',
  actorId: 'cambodia',
};
const NIKORNDEJ: Person = {
  name: 'Nikorndej Balankura',
  title: 'Spokesperson, Ministry of Foreign Affairs of Thailand',
  actorId: 'thailand',
};
const PHUMTHAM: Person = {
  name: 'Phumtham Wechayachai',
  title: 'Acting Prime Minister of Thailand',
  actorId: 'thailand',
};
const WINTHAI: Person = {
  name: 'Maj Gen Winthai Suvaree',
  title: 'Spokesperson, Royal Thai Army',
  actorId: 'thailand',
};
const KH_MFA: Person = {
  name: 'Ministry of Foreign Affairs and International Cooperation of Cambodia (statement)',
  title: 'Cambodian government',
  actorId: 'cambodia',
};

const S = {
  nationMay28: source(
    'Cambodia says soldier killed in clash with Thai troops at border',
    'The Nation (Thailand)',
    'https://www.nationthailand.com/news/asean/40050571',
    '2025-05-28',
    'B',
    2,
  ),
  dwMay28: source(
    'Cambodian soldier killed in clash with Thai army',
    'Deutsche Welle (via Daily8)',
    'https://www.daily8.com/en/article/39332140eb3d6137c5f7458db95a617f',
    '2025-05-28',
    'B',
    2,
  ),
  uniJun22: source(
    'Cambodia closes 2 more border checkpoints with Thailand',
    'Central Chronicle (UNI)',
    'https://www.centralchronicle.com/cambodia-closes-2-more-border-checkpoints-with-thailand',
    '2025-06-22',
    'C',
    2,
  ),
  malaymailJun24: source(
    'Thai army shuts most border crossings with Cambodia amid escalating row',
    'Malay Mail (Reuters)',
    'https://www.malaymail.com/news/world/2025/06/24/thai-army-shuts-most-border-crossings-with-cambodia-amid-escalating-row/181476',
    '2025-06-24',
    'B',
    2,
  ),
  cnaJul23: source(
    'Thailand recalls ambassador, expels Cambodian envoy after landmine incident',
    'CNA (Reuters)',
    'https://www.channelnewsasia.com/asia/thailand-cambodia-tensions-recall-ambassador-expel-envoy-border-dispute-5254361',
    '2025-07-23',
    'B',
    2,
  ),
  bkkpostJul24: source(
    'Thai air strikes hit two Cambodian targets',
    'Bangkok Post',
    'https://www.bangkokpost.com/learning/advanced/3074997/thai-air-strikes-hit-two-cambodian-targets',
    '2025-07-24',
    'B',
    2,
  ),
  bkkpostJul25: source(
    'Cambodian attacks kill 12 Thais',
    'Bangkok Post',
    'https://www.bangkokpost.com/learning/advanced/3075473/cambodian-attacks-kill-12-thais',
    '2025-07-25',
    'B',
    2,
  ),
  xinhuaJul26: source(
    'Border clashes between Cambodia, Thailand enter third day',
    "People's Daily Online (Xinhua)",
    'http://en.people.cn/n3/2025/0726/c90000-20345429.html',
    '2025-07-26',
    'B',
    2,
  ),
  thaigerJul27: source(
    'Thailand and Cambodia clash leaves 33 dead, displacing 150,000',
    'The Thaiger',
    'https://thethaiger.com/news/national/thailand-and-cambodia-clash-leaves-33-dead-displacing-150000',
    '2025-07-27',
    'C',
    2,
  ),
  wionJul27: source(
    "Loud explosion, rocket launchers, gunfire: Cambodia–Thailand conflict escalates hours after Trump's ceasefire claims",
    'WION',
    'https://www.wionews.com/world/loud-explosion-rocket-launchers-gunfire-cambodia-thailand-conflict-escalates-hours-after-trump-s-ceasefire-claims-1753580079862',
    '2025-07-27',
    'B',
    2,
  ),
  xinhuaJul28: source(
    'Thailand, Cambodia agree on "unconditional" ceasefire',
    "People's Daily Online (Xinhua)",
    'http://en.people.cn/n3/2025/0729/c90000-20346212.html',
    '2025-07-28',
    'B',
    1,
  ),
  dhakaJul28: source(
    'Thailand and Cambodia agree to unconditional ceasefire',
    'Dhaka Tribune (AFP)',
    'https://www.dhakatribune.com/world/asia/387579/thailand-and-cambodia-agree-to-unconditional',
    '2025-07-28',
    'B',
    2,
  ),
  nationJul29: source(
    'Thai army condemns Cambodia for violating ceasefire',
    'The Nation (Thailand)',
    'https://www.nationthailand.com/news/general/40053241',
    '2025-07-29',
    'B',
    3,
  ),
  efeJul30: source(
    'Thailand, Cambodia trade accusations on day two of fragile ceasefire',
    'EFE',
    'https://pre.efe.com/en/latest-news/2025-07-30/thailand-cambodia-trade-accusations-on-day-two-of-fragile-ceasefire',
    '2025-07-30',
    'B',
    3,
  ),
  bkkpostJul31: source(
    'New ceasefire breach sparks protest',
    'Bangkok Post',
    'https://www.bangkokpost.com/thailand/general/3078469/new-ceasefire-breach-sparks-protest',
    '2025-07-31',
    'B',
    3,
  ),
  bkkpostAug7: source(
    'Thailand and Cambodia sign 13-point ceasefire agreement',
    'Bangkok Post',
    'https://www.bangkokpost.com/thailand/general/3082929/thailand-and-cambodia-sign-13-point-ceasefire-agreement',
    '2025-08-07',
    'B',
    1,
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
  aaNov10: source(
    'Thailand suspends Cambodia deal after landmine injures troops',
    'Hürriyet Daily News (AA)',
    'https://www.hurriyetdailynews.com/thailand-suspends-cambodia-deal-after-landmine-injures-troops-215567',
    '2025-11-10',
    'B',
    2,
  ),
  annNov11: source(
    'Cambodia gravely concerned as Thailand suspends joint declaration',
    'Asia News Network',
    'https://asianews.network/?p=237804',
    '2025-11-11',
    'B',
    2,
  ),
  trtNov13: source(
    'Deadly Cambodia–Thailand border clash heightens tensions',
    'TRT World',
    'https://www.trtworld.com/article/5586ab29449b',
    '2025-11-13',
    'B',
    2,
  ),
  mintDec8: source(
    'Thailand–Cambodia conflict: air strikes on Cambodian military, Thai soldier killed',
    'Mint',
    'https://www.livemint.com/news/world/thailand-cambodia-conflict-live-updates-air-strikes-cambodian-military-border-clashes-thai-soldier-killed-us-ceasefire-11765167703206.html',
    '2025-12-08',
    'B',
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
};

const PUTRAJAYA = 'putrajaya-ceasefire-2025-07-28';

const events = [
  // ===== 28 May: the Emerald Triangle skirmish; the case is opened =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2025-05-28', recordedAt: at('05-28', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Thailand – Cambodia border crisis, 2025',
      subject:
        'The dispute over undemarcated stretches of the Thai–Cambodian border (Chong Bok / Emerald Triangle, the Ta Muen and Ta Kwai temples), from the 28 May skirmish through the July war, the Malaysian-mediated ceasefire and the Kuala Lumpur declaration',
      parties: [THAILAND, CAMBODIA],
      mediators: [],
    },
    [S.nationMay28],
  ),
  ev(
    'IncidentReported',
    'inc-chong-bok',
    { occurredAt: '2025-05-28T05:30:00+07:00', precision: 'approximate', recordedAt: at('05-28', '09:10') },
    {
      incidentId: 'chong-bok-clash-2025-05-28',
      kind: 'clash',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Chong Bok (Techo Morakot village), Preah Vihear / Ubon Ratchathani',
      fatalities: { min: 1, max: 1 },
      description:
        'A ten-minute exchange of fire in the disputed Chong Bok area; one Cambodian soldier killed. Cambodia says Thai troops attacked a long-held trench; the Thai army says Cambodian troops fired first and reports no Thai casualties.',
    },
    [S.nationMay28, S.dwMay28],
  ),
  ev(
    'StatementMade',
    'stmt-kh-mod-may28',
    { occurredAt: '2025-05-28', recordedAt: at('05-28', '09:20') },
    {
      speaker: KH_MOD,
      audience: 'thailand',
      tone: 'warning',
      summary:
        'Called the clash an unwarranted escalation it does not desire; talks with the Thai defence ministry will continue, but Cambodia will protect its territorial integrity at all costs.',
    },
    [S.nationMay28],
  ),
  ev(
    'StatementMade',
    'stmt-phalla-may28',
    { occurredAt: '2025-05-28', recordedAt: at('05-28', '09:25') },
    {
      speaker: MAO_PHALLA,
      audience: 'thailand',
      tone: 'accusation',
      summary: 'Our soldier died in the trenches: the Thais came to attack us.',
      quote: 'Our soldier died in the trenches. The Thais came to attack us.',
    },
    [S.dwMay28],
  ),
  // ===== June: the border closures =====
  ev(
    'IncidentReported',
    'inc-kh-closes-checkpoints',
    { occurredAt: '2025-06-22', recordedAt: at('06-22', '12:00') },
    {
      incidentId: 'cambodia-closes-checkpoints-2025-06-22',
      kind: 'border-closure',
      perpetrator: 'cambodia',
      against: 'thailand',
      place: 'Choub Korki and Choam checkpoints, Oddar Meanchey',
      description:
        "Hun Manet closes the Choub Korki checkpoint permanently, answering the Thai army's closure of its side, and the Choam checkpoint with it.",
    },
    [S.uniJun22],
  ),
  ev(
    'IncidentReported',
    'inc-th-closes-crossings',
    { occurredAt: '2025-06-23', recordedAt: at('06-24', '04:00') },
    {
      incidentId: 'thailand-closes-crossings-2025-06-23',
      kind: 'border-closure',
      perpetrator: 'thailand',
      against: 'cambodia',
      place: 'Land crossings in Surin, Buriram, Si Sa Ket, Sa Kaeo, Chanthaburi and Trat',
      description:
        'The Thai army closes the land crossings with Cambodia to all vehicles and travellers except students and medical cases, a day after Cambodia halted fuel and gas imports from Thailand.',
    },
    [S.malaymailJun24],
  ),
  // ===== July: the landmines, the downgrade =====
  ev(
    'IncidentReported',
    'inc-mine-jul16',
    { occurredAt: '2025-07-16', recordedAt: at('07-23', '11:00') },
    {
      incidentId: 'chong-bok-landmine-2025-07-16',
      kind: 'militant-attack',
      allegedBy: 'thailand',
      against: 'thailand',
      blamedOn: 'cambodia',
      target: 'Thai army patrol',
      place: 'Chong Bok, Ubon Ratchathani',
      injured: { min: 3, max: 3 },
      description:
        'A landmine wounds three Thai soldiers on patrol, one loses a foot. Thailand says the mines were newly laid by Cambodia; Cambodia says the patrol strayed from agreed routes onto old minefields.',
    },
    [S.cnaJul23],
    { note: 'Recorded late, from the report of the second blast. No incident kind fits a mine: see the header.' },
  ),
  ev(
    'StatementMade',
    'stmt-nikorndej-jul20',
    { occurredAt: '2025-07-20', recordedAt: at('07-23', '11:10') },
    {
      speaker: NIKORNDEJ,
      audience: 'cambodia',
      tone: 'accusation',
      summary:
        'Condemned Cambodia for laying anti-personnel mines along the border: a serious violation of international law and an infringement of Thai sovereignty.',
    },
    [S.cnaJul23],
  ),
  ev(
    'IncidentReported',
    'inc-mine-jul23',
    { occurredAt: '2025-07-23T16:55:00+07:00', precision: 'approximate', recordedAt: at('07-23', '12:00') },
    {
      incidentId: 'chong-an-ma-landmine-2025-07-23',
      kind: 'militant-attack',
      allegedBy: 'thailand',
      against: 'thailand',
      blamedOn: 'cambodia',
      target: 'Thai army patrol',
      place: 'Chong An Ma, Nam Yuen district, Ubon Ratchathani',
      injured: { min: 5, max: 5 },
      description:
        'A second landmine wounds five Thai soldiers, one loses his right leg. Thailand says the mines are new and protests formally; Cambodia rejects the accusation.',
    },
    [S.cnaJul23],
  ),
  ev(
    'StatementMade',
    'stmt-phumtham-jul23',
    { occurredAt: '2025-07-23', recordedAt: at('07-23', '12:10') },
    {
      speaker: PHUMTHAM,
      audience: 'cambodia',
      tone: 'warning',
      summary:
        'Downgraded diplomatic relations: the Thai ambassador is recalled and the Cambodian ambassador expelled; relations will be reassessed further.',
    },
    [S.cnaJul23],
  ),
  // ===== 24–27 July: the war =====
  ev(
    'IncidentReported',
    'inc-ta-muen-jul24',
    { occurredAt: '2025-07-24T08:20:00+07:00', recordedAt: at('07-24', '06:00') },
    {
      incidentId: 'ta-muen-thom-clash-2025-07-24',
      kind: 'clash',
      perpetrator: 'cambodia',
      allegedBy: 'thailand',
      against: 'thailand',
      place: 'Ta Muen Thom temple, Surin',
      injured: { min: 1, max: 1 },
      description:
        'Fighting breaks out at the Ta Muen Thom temple and spreads along the front with small arms and heavy weapons; each side says the other fired first.',
    },
    [S.bkkpostJul24],
  ),
  ev(
    'IncidentReported',
    'inc-f16-jul24',
    { occurredAt: '2025-07-24T11:00:00+07:00', precision: 'approximate', recordedAt: at('07-24', '07:00') },
    {
      incidentId: 'thai-f16-strikes-2025-07-24',
      kind: 'airstrike',
      perpetrator: 'thailand',
      against: 'cambodia',
      place: 'Cambodian military targets across the border from Ubon Ratchathani',
      description: 'Thai F-16s strike two Cambodian military targets on the ground (Thai army).',
    },
    [S.bkkpostJul24],
  ),
  ev(
    'IncidentReported',
    'inc-rockets-jul24',
    { occurredAt: '2025-07-24', recordedAt: at('07-25', '01:00') },
    {
      incidentId: 'bm21-strikes-thailand-2025-07-24',
      kind: 'shelling',
      perpetrator: 'cambodia',
      allegedBy: 'thailand',
      against: 'thailand',
      place: 'Surin, Si Sa Ket, Ubon Ratchathani',
      fatalities: { min: 12, max: 12 },
      civilianFatalities: { min: 11, max: 11 },
      injured: { min: 31, max: 31 },
      description:
        'Cambodian BM-21 rockets and artillery hit villages, a petrol station and a hospital area in Thailand: 11 civilians and a soldier killed, over 30 wounded (Thai army).',
    },
    [S.bkkpostJul25],
  ),
  ev(
    'IncidentReported',
    'inc-fighting-jul25',
    { occurredAt: '2025-07-25', recordedAt: at('07-26', '08:00') },
    {
      incidentId: 'border-fighting-2025-07-25',
      kind: 'shelling',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Oddar Meanchey and Preah Vihear',
      fatalities: { min: 13, max: 13 },
      civilianFatalities: { min: 8, max: 8 },
      injured: { min: 71, max: 71 },
      description:
        'Second day of artillery exchanges; Cambodia reports its first toll: five soldiers and eight civilians killed, 71 wounded.',
    },
    [S.xinhuaJul26],
  ),
  ev(
    'IncidentReported',
    'inc-trat-jul26',
    { occurredAt: '2025-07-26T05:10:00+07:00', recordedAt: at('07-26', '09:00') },
    {
      incidentId: 'trat-clash-2025-07-26',
      kind: 'clash',
      perpetrator: 'cambodia',
      allegedBy: 'thailand',
      against: 'thailand',
      place: 'Ban Chamrak, Trat',
      description:
        'A new front on the coast: the Thai navy says it pushed back a Cambodian incursion at three points in Trat; Cambodia says Thailand extended its attacks to Pursat.',
    },
    [S.xinhuaJul26],
  ),
  ev(
    'IncidentReported',
    'inc-airstrikes-jul26',
    { occurredAt: '2025-07-26', recordedAt: at('07-27', '03:00') },
    {
      incidentId: 'thai-airstrikes-2025-07-26',
      kind: 'airstrike',
      perpetrator: 'thailand',
      against: 'cambodia',
      place: 'Phu Makua (Si Sa Ket) and Ta Muen Thom (Surin)',
      description:
        'Third day of heavy artillery exchanges; Thai F-16s and Gripens strike Cambodian artillery positions. At least 33 killed in all so far, over 150,000 displaced.',
    },
    [S.thaigerJul27],
  ),
  ev(
    'IncidentReported',
    'inc-ta-kwai-jul27',
    { occurredAt: '2025-07-27T04:30:00+07:00', precision: 'approximate', recordedAt: at('07-27', '04:00') },
    {
      incidentId: 'ta-kwai-shelling-2025-07-27',
      kind: 'shelling',
      perpetrator: 'cambodia',
      allegedBy: 'thailand',
      against: 'thailand',
      place: 'Ta Kwai temple and Phanom Dong Rak district, Surin; Chong Chom',
      description:
        'Fourth day, hours after Trump announced that both leaders had agreed to talk: artillery and BM-21 rockets from Cambodia hit homes in Phanom Dong Rak, Thai forces answer with heavy weapons; Cambodia says Thailand resumed shelling first.',
    },
    [S.wionJul27],
  ),
  ev(
    'IncidentReported',
    'inc-airstrike-jul27',
    { occurredAt: '2025-07-27', recordedAt: at('07-27', '04:10') },
    {
      incidentId: 'thai-airstrike-ta-kwai-2025-07-27',
      kind: 'airstrike',
      perpetrator: 'thailand',
      against: 'cambodia',
      place: 'Cambodian positions at Ta Kwai temple',
      description: 'Thai F-16s and Gripens bomb Cambodian military positions at Ta Kwai (Thai reports).',
    },
    [S.wionJul27],
  ),
  // ===== 28 July: Putrajaya =====
  ev(
    'ActorRegistered',
    'actor-malaysia',
    { occurredAt: '2025-07-28', recordedAt: at('07-28', '10:00') },
    { actor: MALAYSIA, role: 'mediator' },
    [S.dhakaJul28],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2025-07-28', recordedAt: at('07-28', '10:05') },
    { actor: USA, role: 'mediator' },
    [S.dhakaJul28],
    { note: 'Co-organised the Putrajaya meeting; the Chinese ambassador attended as an observer.' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-putrajaya',
    { occurredAt: '2025-07-29T00:00:00+07:00', recordedAt: at('07-28', '17:05') },
    {
      ceasefireId: PUTRAJAYA,
      parties: ['thailand', 'cambodia'],
      scope:
        'Immediate and unconditional, from 24:00 local time on 28 July; commanders meet on 29 July, the GBC on 4 August',
      duration: 'indefinite',
      mediatedBy: ['malaysia', 'united-states'],
    },
    [S.xinhuaJul28, S.dhakaJul28],
    {
      note: 'Agreed at Putrajaya on the afternoon of the 28th; dated when it took effect (24:00 local time), as the first case dates its truce, so that the fighting of that evening is not read as breaking it.',
    },
  ),
  // ===== 29–30 July: accusations of violations =====
  ev(
    'CeasefireViolationReported',
    'viol-jul29',
    { occurredAt: '2025-07-29', recordedAt: at('07-29', '06:00') },
    {
      ceasefireId: PUTRAJAYA,
      allegedBy: 'thailand',
      against: 'cambodia',
      description:
        'The Thai army says Cambodian forces kept firing with supporting weapons at Chong Bok, Chong An Ma, Sam Tae, Ta Kwai and Phu Makua after midnight; Cambodia denies any confrontation since the ceasefire. No casualties reported.',
    },
    [S.nationJul29],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-jul30-kh',
    { occurredAt: '2025-07-29', recordedAt: at('07-30', '06:00') },
    {
      ceasefireId: PUTRAJAYA,
      allegedBy: 'cambodia',
      against: 'thailand',
      description:
        'Cambodia accuses Thailand of breaching the truce by attacking a Cambodian unit and capturing 20 of its soldiers. No casualties reported.',
    },
    [S.efeJul30],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-jul30',
    { occurredAt: '2025-07-30T05:17:00+07:00', recordedAt: at('07-31', '02:00') },
    {
      ceasefireId: PUTRAJAYA,
      allegedBy: 'thailand',
      against: 'cambodia',
      description:
        'The Thai army reports a second breach: small-arms and mortar fire at Chong Khanma, Phu Makheu and Huai Thamariya on the evening of the 29th, mortar rounds at Pha Mo E Daeng at dawn. No casualties reported.',
    },
    [S.bkkpostJul31],
  ),
  // ===== 7 August: the GBC in Kuala Lumpur =====
  ev(
    'AgreementReached',
    'agr-gbc',
    { occurredAt: '2025-08-07', recordedAt: at('08-07', '12:00') },
    {
      agreementId: 'gbc-agreed-minutes-2025-08-07',
      kind: 'ceasefire',
      provisions: [
        'Ceasefire on all weapons and all areas; troops stay where they were at the ceasefire',
        'No reinforcement and no provocative action along the border',
        'An interim ASEAN observer team led by Malaysia',
        'Captured soldiers treated under international humanitarian law and released after the conflict ends',
      ],
      signatories: ['thailand', 'cambodia'],
      textPublic: true,
    },
    [S.bkkpostAug7],
  ),
  // ===== 26 October: the Kuala Lumpur joint declaration =====
  ev(
    'AgreementReached',
    'agr-kl',
    { occurredAt: '2025-10-26', recordedAt: at('10-26', '12:00') },
    {
      agreementId: 'kuala-lumpur-joint-declaration-2025-10-26',
      kind: 'framework',
      provisions: [
        'Cease all hostilities and restore good-neighbourly relations',
        'Remove heavy weapons from the border under the ASEAN Observer Team',
        'Joint demining',
        'Thailand releases 18 Cambodian prisoners of war',
      ],
      signatories: ['thailand', 'cambodia'],
      textPublic: true,
    },
    [S.vnnOct26, S.malaymailOct26],
    { note: 'Signed by Anutin Charnvirakul and Hun Manet, witnessed by Anwar Ibrahim and Donald Trump.' },
  ),
  // ===== 10–12 November: the mine, the suspension, Prey Chan =====
  ev(
    'CeasefireViolationReported',
    'viol-mine-nov10',
    { occurredAt: '2025-11-10', recordedAt: at('11-10', '10:00') },
    {
      ceasefireId: PUTRAJAYA,
      allegedBy: 'thailand',
      against: 'cambodia',
      injured: { min: 2, max: 4 },
      description:
        'A landmine wounds Thai soldiers on patrol in Si Sa Ket, one loses a leg; Thailand says the mines were newly laid by Cambodia in Thai territory. Cambodia denies laying any new mine.',
    },
    [S.aaNov10],
  ),
  ev(
    'TalksSuspended',
    'susp-kl',
    { occurredAt: '2025-11-10', recordedAt: at('11-10', '10:10') },
    {
      by: 'thailand',
      reason:
        'Thailand suspends the implementation of the Kuala Lumpur declaration (the release of 18 prisoners, the withdrawal of heavy weapons) until Cambodia shows it is not hostile.',
    },
    [S.aaNov10],
  ),
  ev(
    'StatementMade',
    'stmt-kh-mfa-nov11',
    { occurredAt: '2025-11-11', recordedAt: at('11-11', '08:00') },
    {
      speaker: KH_MFA,
      audience: 'thailand',
      tone: 'critical',
      summary:
        'Gravely concerned at the suspension; categorically denies laying new mines (the border still holds minefields of the civil wars) and remains committed to the declaration.',
    },
    [S.annNov11],
  ),
  ev(
    'IncidentReported',
    'inc-prey-chan',
    { occurredAt: '2025-11-12', recordedAt: at('11-13', '06:00') },
    {
      incidentId: 'prey-chan-shooting-2025-11-12',
      kind: 'clash',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Prey Chan, Banteay Meanchey / Sa Kaeo',
      fatalities: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      injured: { min: 3, max: 3 },
      description:
        'Gunfire in the disputed village of Prey Chan kills one Cambodian civilian and wounds three; Cambodia says Thai troops fired on civilians, the Thai army that Cambodian soldiers fired first and it returned fire.',
    },
    [S.trtNov13],
  ),
  // ===== 7–8 December: renewed fighting =====
  ev(
    'IncidentReported',
    'inc-dec7',
    { occurredAt: '2025-12-07', recordedAt: at('12-08', '03:00') },
    {
      incidentId: 'border-exchange-2025-12-07',
      kind: 'clash',
      perpetrator: 'cambodia',
      allegedBy: 'thailand',
      against: 'thailand',
      place: 'Ubon Ratchathani border',
      injured: { min: 2, max: 2 },
      description:
        'A twenty-minute exchange of fire; the Thai army says Cambodian fire wounded two soldiers, Cambodia that Thailand fired first.',
    },
    [S.mintDec8],
  ),
  ev(
    'IncidentReported',
    'inc-dec8-clash',
    { occurredAt: '2025-12-08T05:00:00+07:00', precision: 'approximate', recordedAt: at('12-08', '04:00') },
    {
      incidentId: 'ubon-clash-2025-12-08',
      kind: 'clash',
      perpetrator: 'cambodia',
      allegedBy: 'thailand',
      against: 'thailand',
      place: 'Ubon Ratchathani, several areas',
      fatalities: { min: 1, max: 1 },
      injured: { min: 4, max: 8 },
      description:
        'The Thai army says Cambodian troops fired first into Thai territory in several areas with supporting-fire weapons: one Thai soldier killed, four to eight wounded.',
    },
    [S.mintDec8],
  ),
  ev(
    'IncidentReported',
    'inc-dec8-airstrikes',
    { occurredAt: '2025-12-08', recordedAt: at('12-08', '05:00') },
    {
      incidentId: 'thai-airstrikes-2025-12-08',
      kind: 'airstrike',
      perpetrator: 'thailand',
      against: 'cambodia',
      place: 'Cambodian military targets in several areas',
      description: 'Thailand launches air strikes on Cambodian military targets (Thai army).',
    },
    [S.mintDec8],
  ),
  ev(
    'IncidentReported',
    'inc-dec8-shelling-pv',
    { occurredAt: '2025-12-08', recordedAt: at('12-08', '12:00') },
    {
      incidentId: 'shelling-preah-vihear-2025-12-08',
      kind: 'shelling',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Preah Vihear province',
      fatalities: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      description: 'A Thai shell kills a woman in Preah Vihear (Cambodian information minister).',
    },
    [graded(S.sabahDec8, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-dec8-shelling-om',
    { occurredAt: '2025-12-08', recordedAt: at('12-08', '12:05') },
    {
      incidentId: 'shelling-oddar-meanchey-2025-12-08',
      kind: 'shelling',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Oddar Meanchey province',
      fatalities: { min: 3, max: 3 },
      civilianFatalities: { min: 3, max: 3 },
      injured: { min: 10, max: 10 },
      description:
        'Thai shelling kills three civilians in Oddar Meanchey and wounds more than ten (Cambodian information minister); 35,000 evacuated on the Thai side.',
    },
    [graded(S.sabahDec8, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-kh-mod-dec8',
    { occurredAt: '2025-12-08', recordedAt: at('12-08', '12:10') },
    {
      speaker: KH_MOD,
      audience: 'thailand',
      tone: 'accusation',
      summary:
        'Condemned the Thai attacks on its positions in Preah Vihear as inhumane and brutal and a grave violation of the joint declaration; says its forces did not retaliate at first.',
    },
    [S.mintDec8],
  ),
  ev(
    'StatementMade',
    'stmt-winthai-dec8',
    { occurredAt: '2025-12-08', recordedAt: at('12-08', '12:15') },
    {
      speaker: WINTHAI,
      audience: 'cambodia',
      tone: 'accusation',
      summary:
        'Cambodian troops fired first into Thai territory in multiple areas; aircraft were used to strike military targets and suppress Cambodian supporting fire.',
    },
    [S.mintDec8],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'thailand-cambodia-2025.jsonl',
  logEnd: '2025-12-09T00:00:00Z',
  events,
};

export default definition;
