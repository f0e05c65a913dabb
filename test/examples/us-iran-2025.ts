/**
 * A test fixture, not a shipped example: the 2025 United States – Iran
 * nuclear talks as an analyst following the news could have recorded them,
 * from Trump's letter to Khamenei (March) to the UN sanctions restored on 28
 * September. Escalation model v2 was never tuned on it: it is the case the
 * model is held to in us-iran-2025.spec.ts, against the calls an analyst makes
 * from DOMAIN.md §5b alone.
 *
 * What it tests that the first two cases did not: the pair of actors. The
 * negotiation's parties are the United States and Iran; Oman mediates; Israel,
 * the IAEA and the E3 are third parties. Israel's war on Iran (13–24 June) is
 * heavy armed action, but between Iran and a third party: for the pair it
 * counts only as far as Iran blames the United States for it (`blamedOn`,
 * §5b's "a party blaming the other for them is coercion"). The IAEA Board's
 * finding, Iran's suspension of IAEA cooperation and the E3's snapback (an
 * ultimatum with a 30-day deadline, enforced on 28 September) are between
 * Iran and those third parties. The pair's own armed action is the US strikes
 * on Fordow, Natanz and Isfahan (22 June, three sites: three occurrences) and
 * Iran's missile strike on Al Udeid (23 June, warned in advance, no
 * casualties).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Where the stored copy of a page did not show its headline, the title given
 * is its lead in short (Newsmax 19 March, TRT World 19 April, Shanghai Daily,
 * BSS, USNews Media, Indo Arab News, Newsgram); AnewZ's date is read from its
 * account of Monday's post.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet, aggregator or mirror; 1 = an on-record statement or act
 * confirmed by the actor itself; 2 = several outlets agree or one established
 * outlet reports it; 3 = one side's unverified claim about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - Trump's letter (delivered 12 March) is an ultimatum: a deal within two
 *   months, or military action. Its start was unclear; Trump later counted
 *   sixty days ending 12 June ("Today is day 61", 13 June). No deadline is
 *   recorded (none was published); it is resolved `lapsed` on 13 June.
 * - The 24 June ceasefire binds the United States as well as Israel and
 *   Iran: Trump announced it as the end of "the 12 day war" the United States
 *   had joined on 22 June, and Iran's acceptance ("no intention to continue
 *   our response") ended the response that had struck Al Udeid. Qatar
 *   mediated Iran's acceptance.
 * - The E3's snapback notice (28 August) is an ultimatum by a third party to
 *   Iran (commitments within 30 days, or UN sanctions return), enforced when
 *   the sanctions were restored (27/28 September).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'us-iran-nuclear-talks-2025';
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2025);

const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const IRAN: Actor = { id: 'iran', name: 'Iran', kind: 'state', aliases: ['Islamic Republic of Iran', 'Tehran'] };
const OMAN: Actor = { id: 'oman', name: 'Oman', kind: 'state', aliases: ['Sultanate of Oman', 'Muscat'] };
const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['IDF'] };
const IAEA: Actor = {
  id: 'iaea',
  name: 'International Atomic Energy Agency',
  kind: 'international-organisation',
  aliases: ['IAEA', 'IAEA Board of Governors'],
};
const QATAR: Actor = { id: 'qatar', name: 'Qatar', kind: 'state', aliases: ['Doha'] };
const E3: Actor = {
  id: 'e3',
  name: 'E3 (France, Germany, United Kingdom)',
  kind: 'international-organisation',
  aliases: ['E3', 'France', 'Germany', 'United Kingdom'],
};

const TRUMP: Person = { name: 'Donald Trump', title: 'President of the United States', actorId: 'united-states' };
const WITKOFF: Person = {
  name: 'Steve Witkoff',
  title: 'US Special Envoy to the Middle East',
  actorId: 'united-states',
};
const RUBIO: Person = { name: 'Marco Rubio', title: 'US Secretary of State', actorId: 'united-states' };
const STATE_DEPT: Person = {
  name: 'Tammy Bruce',
  title: 'Spokesperson, US Department of State',
  actorId: 'united-states',
};
const KATZ: Person = { name: 'Israel Katz', title: 'Defence Minister of Israel', actorId: 'israel' };
const KHAMENEI: Person = { name: 'Ali Khamenei', title: 'Supreme Leader of Iran', actorId: 'iran' };
const ARAGHCHI: Person = { name: 'Abbas Araghchi', title: 'Foreign Minister of Iran', actorId: 'iran' };
const IRAN_MFA: Person = {
  name: 'Ministry of Foreign Affairs of Iran (statement)',
  title: 'Iranian government',
  actorId: 'iran',
};
const PEZESHKIAN: Person = { name: 'Masoud Pezeshkian', title: 'President of Iran', actorId: 'iran' };
const IAEA_BOARD: Person = { name: 'IAEA Board of Governors (resolution)', title: 'IAEA', actorId: 'iaea' };

const S = {
  iranintlMar19: source(
    'Trump gave Khamenei two months to reach deal - Axios',
    'Iran International',
    'https://iranintl.com/en/202503198023',
    '2025-03-19',
    'B',
    2,
  ),
  newsmaxMar19: source(
    "Axios: Trump's letter to Iran's supreme leader included a two-month deadline",
    'Newsmax',
    'https://www.newsmax.com/politics/axios-trump-iran/2025/03/19/id/1203515/',
    '2025-03-19',
    'C',
    2,
  ),
  afpMar30: source(
    "Trump says 'there will be bombing' if Iran fails to make 'peace deal'",
    'SpaceWar (AFP)',
    'http://spacewar.com/afp/250330162720.sjmdfaoh.html',
    '2025-03-30',
    'B',
    1,
  ),
  bfirstMar30: source(
    'Deal or bombing: Trump on Iran nuclear talks',
    'bfirst.news',
    'https://bfirst.news/world/18283/deal-or-bombing-trump-on-iran-nuclear-talks',
    '2025-03-30',
    'C',
    2,
  ),
  mehrApr12: source(
    'White House says talks with Iran were very constructive',
    'Mehr News Agency',
    'https://en.mehrnews.com/news/230481/White-House-says-talks-with-Iran-were-very-constructive',
    '2025-04-12',
    'B',
    2,
  ),
  omanApr12: source(
    'Omani FM says Iran-US talks held in a friendly atmosphere',
    'Mehr News Agency',
    'https://en.mehrnews.com/news/230474/Omani-FM-says-Iran-US-talks-held-in-a-friendly-atmosphere',
    '2025-04-12',
    'B',
    1,
  ),
  trtApr19: source(
    "US and Iran made 'very good progress' in Rome talks, US official says",
    'TRT World',
    'https://www.trtworld.com/article/107613cdc8d5',
    '2025-04-19',
    'B',
    2,
  ),
  mehrApr26: source(
    'US official says 3rd round of talks with Iran productive',
    'Mehr News Agency',
    'https://en.mehrnews.com/news/231080/US-official-says-3rd-round-of-talks-with-Iran-productive',
    '2025-04-26',
    'B',
    2,
  ),
  starMay19: source(
    "Trump envoy Witkoff cites US 'red line' with Iran against uranium enrichment",
    'The Star (Reuters)',
    'https://www.thestar.com.my/news/world/2025/05/19/trump-envoy-witkoff-cites-us-039red-line039-with-iran-against-uranium-enrichment',
    '2025-05-19',
    'B',
    1,
  ),
  jnsMay23: source(
    "US, Iran report 'some but not conclusive progress' in Rome talks",
    'JNS',
    'https://www.jns.org/us-iran-report-some-but-not-conclusive-progress-in-rome-talks/',
    '2025-05-23',
    'B',
    2,
  ),
  dwJun12: source(
    'IAEA says Iran not complying with nuclear obligations',
    'Deutsche Welle',
    'https://www.dw.com/en/iaea-says-iran-not-complying-with-nuclear-obligations/a-72879814',
    '2025-06-12',
    'B',
    1,
  ),
  sanJun13: source(
    'US diplomacy may have helped Israel launch surprise attack on Iran: Reports',
    'Straight Arrow News',
    'https://san.com/cc/us-diplomacy-may-have-helped-israel-launch-surprise-attack-on-iran-reports/',
    '2025-06-13',
    'B',
    2,
  ),
  opovoJun13: source(
    'Irã diz que os Estados Unidos são responsáveis por permitir ataque de Israel',
    'O Povo',
    'https://www.opovo.com.br/noticias/mundo/2025/06/13/ira-diz-que-os-estados-unidos-sao-responsaveis-por-permitir-ataque-de-israel.html',
    '2025-06-13',
    'C',
    2,
  ),
  censorJun13: source(
    "The US is not involved in Israel's operation against Iran",
    'Censor.net (CNN)',
    'https://censor.net/en/news/3557649/the-us-is-not-involved-in-israel-s-operation-against-iran',
    '2025-06-13',
    'C',
    1,
  ),
  expressJun13: source(
    'Donald Trump issues fresh warning to Iran as 60-day ultimatum expires',
    'The Express',
    'https://www.the-express.com/news/world-news/174746/trump-iran-israel-nuclear-attack',
    '2025-06-13',
    'B',
    1,
  ),
  siasatJun14: source(
    "Iran-US nuclear talks cancelled amid Israel's strikes, says Oman",
    'Siasat Daily (AP)',
    'https://www.siasat.com/iran-us-nuclear-talks-cancelled-amid-israels-strikes-says-oman-3233377/',
    '2025-06-14',
    'B',
    1,
  ),
  shineJun15: source(
    'Oman says sixth round of US–Iran nuclear talks will not take place',
    'Shanghai Daily (Xinhua)',
    'https://www.shine.cn/news/world/2506159572/',
    '2025-06-15',
    'B',
    2,
  ),
  bssJun15: source(
    'Sixth round of Iran–US nuclear talks cancelled, Oman says',
    'BSS (AFP)',
    'https://www.bssnews.net/news/282419',
    '2025-06-15',
    'B',
    1,
  ),
  skyJun17: source(
    "Trump's words designed to stoke tension, confuse and apply intense pressure on Iran",
    'Sky News (republished by VHU Europe)',
    'https://vhueurope.com/story/trumps-words-designed-to-stoke-tension-confuse-and-apply-intense-pressure-on-iran-13385097',
    '2025-06-17',
    'C',
    1,
  ),
  hurriyetJun22: source(
    'US strikes three Iranian nuclear facilities',
    'Hürriyet Daily News (AFP)',
    'https://www.hurriyetdailynews.com/us-strikes-on-iran-nuclear-sites-210590',
    '2025-06-22',
    'B',
    1,
  ),
  newsbytesJun22: source(
    'US strikes Iran, key nuclear sites targeted',
    'NewsBytes',
    'https://www.newsbytesapp.com/news/world/us-strikes-iran/story',
    '2025-06-22',
    'C',
    2,
  ),
  tribecansJun22: source(
    'US Strikes Iran; Missiles Hit Israel',
    'Tribecans News (digest of CBS, CNN, Sky, NPR)',
    'https://news.tribecans.com/22-06-2025/us-strikes-iran-israel-hit.html',
    '2025-06-22',
    'C',
    2,
  ),
  usnewsJun22: source(
    'US strikes on Iran: Fordow, Natanz and Isfahan',
    'USNews Media',
    'https://usnews-media.com/?p=1111',
    '2025-06-22',
    'C',
    2,
  ),
  lurerJun23: source(
    'IRGC confirmed the news of a missile strike on Qatar',
    'Public Radio of Armenia (Axios)',
    'https://www.1lurer.am/en/2025/06/23/IRGC-confirmed-the-news-of-a-missile-strike-on-Qatar/1335783',
    '2025-06-23',
    'C',
    1,
  ),
  trtJun23: source(
    'Trump announces ceasefire between Israel and Iran',
    'TRT World',
    'https://www.trtworld.com/article/9e4f507581ad',
    '2025-06-23',
    'B',
    1,
  ),
  thewestJun23: source(
    "Israel-Iran war: US President Donald Trump announces 'complete and total' ceasefire, war ending in 24 hours",
    'The West Australian',
    'https://thewest.com.au/news/world/israel-iran-war-us-president-donald-trump-announces-complete-and-total-ceasefire-war-ending-in-24-hours-c-19133500',
    '2025-06-23',
    'B',
    1,
  ),
  resolutionJun27: source(
    'Israel suggests it could strike Iran again',
    'The Resolution (monitoring desk)',
    'https://theresolution.com.pk/2025/06/27/israel-suggests-it-could-strike-iran-again',
    '2025-06-27',
    'C',
    2,
  ),
  econoJun24: source(
    "Trump Announces 'Complete and Total' Ceasefire Ending 12-Day Iran–Israel Conflict",
    'EconoTimes',
    'https://www.econotimes.com/Trump-Announces-Complete-and-Total-Ceasefire-Ending-12-Day-Iran-Israel-Conflict-1714110',
    '2025-06-24',
    'C',
    2,
  ),
  irantimesJul2: source(
    'Iran president signs law suspending cooperation with IAEA',
    'Iran Times (Al Jazeera)',
    'https://www.irantimes.com/news/iran-president-signs-law-suspending-cooperation-with-iaea',
    '2025-07-02',
    'C',
    1,
  ),
  anewzJul22: source(
    "Trump warns U.S. may strike Iran's nuclear sites again",
    'AnewZ (Reuters)',
    'https://anewz.tv/region/middle-east/11016/trump-warns-of-possible-new-strikes-on-iran-nuclear-sites/news',
    '2025-07-22',
    'C',
    1,
  ),
  gswJul28: source(
    'Trump issues strong warning to Iran over nuclear ambitions during UK visit: Video',
    'Global South World',
    'https://globalsouthworld.com/article/trump-issues-strong-warning-to-iran-over-nuclear-ambitions-during-uk-visit-video',
    '2025-07-28',
    'C',
    1,
  ),
  trtAug28: source(
    'Britain, France and Germany move to trigger UN sanctions on Iran: letter',
    'TRT Global (Reuters)',
    'https://trt.global/world/article/b078df07d4c0',
    '2025-08-28',
    'B',
    1,
  ),
  indoarabAug28: source(
    'UK, France and Germany trigger UN sanctions snapback on Iran',
    'Indo Arab News',
    'https://www.indoarabnews.com/uk-france-and-germany-trigger-un-sanctions-snapback-on-iran',
    '2025-08-28',
    'C',
    1,
  ),
  khameneiSep23: source(
    'Negotiations with the US are a complete dead end',
    'Khamenei.ir',
    'https://english.khamenei.ir/news/11923/Khamenei.ir',
    '2025-09-23',
    'B',
    1,
  ),
  rferlSep27: source(
    'Iran recalls ambassadors as snapback sanctions loom',
    'Newsgram (RFE/RL)',
    'https://www.newsgram.com/world/2025/09/27/iran-recalls-ambassadors-as-snapback',
    '2025-09-27',
    'B',
    1,
  ),
  sunstarSep28: source(
    'Iran sanctions reactivated',
    'SunStar (Xinhua)',
    'https://www.sunstar.com.ph/network/iran-sanctions-reactivated',
    '2025-09-28',
    'B',
    1,
  ),
};

const D = {
  deal: 'us-new-nuclear-deal',
  zeroEnrichment: 'us-zero-enrichment',
  sanctions: 'iran-sanctions-relief',
  snapbackCommitments: 'e3-snapback-commitments',
};
const U = { twoMonths: 'trump-letter-two-months', snapback: 'e3-snapback-30-days' };
const R = {
  muscat1: 'muscat-2025-04-12',
  rome2: 'rome-2025-04-19',
  muscat3: 'muscat-2025-04-26',
  rome5: 'rome-2025-05-23',
  muscat6: 'muscat-2025-06-15',
};
const CEASEFIRE = 'twelve-day-war-ceasefire-2025-06-24';

const events = [
  // ===== March: the letter, the deadline, the threat =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2025-03-12', recordedAt: at('03-19', '15:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'United States – Iran nuclear talks, 2025',
      subject:
        "A new agreement on Iran's nuclear programme (enrichment, inspections) against sanctions relief, from Trump's letter to Khamenei through the Oman-mediated rounds, the June war and the UN snapback",
      parties: [USA, IRAN],
      mediators: [],
    },
    [S.iranintlMar19],
    { note: 'Opened at the letter: sent 5 March (Washington), received 12 March from an Emirati envoy (Tehran).' },
  ),
  ev(
    'DemandTabled',
    'dem-deal',
    { occurredAt: '2025-03-12', recordedAt: at('03-19', '15:05') },
    {
      demandId: D.deal,
      by: 'united-states',
      addressedTo: ['iran'],
      text: 'Negotiate a new nuclear deal that ensures Iran never has a nuclear weapon, within two months; no open-ended talks.',
      category: 'security',
    },
    [S.iranintlMar19, S.newsmaxMar19],
  ),
  ev(
    'UltimatumIssued',
    'ult-two-months',
    { occurredAt: '2025-03-12', recordedAt: at('03-19', '15:10') },
    {
      ultimatumId: U.twoMonths,
      by: 'united-states',
      to: ['iran'],
      demandIds: [D.deal],
      consequences:
        "US or Israeli military action against Iran's nuclear facilities ('if we have to go in militarily, it's going to be a terrible thing'); 'there would be other ways to resolve the dispute' (NSC).",
      channel: "Trump's letter to Khamenei, via the UAE (Anwar Gargash)",
    },
    [S.iranintlMar19, S.newsmaxMar19],
    {
      note: 'Axios: a two-month deadline; unclear whether from the sending, the receipt or the start of talks, so no deadline is recorded. Trump later counted 60 days ending 12 June.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-khamenei-mar12',
    { occurredAt: '2025-03-12', recordedAt: at('03-19', '15:15') },
    {
      speaker: KHAMENEI,
      audience: 'united-states',
      tone: 'critical',
      summary:
        'Called the letter and the offer of talks a deception meant to make Iran look unwilling to negotiate; Iran will not be bullied into negotiations.',
    },
    [S.newsmaxMar19],
  ),
  ev(
    'ActorRegistered',
    'actor-oman',
    { occurredAt: '2025-03-27', recordedAt: at('03-30', '18:00') },
    { actor: OMAN, role: 'mediator' },
    [S.bfirstMar30],
    {
      note: "Iran's reply to the letter went through Oman (Araghchi, 27 March): no direct talks, indirect ones possible.",
    },
  ),
  ev(
    'StatementMade',
    'stmt-trump-mar30',
    { occurredAt: '2025-03-30', recordedAt: at('03-30', '18:10') },
    {
      speaker: TRUMP,
      audience: 'iran',
      tone: 'military-threat',
      summary: 'If Iran does not make a deal there will be bombing, and possibly secondary tariffs.',
      quote: "If they don't make a deal, there will be bombing.",
    },
    [S.afpMar30, S.bfirstMar30],
  ),
  // ===== April – May: the Oman-mediated rounds =====
  ev(
    'TalksRoundOpened',
    'round-muscat1-opened',
    { occurredAt: '2025-04-12', recordedAt: at('04-12', '18:00') },
    {
      roundId: R.muscat1,
      label: 'Muscat round 1',
      venue: 'Muscat, residence of the Omani foreign minister',
      format: 'formal',
      hosts: ['oman'],
      delegations: [
        { actorId: 'united-states', head: WITKOFF },
        { actorId: 'iran', head: ARAGHCHI },
      ],
    },
    [S.mehrApr12, S.omanApr12],
  ),
  ev(
    'TalksRoundConcluded',
    'round-muscat1-concluded',
    { occurredAt: '2025-04-12', recordedAt: at('04-12', '18:05') },
    {
      roundId: R.muscat1,
      outcome: 'progress',
      summary:
        'Indirect talks through Oman, with a brief direct exchange; both sides call them constructive (White House: "a step forward").',
      nextSteps: 'Talks resume next Saturday.',
    },
    [S.mehrApr12, S.omanApr12],
  ),
  ev(
    'TalksRoundOpened',
    'round-rome2-opened',
    { occurredAt: '2025-04-19', recordedAt: at('04-19', '18:00') },
    {
      roundId: R.rome2,
      label: 'Rome round 2',
      venue: 'Omani embassy, Rome',
      format: 'formal',
      hosts: ['oman'],
      delegations: [
        { actorId: 'united-states', head: WITKOFF },
        { actorId: 'iran', head: ARAGHCHI },
      ],
    },
    [S.trtApr19],
  ),
  ev(
    'TalksRoundConcluded',
    'round-rome2-concluded',
    { occurredAt: '2025-04-19', recordedAt: at('04-19', '18:05') },
    {
      roundId: R.rome2,
      outcome: 'progress',
      summary:
        'Four hours of direct and indirect talks; "very good progress" (US), "better understanding on principles and goals" (Araghchi).',
      nextSteps: 'Expert-level talks in Oman, then a third round on 26 April.',
    },
    [S.trtApr19],
  ),
  ev(
    'TalksRoundOpened',
    'round-muscat3-opened',
    { occurredAt: '2025-04-26', recordedAt: at('04-26', '19:00') },
    {
      roundId: R.muscat3,
      label: 'Muscat round 3 (with expert talks)',
      venue: 'Muscat',
      format: 'formal',
      hosts: ['oman'],
      delegations: [
        { actorId: 'united-states', head: WITKOFF },
        { actorId: 'iran', head: ARAGHCHI },
      ],
    },
    [S.mehrApr26],
  ),
  ev(
    'DemandTabled',
    'dem-sanctions',
    { occurredAt: '2025-04-26', recordedAt: at('04-26', '19:05') },
    {
      demandId: D.sanctions,
      by: 'iran',
      addressedTo: ['united-states'],
      text: 'Lift the sanctions on Iran, in exchange for confidence-building on the peaceful nature of its nuclear programme.',
      category: 'economic',
    },
    [S.mehrApr26],
  ),
  ev(
    'TalksRoundConcluded',
    'round-muscat3-concluded',
    { occurredAt: '2025-04-26', recordedAt: at('04-26', '19:10') },
    {
      roundId: R.muscat3,
      outcome: 'progress',
      summary:
        'About six hours, with technical teams: "positive and productive", "further progress was made on getting to a deal" (US official).',
      nextSteps: 'Meet again in Europe soon; a high-level meeting provisionally set for 3 May.',
    },
    [S.mehrApr26],
  ),
  ev(
    'DemandTabled',
    'dem-zero-enrichment',
    { occurredAt: '2025-05-18', recordedAt: at('05-19', '08:00') },
    {
      demandId: D.zeroEnrichment,
      by: 'united-states',
      addressedTo: ['iran'],
      text: 'No enrichment capability at all in Iran ("not even 1%"): any deal begins with no enrichment.',
      category: 'security',
    },
    [S.starMay19],
    { note: "Witkoff on ABC's This Week: 'one very, very clear red line, and that is enrichment'." },
  ),
  ev(
    'PositionTaken',
    'pos-iran-zero-enrichment',
    { occurredAt: '2025-05-18', recordedAt: at('05-19', '08:05') },
    {
      demandId: D.zeroEnrichment,
      actorId: 'iran',
      stance: 'rejected',
      quote: 'Enrichment in Iran, however, will continue with or without a deal.',
      speaker: ARAGHCHI,
    },
    [S.starMay19],
  ),
  ev(
    'TalksRoundOpened',
    'round-rome5-opened',
    { occurredAt: '2025-05-23', recordedAt: at('05-23', '18:00') },
    {
      roundId: R.rome5,
      label: 'Rome round 5',
      venue: 'Omani embassy, Rome',
      format: 'formal',
      hosts: ['oman'],
      delegations: [
        { actorId: 'united-states', head: WITKOFF },
        { actorId: 'iran', head: ARAGHCHI },
      ],
    },
    [S.jnsMay23],
    { note: 'The fifth round; the fourth (Muscat, 11 May) is not recorded here.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-rome5-concluded',
    { occurredAt: '2025-05-23', recordedAt: at('05-23', '18:05') },
    {
      roundId: R.rome5,
      outcome: 'progress',
      summary: 'Ended "with some but not conclusive progress" (Oman); Omani proposals taken back to the capitals.',
      nextSteps: 'Next round to be scheduled after review in the capitals.',
    },
    [S.jnsMay23],
  ),
  // ===== 12–14 June: the IAEA Board, Israel's war, the talks off =====
  ev(
    'ActorRegistered',
    'actor-iaea',
    { occurredAt: '2025-06-12', recordedAt: at('06-12', '16:00') },
    { actor: IAEA, role: 'third-party' },
    [S.dwJun12],
  ),
  ev(
    'StatementMade',
    'stmt-iaea-board-jun12',
    { occurredAt: '2025-06-12', recordedAt: at('06-12', '16:05') },
    {
      speaker: IAEA_BOARD,
      audience: 'iran',
      tone: 'accusation',
      summary:
        "Finds Iran's failures since 2019 to cooperate on undeclared nuclear material and sites to be non-compliance with its safeguards agreement (19 for, 3 against, 11 abstentions; drafted by the E3 and the United States).",
    },
    [S.dwJun12],
  ),
  ev(
    'StatementMade',
    'stmt-iran-iaea-jun12',
    { occurredAt: '2025-06-12', recordedAt: at('06-12', '16:10') },
    {
      speaker: IRAN_MFA,
      audience: 'iaea',
      tone: 'warning',
      summary:
        'Iran "has no choice but to respond to this political resolution": a new enrichment site in a secure location, upgraded centrifuges at Fordow.',
    },
    [S.dwJun12],
  ),
  ev(
    'ActorRegistered',
    'actor-israel',
    { occurredAt: '2025-06-13', recordedAt: at('06-13', '06:00') },
    { actor: ISRAEL, role: 'third-party' },
    [S.sanJun13],
  ),
  ev(
    'IncidentReported',
    'inc-israel-jun13',
    { occurredAt: '2025-06-13T03:30:00+03:30', precision: 'approximate', recordedAt: at('06-13', '06:10') },
    {
      incidentId: 'rising-lion-2025-06-13',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'iran',
      against: 'iran',
      blamedOn: 'united-states',
      place: 'Natanz, Tehran and military sites across Iran',
      fatalities: { min: 78, max: 78 },
      description:
        "Israel's opening strikes (Operation Rising Lion) on nuclear, missile and air-defence sites and on commanders and scientists; 78 killed (Fars). Iran's foreign ministry says the attack could not have happened without US coordination and authorisation, and holds the United States responsible; the United States denies any role.",
    },
    [S.sanJun13, S.opovoJun13],
  ),
  ev(
    'StatementMade',
    'stmt-iran-mfa-jun13',
    { occurredAt: '2025-06-13', recordedAt: at('06-13', '06:20') },
    {
      speaker: IRAN_MFA,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        "The Zionist regime's aggression could not have been carried out without US coordination and authorisation; US officials bear responsibility for its dangerous consequences.",
    },
    [S.opovoJun13],
  ),
  ev(
    'StatementMade',
    'stmt-rubio-jun13',
    { occurredAt: '2025-06-13', recordedAt: at('06-13', '06:30') },
    {
      speaker: RUBIO,
      audience: 'iran',
      tone: 'warning',
      summary:
        'Israel took unilateral action; the United States is not involved. Iran must not target US interests or personnel.',
    },
    [S.censorJun13],
  ),
  ev(
    'StatementMade',
    'stmt-trump-jun13',
    { occurredAt: '2025-06-13T12:30:00Z', precision: 'approximate', recordedAt: at('06-13', '14:00') },
    {
      speaker: TRUMP,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'Iran must make a deal "before there is nothing left"; the next, already planned attacks will be even more brutal.',
      quote: 'No more death, no more destruction, JUST DO IT, BEFORE IT IS TOO LATE.',
    },
    [S.expressJun13],
    { note: 'Truth Social, morning in Washington.' },
  ),
  ev(
    'UltimatumResolved',
    'ult-two-months-lapsed',
    { occurredAt: '2025-06-13', recordedAt: at('06-13', '14:05') },
    {
      ultimatumId: U.twoMonths,
      resolution: 'lapsed',
      summary:
        'Trump: "Two months ago I gave Iran a 60 day ultimatum to \'make a deal\'. They should have done it! Today is day 61." Not enforced by the United States; Israel attacked that night.',
    },
    [S.expressJun13],
  ),
  ev(
    'TalksRoundScheduled',
    'round-muscat6-scheduled',
    { occurredAt: '2025-06', recordedAt: at('06-14', '12:10') },
    {
      roundId: R.muscat6,
      label: 'Muscat round 6',
      venue: 'Muscat',
      hosts: ['oman'],
      plannedFor: '2025-06-15',
    },
    [S.sanJun13],
    { note: 'Announced in early June (day not kept).' },
  ),
  ev(
    'TalksRoundCancelled',
    'round-muscat6-cancelled',
    { occurredAt: '2025-06-14', recordedAt: at('06-14', '12:25') },
    {
      roundId: R.muscat6,
      reason: 'Oman: "The Iran US talks scheduled to be held in Muscat this Sunday will not now take place."',
    },
    [S.siasatJun14],
  ),
  ev(
    'IncidentReported',
    'inc-iran-missiles-jun13',
    { occurredAt: '2025-06-13T21:00:00Z', precision: 'approximate', recordedAt: at('06-15', '09:00') },
    {
      incidentId: 'true-promise-3-2025-06-13',
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Military targets in Israel',
      description:
        'Iran answers with salvoes of ballistic missiles at Israel on Friday night, after drones in the morning.',
    },
    [S.shineJun15, S.sanJun13],
  ),
  ev(
    'TalksSuspended',
    'susp-iran-jun14',
    { occurredAt: '2025-06-14', recordedAt: at('06-15', '09:10') },
    {
      by: 'iran',
      reason:
        'Araghchi: continuing indirect talks with the United States amid Israel\'s attacks is "unjustifiable"; the foreign ministry\'s focus is on confronting the aggression. Pezeshkian: Iran will not sit at the negotiating table while the attacks continue.',
    },
    [S.siasatJun14, S.shineJun15, S.bssJun15],
  ),
  ev(
    'StatementMade',
    'stmt-trump-jun17',
    { occurredAt: '2025-06-17', recordedAt: at('06-17', '19:00') },
    {
      speaker: TRUMP,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'The United States knows where the Supreme Leader is hiding, "an easy target", not to be killed "at least not for now"; patience is wearing thin. "UNCONDITIONAL SURRENDER!"',
    },
    [S.skyJun17],
  ),
  // ===== 22–24 June: the pair's own armed action, the ceasefire =====
  ev(
    'IncidentReported',
    'inc-us-fordow',
    { occurredAt: '2025-06-22T02:10:00+03:30', precision: 'approximate', recordedAt: at('06-22', '02:00') },
    {
      incidentId: 'midnight-hammer-fordow-2025-06-22',
      kind: 'airstrike',
      perpetrator: 'united-states',
      against: 'iran',
      place: 'Fordow enrichment plant, near Qom',
      description:
        'B-2 bombers drop six 30,000-pound bunker-buster bombs (GBU-57) on Fordow; Iran confirms the site was hit.',
    },
    [S.hurriyetJun22, S.newsbytesJun22],
  ),
  ev(
    'IncidentReported',
    'inc-us-natanz',
    { occurredAt: '2025-06-22T02:10:00+03:30', precision: 'approximate', recordedAt: at('06-22', '02:05') },
    {
      incidentId: 'midnight-hammer-natanz-2025-06-22',
      kind: 'airstrike',
      perpetrator: 'united-states',
      against: 'iran',
      place: 'Natanz enrichment site',
      description:
        'Natanz struck in the same operation; the first reports differ on the weapons (B-2 bombs, or Tomahawk missiles from submarines).',
    },
    [S.hurriyetJun22, S.newsbytesJun22],
  ),
  ev(
    'IncidentReported',
    'inc-us-isfahan',
    { occurredAt: '2025-06-22T02:10:00+03:30', precision: 'approximate', recordedAt: at('06-22', '02:10') },
    {
      incidentId: 'midnight-hammer-isfahan-2025-06-22',
      kind: 'missile-strike',
      perpetrator: 'united-states',
      against: 'iran',
      place: 'Isfahan nuclear technology centre',
      description: 'Tomahawk cruise missiles from US submarines hit the uranium conversion and fuel sites at Isfahan.',
    },
    [S.hurriyetJun22, S.newsbytesJun22],
  ),
  ev(
    'StatementMade',
    'stmt-trump-jun22',
    { occurredAt: '2025-06-22T02:00:00Z', precision: 'approximate', recordedAt: at('06-22', '03:00') },
    {
      speaker: TRUMP,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'The sites are "completely and totally obliterated"; if Iran retaliates it will meet force far greater than that night\'s.',
    },
    [S.usnewsJun22],
  ),
  ev(
    'IncidentReported',
    'inc-iran-missiles-jun22',
    { occurredAt: '2025-06-22', recordedAt: at('06-22', '18:00') },
    {
      incidentId: 'iran-missiles-israel-2025-06-22',
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Tel Aviv, Haifa and other Israeli cities',
      injured: { min: 21, max: 21 },
      description:
        'After the US strikes, Iran fires waves of missiles at Israeli cities, injuring at least 21; Israel keeps striking western Iran.',
    },
    [S.tribecansJun22],
  ),
  ev(
    'ActorRegistered',
    'actor-qatar',
    { occurredAt: '2025-06-23', recordedAt: at('06-23', '17:00') },
    { actor: QATAR, role: 'mediator' },
    [S.lurerJun23],
  ),
  ev(
    'IncidentReported',
    'inc-al-udeid',
    { occurredAt: '2025-06-23T19:30:00+03:00', precision: 'approximate', recordedAt: at('06-23', '17:10') },
    {
      incidentId: 'al-udeid-2025-06-23',
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'united-states',
      place: 'Al Udeid Air Base, Qatar',
      fatalities: { min: 0, max: 0 },
      description:
        'Short- and medium-range ballistic missiles at the US base, as many as the bombs dropped on Iran; Qatar intercepts them, no casualties. Iran had warned Qatar in advance and the United States had "good advance warning".',
    },
    [S.lurerJun23],
  ),
  ev(
    'CeasefireDeclared',
    'cf-twelve-day-war',
    { occurredAt: '2025-06-24T04:00:00Z', recordedAt: at('06-24', '12:00') },
    {
      ceasefireId: CEASEFIRE,
      parties: ['iran', 'israel', 'united-states'],
      scope:
        'A "complete and total ceasefire" ending "the 12 day war": Iran stops first (about 04:00 GMT), Israel twelve hours later, an official end at 24 hours',
      duration: 'indefinite',
      mediatedBy: ['qatar'],
    },
    [S.trtJun23, S.thewestJun23, S.econoJun24],
    {
      note: "Announced by Trump on the evening of 23 June (Washington); dated when it took effect. Binds the United States too: it ends the war the United States joined on 22 June, and Iran's acceptance ended the response that struck Al Udeid. Qatar obtained Iran's acceptance.",
    },
  ),
  ev(
    'StatementMade',
    'stmt-katz-jun26',
    { occurredAt: '2025-06-26', recordedAt: at('06-27', '10:00') },
    {
      speaker: KATZ,
      audience: 'Israeli television (Channel 12)',
      tone: 'military-threat',
      summary:
        'Despite the ceasefire, Israel will pursue a "policy of enforcement" against Iran: keep air superiority, stop any advance of nuclear projects and of long-range missiles; Israel would have killed Khamenei had it found him.',
    },
    [S.resolutionJun27],
    { note: "A third party's threat, to its own public." },
  ),
  // ===== July: IAEA cooperation suspended, renewed threats =====
  ev(
    'StatementMade',
    'stmt-pezeshkian-iaea-jul2',
    { occurredAt: '2025-07-02', recordedAt: at('07-02', '14:00') },
    {
      speaker: PEZESHKIAN,
      audience: 'iaea',
      tone: 'warning',
      summary:
        'Promulgates the law suspending cooperation with the IAEA: no inspectors without the approval of the Supreme National Security Council, until the security of nuclear sites and scientists is guaranteed.',
    },
    [S.irantimesJul2],
  ),
  ev(
    'StatementMade',
    'stmt-state-jul2',
    { occurredAt: '2025-07-02', recordedAt: at('07-02', '20:00') },
    {
      speaker: STATE_DEPT,
      audience: 'iran',
      tone: 'critical',
      summary: 'The suspension is "unacceptable": Iran must cooperate fully with the IAEA without further delay.',
    },
    [S.irantimesJul2],
  ),
  ev(
    'StatementMade',
    'stmt-trump-jul21',
    { occurredAt: '2025-07-21', recordedAt: at('07-22', '09:00') },
    {
      speaker: TRUMP,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'Answering Araghchi (the sites are seriously damaged but Iran will not give up enrichment): "Of course they are, just like I said, and we will do it again, if necessary!"',
    },
    [S.anewzJul22],
  ),
  ev(
    'StatementMade',
    'stmt-trump-jul28',
    { occurredAt: '2025-07-28', recordedAt: at('07-28', '18:00') },
    {
      speaker: TRUMP,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'At Turnberry: Iran is sending "very nasty signals"; if it starts its nuclear programme again, "we\'ll wipe it out faster than you can wave your finger at it".',
    },
    [S.gswJul28],
  ),
  // ===== 28 August – 28 September: the E3's snapback =====
  ev(
    'ActorRegistered',
    'actor-e3',
    { occurredAt: '2025-08-28', recordedAt: at('08-28', '16:00') },
    { actor: E3, role: 'third-party' },
    [S.trtAug28],
  ),
  ev(
    'DemandTabled',
    'dem-snapback-commitments',
    { occurredAt: '2025-08-28', recordedAt: at('08-28', '16:05') },
    {
      demandId: D.snapbackCommitments,
      by: 'e3',
      addressedTo: ['iran'],
      text: 'Resume full IAEA inspections, account for the enriched-uranium stockpile and return to negotiations, to defer the snapback.',
      category: 'security',
    },
    [S.trtAug28],
  ),
  ev(
    'UltimatumIssued',
    'ult-snapback',
    { occurredAt: '2025-08-28', recordedAt: at('08-28', '16:10') },
    {
      ultimatumId: U.snapback,
      by: 'e3',
      to: ['iran'],
      demandIds: [D.snapbackCommitments],
      deadline: '2025-09-27',
      consequences: 'The UN sanctions lifted under resolution 2231 return after 30 days (the snapback mechanism).',
      channel: 'Letter to the UN Security Council',
    },
    [S.trtAug28],
  ),
  ev(
    'StatementMade',
    'stmt-rubio-aug28',
    { occurredAt: '2025-08-28', recordedAt: at('08-29', '08:00') },
    {
      speaker: RUBIO,
      audience: 'iran',
      tone: 'critical',
      summary:
        "The snapback is a direct response to Iran's continuing defiance of its nuclear commitments; the United States supports the E3's decision and urges Iran to engage.",
    },
    [S.indoarabAug28],
  ),
  ev(
    'StatementMade',
    'stmt-khamenei-sep23',
    { occurredAt: '2025-09-23', recordedAt: at('09-23', '20:00') },
    {
      speaker: KHAMENEI,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        'Negotiating with the United States is "a complete dead end": it breaks its word, makes military threats and bombed Iran\'s nuclear sites; its demand to stop enrichment is an imposition, not a negotiation. Iran will not surrender.',
    },
    [S.khameneiSep23],
  ),
  ev(
    'StatementMade',
    'stmt-iran-e3-sep27',
    { occurredAt: '2025-09-27', recordedAt: at('09-27', '18:00') },
    {
      speaker: IRAN_MFA,
      audience: 'e3',
      tone: 'critical',
      summary:
        'Recalls its ambassadors to Britain, France and Germany for consultations over their "irresponsible move"; Araghchi calls the snapback legally void.',
    },
    [S.rferlSep27],
  ),
  ev(
    'UltimatumResolved',
    'ult-snapback-enforced',
    { occurredAt: '2025-09-28T00:00:00Z', recordedAt: at('09-28', '10:00') },
    {
      ultimatumId: U.snapback,
      resolution: 'enforced',
      summary:
        'The UN sanctions on Iran are re-applied from 27 September, 20:00 EDT (arms embargo, enrichment ban, asset freezes, travel bans), after the Security Council rejected delays.',
    },
    [S.sunstarSep28],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'us-iran-2025.jsonl',
  logEnd: '2025-10-01T00:00:00Z',
  events,
};

export default definition;
