/**
 * A test fixture, not a shipped example: India and China from the expulsion
 * of diplomats in Peking and New Delhi (June 1967) to the end of 1967 — the
 * two Indian diplomats held on spying charges in Peking (4 June), China's
 * charge that Raghunath was an "out-and-out spy", the people's court that
 * ordered both out, India's tit-for-tat against the Chinese first secretary
 * Chen Lu-chih (13 June), the Red Guards' beating of the two at Peking airport
 * and the riots outside the Chinese embassy in New Delhi (14 June), China's
 * warning to the Indian chargé d'affaires (17 June); then on the Sikkim–Tibet
 * border the Chinese show of force at Nathu La (23 August), the scuffle over
 * India's wire fence (7 September) and each side's protest notes, the
 * fighting at Nathu La (11–14 September: machine-gun, mortar and artillery
 * fire, tens killed on each side by each side's count), India's proposal of
 * an immediate ceasefire and China's warning not to repeat "your mistake of
 * 1962", the end of the fighting (by 15 September), the return of the Indian
 * dead (16 September), the clash at Cho La (1 October), and India's protest
 * notes of 3 and 23 October. Escalation model v2 was never tuned on it: it is
 * the case the model is held to in india-china-1967.spec.ts, against the
 * calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are India and China; no mediator, and no talks were held. This
 * case is separate from china-india-2017.ts (Doklam) and india-china-2020.ts
 * (Galwan); nothing of theirs is recorded here. Sikkim (an Indian protectorate
 * then) is not registered: no source read gives it an act of its own; the
 * places are named as the sources name them ("Nathu La", "Cho La", on the
 * Sikkim–Tibet border).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Recorded retrospectively: the case was opened on 7 December 2026 and every
 * development recorded that day from press archives, encyclopedias and the
 * Indian government's White Paper, so its knownAt begins then. The escalation
 * calls are on world time (`at`).
 *
 * Grading as in examples/README.md: A = the document itself (the Indian
 * Ministry of External Affairs' White Paper No. XIV, a docslib copy, read
 * only for its list of notes and their dates); B = an established outlet or
 * reference, or its archive copy (Facts on File, The Hindu's and Dawn's
 * "fifty years ago" columns reprinting their 1967 reports, The Tribune, The
 * New Indian Express, the Financial Express); C = an encyclopedia page or its
 * copy, a blog copy of a newspaper column, a retrospective on a minor site,
 * or a scholarly reference on a reprint site (Gibler's MID narratives on
 * issuhub); 2 = several sources agree or one established source reports it;
 * 3 = one side's claim, or a count the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date; the press
 * retrospectives by their publication; pages that carry no date of their own
 * (encyclopedia pages and their copies) are given the day after the last
 * development they are cited for, a lower bound, as the other historical
 * cases do; Gibler's book by its year (2018).
 *
 * Judgement calls, recorded as an analyst would:
 * - The diplomats in Peking (4 June): surrounded by a mob and taken to a police
 *   station on charges of spying, released after eight hours (The Statesman):
 *   a `detention` by China and its `release` the same day.
 * - The expulsions (13 June) have no incident kind: each is the expelling
 *   government's statement, with the charge it makes (`accusation`).
 * - The beating at Peking airport (14 June) was done by Red Guards, with the
 *   Chinese authorities letting it happen: recorded as China's `non-lethal-
 *   force` against India (force on the other's diplomats short of weapons
 *   fire). The riots outside the Chinese embassy in New Delhi the same day
 *   were civilians' (Gibler): recorded as `non-lethal-force` against China
 *   with no perpetrator, since no source lays them on the Indian government.
 *   The sieges of the two embassies: the rest of the Indian staff in Peking
 *   "kept hostage inside the compound" after the expulsions, India's
 *   "corresponding" measures against the Chinese mission in New Delhi, both
 *   lifted on 3 July (a rewritten copy of an Indian press retrospective,
 *   graded C3): each recorded as a `detention` by the besieging government
 *   from 14 June (approximate: no source gives the first day) and its
 *   `release` on 3 July. Gibler's narrative (dispute 2097, 19–21 June,
 *   "released", no fatalities) was read only in part and is not used for
 *   the dates.
 * - The Chinese trenches of mid-August (from 13 August, some of them on the
 *   Sikkim side by the Indian account) were withdrawn on India's protest, on
 *   a day no source gives: not recorded as an occupation (it would hold with
 *   no end); the armed advance of 23 August is recorded as China's
 *   `force-posture`.
 * - The scuffle of 7 September (a Chinese "serious warning" to stop laying the
 *   wire, soldiers of both sides injured) is `non-lethal-force`, recorded by
 *   China against India as the Indian account has it (China says Indian troops
 *   injured two of its soldiers).
 * - Who fired first on 11 September is disputed: India says the Chinese
 *   opened machine-gun, mortar and artillery fire; China says over 60 Indian
 *   troops crossed the boundary and attacked. Recorded as the sources in the
 *   English press give it (China's fire against India, Indian artillery in
 *   reply), and the notes of each side as accusations.
 * - One place, written one way: "Nathu La" for every act of 11–14 September,
 *   "Cho La" for 1 October; both are on the Sikkim–Tibet border, a few
 *   kilometres apart (Cho La north of Nathu La).
 * - The tolls of Nathu La are known for the battle, not by day: the Chinese
 *   count of Indian dead there is 65 (Wikipedia, from Chinese sources); 14
 *   Indian bodies of men killed on the 11th were handed back (Radio Peking,
 *   Dawn); an authoritative Indian source gave about 10 dead on the first day
 *   (Facts on File). India's fire killed 32 Chinese by China's count, some 300
 *   by India's (The New Indian Express). Recorded on the acts of the first
 *   day, when each side's fire began: China's fire with 14–65 Indian dead,
 *   India's artillery in reply with 32–300 Chinese dead (graded 3: counts
 *   the sides dispute). The exchanges of 12–14 September are one `shelling`
 *   dated the 14th (Facts on File: fire "September 11-14"), with no toll of
 *   its own, recorded with China as perpetrator only to give it a direction.
 * - The Chinese threat to bring in fighter jets (Financial Express, a blog)
 *   has no day in any source read: dated the day after the fighting began,
 *   `approximate`, and graded 3.
 * - Scale: no act is marked `major`. The sources call Nathu La "clashes",
 *   "skirmishes" or, in headlines, a "battle", and Cho La a "clash" or
 *   "incident"; none names an offensive, a full-scale battle or an invasion.
 * - The ceasefire: India's note of 11 September urged an immediate
 *   cease-fire; the firing ran until the 14th, and "by 15 September there
 *   was a virtual termination of all hostile activity" (Wikipedia, after
 *   repeated Indian protests and proposals); The Tribune: "before a ceasefire
 *   was called". Recorded as a ceasefire between the two from 15 September,
 *   with no text and no mediator, of all hostilities: India proposed it "in
 *   the Nathu La area", but that was the only place the two were fighting,
 *   and the source says all hostile activity ended (first recorded as
 *   `partial`, for the Nathu La sector: corrected after the first run, see
 *   the spec). The handing back of the bodies (16 September) is recorded
 *   through Radio Peking's account of it.
 * - Cho La: 1 October, one day ("ended on the same day"; older versions of
 *   the encyclopedia give 1–10 October, and one says both sides clashed
 *   again on 10 October, unsourced: not recorded). Recorded as China's fire
 *   against India (the Indian account, with which, per OneIndia, neutral
 *   experts concur), with 36 Indian dead by China's count (Wikipedia), and
 *   India's fire in reply, with 1–40 Chinese dead (1 by China's count, in
 *   Alchetron's copy of the encyclopedia; about 40 by India's, The New
 *   Indian Express, 2013), both graded 3. No source says the ceasefire of
 *   September was alleged broken, so no violation is recorded.
 * - The totals of both clashes (India: 88 killed, 163 wounded by its own
 *   figures, 101 killed by China's; China: 340 killed, 450 wounded by India's
 *   estimate, 33 killed by its own) are two `casualty-report`s over 11
 *   September – 1 October, dated at the end of their period.
 * - The notes of 3 and 23 October are known from the White Paper's list alone
 *   (their text not read): recorded as India's protests ("Border issues and
 *   incidents"), tone `accusation`. No development after 23 October 1967 is
 *   found in any source read.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'india-china-1967';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1967);
/** Recorded retrospectively on 7 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-07T01:00:00Z');

const INDIA: Actor = { id: 'india', name: 'India', kind: 'state', aliases: ['New Delhi', 'Republic of India'] };
const CHINA: Actor = {
  id: 'china',
  name: 'China',
  kind: 'state',
  aliases: ['Peking', 'Beijing', "People's Republic of China"],
};

const INDIA_MEA: Person = { name: 'Ministry of External Affairs of India', actorId: 'india' };
const INDIA_DEFENCE: Person = { name: 'Indian Defence Ministry spokesman', actorId: 'india' };
const CHINA_MFA: Person = { name: 'Ministry of Foreign Affairs of China', actorId: 'china' };
const RADIO_PEKING: Person = { name: 'Radio Peking', actorId: 'china' };
const PEOPLES_COURT: Person = { name: "A people's court in Peking", actorId: 'china' };
const CHINA_BORDER_COMMANDER: Person = { name: 'Local Chinese commander at Nathu La', actorId: 'china' };

const WIKI_URL = 'https://en.wikipedia.org/wiki/Nathu_La_and_Cho_La_clashes';
/** The Wikipedia article on the clashes, dated by the development it is cited for (see the header). */
const wiki = (day: string) => source('Nathu La and Cho La clashes', 'Wikipedia', WIKI_URL, day, 'C', 2);

const S = {
  statesman: source(
    'Chinese torture (The Statesman, 24 April 2008, copied on a mailing-list blog)',
    'The Statesman (blog copy)',
    'http://dailyalochona.blogspot.com/2008/04/mukto-mona-chinese-excesses-of-1960s.html',
    '2008-04-23',
    'C',
    2,
  ),
  hindu0615: source(
    'Indian diplomats humiliated at Peking airport (fifty years ago, June 15, 1967)',
    'The Hindu (archive)',
    'https://www.thehindu.com/archive/indian-diplomats-humiliated-at-peking-airport/article19050018.ece',
    '2017-06-15',
    'B',
    2,
  ),
  gibler: source(
    'International Conflicts, 1816-2010: Militarized Interstate Dispute Narratives (D. M. Gibler), MID#2097',
    'Rowman & Littlefield (issuhub copy)',
    'https://issuhub.com/view/index/23327?pageIndex=853',
    '2018-01-01',
    'C',
    2,
  ),
  siege: source(
    '50 years before Doklam, there was Nathu La: Recalling a very different standoff',
    'Business To Mark (a rewritten copy of an Indian press retrospective)',
    'https://www.businesstomark.com/50-years-doklam-nathu-la-recalling-different-standoff/',
    '2017-09-01',
    'C',
    3,
  ),
  hindu0912: source(
    'Chinese troops fire on Indian forces (The Hindu, fifty years ago, 12 September 1967)',
    'Civil Service Guide (copy of The Hindu’s archive column)',
    'http://civilserviceguide.com/topics/opinion/post/chinese-troops-fire-on-indian-forces/',
    '2017-09-12',
    'C',
    2,
  ),
  panhwar: source(
    'Indo-China War of 1967',
    'Know Panhwar (blog)',
    'https://knowpanhwar.blogspot.com/2020/07/indo-china-war-of-1967-after-violent.html',
    '2020-07-04',
    'C',
    3,
  ),
  fe: source(
    'India-China dispute: Nathu La battle, 1967 – The last time India and China fired bullets at each other',
    'Financial Express',
    'https://www.financialexpress.com/defence/india-china-dispute-nathu-la-battle-1967-the-last-time-india-and-china-fired-bullets-at-each-other/1994408/',
    '2020-06-17',
    'B',
    2,
  ),
  oneindia: source(
    'China should stop ratcheting up 1962, remember 1967 Nathu La battle',
    'OneIndia',
    'http://telugu.oneindia.com/news/india/china-should-stop-ratcheting-up-1962-remember-1967-nathu-la-battle-206155.html',
    '2017-07-01',
    'C',
    2,
  ),
  wikisum: source(
    'Nathu La and Cho La clashes (summary of the Wikipedia article)',
    'WikiSum (Wikipedia copy)',
    'https://wikisum.wiki/wiki/Chola_incident',
    '1967-09-08',
    'C',
    2,
  ),
  whitePaper: source(
    'Notes, memoranda and letters exchanged between the Governments of India and China, February 1967 – April 1968: White Paper No. XIV (list of notes)',
    'Ministry of External Affairs, Government of India (docslib copy)',
    'https://docslib.org/doc/12642216/notes-memoranda-and-letters-exchanged-between-the-governments-of-india-and-china-february-1967-april-1968-white-paper-no-xiv-m',
    '1968-04-01',
    'A',
    2,
  ),
  fof0920: source(
    'Sikkim Border Fighting: Indians and Chinese Clash (Facts on File, 20 September 1967)',
    'Facts on File (docest copy)',
    'https://docest.com/doc/669543/sikkim-border-fighting-indians-and-chinese-clash',
    '1967-09-20',
    'B',
    2,
  ),
  dawn: source(
    'From the past pages of Dawn: 1967: Fifty years ago: China returns bodies',
    'Dawn',
    'https://www.dawn.com/news/1358343/from-the-past-pages-of-dawn-1967-fifty-years-ago-china-returns-bodies',
    '2017-09-17',
    'B',
    2,
  ),
  nie2017: source(
    'Skirmish 1967 revisited: Bit of Bollywood before the bombs',
    'The New Indian Express',
    'http://www.newindianexpress.com/nation/2017/sep/02/skirmish-1967-revisited-bit-of-bollywood-before-the-bombs-1651349.html',
    '2017-09-02',
    'B',
    2,
  ),
  nie2013: source(
    'Face-offs post 1962',
    'The New Indian Express',
    'http://www.newindianexpress.com/magazine/2013/sep/15/Face-offs-post-1962-516742.html',
    '2013-09-15',
    'B',
    3,
  ),
  tribune: source(
    'Sikkim stand-off no match to ’67',
    'The Tribune',
    'https://m.tribuneindia.com/news/archive/nation/sikkim-stand-off-no-match-to-67-428706',
    '2017-06-27',
    'B',
    2,
  ),
  piglix: source(
    'Chola incident (a copy of an earlier version of the Wikipedia article)',
    'Piglix (Wikipedia copy)',
    'http://piglix.com/piglix/Chola_incident',
    '1967-10-02',
    'C',
    2,
  ),
  alchetron: source(
    'Nathu La and Cho La incidents',
    'Alchetron (Wikipedia copy)',
    'https://alchetron.com/Nathu-La-and-Cho-La-incidents',
    '1967-10-02',
    'C',
    3,
  ),
};

const P = {
  peking: 'Peking',
  delhi: 'New Delhi',
  indianEmbassy: 'Indian embassy, Peking',
  chineseEmbassy: 'Chinese embassy, New Delhi',
  nathuLa: 'Nathu La',
  choLa: 'Cho La',
};
const CF = { nathuLa: 'nathu-la-ceasefire-1967-09-15' };
const D = { ceasefire: 'india-immediate-ceasefire-1967-09-11' };

const events = [
  // ===== June 1967: the diplomats =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1967-06-04'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'India – China, the expulsions and the Nathu La and Cho La clashes, 1967',
      subject:
        'The expulsion of diplomats from Peking and New Delhi in June 1967, the Chinese protests over India’s posts and wire on the Sikkim–Tibet border, the fighting at Nathu La (11–14 September) and Cho La (1 October), and the months after, with no talks',
      parties: [INDIA, CHINA],
      mediators: [],
    },
    [S.statesman],
  ),
  ev(
    'IncidentReported',
    'inc-diplomats-held',
    when('1967-06-04'),
    {
      incidentId: 'indian-diplomats-held-peking-1967-06-04',
      kind: 'detention',
      perpetrator: 'china',
      against: 'india',
      place: P.peking,
      target: 'K. Raghunath, second secretary, and P. Vijai, third secretary, of the Indian embassy in Peking',
      description:
        'Surrounded by a mob while photographing on the road to the Western Hills and taken to a police station on charges of spying; the Chinese foreign ministry says it cannot intervene, the matter being of "local jurisdiction".',
    },
    [S.statesman],
  ),
  ev(
    'IncidentReported',
    'inc-diplomats-released',
    when('1967-06-04'),
    {
      incidentId: 'indian-diplomats-released-peking-1967-06-04',
      kind: 'release',
      perpetrator: 'china',
      against: 'india',
      place: P.peking,
      description: 'Raghunath and Vijai are released after eight hours of confinement.',
    },
    [S.statesman],
  ),
  ev(
    'StatementMade',
    'stmt-spy-0612',
    when('1967-06-12'),
    {
      speaker: CHINA_MFA,
      audience: 'india',
      tone: 'accusation',
      summary: 'China declares Raghunath an "out-and-out spy" and threatens him with trial by a people’s court.',
      quote: 'out-and-out spy',
    },
    [S.statesman],
  ),
  ev(
    'StatementMade',
    'stmt-court-0613',
    when('1967-06-13'),
    {
      speaker: PEOPLES_COURT,
      audience: 'india',
      tone: 'accusation',
      summary:
        'A people’s court attended by 15,000 people tries the two diplomats in absentia for spying: Raghunath is ordered to leave China immediately, Vijai within three days, by a route laid down, and both are warned that they will be held responsible for all consequences of any deviation.',
    },
    [S.statesman, S.hindu0615],
  ),
  ev(
    'StatementMade',
    'stmt-india-chen-0613',
    when('1967-06-13'),
    {
      speaker: INDIA_MEA,
      audience: 'china',
      tone: 'accusation',
      summary:
        'In reply, the Ministry of External Affairs summons the Chinese chargé d’affaires for the third time that day and tells him that the first secretary, Chen Lu-chih, is stripped of diplomatic status and must report to the foreigners’ registration office.',
    },
    [S.statesman],
  ),
  ev(
    'IncidentReported',
    'inc-airport-0614',
    when('1967-06-14'),
    {
      incidentId: 'red-guards-beat-indian-diplomats-1967-06-14',
      kind: 'non-lethal-force',
      perpetrator: 'china',
      against: 'india',
      place: P.peking,
      target: 'The two expelled Indian diplomats and embassy staff at Peking airport',
      description:
        'Several hundred Red Guards seize Raghunath and Vijai at Peking airport, drag, punch and kick them until their plane leaves for Hong Kong; other Indian diplomats are hit, the third secretary C. V. Ranganathan forced to bow his head, embassy staff who try to help them manhandled, and the diplomats’ cars daubed with paint and posters.',
    },
    [S.hindu0615],
    { note: 'The Red Guards’ act, which the Chinese authorities let happen: recorded as China’s (see the header).' },
  ),
  ev(
    'IncidentReported',
    'inc-delhi-riots-0614',
    when('1967-06-14'),
    {
      incidentId: 'riots-chinese-embassy-delhi-1967-06-14',
      kind: 'non-lethal-force',
      against: 'china',
      place: P.delhi,
      target: 'The Chinese embassy in New Delhi',
      description: 'Riots by civilians begin outside the Chinese embassy in New Delhi.',
    },
    [S.gibler],
    { note: 'Civilians’ riots; no source read lays them on the Indian government, so no perpetrator is recorded.' },
  ),
  ev(
    'IncidentReported',
    'inc-siege-peking',
    when('1967-06-14', 'approximate'),
    {
      incidentId: 'indian-embassy-staff-held-peking-1967-06',
      kind: 'detention',
      perpetrator: 'china',
      against: 'india',
      place: P.indianEmbassy,
      target: 'The rest of the Indian embassy staff in Peking',
      description:
        'After the two diplomats are expelled, the rest of the Indian embassy staff are kept hostage inside the embassy compound in Peking.',
    },
    [S.siege],
    {
      note: 'Dated to the day after the expulsion order (approximate): the source gives no day for the start of the siege.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-siege-delhi',
    when('1967-06-14', 'approximate'),
    {
      incidentId: 'chinese-embassy-staff-held-delhi-1967-06',
      kind: 'detention',
      perpetrator: 'india',
      against: 'china',
      place: P.chineseEmbassy,
      target: 'The staff of the Chinese embassy in New Delhi',
      description: 'India answers with the same measures against the staff of the Chinese mission in New Delhi.',
    },
    [S.siege],
    { note: 'Dated as the siege in Peking it answered (approximate).' },
  ),
  ev(
    'StatementMade',
    'stmt-warning-0617',
    when('1967-06-17'),
    {
      speaker: CHINA_MFA,
      audience: 'india',
      tone: 'warning',
      summary:
        'The Chinese Foreign Ministry warns the Indian chargé d’affaires in Peking over the riots at its embassy in New Delhi.',
    },
    [S.gibler],
  ),
  ev(
    'IncidentReported',
    'inc-siege-peking-lifted',
    when('1967-07-03'),
    {
      incidentId: 'indian-embassy-staff-freed-peking-1967-07-03',
      kind: 'release',
      perpetrator: 'china',
      against: 'india',
      place: P.indianEmbassy,
      description: 'The siege of the Indian embassy in Peking is lifted.',
    },
    [S.siege],
  ),
  ev(
    'IncidentReported',
    'inc-siege-delhi-lifted',
    when('1967-07-03'),
    {
      incidentId: 'chinese-embassy-staff-freed-delhi-1967-07-03',
      kind: 'release',
      perpetrator: 'india',
      against: 'china',
      place: P.chineseEmbassy,
      description: 'The measures against the Chinese embassy staff in New Delhi are lifted with the siege in Peking.',
    },
    [S.siege],
  ),
  // ===== August – early September: the wire at Nathu La =====
  ev(
    'IncidentReported',
    'inc-fence-0820',
    when('1967-08-20'),
    {
      incidentId: 'indian-fence-nathu-la-1967-08-20',
      kind: 'force-posture',
      perpetrator: 'india',
      against: 'china',
      place: P.nathuLa,
      description:
        'India begins fencing the frontier at Nathu La with three layers of barbed wire, to mark the boundary after Chinese incursions.',
    },
    [S.fe],
  ),
  ev(
    'IncidentReported',
    'inc-advance-0823',
    when('1967-08-23'),
    {
      incidentId: 'chinese-armed-advance-nathu-la-1967-08-23',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'india',
      place: P.nathuLa,
      description:
        'Three days after India begins fencing the frontier at Nathu La with barbed wire, about 75 Chinese soldiers in battle dress, with bayonets fixed, advance in an extended line to the border, stop there while their political commissar reads slogans from the red book, and withdraw; the Indian troops watch and wait.',
    },
    [S.fe],
  ),
  ev(
    'IncidentReported',
    'inc-coil-0905',
    when('1967-09-05'),
    {
      incidentId: 'indian-concertina-nathu-la-1967-09-05',
      kind: 'force-posture',
      perpetrator: 'india',
      against: 'china',
      place: P.nathuLa,
      description:
        'India begins upgrading the barbed-wire fence at Nathu La into a concertina coil; the Chinese political officers argue with Lt. Col. Rai Singh, the local battalion commander, and the work is halted.',
    },
    [S.panhwar],
  ),
  ev(
    'IncidentReported',
    'inc-scuffle-0907',
    when('1967-09-07'),
    {
      incidentId: 'scuffle-nathu-la-1967-09-07',
      kind: 'non-lethal-force',
      perpetrator: 'china',
      against: 'india',
      place: P.nathuLa,
      description:
        'As Indian troops stretch another barbed wire along the southern side of Nathu La, the local Chinese commanders rush to the spot with troops and give Lt. Col. Rai Singh Yadav a "serious warning" to stop the work; a scuffle follows in which soldiers of both sides are injured (China says Indian troops injured two of its soldiers).',
    },
    [S.wikisum],
  ),
  ev(
    'StatementMade',
    'stmt-warning-0907',
    when('1967-09-07'),
    {
      speaker: CHINA_BORDER_COMMANDER,
      audience: 'india',
      tone: 'warning',
      summary:
        'The Chinese commander at Nathu La issues a "serious warning" to the Indian troops to stop laying the wire.',
      quote: 'serious warning',
    },
    [S.wikisum],
  ),
  ev(
    'StatementMade',
    'stmt-india-note-0907',
    when('1967-09-07'),
    {
      speaker: INDIA_MEA,
      audience: 'china',
      tone: 'accusation',
      summary:
        'India’s note to the Chinese embassy on the border ("Border issues and incidents"): it protests the Chinese crossings at Nathu La.',
    },
    [S.whitePaper],
  ),
  ev(
    'StatementMade',
    'stmt-china-note-0910',
    when('1967-09-10'),
    {
      speaker: CHINA_MFA,
      audience: 'india',
      tone: 'warning',
      summary:
        'China’s note to the Indian embassy in Peking on the border: if Indian troops go on making provocative incursions, the Indian government will be held responsible for all the grave consequences.',
    },
    [S.whitePaper, S.panhwar],
  ),
  ev(
    'DemandTabled',
    'dem-china-incursions-0910',
    when('1967-09-10'),
    {
      demandId: 'china-stop-incursions-1967-09-10',
      by: 'china',
      addressedTo: ['india'],
      text: 'Stop the provocative incursions of Indian troops across the China–Sikkim boundary at Nathu La',
      category: 'security',
    },
    [S.panhwar],
  ),
  // ===== 11–14 September: Nathu La =====
  ev(
    'IncidentReported',
    'inc-nathu-la-0911',
    when('1967-09-11'),
    {
      incidentId: 'chinese-fire-nathu-la-1967-09-11',
      kind: 'clash',
      perpetrator: 'china',
      against: 'india',
      place: P.nathuLa,
      fatalities: { min: 14, max: 65 },
      description:
        'While Indian troops lay the fence, after an argument and a scuffle, Chinese troops open medium machine-gun fire on the exposed Indians, then mortar and artillery fire on the Indian positions in Sikkim; heavy exchanges until early afternoon, then small-arms fire. Indian dead: about 10 the first day by an authoritative Indian source, 14 men killed that day whose bodies China handed back, 65 at Nathu La by China’s count. China says over 60 Indian troops crossed the boundary and attacked.',
    },
    [graded(S.fof0920, 3), S.hindu0912, graded(S.dawn, 3), graded(wiki('1967-09-15'), 3)],
  ),
  ev(
    'IncidentReported',
    'inc-indian-artillery-0911',
    when('1967-09-11'),
    {
      incidentId: 'indian-artillery-nathu-la-1967-09-11',
      kind: 'shelling',
      perpetrator: 'india',
      against: 'china',
      place: P.nathuLa,
      fatalities: { min: 32, max: 300 },
      description:
        'The Indian division commander authorises artillery; Indian guns and mortars on the heights of Sebu La and Camel’s Back answer and pound the Chinese positions over the next days. Chinese dead at Nathu La: 32 by China’s count, some 300 by India’s (Peking claimed 25 of its men killed or wounded by noon on the 11th).',
    },
    [graded(S.fof0920, 3), graded(S.nie2013, 3), graded(wiki('1967-09-15'), 3)],
  ),
  ev(
    'StatementMade',
    'stmt-india-note-0911',
    when('1967-09-11'),
    {
      speaker: INDIA_MEA,
      audience: 'china',
      tone: 'accusation',
      summary:
        'India’s note to the Chinese embassy charges that Chinese troops crossed the border at Nathu La on 6, 7, 9 and 10 September after earlier "provocations" and that by launching an armed attack China seeks to build up tension at a point of the border never in dispute; it urges an immediate cease-fire in the Nathu La area "to reduce tension" and a meeting of the two sides’ sector commanders.',
    },
    [S.fof0920, S.hindu0912],
  ),
  ev(
    'DemandTabled',
    'dem-ceasefire-0911',
    when('1967-09-11'),
    {
      demandId: D.ceasefire,
      by: 'india',
      addressedTo: ['china'],
      text: 'An immediate cease-fire at Nathu La, then a meeting of Indian and Chinese officials there to agree how to avert further clashes',
      category: 'security',
    },
    [S.fof0920],
  ),
  ev(
    'StatementMade',
    'stmt-china-note-0911',
    when('1967-09-11'),
    {
      speaker: CHINA_MFA,
      audience: 'india',
      tone: 'military-threat',
      summary:
        'China’s note to the Indian embassy accuses India of "criminal armed aggression" (over 60 Indian troops crossing the China–Sikkim boundary at Nathu La, Chinese troops killed or wounded, houses and temples destroyed) and warns India not to misjudge the situation and repeat "your mistake of 1962".',
      quote: 'your mistake of 1962',
    },
    [S.fof0920],
  ),
  ev(
    'StatementMade',
    'stmt-china-jets-0912',
    when('1967-09-12', 'approximate'),
    {
      speaker: { name: 'Chinese troops at Nathu La', actorId: 'china' },
      audience: 'india',
      tone: 'military-threat',
      summary: 'Under the Indian artillery fire, the Chinese side threatens to bring in fighter jets.',
    },
    [graded(S.fe, 3), S.panhwar],
    { note: 'No source gives the day: dated to the day after the fighting began (approximate).' },
  ),
  ev(
    'StatementMade',
    'stmt-india-note-0912',
    when('1967-09-12'),
    {
      speaker: INDIA_MEA,
      audience: 'china',
      tone: 'accusation',
      summary:
        'India’s further note to the Chinese embassy on the fighting at Nathu La ("Border issues and incidents").',
    },
    [S.whitePaper],
  ),
  ...(['12', '13'] as const).map((day) =>
    ev(
      'IncidentReported',
      `inc-nathu-la-09${day}`,
      when(`1967-09-${day}`),
      {
        incidentId: `artillery-exchanges-nathu-la-1967-09-${day}`,
        kind: 'shelling',
        perpetrator: 'china',
        against: 'india',
        place: P.nathuLa,
        description:
          'Artillery, mortar and small-arms exchanges at Nathu La go on (the fire of 11–14 September). Recorded with China as perpetrator only to give the duel a direction; no toll of its own is reported.',
      },
      [S.fof0920],
    ),
  ),
  ev(
    'IncidentReported',
    'inc-nathu-la-0914',
    when('1967-09-14'),
    {
      incidentId: 'artillery-exchanges-nathu-la-1967-09-14',
      kind: 'shelling',
      perpetrator: 'china',
      against: 'india',
      place: P.nathuLa,
      description:
        'Artillery, mortar and small-arms exchanges at Nathu La continue to the 14th (the fire of 11–14 September). Recorded with China as perpetrator only to give the duel a direction; no toll of its own is reported.',
    },
    [S.fof0920],
  ),
  // ===== 15–16 September: the ceasefire and the bodies =====
  ev(
    'CeasefireDeclared',
    'cf-nathu-la',
    when('1967-09-15'),
    {
      ceasefireId: CF.nathuLa,
      parties: ['india', 'china'],
      scope:
        'After repeated Indian protests and proposals for a ceasefire in the Nathu La area (the only place the two were fighting), a virtual end of all hostile activity by 15 September',
      duration: 'indefinite',
    },
    [wiki('1967-09-16'), S.piglix, S.tribune],
    { note: 'A de facto ceasefire: no text, no mediator; the sources say all hostile activity ended.' },
  ),
  ev(
    'StatementMade',
    'stmt-bodies-0916',
    when('1967-09-16'),
    {
      speaker: RADIO_PEKING,
      audience: 'india',
      tone: 'accusation',
      summary:
        'Chinese border guards hand back at Nathu La, under a Red Cross flag, the bodies of 14 Indian soldiers killed on 11 September with 24 rifles and sub-machine guns and ammunition; the Indian representative signs a list calling them left on Chinese territory by Indian troops "intruding ... for military provocation". Radio Peking says the Indians attacked on the 11th and lied to cover up their aggression.',
    },
    [S.dawn],
  ),
  ev(
    'StatementMade',
    'stmt-india-defence-0917',
    when('1967-09-17'),
    {
      speaker: INDIA_DEFENCE,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The Defence Ministry spokesman says one of the "bodies" was found alive: a soldier wounded on the Monday who lay five days in the line of fire of both sides’ artillery, mortars and small arms, found when the two sides began removing their dead. No official count of Indian casualties; unofficial estimates put them at about 120.',
    },
    [S.dawn],
  ),
  // ===== 1 October: Cho La =====
  ev(
    'IncidentReported',
    'inc-cho-la-1001',
    when('1967-10-01'),
    {
      incidentId: 'chinese-fire-cho-la-1967-10-01',
      kind: 'clash',
      perpetrator: 'china',
      against: 'india',
      place: P.choLa,
      fatalities: { min: 36, max: 36 },
      description:
        'At Cho La, a few kilometres north of Nathu La, Chinese troops who crossed into Sikkim and claimed the pass open fire after a scuffle with Indian troops (the Indian account, with which neutral experts concur). Indian dead: 36 by China’s count.',
    },
    [graded(wiki('1967-10-02'), 3), S.oneindia, S.nie2017],
  ),
  ev(
    'IncidentReported',
    'inc-cho-la-indian-1001',
    when('1967-10-01'),
    {
      incidentId: 'indian-fire-cho-la-1967-10-01',
      kind: 'clash',
      perpetrator: 'india',
      against: 'china',
      place: P.choLa,
      fatalities: { min: 1, max: 40 },
      description:
        'Indian troops fight back and push the Chinese back from the pass; the clash ends the same day. Chinese dead: about 40 by India’s account, 1 by China’s.',
    },
    [graded(wiki('1967-10-02'), 3), graded(S.nie2013, 3), S.alchetron, S.nie2017],
  ),
  ev(
    'IncidentReported',
    'inc-toll-india',
    when('1967-10-01'),
    {
      incidentId: 'toll-indian-dead-1967',
      kind: 'casualty-report',
      perpetrator: 'china',
      against: 'india',
      period: { from: '1967-09-11', to: '1967-10-01' },
      fatalities: { min: 88, max: 101 },
      injured: { min: 163, max: 163 },
      description:
        'Indian losses at Nathu La and Cho La together: 88 killed and 163 wounded by India’s figures; 101 killed (65 at Nathu La, 36 at Cho La) by China’s.',
    },
    [graded(wiki('1967-10-02'), 3), S.nie2017],
  ),
  ev(
    'IncidentReported',
    'inc-toll-china',
    when('1967-10-01'),
    {
      incidentId: 'toll-chinese-dead-1967',
      kind: 'casualty-report',
      perpetrator: 'india',
      against: 'china',
      period: { from: '1967-09-11', to: '1967-10-01' },
      fatalities: { min: 33, max: 340 },
      injured: { min: 92, max: 450 },
      description:
        'Chinese losses at Nathu La and Cho La together: 340 killed and 450 wounded by India’s estimate; 32 killed and 91 wounded at Nathu La and 1 killed and 1 wounded at Cho La by China’s.',
    },
    [graded(wiki('1967-10-02'), 3), S.alchetron],
  ),
  ev(
    'StatementMade',
    'stmt-india-note-1003',
    when('1967-10-03'),
    {
      speaker: INDIA_MEA,
      audience: 'china',
      tone: 'accusation',
      summary: 'India’s note to the Chinese embassy on the border after Cho La ("Border issues and incidents").',
    },
    [S.whitePaper],
  ),
  ev(
    'StatementMade',
    'stmt-india-note-1023',
    when('1967-10-23'),
    {
      speaker: INDIA_MEA,
      audience: 'china',
      tone: 'accusation',
      summary: 'India’s further note to the Chinese embassy on the border ("Border issues and incidents").',
    },
    [S.whitePaper],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'india-china-1967.jsonl',
  logEnd: '2026-12-07T03:00:00Z',
  events,
};

export default definition;
