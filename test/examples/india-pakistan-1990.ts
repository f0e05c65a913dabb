/**
 * A test fixture, not a shipped example: India and Pakistan in the Kashmir crisis of 1990, as an analyst reading the
 * public record after the fact could have recorded it — Pakistan's foreign office "deep concern" over Indian Kashmir
 * and India's retort (14–15 January 1990, after the police firing on demonstrators in the valley), the foreign
 * ministers' talks in New Delhi (21–23 January) and Sahibzada Yaqub Khan's warning of "perilous consequences", the
 * Indian army chief's "at any cost" (30 January), the Pakistani forces kept on the border after the winter exercises,
 * Benazir Bhutto's "thousand years of war" at Muzaffarabad (mid-March), V. P. Singh's "thousand hours of war" in the Lok
 * Sabha (10 April), General Beg's red alert and "ready for war", the build-ups on both sides (Indian troops and
 * paramilitary in Kashmir, the Strike Corps brigades in the south; Pakistan's armour along the border), the foreign
 * ministers' meeting in New York (late April) that broke off official contact, the mission of Robert Gates to
 * Islamabad and New Delhi (19–21 May), the foreign secretaries' first round in Islamabad (July) with India's seven
 * confidence-building proposals and Pakistan's two draft agreements, and the second round called in New Delhi after
 * Bhutto's dismissal (August). Escalation model v2 was never tuned on it: it is the case the model is held to in
 * india-pakistan-1990.spec.ts, against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * Separate from the other India – Pakistan cases (1965, 1971, 1999, 2001, 2008, 2016, 2019, 2025): none of them
 * records 1990. The parties are India and Pakistan. No mediator: the United States (the Gates mission) and the Soviet
 * Union (with the United States, credited by India Today with brokering the New York meeting) are registered as third
 * parties. The Kashmiri militants (the JKLF and others) are not registered: no source read ties a dated act of theirs
 * to Pakistan's forces, and their acts inside Indian Kashmir are not acts between the pair. The UN is not registered:
 * no source read gives it an act in 1990.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source. Recorded after the fact, from sources read all at once
 * (`retrospectiveClock`).
 *
 * Grading as in examples/README.md: B = an established outlet (India Today, The Indian Express, Frontline, The New
 * Yorker); C = a copy on an archive or forum site, or a column archive (the International Crisis Behavior project's
 * summary quoted on a forum, the Girilal Jain archive, the Sikh Heritage Education copies of 1990 wire reports, an author's copy of a
 * Hindu article);
 * 2 = several sources agree or one established source reports it; 3 = one side's claim, or a date the sources give
 * only roughly.
 *
 * Dates of sources: contemporary reports by their own date. Copies whose own date was not kept (the ICB summary on a
 * forum, the Girilal Jain column, the wire copies) are given a lower bound from their content: the day of the
 * development they are cited for, as the Thailand – Laos 1987 fixture does for Wikipedia.
 *
 * Judgement calls, recorded as an analyst would:
 * - No exchange of fire across the Line of Control in 1990 is recorded. India Today (15 May 1990) speaks of "minor
 *   clashes" as the armies moved towards the borders, with no day, place or toll; no source read dates a firing or a
 *   casualty between the two armies that year. So the log holds no armed action between the parties: the crisis is one
 *   of threats, build-ups and talks.
 * - The police firing on demonstrators in the valley (13 January, about 50 killed, by the ICB summary) is India's own
 *   forces against its own people, not an act between the pair: it is named in Pakistan's statement of the 14th, not
 *   recorded as an incident. The same for the kidnapping of Rubaiya Sayeed (December 1989, by the JKLF).
 * - India's charge that Pakistan trained, armed and funded the militants: the ICB summary reports the evidence, with no
 *   day; no dated public Indian statement of it was found. It is recorded as New Delhi's answer to General Beg in April
 *   (India speaks of Pakistan's military moves in the Jammu and Kashmir sector, Girilal Jain's column) and as V. P.
 *   Singh's demand to Gates for a reduction in infiltration from Pakistan (India Today, 15 June), with Gates urging
 *   Pakistan to restrain the parties in Pakistan-held Kashmir from arming Kashmiris. No militant attack is recorded as
 *   blamed on Pakistan.
 * - Pakistan's forces kept on the border after the winter exercises (Zarb-e-Momin, December 1989): V. P. Singh's
 *   account (Frontline, 2002), one side's claim (graded 3), with no day: recorded with month precision, January 1990.
 * - Bhutto's speech: "mid-March" (The Indian Express), "a public rally in March in Muzaffarabad" (the wire copy):
 *   recorded on 13 March, approximate. General Beg's red alert and "ready for war": in a column on V. P. Singh's
 *   statement "last Tuesday" (10 April), so before the column; recorded on 12 April, approximate.
 * - The New York meeting of Gujral and Yaqub Khan: India Today (15 May) has the ministers heading for New York "last
 *   fortnight"; India Today (15 August) calls it "the disastrous April meeting" after which "official contact had broken
 *   down", ending "with the foreign ministers making bellicose statements". Recorded as a round in late April
 *   (approximate, 25–26 April, graded 3 for the days) concluded `collapsed`.
 * - The build-ups of late April – May: India Today (15 May) has "the two military machines ... already moving towards
 *   the borders"; the New Yorker (Hersh, 1993) gives India's 200,000 troops and paramilitary in Kashmir and five
 *   brigades of the Strike Corps fifty miles from the border in the south, and Pakistan's armour deployed along the
 *   border. Recorded as three `force-posture` acts on 28 April (approximate), one place each written one way.
 * - The Gates mission: in Pakistan (President Ishaq Khan and General Beg) on the 19th–20th, in New Delhi on the
 *   20th–21st (he left New Delhi on 21 May, The Indian Express). Recorded as the United States' visits (a third party's
 *   engagement), not as mediation: neither party accepted a mediator.
 * - The foreign secretaries' first round in Islamabad (Tanvir Ahmad Khan and Muchkund Dubey): India Today (15 August)
 *   says "last fortnight", two days, "some progress"; recorded on 18–19 July, approximate (graded 3 for the days). The
 *   second round was to open in New Delhi on Friday 10 August and run through Saturday (the wire copy of the 9th): no
 *   source read reports how it ended, so it is recorded as scheduled only.
 * - Nothing dated after August 1990 was found (the Sharif – Chandra Shekhar meeting at the SAARC summit in Malé in
 *   November, the later rounds): not recorded.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'india-pakistan-1990';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1990);
const when = retrospectiveClock('2026-12-06T12:00:00Z');

const INDIA: Actor = { id: 'india', name: 'India', kind: 'state', aliases: ['New Delhi', 'Republic of India'] };
const PAKISTAN: Actor = {
  id: 'pakistan',
  name: 'Pakistan',
  kind: 'state',
  aliases: ['Islamabad', 'Islamic Republic of Pakistan'],
};
const US: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington', 'USA'] };
const USSR: Actor = { id: 'soviet-union', name: 'Soviet Union', kind: 'state', aliases: ['USSR', 'Moscow'] };

const PAK_FO: Person = { name: 'Foreign Office of Pakistan', actorId: 'pakistan' };
const INDIA_MEA: Person = { name: 'Ministry of External Affairs of India', actorId: 'india' };
const YAQUB: Person = { name: 'Sahibzada Yaqub Khan', title: 'Foreign Minister of Pakistan', actorId: 'pakistan' };
const GUJRAL: Person = { name: 'I. K. Gujral', title: 'External Affairs Minister of India', actorId: 'india' };
const INDIAN_ARMY_CHIEF: Person = { name: 'Chief of the Army Staff of India', actorId: 'india' };
const BHUTTO: Person = { name: 'Benazir Bhutto', title: 'Prime Minister of Pakistan', actorId: 'pakistan' };
const VP_SINGH: Person = { name: 'V. P. Singh', title: 'Prime Minister of India', actorId: 'india' };
const BEG: Person = { name: 'Gen. Mirza Aslam Beg', title: 'Chief of the Army Staff of Pakistan', actorId: 'pakistan' };
const PAK_LEADERS: Person = {
  name: 'President Ghulam Ishaq Khan and Gen. Mirza Aslam Beg',
  title: 'President of Pakistan; Chief of the Army Staff',
  actorId: 'pakistan',
};
const INDIA_GOV: Person = { name: 'Government of India', actorId: 'india' };
const TANVIR: Person = { name: 'Tanvir Ahmad Khan', title: 'Foreign Secretary of Pakistan', actorId: 'pakistan' };

/** The ICB project's crisis summary (Kashmir III), quoted on a forum; dated by the development it is cited for. */
const icb = (day: string) =>
  source(
    'Crisis Summary: Kashmir III – Nuclear Confrontation (International Crisis Behavior project, quoted)',
    'AlternateHistory.com forum (copy of the ICB data viewer)',
    'https://www.alternatehistory.com/forum/threads/the-indo-pakistani-war-of-1990.58134/',
    day,
    'C',
    2,
  );

const S = {
  frontlineGujral: source(
    'Gujral and Vajpayee on Kashmir (from Gujral’s memoir, Matters of Discretion)',
    'Frontline',
    'https://frontline.thehindu.com/the-nation/gujral-and-vajpayee-on-kashmir/article7698465.ece',
    '2015-09-30',
    'B',
    3,
  ),
  frontlineVpSingh: source(
    "'We must put diplomatic pressure' (interview with V. P. Singh)",
    'Frontline',
    'https://frontline.thehindu.com/cover-story/article30243744.ece',
    '2002-01-19',
    'B',
    3,
  ),
  expressGates: source(
    '25 yrs after Gates mission, 3 stories and one mystery',
    'The Indian Express',
    'https://indianexpress.com/article/explained/25-yrs-after-gates-mission-3-stories-and-one-mystery/',
    '2015-05-21',
    'B',
    2,
  ),
  girilal: source(
    'Column on V. P. Singh’s statement in Parliament on the possibility of war (Girilal Jain)',
    'Girilal Jain archive',
    'https://girilaljainarchive.net/?p=2758',
    '1990-04-12',
    'C',
    2,
  ),
  indiaTodayMay15: source(
    'India and Pakistan agree for negotiations on future of Kashmir',
    'India Today',
    'https://www.indiatoday.in/magazine/special-report/story/19900515-india-and-pakistan-agree-for-negotiations-on-future-of-kashmir-812599-1990-05-15',
    '1990-05-15',
    'B',
    2,
  ),
  toughTalking: source(
    'Tough talking (wire report on the Gates mission in Islamabad)',
    'Sikh Heritage Education (copy of a 1990 report)',
    'https://sikhheritageeducation.com/tough-talking-with-alley',
    '1990-05-20',
    'C',
    2,
  ),
  indiaTodayJun15: source(
    'Superpowers try to avert Indo-Pak war',
    'India Today',
    'https://www.indiatoday.in/magazine/diplomacy/story/19900615-superpowers-try-to-avert-indo-pak-war-812675-1990-06-14',
    '1990-06-14',
    'B',
    2,
  ),
  varadarajan: source(
    'When Bob Gates came calling (The Hindu, 10 November 2006)',
    'Siddharth Varadarajan (author’s copy of The Hindu article)',
    'https://svaradarajan.com/2006/11/10/when-bob-gates-came-calling/',
    '2006-11-10',
    'C',
    2,
  ),
  hersh: source(
    'On the Nuclear Edge',
    'The New Yorker',
    'https://www.newyorker.com/magazine/1993/03/29/on-the-nuclear-edge',
    '1993-03-29',
    'B',
    3,
  ),
  warLikely: source(
    'War likely in Sept (US officials on the India – Pakistan confrontation)',
    'Sikh Heritage Education (copy of a 1990 report)',
    'https://sikhheritageeducation.com/war-likely-in-sept',
    '1990-06-29',
    'C',
    2,
  ),
  indiaTodayAug15: source(
    'Indo-Pakistan contact resumes but talks lead nowhere',
    'India Today',
    'https://www.indiatoday.in/magazine/diplomacy/story/19900815-indo-pakistan-contact-resumes-but-talks-lead-nowhere-812923-1990-08-14',
    '1990-08-14',
    'B',
    2,
  ),
  draftAgreements: source(
    'Pak, India discuss 2 draft agreements',
    'Sikh Heritage Education (copy of a 1990 report)',
    'https://sikhheritageeducation.com/pak-india-discuss-2-draft-agreements/',
    '1990-08-09',
    'C',
    2,
  ),
};

/** Places, one way each (the acts of a build-up at one front are one place). */
const P = {
  border: 'India – Pakistan border (Punjab and Sindh fronts)',
  kashmir: 'Jammu and Kashmir (Line of Control)',
  rajasthan: 'Rajasthan (southern front)',
};
const R = {
  delhiFm: 'fm-talks-new-delhi-1990-01',
  newYorkFm: 'fm-talks-new-york-1990-04',
  fs1: 'fs-talks-islamabad-1990-07',
  fs2: 'fs-talks-new-delhi-1990-08',
};
const D = {
  infiltration: 'india-infiltration-reduced-1990',
  indiaCbms: 'india-seven-cbms-1990',
  pakDrafts: 'pakistan-two-draft-agreements-1990',
};

const events = [
  // ===== January 1990: the rising in the valley, the first exchanges =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1990-01-14'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'India – Pakistan, the Kashmir crisis of 1990',
      subject:
        'The rising in the Kashmir valley and India’s charge that Pakistan trains and arms the militants, the threats of war of March–April 1990, the build-ups on both sides, the Gates mission of May, and the foreign secretaries’ talks on confidence-building measures after it',
      parties: [INDIA, PAKISTAN],
      mediators: [],
    },
    [icb('1990-01-14')],
  ),
  ev('ActorRegistered', 'actor-us', when('1990-01-14'), { actor: US, role: 'third-party' }, [icb('1990-01-14')], {
    note: 'Sends Robert Gates, deputy national security adviser, to Islamabad and New Delhi in May.',
  }),
  ev('ActorRegistered', 'actor-ussr', when('1990-01-14'), { actor: USSR, role: 'third-party' }, [icb('1990-01-14')], {
    note: 'With the United States, credited by India Today with brokering the foreign ministers’ meeting in New York.',
  }),
  ev(
    'StatementMade',
    'stmt-pak-fo-concern',
    when('1990-01-14'),
    {
      speaker: PAK_FO,
      audience: 'india',
      tone: 'critical',
      summary:
        'The day after Indian police fired on pro-independence demonstrators in the Kashmir valley (about 50 killed), Pakistan’s foreign office expresses deep concern over the situation in Indian-held Kashmir.',
      quote: 'deep concern over the deteriorating situation in Indian-occupied Kashmir',
    },
    [icb('1990-01-14')],
  ),
  ev(
    'StatementMade',
    'stmt-india-interference',
    when('1990-01-15'),
    {
      speaker: INDIA_MEA,
      audience: 'pakistan',
      tone: 'critical',
      summary:
        'India’s external affairs ministry calls Pakistan’s statement an unacceptable interference in India’s internal affairs.',
      quote: 'an unacceptable interference in India’s internal affairs',
    },
    [icb('1990-01-15')],
  ),
  ev(
    'TalksRoundOpened',
    'round-delhi-opened',
    when('1990-01-21'),
    {
      roundId: R.delhiFm,
      label: 'Foreign ministers’ talks in New Delhi (Yaqub Khan – Gujral)',
      venue: 'New Delhi',
      format: 'formal',
      delegations: [
        { actorId: 'pakistan', head: YAQUB },
        { actorId: 'india', head: GUJRAL },
      ],
    },
    [icb('1990-01-21')],
  ),
  ev(
    'StatementMade',
    'stmt-yaqub-perilous',
    when('1990-01-22'),
    {
      speaker: YAQUB,
      audience: 'india',
      tone: 'warning',
      summary:
        'In two hours of one-to-one talks, Yaqub Khan delivers a message approved in Islamabad: the situation in Kashmir is risky and could lead to perilous consequences; differences over Kashmir could lead to hostilities. By Gujral’s account he used no words such as ultimatum or war, though the tone was to that effect.',
      quote: 'perilous consequences',
    },
    [S.frontlineGujral],
  ),
  ev(
    'TalksRoundConcluded',
    'round-delhi-concluded',
    when('1990-01-23'),
    {
      roundId: R.delhiFm,
      outcome: 'no-progress',
      summary: 'The foreign ministers’ talks in New Delhi end without any breakthrough.',
    },
    [icb('1990-01-23')],
  ),
  ev(
    'StatementMade',
    'stmt-indian-army-any-cost',
    when('1990-01-30'),
    {
      speaker: INDIAN_ARMY_CHIEF,
      audience: 'pakistan',
      tone: 'warning',
      summary: 'India’s army chief declares that India’s troops are prepared to protect Kashmir’s borders at any cost.',
      quote: 'at any cost',
    },
    [icb('1990-01-30')],
  ),
  ev(
    'IncidentReported',
    'inc-pak-forces-kept',
    when('1990-01', 'month'),
    {
      incidentId: 'pakistan-forces-kept-on-border-1990-01',
      kind: 'force-posture',
      perpetrator: 'pakistan',
      allegedBy: 'india',
      against: 'india',
      place: P.border,
      description:
        'After the winter exercises, Pakistan keeps its forces on the border instead of returning them to barracks, digs trenches, brings out grade-one ammunition and moves radars forward (V. P. Singh’s account).',
    },
    [S.frontlineVpSingh],
  ),
  // ===== March – April 1990: the threats of war =====
  ev(
    'StatementMade',
    'stmt-bhutto-thousand-years',
    when('1990-03-13', 'approximate'),
    {
      speaker: BHUTTO,
      audience: 'india',
      tone: 'military-threat',
      summary:
        'On a visit to Pakistan-held Kashmir, at a public rally in Muzaffarabad, Bhutto announces that Pakistan is prepared for a thousand years of war with India to free Kashmir, recalling her father’s vow.',
      quote: 'one thousand years of war',
    },
    [S.expressGates, S.toughTalking],
  ),
  ev(
    'StatementMade',
    'stmt-vp-singh-thousand-hours',
    when('1990-04-10'),
    {
      speaker: VP_SINGH,
      audience: 'pakistan',
      tone: 'military-threat',
      summary:
        'Replying to Bhutto in the Lok Sabha, the Prime Minister warns Pakistan, in one of the toughest statements by an Indian Prime Minister since independence, on the possibility of war.',
      quote:
        'I warn them [that] those who talk of a thousand years of war should examine whether they will last [for] a thousand hours of war.',
    },
    [S.expressGates, S.girilal],
  ),
  ev(
    'StatementMade',
    'stmt-beg-red-alert',
    when('1990-04-12', 'approximate'),
    {
      speaker: BEG,
      audience: 'india',
      tone: 'military-threat',
      summary:
        'Pakistan’s army chief orders a red alert and says India took the initiative in raising the ante on the border; he is quoted as saying the Pakistani army is ready for war and will shock India if it comes.',
      quote: 'ready for war',
    },
    [S.girilal, S.toughTalking],
  ),
  ev(
    'StatementMade',
    'stmt-india-pak-moves',
    when('1990-04-12', 'approximate'),
    {
      speaker: INDIA_GOV,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        'New Delhi denies Beg’s charge and speaks instead of Pakistan’s military moves, especially in the Jammu and Kashmir sector.',
    },
    [S.girilal],
  ),
  // ===== Late April 1990: New York, the build-ups =====
  ev(
    'StatementMade',
    'stmt-gujral-avoid-war',
    when('1990-04-24', 'approximate'),
    {
      speaker: GUJRAL,
      audience: 'pakistan',
      tone: 'conciliatory',
      summary: 'On the eve of his departure for New York, Gujral says a war on the subcontinent would be wrong.',
      quote:
        'When the whole world is making war an outdated concept, it will be so wrong for the subcontinent to have a war',
    },
    [S.indiaTodayMay15],
  ),
  ev(
    'StatementMade',
    'stmt-bhutto-avoid-war',
    when('1990-04-24', 'approximate'),
    {
      speaker: BHUTTO,
      audience: 'india',
      tone: 'conciliatory',
      summary: 'Bhutto echoes Gujral: the main challenge before the two nations is how to avoid war.',
      quote: 'The main challenge before the two nations today is how to avoid war',
    },
    [S.indiaTodayMay15],
  ),
  ev(
    'TalksRoundOpened',
    'round-ny-opened',
    when('1990-04-25', 'approximate'),
    {
      roundId: R.newYorkFm,
      label: 'Foreign ministers’ meeting in New York (Gujral – Yaqub Khan)',
      venue: 'New York',
      format: 'formal',
      delegations: [
        { actorId: 'india', head: GUJRAL },
        { actorId: 'pakistan', head: YAQUB },
      ],
    },
    [graded(S.indiaTodayMay15, 3)],
  ),
  ev(
    'TalksRoundConcluded',
    'round-ny-concluded',
    when('1990-04-26', 'approximate'),
    {
      roundId: R.newYorkFm,
      outcome: 'collapsed',
      summary:
        'The meeting ends with the foreign ministers making bellicose statements; official contact between the two governments breaks down after it (India Today: "the disastrous April meeting").',
    },
    [graded(S.indiaTodayAug15, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-india-kashmir-buildup',
    when('1990-04-28', 'approximate'),
    {
      incidentId: 'india-buildup-kashmir-1990-04',
      kind: 'force-posture',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.kashmir,
      description:
        'India moves troops towards the border in Kashmir; by the New Yorker’s account it has massed some two hundred thousand troops, including paramilitary forces, in Kashmir.',
    },
    [S.indiaTodayMay15, S.hersh],
  ),
  ev(
    'IncidentReported',
    'inc-india-strike-corps',
    when('1990-04-28', 'approximate'),
    {
      incidentId: 'india-strike-corps-rajasthan-1990-04',
      kind: 'force-posture',
      perpetrator: 'india',
      allegedBy: 'united-states',
      against: 'pakistan',
      place: P.rajasthan,
      description:
        'Five brigades of the Indian Army’s Strike Corps deployed some fifty miles from the Pakistani border in the south (the New Yorker, from US officials); India sends two tank units to the Mahajan range in Rajasthan for "training", in answer to Pakistan’s keeping its Zarb-e-Momin troops forward (The Hindu).',
    },
    [S.indiaTodayMay15, S.hersh, S.varadarajan],
  ),
  ev(
    'IncidentReported',
    'inc-pak-armour',
    when('1990-04-28', 'approximate'),
    {
      incidentId: 'pakistan-armour-border-1990-04',
      kind: 'force-posture',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.border,
      description: 'Pakistan openly deploys its main armoured units along the Indian border.',
    },
    [S.indiaTodayMay15, S.hersh],
  ),
  // ===== May 1990: the Gates mission =====
  ev(
    'ThirdPartyEngagement',
    'eng-gates-islamabad',
    when('1990-05-19', 'approximate'),
    {
      actorId: 'united-states',
      counterparts: ['pakistan'],
      kind: 'visit',
      summary:
        'Robert Gates, President Bush’s deputy national security adviser, meets President Ishaq Khan and General Beg (not Prime Minister Bhutto): he urges Pakistan to tone down its public statements, avoid new military deployments India could see as threatening, and restrain the parties in Pakistan-held Kashmir from inciting or arming Kashmiris who cross over.',
    },
    [S.toughTalking, S.expressGates],
  ),
  ev(
    'StatementMade',
    'stmt-pak-leaders-to-gates',
    when('1990-05-19', 'approximate'),
    {
      speaker: PAK_LEADERS,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        'Pakistan’s leaders tell Gates that the United States should concentrate on getting India to halt its "terrorism" against the population of Kashmir, that Pakistan’s statements have been moderate and its military movements less threatening than India’s; they welcome American efforts to head off a war.',
      quote: 'terrorism',
    },
    [S.toughTalking],
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-gates-delhi',
    when('1990-05-20', 'approximate'),
    {
      actorId: 'united-states',
      counterparts: ['india'],
      kind: 'visit',
      summary:
        'Gates in New Delhi for two days, with letters from President Bush to V. P. Singh and Bhutto whose message is the same: avoid war; in a war the United States would be neutral but not indifferent and could move against the country that begins it. He meets V. P. Singh, Gujral, senior officials and the army chief, General V. N. Sharma; he leaves on 21 May.',
    },
    [S.expressGates, S.indiaTodayJun15],
  ),
  ev(
    'StatementMade',
    'stmt-india-infiltration',
    when('1990-05-20', 'approximate'),
    {
      speaker: VP_SINGH,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        'V. P. Singh and Gujral tell the Americans that Kashmir cannot be seen apart from the survival of a secular India; Singh demands that the United States obtain concrete results, such as a reduction in infiltration from Pakistan, to prove Pakistan’s good intentions.',
    },
    [S.indiaTodayJun15],
  ),
  ev(
    'DemandTabled',
    'dem-india-infiltration',
    when('1990-05-20', 'approximate'),
    {
      demandId: D.infiltration,
      by: 'india',
      addressedTo: ['pakistan'],
      text: 'A reduction in the infiltration of militants into Indian Kashmir from Pakistan, as proof of Pakistan’s good intentions',
      category: 'security',
    },
    [S.indiaTodayJun15],
    { note: 'Put to the United States envoy, for Pakistan (India Today).' },
  ),
  ev(
    'StatementMade',
    'stmt-us-war-by-autumn',
    when('1990-06-28', 'approximate'),
    {
      speaker: { name: 'Bush administration officials', actorId: 'united-states' },
      audience: 'press',
      tone: 'warning',
      summary:
        'US officials see "a modest reduction in tensions on both sides" but warn that war could break out by September or October, when the weather suits ground operations, unless India and Pakistan take further steps to defuse the confrontation over Kashmir.',
      quote:
        'There does seem to be a modest reduction in tensions on both sides. But everybody regards it as touch and go.',
    },
    [S.warLikely],
  ),
  // ===== July – August 1990: the foreign secretaries and the confidence-building measures =====
  ev(
    'TalksRoundOpened',
    'round-fs1-opened',
    when('1990-07-18', 'approximate'),
    {
      roundId: R.fs1,
      label: 'Foreign secretaries’ talks, first round (Islamabad)',
      venue: 'Islamabad',
      format: 'formal',
      delegations: [
        { actorId: 'pakistan', head: TANVIR },
        { actorId: 'india', head: { name: 'Muchkund Dubey', title: 'Foreign Secretary of India', actorId: 'india' } },
      ],
    },
    [graded(S.indiaTodayAug15, 3)],
  ),
  ev(
    'DemandTabled',
    'dem-india-cbms',
    when('1990-07-19', 'approximate'),
    {
      demandId: D.indiaCbms,
      by: 'india',
      addressedTo: ['pakistan'],
      text: 'Seven confidence-building proposals to ease the tension over Kashmir',
      category: 'security',
    },
    [S.draftAgreements],
    {
      note: 'Named by Pakistan’s foreign secretary on 9 August as "seven clearly well-defined confidence building" proposals given by India.',
    },
  ),
  ev(
    'DemandTabled',
    'dem-pak-drafts',
    when('1990-07-19', 'approximate'),
    {
      demandId: D.pakDrafts,
      by: 'pakistan',
      addressedTo: ['india'],
      text: 'Two agreements: on not violating each other’s air space, and on exchanging information on troop movements',
      category: 'security',
    },
    [S.draftAgreements],
    { note: 'Pakistan gave India the draft texts "last month" (July), by Tanvir Ahmad Khan on 9 August.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-fs1-concluded',
    when('1990-07-19', 'approximate'),
    {
      roundId: R.fs1,
      outcome: 'progress',
      summary:
        'After two days both sides repeat old arguments but claim "some progress": the talks are resumed, arranged under international pressure; both foreign secretaries later call them "very candid and useful".',
      nextSteps: 'A second round in New Delhi.',
    },
    [graded(S.indiaTodayAug15, 3), S.draftAgreements],
  ),
  ev(
    'StatementMade',
    'stmt-tanvir-good-neighbours',
    when('1990-08-09'),
    {
      speaker: TANVIR,
      audience: 'india',
      tone: 'conciliatory',
      summary:
        'Arriving in New Delhi, Pakistan’s foreign secretary calls Bhutto’s dismissal an internal democratic development with no change in Pakistan’s foreign policy; the new Prime Minister, Ghulam Mustafa Jatoi, wants cooperative, good-neighbourly relations; he hopes the draft agreements will be agreed.',
      quote: 'open a new chapter in Indo-Pak relations',
    },
    [S.draftAgreements],
  ),
  ev(
    'TalksRoundScheduled',
    'round-fs2-scheduled',
    when('1990-08-09'),
    {
      roundId: R.fs2,
      label: 'Foreign secretaries’ talks, second round (New Delhi)',
      venue: 'New Delhi',
      format: 'formal',
      plannedFor: '1990-08-10',
    },
    [S.draftAgreements],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'india-pakistan-1990.jsonl',
  logEnd: '2026-12-07T00:00:00Z',
  events,
};

export default definition;
