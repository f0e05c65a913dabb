/**
 * A test fixture, not a shipped example: the diplomatic break between Saudi
 * Arabia and Canada, from the Canadian foreign ministry's calls for the
 * release of Samar Badawi and other activists (2–3 August 2018) to the
 * restoration of relations announced on 24 May 2023 — Saudi Arabia's answer
 * (5–8 August 2018: the Canadian ambassador expelled and its own recalled,
 * new trade and investment frozen, Saudia's Toronto flights suspended, Saudi
 * students and medical trainees ordered out of Canada, Canadian wheat and
 * barley no longer bought), Canada's refusal to apologise (Trudeau, Freeland)
 * and al-Jubeir's demand that Canada retract ("fix its big mistake", 8 August;
 * "you owe us an apology", 26 September); Canada's review of its arms export
 * permits after the killing of Jamal Khashoggi (25 October 2018), the freeze
 * on new permits and the sanctions on 17 Saudi nationals (29 November),
 * Trudeau looking for a way out of the LAV deal (16 December); the freeze
 * lifted and the contract renegotiated (9 April 2020); Trudeau and Mohammed
 * bin Salman at APEC in Bangkok (18 November 2022) and the restoration of
 * relations announced with a new Canadian ambassador named (24 May 2023).
 * Escalation model v2 was never tuned on it: it is the case the model is held
 * to in saudi-canada-2018.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a dispute with no force at all
 * between two distant states; an expulsion and a trade freeze (coercive, or
 * hostile acts short of §5b's coercive list?); a demand for a retraction never
 * met; years of frozen relations with nothing recorded; and a restoration
 * with no other agreement — whether and when it reads 1.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet, national news
 * agency or wire copy (AP, AFP, Reuters, Xinhua, Canadian Press); C = smaller
 * outlet, aggregator or mirror of a wire story; 2 = an on-record statement or
 * act several outlets agree on, or one established outlet reports; 3 = one
 * side's unverified claim or an unnamed source.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is Saudi Arabia and Canada (the parties). The United Arab
 *   Emirates (which backed Riyadh, 6 August 2018) and the United States (the
 *   State Department urging both to resolve the row, 7 August) are third
 *   parties. The United Kingdom's call for restraint is left out: no dated
 *   source was found in time.
 * - Canada's tweets (Freeland, 2 August; Global Affairs Canada and the
 *   embassy, 3 August) are `critical` statements and a demand for the
 *   activists' release (category `humanitarian`), which Riyadh rejected as
 *   "interference" on 5 August.
 * - Saudi Arabia's measures have no development type of their own. Each is
 *   recorded once, as the government announcing it: the expulsion and recall
 *   with CAMEO 161 (reduce or break diplomatic relations); the trade and
 *   investment freeze, the Toronto flights, the students and medical trainees
 *   and the grain purchases with CAMEO 163 (impose embargo, boycott or
 *   sanctions). None is a border closure: the border between them is not a
 *   land border, no airspace or port was closed, and Canadians were not
 *   barred from the kingdom. The "right to take further action" is a
 *   `warning`, not a threat of force.
 * - Al-Jubeir's condition — "no reconciliation" until Canada recants (8
 *   August) — is a demand, not an ultimatum: no deadline, and no consequence
 *   announced beyond the measures already taken. Trudeau's refusal the same
 *   day is Canada's `rejected`. The demand is never met: no position changes
 *   it, and the 2023 restoration does not mention it.
 * - Canada's measures after Khashoggi's killing (the review of export
 *   permits, 25 October 2018; the freeze on new permits and the sanctions on
 *   17 Saudi nationals, 29 November) are recorded as Canada's statements, the
 *   sanctions with CAMEO 163 (they target individuals, but are a government's
 *   sanction against the other party's nationals). The continuing LAV
 *   shipments are not a development between the two; the lifting of the
 *   permit freeze and the renegotiated contract (9 April 2020) is Canada's
 *   statement with CAMEO 085 (ease sanctions).
 * - The APEC meeting of Trudeau and Mohammed bin Salman (Bangkok, 18 November
 *   2022) is known only from the statements of May 2023: it is a round,
 *   `informal`, concluded with `progress` (both wanted relations restored; no
 *   decision announced then), recorded on 24 May 2023 and backdated.
 * - The restoration (24 May 2023) is an agreement of kind `partial`, status
 *   `in-force` (relations restored "to their previous state", ambassadors to
 *   be named; Canada named Jean-Philippe Linteau that day), one occurrence
 *   with the two ministries' statements. An unnamed Canadian source's
 *   "punitive trade measures will be lifted" is in the note, graded 3.
 * - Left out for want of a dated source found in time: the UK's and
 *   Germany's statements, the later Saudi tweets (the "9/11" image was an
 *   account's, not the government's), the quiet resumption of some Saudi
 *   purchases, each year's LAV shipments. Days with nothing recorded are not
 *   days with nothing said; but the two governments said little between 2020
 *   and 2022.
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'saudi-canada-2018';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2018);
/** A recordedAt on a given day, UTC (the case runs over five years). */
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const SAUDI: Actor = {
  id: 'saudi-arabia',
  name: 'Kingdom of Saudi Arabia',
  kind: 'state',
  aliases: ['Saudi Arabia', 'Riyadh', 'KSA'],
};
const CANADA: Actor = { id: 'canada', name: 'Canada', kind: 'state', aliases: ['Ottawa', 'Government of Canada'] };
const UAE: Actor = { id: 'uae', name: 'United Arab Emirates', kind: 'state', aliases: ['UAE', 'Abu Dhabi'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };

const FREELAND: Person = { name: 'Chrystia Freeland', title: 'Foreign Minister of Canada', actorId: 'canada' };
const GAC: Person = { name: 'Global Affairs Canada', actorId: 'canada' };
const TRUDEAU: Person = { name: 'Justin Trudeau', title: 'Prime Minister of Canada', actorId: 'canada' };
const CHAMPAGNE: Person = {
  name: 'François-Philippe Champagne',
  title: 'Foreign Minister of Canada',
  actorId: 'canada',
};
const SA_MOFA: Person = { name: 'Ministry of Foreign Affairs of Saudi Arabia', actorId: 'saudi-arabia' };
const JUBEIR: Person = { name: 'Adel al-Jubeir', title: 'Foreign Minister of Saudi Arabia', actorId: 'saudi-arabia' };
const SAUDIA: Person = { name: 'Saudia (state airline)', actorId: 'saudi-arabia' };
const SA_EDU: Person = { name: 'Ministry of Education of Saudi Arabia', actorId: 'saudi-arabia' };
const SAMA: Person = {
  name: 'Saudi central bank and state pension funds (as reported)',
  actorId: 'saudi-arabia',
};
const SAGO: Person = { name: 'Saudi Grains Organization (SAGO)', actorId: 'saudi-arabia' };

const S = {
  newsfrontAug7: source(
    'Saudi Arabia Expels Canadian Ambassador, Suspends Flights to and From Toronto, Freezes New Trade and Investment Transactions',
    'News Front',
    'https://en.news-front.su/2018/08/07/saudi-arabia-expels-canadian-ambassador-suspends-flights-to-and-from-toronto-freezes-new-trade-and-investment-transactions',
    '2018-08-07',
    'D',
    2,
  ),
  bssAug6: source(
    "Saudi expels Canadian envoy, recalls its own over 'interference'",
    'BSS (AFP)',
    'http://www.bssnews.net/?p=66280',
    '2018-08-06',
    'B',
    2,
  ),
  trendAug6: source(
    'Saudi Arabia expels Canadian Ambassador in human rights row',
    'Trend News Agency',
    'https://en.trend.az/world/other/2937266.html',
    '2018-08-06',
    'C',
    2,
  ),
  thenewsAug6: source(
    'Saudi state airline suspends flights in and out of Toronto',
    'The News International',
    'https://www.thenews.com.pk/latest/351482-saudi-state-airline-suspends-flights-in-and-out-of-toronto',
    '2018-08-06',
    'B',
    2,
  ),
  newsamAug8: source(
    'Saudi Arabia to stop purchasing Canadian grain (Reuters)',
    'News.am',
    'https://news.am/eng/news/465551.html',
    '2018-08-08',
    'C',
    2,
  ),
  kickstandAug8: source(
    'Saudi Arabia Orders Transfer of Medical Patients Out of Canada',
    'The Daily Kickstand',
    'http://thedailykickstand.com/2018/08/08/saudi-arabia-orders-transfer-of-medical-patients-out-of/',
    '2018-08-08',
    'C',
    2,
  ),
  irishtimesAug8: source(
    'Saudi Arabia takes new measures against Canada as dispute escalates (Financial Times)',
    'The Irish Times',
    'https://irishtimes.com/news/world/middle-east/saudi-arabia-takes-new-measures-against-canada-as-dispute-escalates-1.3589785',
    '2018-08-08',
    'B',
    3,
  ),
  argaamAug9: source(
    'Saudi Arabia selling assets in Canada amid escalating tensions: FT',
    'Argaam',
    'https://betatesting.argaam.com/en/switch-view?mobile=true&returnUrl=https%3A%2F%2Fbetatesting.argaam.com%2Fen%2Farticle%2Farticledetail%2Fid%2F564926',
    '2018-08-09',
    'C',
    3,
  ),
  cnaAug23: source(
    'US is committed to Canada, Saudi Arabia ties amid spat - State Dept. (Reuters)',
    'CNA',
    'https://www.channelnewsasia.com/news/world/us-is-committed-to-canada--saudi-arabia-ties-amid-spat---state-dept--10645940',
    '2018-08-23',
    'B',
    2,
  ),
  globalSep25: source(
    'Freeland hopes to meet with Saudi diplomats to discuss ongoing rift (Reuters)',
    'Global News',
    'https://globalnews.ca/news/4484172/chrystia-freeland-saudi-arabia-diplomats-un/',
    '2018-09-25',
    'B',
    2,
  ),
  cbcAug8: source(
    'Trudeau rebuffs Saudi call for an apology as diplomatic spat escalates',
    'CBC News',
    'https://www.cbc.ca/news/politics/canada-fix-big-mistake-saudi-foreign-minister-1.4777438',
    '2018-08-08',
    'B',
    2,
  ),
  globalAug8: source(
    "Trudeau mum on Saudi dispute apology, says Canada will speak out 'wherever we see the need'",
    'Global News',
    'https://globalnews.ca/news/4377040/canada-saudi-arabia-dispute-justin-trudeau-apology/',
    '2018-08-08',
    'B',
    2,
  ),
  rciAug8: source(
    'Trudeau rebuffs Saudi call for apology',
    'Radio Canada International',
    'http://www.rcinet.ca/en/2018/08/08/trudeau-saudi-arabia-apology-diplomatic-crisis/',
    '2018-08-08',
    'B',
    2,
  ),
  eslAug10: source(
    'Saudi Arabia Suspends Flights to Canada, Withdraws Students from Universities',
    'eslforkids.net',
    'http://eslforkids.net/2018/08/10/saudi-arabia-suspends-flights-to-canada-withdraws-students/',
    '2018-08-10',
    'C',
    2,
  ),
  fernandoSep27: source(
    "Sensing Weakness From Trudeau, Saudi Arabia Is Demanding An 'Apology' (quoting Bloomberg)",
    'SpencerFernando.com',
    'https://spencerfernando.com/2018/09/27/sensing-weakness-from-trudeau-saudi-arabia-is-demanding-an-apology/',
    '2018-09-27',
    'D',
    2,
  ),
  campbellSep28: source(
    "OK, let's say we're sorry (quoting Gulf News)",
    'Colonel Ted Campbell (blog)',
    'https://coloneltedcampbell.blog/2018/09/28/ok-lets-say-were-sorry/',
    '2018-09-28',
    'D',
    2,
  ),
  reutersOct25: source(
    "Canada's Trudeau says reviewing Saudi arms export permits",
    'Middle East Affairs (Reuters)',
    'https://middleeastaffairs.net/2018/10/25/canadas-trudeau-says-reviewing-saudi-arms-export-permits/',
    '2018-10-25',
    'C',
    2,
  ),
  apNov29: source(
    'Canada imposes sanctions on 17 Saudi nationals',
    'WTOP (AP)',
    'https://wtop.com/canada/2018/11/canada-imposes-sanctions-on-17-saudi-nationals/',
    '2018-11-29',
    'B',
    2,
  ),
  trtNov30: source(
    'Canada imposes sanctions on 17 Saudi nationals',
    'TRT World (AFP)',
    'https://trt.global/world/article/12711688',
    '2018-11-30',
    'B',
    2,
  ),
  sputnikDec17: source(
    'Trudeau: Canada looking for way out of Saudi arms deal (CTV interview)',
    'Sputnik',
    'https://sputniknews.com/business/201812171070754166-canada-saudi-arabia-arms/',
    '2018-12-17',
    'D',
    2,
  ),
  ctvApr9: source(
    'Government renegotiates Saudi arms deal to lift export ban amid COVID-19 pandemic',
    'CTV News',
    'https://www.ctvnews.ca/politics/government-renegotiates-saudi-arms-deal-to-lift-export-ban-amid-covid-19-pandemic-1.4890533',
    '2020-04-09',
    'B',
    2,
  ),
  reutersApr10: source(
    'Canada says it is lifting a freeze on arms exports to Saudi Arabia',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/business/1001701-canada-says-it-is-lifting-a-freeze-on-arms-exports-to-saudi-arabia',
    '2020-04-10',
    'C',
    2,
  ),
  alarabiyaMay24: source(
    'Canada and Saudi Arabia to appoint new ambassadors, end 2018 dispute',
    'Al Arabiya English',
    'https://english.alarabiya.net/News/saudi-arabia/2023/05/24/Canada-and-Saudi-Arabia-to-appoint-new-ambassadors-end-2018-dispute',
    '2023-05-24',
    'B',
    2,
  ),
  arabnewsMay24: source(
    'Saudi Arabia restores diplomatic relations with Canada (Arab News)',
    'Eurasia Review',
    'https://www.eurasiareview.com/25052023-saudi-arabia-restores-diplomatic-relations-with-canada/',
    '2023-05-24',
    'C',
    2,
  ),
  xinhuaMay25: source(
    'Canada, Saudi Arabia restore full diplomatic relations',
    "People's Daily Online (Xinhua)",
    'http://en.people.cn/n3/2023/0525/c90000-20023610.html',
    '2023-05-25',
    'B',
    2,
  ),
  radioPkMay25: source(
    'Canada, Saudi Arabia agree to restore full diplomatic ties',
    'Radio Pakistan',
    'https://www.radio.gov.pk/25-05-2023/canada-saudi-arabia-agree-to-restore-full-diplomatic-ties',
    '2023-05-25',
    'B',
    2,
  ),
};

/** Demand ids. */
const D = {
  release: 'release-activists',
  retract: 'retract-criticism',
} as const;
const R = { apec: 'apec-bangkok-2022-11' } as const;
const RESTORED = 'restoration-2023';

/** Occurrence keys. */
const O = { restoration: 'restoration-2023-05-24', rejection: 'saudi-answer-2018-08-05' } as const;

const events: readonly NegotiationEvent[] = [
  // ===== August 2018: the tweets and Saudi Arabia's answer =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2018-08-02', recordedAt: rec('2018-08-10', '08:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Saudi Arabia – Canada: the diplomatic break, 2018–23',
      subject:
        "The break between Saudi Arabia and Canada opened by Canada's calls for the release of arrested women's rights activists: the expulsion of Canada's ambassador and Saudi Arabia's trade, travel, education and grain measures; the Saudi demand that Canada retract; Canada's arms-permit review and sanctions after Khashoggi's killing; and the restoration of relations in 2023.",
      parties: [SAUDI, CANADA],
      mediators: [],
    },
    [S.bssAug6],
  ),
  ev(
    'StatementMade',
    'stmt-freeland-aug2',
    { occurredAt: '2018-08-02', recordedAt: rec('2018-08-10', '08:05') },
    {
      speaker: FREELAND,
      audience: 'saudi-arabia',
      tone: 'critical',
      summary:
        "Freeland on Twitter: 'Very alarmed to learn that Samar Badawi, Raif Badawi's sister, has been imprisoned in Saudi Arabia. Canada stands together with the Badawi family … and we continue to strongly call for the release of both Raif and Samar Badawi.'",
    },
    [S.trendAug6, S.globalAug8],
  ),
  ev(
    'StatementMade',
    'stmt-gac-aug3',
    { occurredAt: '2018-08-03', recordedAt: rec('2018-08-10', '08:10') },
    {
      speaker: GAC,
      audience: 'saudi-arabia',
      tone: 'critical',
      summary:
        "Global Affairs Canada (and the embassy in Riyadh, in Arabic): 'Canada is gravely concerned about additional arrests of civil society and women's rights activists in Saudi Arabia, including Samar Badawi. We urge the Saudi authorities to immediately release them and all other peaceful human rights activists.'",
    },
    [S.bssAug6, S.newsfrontAug7],
  ),
  ev(
    'DemandTabled',
    'dem-release',
    { occurredAt: '2018-08-03', recordedAt: rec('2018-08-10', '08:15') },
    {
      demandId: D.release,
      by: 'canada',
      addressedTo: ['saudi-arabia'],
      text: "Release Samar Badawi, Raif Badawi and the other arrested civil society and women's rights activists, immediately.",
      category: 'humanitarian',
    },
    [S.bssAug6, S.trendAug6],
  ),
  ev(
    'StatementMade',
    'stmt-mofa-expel-aug5',
    { occurredAt: '2018-08-05', recordedAt: rec('2018-08-10', '08:20') },
    {
      speaker: SA_MOFA,
      audience: 'canada',
      tone: 'accusation',
      summary:
        "The Saudi foreign ministry on Twitter: the Canadian position is 'an overt and blatant interference in the internal affairs of the Kingdom'; Saudi Arabia recalls its ambassador to Canada for consultation and declares the Canadian ambassador, Dennis Horak, persona non grata, to leave within 24 hours.",
    },
    [S.bssAug6, S.trendAug6, S.newsfrontAug7],
    {
      cameo: '161',
      occurrence: O.rejection,
      note: 'The expulsion and recall recorded as the announcement (CAMEO 161, reduce or break diplomatic relations).',
    },
  ),
  ev(
    'PositionTaken',
    'pos-saudi-release-rejected',
    { occurredAt: '2018-08-05', recordedAt: rec('2018-08-10', '08:25') },
    {
      demandId: D.release,
      actorId: 'saudi-arabia',
      stance: 'rejected',
      quote: 'The kingdom … will not accept interference in its internal affairs or imposed diktats from any country.',
      speaker: SA_MOFA,
    },
    [S.bssAug6],
    { occurrence: O.rejection },
  ),
  ev(
    'StatementMade',
    'stmt-mofa-freeze-aug5',
    { occurredAt: '2018-08-05', recordedAt: rec('2018-08-10', '08:30') },
    {
      speaker: SA_MOFA,
      audience: 'canada',
      tone: 'warning',
      summary:
        "The ministry announces 'the freezing of all new trade and investment transactions with Canada while retaining its right to take further action'; 'any further step from the Canadian side in that direction will be considered as acknowledgment of our right to interfere in the Canadian domestic affairs'.",
    },
    [S.bssAug6, S.trendAug6],
    { cameo: '163', note: 'A trade and investment freeze (CAMEO 163); no end date.' },
  ),
  ev(
    'ActorRegistered',
    'actor-uae',
    { occurredAt: '2018-08-06', recordedAt: rec('2018-08-10', '08:35') },
    { actor: UAE, role: 'third-party' },
    [S.newsamAug8],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-uae-aug6',
    { occurredAt: '2018-08-06', recordedAt: rec('2018-08-10', '08:40') },
    {
      actorId: 'uae',
      counterparts: ['saudi-arabia'],
      kind: 'support',
      summary: 'The UAE (with Bahrain and the Gulf Cooperation Council) publicly backs Saudi Arabia in the dispute.',
    },
    [S.newsamAug8],
  ),
  ev(
    'StatementMade',
    'stmt-saudia-aug6',
    { occurredAt: '2018-08-06', recordedAt: rec('2018-08-10', '08:45') },
    {
      speaker: SAUDIA,
      audience: 'canada',
      tone: 'neutral',
      summary: 'Saudia announces on Twitter that it suspends its flights to and from Toronto, from 13 August.',
    },
    [S.thenewsAug6, S.newsfrontAug7],
    {
      cameo: '163',
      note: "The state airline's suspension, a sanction on travel (CAMEO 163); not a border closure: no airspace, port or crossing was closed.",
    },
  ),
  ev(
    'StatementMade',
    'stmt-edu-aug6',
    { occurredAt: '2018-08-06', recordedAt: rec('2018-08-10', '08:50') },
    {
      speaker: SA_EDU,
      audience: 'canada',
      tone: 'neutral',
      summary:
        'Saudi state television: training, scholarship and fellowship programmes in Canada are stopped and the Saudi students there (some 15,000, with their families) are to be moved to other countries under an urgent plan.',
    },
    [S.eslAug10, S.kickstandAug8],
    { cameo: '163', note: 'A measure against Canada (CAMEO 163).' },
  ),
  ev(
    'StatementMade',
    'stmt-freeland-aug6',
    { occurredAt: '2018-08-06', recordedAt: rec('2018-08-10', '08:55') },
    {
      speaker: FREELAND,
      audience: 'saudi-arabia',
      tone: 'critical',
      summary:
        "Freeland's first public answer: 'Let me be very clear … Canada will always stand up for human rights in Canada and around the world, and women's rights are human rights.' Canada is seriously concerned by the expulsion and seeks clarity.",
    },
    [S.thenewsAug6, S.newsamAug8],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2018-08-07', recordedAt: rec('2018-08-10', '09:00') },
    { actor: USA, role: 'third-party' },
    [S.kickstandAug8],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-usa-aug7',
    { occurredAt: '2018-08-07', recordedAt: rec('2018-08-10', '09:05') },
    {
      actorId: 'united-states',
      counterparts: ['saudi-arabia', 'canada'],
      kind: 'outreach',
      summary:
        "The State Department (Nauert) urges both governments to 'work out their issues together', declining to take a side; it asks Riyadh to respect due process for the detained activists.",
    },
    [S.kickstandAug8, S.eslAug10],
  ),
  ev(
    'StatementMade',
    'stmt-sago-aug7',
    { occurredAt: '2018-08-07', recordedAt: rec('2018-08-10', '09:10') },
    {
      speaker: SAGO,
      audience: 'canada',
      tone: 'neutral',
      summary:
        "SAGO's notice to exporters: 'As of Tuesday August 7, 2018, Saudi Grains Organization (SAGO) can no longer accept milling wheat or feed barley cargoes of Canadian origin to be supplied.'",
    },
    [S.newsamAug8, S.kickstandAug8],
    { cameo: '163', note: 'A purchase ban (CAMEO 163).' },
  ),
  ev(
    'StatementMade',
    'stmt-assets-aug7',
    { occurredAt: '2018-08-07', precision: 'approximate', recordedAt: rec('2018-08-10', '09:12') },
    {
      speaker: SAMA,
      audience: 'canada',
      tone: 'neutral',
      summary:
        "The Financial Times, citing two people with direct knowledge: the Saudi central bank and state pension funds told their overseas asset managers to dispose of Canadian equities, bonds and cash 'no matter the cost', from Tuesday 7 August. The Saudi government media office denied that any such instruction was issued.",
    },
    [S.irishtimesAug8, S.argaamAug9],
    { cameo: '163', note: 'Unnamed sources, denied by Riyadh: graded 3.' },
  ),
  ev(
    'StatementMade',
    'stmt-medical-aug8',
    { occurredAt: '2018-08-08', recordedAt: rec('2018-08-10', '09:15') },
    {
      speaker: SA_MOFA,
      audience: 'canada',
      tone: 'neutral',
      summary:
        'Saudi Arabia stops sending patients for treatment in Canada and orders those there moved elsewhere; Saudi medical trainees in Canadian hospitals are to leave.',
    },
    [S.kickstandAug8],
    { cameo: '163', note: 'A measure against Canada (CAMEO 163).' },
  ),
  ev(
    'DemandTabled',
    'dem-retract',
    { occurredAt: '2018-08-08', recordedAt: rec('2018-08-10', '09:20') },
    {
      demandId: D.retract,
      by: 'saudi-arabia',
      addressedTo: ['canada'],
      text: "Canada withdraws its criticism of the arrests — 'fix its big mistake' — before any reconciliation; no mediation.",
      category: 'political',
    },
    [S.cbcAug8, S.rciAug8],
  ),
  ev(
    'StatementMade',
    'stmt-jubeir-aug8',
    { occurredAt: '2018-08-08', recordedAt: rec('2018-08-10', '09:25') },
    {
      speaker: JUBEIR,
      audience: 'canada',
      tone: 'accusation',
      summary:
        "Al-Jubeir in Riyadh: there will be no reconciliation until Canada recants; 'Canada knows what it needs to do'; Canada's position rests on 'misleading information'; no new Saudi investment in Canada until the crisis is resolved; Riyadh considers further measures and rules out mediation.",
    },
    [S.cbcAug8, S.rciAug8, S.kickstandAug8],
  ),
  ev(
    'PositionTaken',
    'pos-canada-retract-rejected',
    { occurredAt: '2018-08-08', recordedAt: rec('2018-08-10', '09:30') },
    {
      demandId: D.retract,
      actorId: 'canada',
      stance: 'rejected',
      quote:
        'We will continue to stand up for Canadian values and human rights … We continue to engage diplomatically and politically with the government of Saudi Arabia.',
      speaker: TRUDEAU,
    },
    [S.cbcAug8, S.globalAug8],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-usa-aug23',
    { occurredAt: '2018-08-23', recordedAt: rec('2018-08-24', '10:00') },
    {
      actorId: 'united-states',
      counterparts: ['canada'],
      kind: 'outreach',
      summary:
        'Pompeo tells Freeland by phone that the United States is committed to its close partnerships with both Canada and Saudi Arabia.',
    },
    [S.cnaAug23],
  ),
  // ===== September – December 2018: the apology demanded, Khashoggi =====
  ev(
    'StatementMade',
    'stmt-freeland-sep25',
    { occurredAt: '2018-09-25', recordedAt: rec('2018-09-26', '10:00') },
    {
      speaker: FREELAND,
      audience: 'saudi-arabia',
      tone: 'conciliatory',
      summary:
        "At the Council on Foreign Relations, New York: she has been 'in close touch' with al-Jubeir all summer and hopes to meet him during the General Assembly; 'I do want to recognize the hard work he has been doing'; but 'Canada will always stand up for human rights'.",
    },
    [S.globalSep25],
  ),
  ev(
    'StatementMade',
    'stmt-jubeir-sep26',
    { occurredAt: '2018-09-26', recordedAt: rec('2018-09-28', '10:00') },
    {
      speaker: JUBEIR,
      audience: 'canada',
      tone: 'accusation',
      summary:
        "Al-Jubeir at the Council on Foreign Relations, New York: 'What are we? A banana republic? … You owe us an apology. It is very easy to fix — apologize, say you made a mistake.'",
    },
    [S.fernandoSep27, S.campbellSep28],
    { note: 'Quoted from Bloomberg and Gulf News by the two (partisan) sources; the quote is on the record.' },
  ),
  ev(
    'StatementMade',
    'stmt-trudeau-oct25',
    { occurredAt: '2018-10-25', recordedAt: rec('2018-10-26', '10:00') },
    {
      speaker: TRUDEAU,
      audience: 'saudi-arabia',
      tone: 'critical',
      summary:
        "After the killing of Jamal Khashoggi in the Saudi consulate in Istanbul: 'Our government is right now actively reviewing existing export permits to Saudi Arabia'; Canada will work with its allies 'to get better answers on this incident and talk about the consequences'.",
    },
    [S.reutersOct25],
  ),
  ev(
    'StatementMade',
    'stmt-freeland-sanctions-nov29',
    { occurredAt: '2018-11-29', recordedAt: rec('2018-11-30', '10:00') },
    {
      speaker: FREELAND,
      audience: 'saudi-arabia',
      tone: 'accusation',
      summary:
        "At the G20 in Buenos Aires: sanctions (assets frozen, entry barred) on 17 Saudi nationals 'responsible for or complicit in' Khashoggi's killing; Saudi explanations 'lack consistency and credibility'; 'this case is not closed'; no new arms export permits while the review lasts.",
    },
    [S.apNov29, S.trtNov30],
    { cameo: '163', note: 'Targeted sanctions and a freeze on new export permits (CAMEO 163).' },
  ),
  ev(
    'StatementMade',
    'stmt-trudeau-dec16',
    { occurredAt: '2018-12-16', recordedAt: rec('2018-12-17', '10:00') },
    {
      speaker: TRUDEAU,
      audience: 'saudi-arabia',
      tone: 'critical',
      summary:
        "To CTV: 'The murder of a journalist is absolutely unacceptable'; Canada is 'engaged with the export permits to try and see if there is a way of no longer exporting these vehicles to Saudi Arabia'.",
    },
    [S.sputnikDec17],
  ),
  // ===== April 2020: the permit freeze lifted =====
  ev(
    'StatementMade',
    'stmt-champagne-apr9',
    { occurredAt: '2020-04-09', recordedAt: rec('2020-04-10', '10:00') },
    {
      speaker: CHAMPAGNE,
      audience: 'saudi-arabia',
      tone: 'neutral',
      summary:
        "The review of export permits is concluded: the freeze on new permits for Saudi Arabia is lifted, applications reviewed case by case; the LAV contract is renegotiated with 'significant improvements' (permits may be delayed or cancelled without penalty if the vehicles are misused).",
    },
    [S.ctvApr9, S.reutersApr10],
    { cameo: '085', note: 'The November 2018 permit freeze lifted (CAMEO 085, ease sanctions).' },
  ),
  // ===== November 2022 – May 2023: APEC and the restoration =====
  ev(
    'TalksRoundOpened',
    'round-apec-opened',
    { occurredAt: '2022-11-18', recordedAt: rec('2023-05-25', '12:00') },
    {
      roundId: R.apec,
      label: 'Trudeau and Mohammed bin Salman on the sidelines of APEC',
      format: 'informal',
      venue: 'Bangkok (APEC summit)',
    },
    [S.alarabiyaMay24, S.radioPkMay25],
    { note: 'Known from the statements of 24 May 2023, recorded then and backdated.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-apec-concluded',
    { occurredAt: '2022-11-18', recordedAt: rec('2023-05-25', '12:05') },
    {
      roundId: R.apec,
      outcome: 'progress',
      summary:
        'The two leaders discussed restoring diplomatic relations on the basis of mutual respect and common interests; no decision was announced then.',
    },
    [S.alarabiyaMay24, S.radioPkMay25],
  ),
  ev(
    'AgreementReached',
    'agr-restoration',
    { occurredAt: '2023-05-24', recordedAt: rec('2023-05-25', '12:10') },
    {
      agreementId: RESTORED,
      kind: 'partial',
      provisions: [
        'Diplomatic relations restored to their previous level',
        'New ambassadors to be appointed by each side (Canada: Jean-Philippe Linteau)',
      ],
      signatories: ['saudi-arabia', 'canada'],
      textPublic: true,
      status: 'in-force',
    },
    [S.alarabiyaMay24, S.xinhuaMay25, S.radioPkMay25],
    {
      occurrence: O.restoration,
      note: "Announced in parallel statements. An unnamed Canadian source: 'Punitive trade measures will be lifted' (graded 3, not a provision).",
    },
  ),
  ev(
    'StatementMade',
    'stmt-mofa-may24',
    { occurredAt: '2023-05-24', recordedAt: rec('2023-05-25', '12:15') },
    {
      speaker: SA_MOFA,
      audience: 'canada',
      tone: 'conciliatory',
      summary:
        "'In light of what has been discussed between HRH Crown Prince Mohammed bin Salman and the Prime Minister of Canada Justin Trudeau, it has been decided to restore the level of diplomatic relations with Canada to its previous state.'",
    },
    [S.alarabiyaMay24, S.arabnewsMay24],
    { occurrence: O.restoration },
  ),
  ev(
    'StatementMade',
    'stmt-gac-may24',
    { occurredAt: '2023-05-24', recordedAt: rec('2023-05-25', '12:20') },
    {
      speaker: GAC,
      audience: 'saudi-arabia',
      tone: 'conciliatory',
      summary:
        "'Canada has appointed a new ambassador to the Kingdom of Saudi Arabia, Jean-Philippe Linteau', on the basis of mutual respect and common interests, after the leaders' discussion at APEC.",
    },
    [S.xinhuaMay25, S.arabnewsMay24],
    { occurrence: O.restoration },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'saudi-canada-2018.jsonl',
  logEnd: '2023-08-01T00:00:00Z',
  events,
};

export default definition;
