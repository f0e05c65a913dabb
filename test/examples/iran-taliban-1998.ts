/**
 * A test fixture, not a shipped example: Iran and the Taliban's government of
 * Afghanistan (the Islamic Emirate, recognised by Pakistan) from the
 * Taliban's capture of Mazar-i-Sharif (8 August 1998) and the killing of
 * Iranian diplomats and a journalist at the consulate there, to the first
 * direct talks in Dubai (2 February 1999) — the Iranians the Taliban held
 * (truck drivers and others), Iran's demands for their release and for the
 * bodies, the Taliban's denial and then admission (10 September), Iran's
 * exercises and the massing of up to 200,000 troops on the border, Ayatollah
 * Khamenei's warnings, the return of the bodies (14 September, 11 October),
 * the clash on the border (8 October, each side's account), the UN envoy
 * Lakhdar Brahimi's mediation and his meeting with Mullah Omar (14 October),
 * the release of the last Iranians held (17 October), the Zolfaqar-2
 * manoeuvres (31 October – 2 November) and the talks of February 1999.
 * Escalation model v2 was never tuned on it: it is the case the model is held
 * to in iran-taliban-1998.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests: the killing of one party's diplomats by the other's forces
 * (force on the other's people, not armed action between forces); nationals
 * held and released; a massing of forces and exercises with warnings and
 * threats of war, and no armed act between forces until one clash; UN
 * mediation; and the level once the clash and the manoeuvres are past.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. No other case records
 * these developments (afghanistan-iran-2023.ts is the same pair 25 years
 * later, with its own events).
 *
 * Grading as in examples/README.md: A = the official record (the UN
 * Secretary-General's spokesman quoting Mullah Omar's letter, the ICRC's own
 * release on its flights); B = established outlet or wire copy (BBC, CNN, CBS,
 * the Los Angeles Times, the New York Times through the Chicago Tribune, the
 * Independent, RFE/RL, VOA, Reuters through The Iranian); C = smaller outlet,
 * forum or mirror copy, wiki (dated, as the other cases do, by the
 * development it is cited for); 2 = an on-record statement or act several
 * outlets agree on, or one established outlet reports; 3 = one side's
 * unverified claim or an unnamed source.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is Iran and the Taliban's Islamic Emirate. The United Nations
 *   (Brahimi, the Secretary-General's special envoy) is the mediator;
 *   Pakistan, which recognised the Taliban and which Iran held partly
 *   responsible, is a third party. The Taliban's fighting with the Northern
 *   Alliance and Hizb-i-Wahdat (Mazar-i-Sharif, Bamiyan) is not the pair's.
 * - The killing at the consulate (8 August) is the Taliban's `lethal-force`
 *   against Iran's people: the sources say Taliban fighters stormed the
 *   consulate as they took the city and killed the diplomats and the IRNA
 *   correspondent; Mullah Omar's letter of 10 September says they were killed
 *   "either intentionally or unintentionally" by "unidentified soldiers of the
 *   Islamic Emirate … who acted on their own". It is not armed action between
 *   the parties' forces (diplomats and a journalist, not forces; no fire
 *   between the two armies). Toll 9–11: nine by the Taliban's letter and the
 *   UN, eight diplomats and a journalist by Iran's foreign ministry later,
 *   eleven by the Wikipedia account; all civilians. An older account (a wiki
 *   copy) names Sipah-e-Sahaba Pakistan as the killers; it is in the
 *   description, not recorded as a perpetrator.
 * - The Iranians the Taliban held (the "35 Iranian truck drivers" the Taliban
 *   admitted on 10 August; "50" by the Los Angeles Times; the Taliban called
 *   them military advisers or spies) are the Taliban's `detention` of Iran's
 *   people from the fall of the city (8 August), recorded at Mazar-i-Sharif
 *   where they were seized, ended by its `release` of the last of them (the
 *   26 handed over in Kandahar and flown home on 17–18 October, dated 17
 *   October; recorded at the place held so that it ends that detention). The
 *   partial releases (five on 3 September, ten flown home on 12 October) ended
 *   nothing — others stayed held — and are recorded as the Taliban's
 *   conciliatory acts (statements). The diplomats Iran said were "kidnapped"
 *   and held in Kandahar (Broujerdi, 9–11 August) were dead: no detention is
 *   recorded for them.
 * - Iran's massing of forces is `force-posture`: the 70,000 Revolutionary
 *   Guards and the "Ashura" exercises from early September (dated 1 September,
 *   `approximate`: the BBC of 5 September says they "have been testing"), the
 *   first of 200,000 army troops (13 September), nine more divisions (16
 *   September), the Zolfaqar-2 manoeuvres (from 31 October). The Taliban's
 *   report of Iranian warplanes and helicopters in its airspace (2 October,
 *   no fire) is a `force-posture` of Iran's as the Taliban allege it.
 * - Threats: Iran's statement that it may take "all necessary action" under
 *   Article 51 (5 September), the Revolutionary Guards' "tumultuous anger" (11
 *   September), Khamenei's "a very great and wide danger is quite near" (14
 *   September) and his order to be ready for "speedy, timely and forceful
 *   implementation" (15 September) are `military-threat`; so is the Taliban's
 *   "we will target Iranian cities" if attacked (15 September). The Taliban's
 *   threat to try captured Iranians as spies (11 August) is a `threat`. No
 *   ultimatum: no deadline was put by either side.
 * - The clash of 8 October is one occurrence with two accounts, recorded one
 *   place one way ("Iran–Afghanistan border, Khorasan–Herat"): Iran's (a
 *   Taliban attack on its border posts in Khorasan, repelled in three hours,
 *   "heavy casualties" and three Taliban posts destroyed, no count) and the
 *   Taliban's (Iranian fire on six border villages in Herat, two civilians
 *   killed, five wounded). Armed action between the parties' forces, alleged
 *   by both; not `major` — no source calls it an offensive or a full-scale
 *   battle ("a three-hour battle", one sector). It is the only armed act
 *   between the two the sources read report.
 * - Iran's demands: the release of the Iranians held (10 August, the day its
 *   envoy held the Taliban responsible and Pakistan said it would pass them
 *   on), the return of the bodies (10 September), and the handing over of
 *   those responsible (reported by RFE/RL on 12 November as rejected by the
 *   Taliban, `approximate`). The Taliban `rejected` the release (11 August: no
 *   diplomats held, the others "foreign spies" to be tried), `accepted` the
 *   bodies (Omar's letter: "ready to cooperate in the transfer") and the
 *   release (14 October, to Brahimi and the OIC, "without conditions"), and in
 *   Dubai (2 February 1999) `counter-proposed` punishing the killers itself.
 * - Brahimi's talks in Tehran are dated by the day the Los Angeles Times has
 *   him leaving Iran for Pakistan (8 October); his call for Iran–Taliban talks
 *   (9 October) is a mediator's proposal, which the Taliban rejected the same
 *   day. His meeting with Mullah Omar in Kandahar (14 October) and the
 *   Taliban's acceptance are one occurrence.
 * - The troops' standing down is not recorded: the sources read say Iran's
 *   forces "would remain in the area after the war games" (1 November); no
 *   dated withdrawal was found. The end of the manoeuvres (2 November) is the
 *   army commander's statement. Left out for want of a dated source found in
 *   time: the Security Council's statement of 15 September (a third party's),
 *   the six-plus-two meeting in New York (21 September), any talks after
 *   Dubai in 1999.
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'iran-taliban-1998';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1998);
const when = retrospectiveClock('2026-12-07T04:00:00Z');

const IRAN: Actor = {
  id: 'iran',
  name: 'Islamic Republic of Iran',
  kind: 'state',
  aliases: ['Iran', 'Tehran'],
};
const TALIBAN: Actor = {
  id: 'taliban',
  name: 'Islamic Emirate of Afghanistan (the Taliban)',
  kind: 'de-facto-authority',
  aliases: ['the Taliban', 'the Taleban', 'Islamic Emirate of Afghanistan', 'Kandahar'],
};
const UN: Actor = {
  id: 'united-nations',
  name: 'United Nations (Special Envoy Lakhdar Brahimi)',
  kind: 'international-organisation',
  aliases: ['UN', 'Brahimi', 'UN special envoy'],
};
const ICRC: Actor = {
  id: 'icrc',
  name: 'International Committee of the Red Cross',
  kind: 'international-organisation',
  aliases: ['ICRC', 'Red Cross'],
};
const PAKISTAN: Actor = { id: 'pakistan', name: 'Islamic Republic of Pakistan', kind: 'state', aliases: ['Islamabad'] };

const BROUJERDI: Person = {
  name: 'Alaeddin Broujerdi',
  title: "Iran's special envoy for Afghan affairs",
  actorId: 'iran',
};
const IRAN_FM: Person = { name: 'Ministry of Foreign Affairs of Iran', actorId: 'iran' };
const MOHAMMADI: Person = {
  name: 'Mahmoud Mohammadi',
  title: 'Spokesman, Ministry of Foreign Affairs of Iran',
  actorId: 'iran',
};
const IRAN_RADIO: Person = { name: 'Government of Iran (statement on state radio)', actorId: 'iran' };
const IRGC: Person = { name: 'Spokesman of the Islamic Revolutionary Guard Corps', actorId: 'iran' };
const KHAMENEI: Person = { name: 'Ali Khamenei', title: 'Supreme Leader of Iran', actorId: 'iran' };
const SHAHBAZI: Person = {
  name: 'Ali Shahbazi',
  title: 'Commander-in-chief of the Iranian army',
  actorId: 'iran',
};
const OMAR: Person = { name: 'Mullah Mohammad Omar', title: 'Leader of the Taliban', actorId: 'taliban' };
const WAKIL: Person = {
  name: 'Wakil Ahmad Mutawakil',
  title: 'Chief spokesman of the Taliban',
  actorId: 'taliban',
};
const TALIBAN_FM: Person = { name: 'Foreign ministry of the Islamic Emirate', actorId: 'taliban' };
const TALIBAN_OFFICIAL: Person = { name: 'Taliban official (unnamed)', actorId: 'taliban' };
const ZADRAN: Person = {
  name: 'Noorullah Zadran',
  title: 'Taliban spokesman at the United Nations',
  actorId: 'taliban',
};
const MUTMAEN: Person = { name: 'Abdul Hai Mutmaen', title: 'Taliban spokesman', actorId: 'taliban' };

const S = {
  wikiKilling: source(
    '1998 killing of Iranian diplomats in Afghanistan',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/1998_killing_of_Iranian_diplomats_in_Afghanistan',
    '1998-08-08',
    'C',
    2,
  ),
  ipsAug10: source(
    'Fear grows for 11 Iranian diplomats missing in Mazar-e-Sharif',
    'Iran Press Service',
    'http://www.iran-press-service.com/articles/afqanestan.html',
    '1998-08-10',
    'C',
    2,
  ),
  reutersAug11: source(
    'Afghan Taleban threatens to try Iranians as spies (Reuters)',
    'The Iranian',
    'http://iranian.com/News/Aug98/afghan.html',
    '1998-08-11',
    'B',
    2,
  ),
  indepAug12: source(
    'Iranians protest to Pakistan over detentions by Taliban',
    'The Independent',
    'http://www.independent.co.uk/news/iranians-protest-to-pakistan-over-detentions-by-taliban-1171359.html',
    '1998-08-12',
    'B',
    2,
  ),
  telegraphAug29: source(
    'Iran sends troops to Afghan border provoking fear of all out war (The Electronic Telegraph, copied)',
    'Silicon Investor (forum copy)',
    'https://si.frajer.net/readreplies.aspx?msgid=5565037&subjectid=22590',
    '1998-08-31',
    'C',
    2,
  ),
  cbsSep3: source(
    'Iran-Taleban Tensions Boiling',
    'CBS News',
    'https://www.cbsnews.com/news/iran-taleban-tensions-boiling/',
    '1998-09-03',
    'B',
    2,
  ),
  bbcSep5: source(
    'Iran begins military show of strength',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/middle_east/162604.stm',
    '1998-09-05',
    'B',
    2,
  ),
  bbcSep6: source(
    'Iran warns of necessary action; Taleban will not start war (BBC, copied)',
    'Silicon Investor (forum copy)',
    'https://si.frajer.net/readreplies.aspx?msgid=5678963&subjectid=22590',
    '1998-09-06',
    'C',
    2,
  ),
  unSgSep14: source(
    'Secretary-General strongly condemns murders of nine Iranian diplomats (SG/SM/6704)',
    'United Nations',
    'https://press.un.org/en/1998/19980918.sgsm6704.html',
    '1998-09-18',
    'A',
    2,
  ),
  latSep11: source(
    'Taliban Chief Blames Soldiers for Deaths of 9 Iranian Envoys (AP)',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1998-sep-11-mn-21701-story.html',
    '1998-09-11',
    'B',
    2,
  ),
  nytSep11: source(
    "Angry Iran Says Taliban Accountable For Diplomats' Slayings (New York Times)",
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1998-09-11/news/9809110321_1_afghan-islamic-press-taliban-action-iranian-diplomats',
    '1998-09-11',
    'B',
    2,
  ),
  nytSep13: source(
    'From Iran, Officials Call For Revenge On Taliban (New York Times)',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1998-09-13/news/9809130176_1_nine-iranian-diplomats-taliban-leader-taliban-soldiers',
    '1998-09-13',
    'B',
    2,
  ),
  baltSep14: source(
    'Iran raises pressure on Afghan leaders (Los Angeles Times)',
    'The Baltimore Sun',
    'http://articles.baltimoresun.com/1998-09-14/news/1998257021_1_taliban-iran-afghanistan',
    '1998-09-14',
    'B',
    2,
  ),
  cnnSep14: source(
    'Bodies of seven Iranian diplomats returned as tensions flare (CNN)',
    'peterbergen.com (copy)',
    'https://peterbergen.com/?p=782',
    '1998-09-14',
    'C',
    2,
  ),
  voaSep14: source(
    'Afghan Iran (Voice of America correspondent report)',
    'GlobalSecurity.org',
    'https://www.globalsecurity.org/military/library/news/1998/09/980914-afghan.htm',
    '1998-09-14',
    'B',
    2,
  ),
  cnnSep15: source(
    'Taliban threatens retaliation if Iran strikes (CNN)',
    'peterbergen.com (copy)',
    'https://www.peterbergen.com/taliban-threatens-retaliation-if-iran-strikes/',
    '1998-09-15',
    'C',
    2,
  ),
  nytSep16: source(
    'Iranian Leader Tells Officials to Prepare for Action on Afghanistan (New York Times)',
    'GeoCities mirror',
    'http://geocities.cmolabs.net/YAHOOIDS/A/t/Athens/Agora/6599/ovine/iranafghan.html',
    '1998-09-16',
    'C',
    2,
  ),
  bbcSep16: source(
    'UN condemns Taleban killings',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/middle_east/172429.stm',
    '1998-09-16',
    'B',
    2,
  ),
  cnnSep16: source(
    'Iran sends more troops to Afghan border',
    'CNN',
    'http://edition.cnn.com/WORLD/meast/9809/16/afghan.iran/',
    '1998-09-16',
    'B',
    2,
  ),
  rferlSep17: source(
    "Afghanistan/Iran: Taliban Say World Ignores Iran's Murder Of Prisoners",
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1089517.html',
    '1998-09-17',
    'B',
    2,
  ),
  tribOct3: source(
    "Afghan-Iran Tensions Escalate: Taliban Says Tehran's Warplanes Violated Its Airspace",
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1998-10-03/news/9810030162_1_taliban-sources-taliban-troops-taliban-official',
    '1998-10-03',
    'B',
    3,
  ),
  cnnOct8: source(
    'Iran reports clash with Afghan militia; Taliban denies incident',
    'CNN (Internet Archive copy)',
    'https://web.archive.org/web/20050216070616/http://www.cnn.com/WORLD/meast/9810/08/iran.afghan.01/',
    '1998-10-08',
    'B',
    3,
  ),
  techOct9: source(
    'Iran Says It Repelled Taliban Attack; Militia Denies Claim (Los Angeles Times)',
    'The Tech (MIT)',
    'http://tech.mit.edu/V118/N48/iran.3.1.48w.html',
    '1998-10-09',
    'C',
    2,
  ),
  cbsOct9: source(
    'Uneasy Calm On Iran-Afghan Front',
    'CBS News',
    'https://www.cbsnews.com/news/uneasy-calm-on-iran-afghan-front',
    '1998-10-09',
    'B',
    2,
  ),
  latOct15: source(
    'Taliban OKs Release of More Iranians',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1998-oct-15-mn-32744-story.html',
    '1998-10-15',
    'B',
    2,
  ),
  feministOct19: source(
    'UN Special Envoy Returns with Mixed Report (AFP)',
    'Feminist Majority Foundation',
    'https://feminist.org/news/un-special-envoy-returns-with-mixed-report/',
    '1998-10-19',
    'C',
    2,
  ),
  icrcOct21: source(
    'Afghanistan/Iran: ICRC repatriates Iranian prisoners (News Release 98/42)',
    'International Committee of the Red Cross',
    'https://www.icrc.org/eng/resources/documents/news-release/2009-and-earlier/57jpeq.htm',
    '1998-10-21',
    'A',
    2,
  ),
  cnnNov1: source(
    'Iran army forces parade near Afghan border (Reuters)',
    'CNN',
    'http://edition.cnn.com/WORLD/meast/9811/01/iran.wargames/index.html',
    '1998-11-01',
    'B',
    2,
  ),
  bbcNov2: source(
    'Iran ends huge border exercises',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/206350.stm',
    '1998-11-02',
    'B',
    2,
  ),
  rferlNov12: source(
    'Iran: War Against Afghanistan On Hold, But Relations Tense',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1089931.html',
    '1998-11-12',
    'B',
    2,
  ),
  cnnFeb3: source(
    'Taliban, Iran hold talks',
    'CNN',
    'http://edition.cnn.com/WORLD/meast/9902/03/afghan.iran.01/index.html',
    '1999-02-03',
    'B',
    2,
  ),
};

const D = {
  release: 'release-iranians-held',
  bodies: 'return-bodies',
  culprits: 'hand-over-culprits',
} as const;
const INC = {
  consulate: 'consulate-killing-1998-08-08',
  held: 'iranians-held-1998-08-08',
  guards: 'revolutionary-guards-1998-09-01',
  army: 'army-mobilised-1998-09-13',
  divisions: 'nine-divisions-1998-09-16',
  airspace: 'airspace-1998-10-02',
  clashIran: 'border-clash-1998-10-08-iran-account',
  clashTaliban: 'border-clash-1998-10-08-taliban-account',
  released: 'iranians-released-1998-10-17',
  zolfaqar: 'zolfaqar-2-1998-10-31',
} as const;
const MAZAR = 'Mazar-i-Sharif';
const BORDER = 'Iran–Afghanistan border, Khorasan–Herat';
const O = { clash: 'border-clash-1998-10-08', kandahar: 'brahimi-omar-1998-10-14' } as const;

const events: readonly NegotiationEvent[] = [
  // ===== 8–11 August 1998: Mazar-i-Sharif, the consulate, the Iranians held =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1998-08-08'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Iran – the Taliban: the Mazar-i-Sharif diplomats and the border crisis, 1998–99',
      subject:
        "The killing of Iranian diplomats and a journalist at the consulate in Mazar-i-Sharif (8 August 1998), the Iranians held by the Taliban, Iran's demands, its massing of troops on the border, the UN envoy Lakhdar Brahimi's mediation, the release of the Iranians (October 1998) and the first direct talks (Dubai, February 1999).",
      parties: [IRAN, TALIBAN],
      mediators: [UN],
    },
    [S.wikiKilling, S.ipsAug10],
  ),
  ev(
    'IncidentReported',
    'consulate-killing',
    when('1998-08-08'),
    {
      incidentId: INC.consulate,
      kind: 'lethal-force',
      perpetrator: 'taliban',
      allegedBy: 'iran',
      against: 'iran',
      target: 'Iranian diplomats and the IRNA correspondent at the consulate-general',
      place: MAZAR,
      fatalities: { min: 9, max: 11 },
      civilianFatalities: { min: 9, max: 11 },
      description:
        "As Taliban forces take Mazar-i-Sharif, fighters enter the Iranian consulate-general firing into its doors (Broujerdi was on the telephone with the chargé); the diplomats and the IRNA correspondent Mahmoud Saremi disappear. Nine bodies are found a month later; the Taliban admit on 10 September that they were killed by 'unidentified soldiers' of theirs who 'acted on their own'. Eight diplomats and a journalist by Iran's count, eleven by the Wikipedia account (which also cites an allegation against Sipah-e-Sahaba Pakistan).",
    },
    [S.ipsAug10, S.wikiKilling, S.unSgSep14],
  ),
  ev(
    'IncidentReported',
    'iranians-held',
    when('1998-08-08'),
    {
      incidentId: INC.held,
      kind: 'detention',
      perpetrator: 'taliban',
      against: 'iran',
      target:
        'Iranian nationals seized in Mazar-i-Sharif (truck drivers and others; 35 by the Taliban, about 50 by other accounts)',
      place: MAZAR,
      description:
        "The Taliban seize Iranians in the city and hold them (later in Kandahar): 35 'truck drivers delivering ammunition to opposition forces' by their statement of 10 August; Iran says they were drivers; about 50 taken hostage by the Los Angeles Times's count.",
    },
    [S.indepAug12, S.reutersAug11, S.latOct15],
  ),
  ev(
    'StatementMade',
    'stmt-broujerdi-aug9',
    when('1998-08-09'),
    {
      speaker: BROUJERDI,
      audience: 'taliban',
      tone: 'accusation',
      summary:
        "The Taliban entered the consulate by firing into the doors and took all the diplomats to an unknown destination: a 'gross violation' of the conventions on diplomats and an 'outright and blunt aggression' on Iran's sovereignty; Iran holds the Taliban, and Pakistan, responsible.",
      blames: { incidentId: INC.consulate, on: 'taliban' },
    },
    [S.ipsAug10],
  ),
  ev(
    'StatementMade',
    'stmt-taliban-deny-aug10',
    when('1998-08-10'),
    {
      speaker: TALIBAN_FM,
      audience: 'iran',
      tone: 'critical',
      summary:
        'The Taliban deny holding any Iranian diplomats — the consulate was found empty — but say they have arrested 35 Iranian truck drivers who were delivering ammunition to opposition forces.',
    },
    [S.reutersAug11, S.indepAug12, S.ipsAug10],
  ),
  ev(
    'DemandTabled',
    'dem-release',
    when('1998-08-10', 'approximate'),
    {
      demandId: D.release,
      by: 'iran',
      addressedTo: ['taliban'],
      text: 'Free the Iranian diplomats, the journalist and the other Iranians held, and return them to Iran.',
      category: 'humanitarian',
    },
    [S.indepAug12, S.ipsAug10],
    { note: 'Passed through Pakistan, which said it would convey Iran’s demands to the Taliban (11 August).' },
  ),
  ev('ActorRegistered', 'actor-pakistan', when('1998-08-11'), { actor: PAKISTAN, role: 'third-party' }, [S.indepAug12]),
  ev(
    'ThirdPartyEngagement',
    'tpe-pakistan-aug11',
    when('1998-08-11'),
    {
      actorId: 'pakistan',
      counterparts: ['iran', 'taliban'],
      kind: 'outreach',
      summary:
        'Pakistan says it will pass Iran’s demands to the Taliban and use its influence for the safety of any Iranians trapped in the fighting, but rejects any responsibility for the missing Iranians.',
    },
    [S.indepAug12, S.reutersAug11],
  ),
  ev(
    'StatementMade',
    'stmt-taliban-spies-aug11',
    when('1998-08-11'),
    {
      speaker: TALIBAN_FM,
      audience: 'iran',
      tone: 'threat',
      summary:
        "Any foreign national not registered with the Taliban as a diplomat who enters Afghanistan without the foreign ministry's permission is 'not a diplomat … but foreign spy', and if arrested 'will be tried and punished according to the regulations of the Islamic Emirate'.",
    },
    [S.reutersAug11],
  ),
  ev(
    'PositionTaken',
    'pos-taliban-release-aug11',
    when('1998-08-11'),
    {
      demandId: D.release,
      actorId: 'taliban',
      stance: 'rejected',
      quote: 'The forces of Islamic Emirate found the (Iranian) consulate empty after entering Mazar.',
    },
    [S.reutersAug11],
  ),
  // ===== Late August – September: the build-up, the admission, the warnings =====
  ev(
    'IncidentReported',
    'guards-mobilising',
    when('1998-08-29', 'approximate'),
    {
      incidentId: 'guards-mobilising-1998-08-29',
      kind: 'force-posture',
      perpetrator: 'iran',
      against: 'taliban',
      target: 'Afghan border opposite Herat',
      place: 'Iran–Afghanistan border, opposite Herat',
      description:
        'Iran prepares to mobilise 70,000 Revolutionary Guards on the Afghan border, presented as a 15-day land and air exercise over 400 miles of territory; a preparatory force of 2,000 troops already stands opposite Herat.',
    },
    [S.telegraphAug29],
  ),
  ev(
    'StatementMade',
    'stmt-omar-aug31',
    when('1998-08-31'),
    {
      speaker: OMAR,
      audience: 'iran',
      tone: 'neutral',
      summary: "The Iranians may have been killed by Taliban soldiers acting without their leadership's knowledge.",
    },
    [S.bbcSep5],
  ),
  ev(
    'IncidentReported',
    'guards-exercise',
    when('1998-09-01', 'approximate'),
    {
      incidentId: INC.guards,
      kind: 'force-posture',
      perpetrator: 'iran',
      against: 'taliban',
      target: 'Afghan border',
      place: 'Khorasan, 40–50 km from the Afghan border',
      description:
        'More than 70,000 Revolutionary Guards, with tanks, aircraft, paratroopers and commandos, hold three days of exercises 40–50 km from the Afghan border, the largest in the region since 1979; their commander Safavi says they will simulate attacks deep into enemy territory, and the bulk of the forces is to stay in the border area.',
    },
    [S.bbcSep5, S.cbsSep3],
  ),
  ev(
    'StatementMade',
    'stmt-taliban-five-freed-sep3',
    when('1998-09-03'),
    {
      speaker: TALIBAN_OFFICIAL,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        'The Taliban free five Iranian captives, none of them from Mazar-i-Sharif; the others stay held. The Taliban call the Iranian war games threatening behaviour and warn against any escalation on the border.',
    },
    [S.cbsSep3],
    { note: 'A partial release: it ends nothing (see the header).' },
  ),
  ev(
    'StatementMade',
    'stmt-mohammadi-sep3',
    when('1998-09-03'),
    {
      speaker: MOHAMMADI,
      audience: 'taliban',
      tone: 'military-threat',
      summary:
        'The exercises are a warning to the Taliban, linked to the disappearance of the diplomats: it is Iran’s right to rescue them if they are not released immediately, and the manoeuvres prepare for the case that military options are needed.',
    },
    [S.cbsSep3, S.bbcSep5],
  ),
  ev(
    'StatementMade',
    'stmt-iran-article51-sep5',
    when('1998-09-05'),
    {
      speaker: IRAN_RADIO,
      audience: 'taliban',
      tone: 'military-threat',
      summary:
        'Having made the Security Council aware of a situation that can threaten international peace, Iran will have the right under Article 51 of the UN Charter to take all necessary action in legitimate defence, unless the Taliban release the Iranians held.',
      quote:
        'After this process, Iran will have the right under Chapter 7, Article 51 of the UN Charter to take all necessary action in the context of legitimate defence.',
    },
    [S.bbcSep6],
  ),
  ev(
    'StatementMade',
    'stmt-zadran-sep5',
    when('1998-09-05', 'approximate'),
    {
      speaker: ZADRAN,
      audience: 'iran',
      tone: 'warning',
      summary:
        'The Taliban will not start a war with Iran but will defend themselves; any attack on them would create a regional conflict: "that would turn the entire region into a fireball".',
    },
    [S.bbcSep6],
  ),
  ev(
    'StatementMade',
    'stmt-omar-letter-sep10',
    when('1998-09-10'),
    {
      speaker: OMAR,
      audience: 'United Nations Secretary-General',
      tone: 'neutral',
      summary:
        'In a letter to Kofi Annan, Mullah Omar says a special commission found the bodies of nine Iranians buried with those of opposition fighters outside Mazar-i-Sharif; they were killed "either intentionally or unintentionally … by unidentified soldiers of the Islamic Emirate of Afghanistan who acted on their own"; the Emirate is ready to cooperate in the transfer of the bodies.',
    },
    [S.unSgSep14, S.latSep11],
  ),
  ev(
    'DemandTabled',
    'dem-bodies',
    when('1998-09-10'),
    {
      demandId: D.bodies,
      by: 'iran',
      addressedTo: ['taliban'],
      text: 'Repatriate the bodies of the diplomats and the journalist immediately.',
      category: 'humanitarian',
    },
    [S.latSep11],
  ),
  ev(
    'PositionTaken',
    'pos-taliban-bodies',
    when('1998-09-10'),
    {
      demandId: D.bodies,
      actorId: 'taliban',
      stance: 'accepted',
      quote: 'ready to cooperate in the transfer of the bodies to Iran',
    },
    [S.unSgSep14],
  ),
  ev(
    'StatementMade',
    'stmt-iran-fm-sep10',
    when('1998-09-10'),
    {
      speaker: IRAN_FM,
      audience: 'taliban',
      tone: 'warning',
      summary:
        "Iran holds the Taliban responsible for the deaths and reserves 'the right to defend the security of its citizens'; 'the consequences of the Taliban action is on the shoulders of the Taliban and their supporters'. State television says Mullah Omar personally ordered the consulate's staff detained; more exercises are announced for the weekend.",
      blames: { incidentId: INC.consulate, on: 'taliban' },
    },
    [S.nytSep11, S.latSep11],
  ),
  ev(
    'StatementMade',
    'stmt-irgc-sep11',
    when('1998-09-11'),
    {
      speaker: IRGC,
      audience: 'taliban',
      tone: 'military-threat',
      summary:
        "The Taliban should be given 'what they so richly deserve'; they and the main agents of 'this horrific crime' 'shall never be immune to the tumultuous anger of the Islamic corps'. At Friday prayers Rafsanjani promises the families revenge, to chants of 'Death to the Taliban'.",
    },
    [S.nytSep13],
  ),
  ev(
    'IncidentReported',
    'army-mobilised',
    when('1998-09-13'),
    {
      incidentId: INC.army,
      kind: 'force-posture',
      perpetrator: 'iran',
      against: 'taliban',
      target: 'Afghan border',
      place: 'Iran–Afghanistan border',
      description:
        'The first of 200,000 Iranian army troops mobilised for manoeuvres along the Afghan frontier arrive, the second exercise in two weeks; Western diplomats say Iran could strike as early as the next day.',
    },
    [S.baltSep14, S.cnnSep14],
  ),
  ev('ActorRegistered', 'actor-icrc', when('1998-09-14'), { actor: ICRC, role: 'third-party' }, [
    S.voaSep14,
    S.icrcOct21,
  ]),
  ev(
    'ThirdPartyEngagement',
    'tpe-icrc-bodies-sep14',
    when('1998-09-14'),
    {
      actorId: 'icrc',
      counterparts: ['iran', 'taliban'],
      kind: 'support',
      summary:
        'At the request of both, an ICRC plane flies four Iranian officials from Mashhad to Mazar-i-Sharif and brings back seven of the nine bodies the Taliban hand over; two other bodies are not accepted by Iran.',
    },
    [S.voaSep14, S.cnnSep14, S.icrcOct21],
  ),
  ev(
    'StatementMade',
    'stmt-khamenei-sep14',
    when('1998-09-14'),
    {
      speaker: KHAMENEI,
      audience: 'taliban',
      tone: 'military-threat',
      summary:
        "Khamenei warns of a huge threat of war: he has so far prevented the lighting of a fire, 'but all should know that a very great and wide danger is quite near'; he demands that Pakistan drop its support of the Taliban.",
      quote:
        'I have ... so far prevented the lighting of a fire in this region which would be hard to extinguish, but all should know that a very great and wide danger is quite near.',
    },
    [S.cnnSep14, S.voaSep14],
  ),
  ev(
    'StatementMade',
    'stmt-wakil-sep14',
    when('1998-09-14'),
    {
      speaker: WAKIL,
      audience: 'iran',
      tone: 'critical',
      summary:
        "Iran is blatantly interfering in Afghanistan's internal affairs; Khamenei's language is unbecoming of his status and reflects 'his mental ineptitude'.",
    },
    [S.cnnSep14],
  ),
  ev(
    'StatementMade',
    'stmt-khamenei-sep15',
    when('1998-09-15'),
    {
      speaker: KHAMENEI,
      audience: 'taliban',
      tone: 'military-threat',
      summary:
        "Khamenei tells the Revolutionary Guards' commanders and top officials to be ready for 'speedy, timely and forceful implementation' of coming decisions on Afghanistan; the forces on the border are put on alert, and commanders say they are prepared to push deep into Afghanistan if ordered.",
    },
    [S.nytSep16, S.bbcSep16, S.cnnSep15],
  ),
  ev(
    'StatementMade',
    'stmt-wakil-sep15',
    when('1998-09-15'),
    {
      speaker: WAKIL,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'The Taliban reinforce their border positions and warn that if Afghanistan is attacked they will strike Iranian cities: "We do not want a war with Iran, but if Iran attacks we will take all possible necessary measures."',
      quote:
        'Iran must know that if the soil of Afghanistan is attacked, we will target Iranian cities and the entire responsibility will rest with Iranian authorities.',
    },
    [S.cnnSep15, S.bbcSep16, S.nytSep16],
  ),
  ev(
    'IncidentReported',
    'nine-divisions',
    when('1998-09-16'),
    {
      incidentId: INC.divisions,
      kind: 'force-posture',
      perpetrator: 'iran',
      against: 'taliban',
      target: 'Afghan border',
      place: 'Iran–Afghanistan border',
      description:
        'IRNA announces nine more army divisions with tanks and artillery sent to the Afghan border; Iran says 70,000 troops are there and 200,000 more are coming for an exercise (US officials dispute the numbers).',
    },
    [S.cnnSep16],
  ),
  ev(
    'StatementMade',
    'stmt-taliban-negotiate-sep16',
    when('1998-09-16'),
    {
      speaker: TALIBAN_OFFICIAL,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        'Taliban officials say they are ready to negotiate a peaceful solution with Iran; their delegate at the UN, Hakim Mujahed, adds that they have deployed soldiers "with all kinds of weapons", Scud missiles among them.',
    },
    [S.cnnSep16],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-aziz-sep17',
    when('1998-09-17'),
    {
      actorId: 'pakistan',
      counterparts: ['iran'],
      kind: 'visit',
      summary:
        'Pakistan’s foreign minister Sartaj Aziz arrives in Tehran on an unexpected short visit with a message from Nawaz Sharif to Khatami on the Afghan crisis.',
    },
    [S.rferlSep17],
  ),
  // ===== October: the airspace, Brahimi, the clash, the release =====
  ev(
    'IncidentReported',
    'airspace',
    when('1998-10-02'),
    {
      incidentId: INC.airspace,
      kind: 'force-posture',
      perpetrator: 'iran',
      allegedBy: 'taliban',
      against: 'taliban',
      target: 'Afghan airspace',
      place: 'Western Afghanistan (airspace)',
      description:
        'The Taliban say ten Iranian helicopters and 25 fighter aircraft violated their airspace three times, as Iran rehearsed its border manoeuvres; no fire is reported.',
    },
    [S.tribOct3],
  ),
  ev(
    'StatementMade',
    'stmt-taliban-oct2',
    when('1998-10-02'),
    {
      speaker: TALIBAN_OFFICIAL,
      audience: 'iran',
      tone: 'warning',
      summary:
        '"We think Iran wants to provoke us, but we will not take a hasty decision and are of course ready to go to war if forced"; 800 more volunteers go to the border.',
    },
    [S.tribOct3],
  ),
  ev(
    'MediationAction',
    'med-brahimi-tehran',
    when('1998-10-08'),
    {
      mediator: 'united-nations',
      action: 'visited',
      summary:
        'Brahimi ends his talks with Iranian officials in Tehran and leaves for Pakistan, to meet Taliban and Pakistani officials and defuse the danger of a regional conflict.',
    },
    [S.techOct9, S.tribOct3],
  ),
  ev(
    'IncidentReported',
    'clash-iran-account',
    when('1998-10-08'),
    {
      incidentId: INC.clashIran,
      kind: 'clash',
      perpetrator: 'taliban',
      allegedBy: 'iran',
      against: 'iran',
      target: 'Iranian border posts',
      place: BORDER,
      description:
        "Iran's account: Taliban forces attack Iranian border posts in Khorasan with machine guns early in the morning; Iranian forces return fire for three hours, inflicting 'heavy casualties' and destroying three Taliban border posts (IRGC ground forces commander Jafari). Iran tells the UN it took 'some limited and proportionate measures' in self-defence. The Taliban deny any attack.",
    },
    [S.cnnOct8, S.techOct9, S.cbsOct9],
    { occurrence: O.clash },
  ),
  ev(
    'IncidentReported',
    'clash-taliban-account',
    when('1998-10-08'),
    {
      incidentId: INC.clashTaliban,
      kind: 'clash',
      perpetrator: 'iran',
      allegedBy: 'taliban',
      against: 'taliban',
      target: 'Six Afghan border villages',
      place: BORDER,
      fatalities: { min: 2, max: 2 },
      civilianFatalities: { min: 2, max: 2 },
      injured: { min: 5, max: 5 },
      description:
        "The Taliban's account: Iranian forces attack six border villages in Herat province, killing two civilians and wounding five.",
    },
    [graded(S.cbsOct9, 3)],
    { occurrence: O.clash },
  ),
  ev(
    'MediationAction',
    'med-brahimi-oct9',
    when('1998-10-09'),
    {
      mediator: 'united-nations',
      action: 'proposed',
      summary: 'In Pakistan, Brahimi invites the Taliban to negotiate an end to the tension with Iran.',
    },
    [S.cbsOct9],
  ),
  ev(
    'StatementMade',
    'stmt-mutmaen-oct9',
    when('1998-10-09'),
    {
      speaker: MUTMAEN,
      audience: 'iran',
      tone: 'warning',
      summary:
        '"The border is calm today", but it may not stay so: "If we have more repeats of Iran\'s attacks, then our patience will run out." The Taliban reject Brahimi\'s invitation to negotiate.',
    },
    [S.cbsOct9],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-icrc-remains-oct11',
    when('1998-10-11'),
    {
      actorId: 'icrc',
      counterparts: ['iran', 'taliban'],
      kind: 'support',
      summary: 'An ICRC aircraft flies the remains of three more Iranian diplomats from Mazar-i-Sharif to Mashhad.',
    },
    [S.icrcOct21],
  ),
  ev(
    'StatementMade',
    'stmt-omar-ten-freed-oct12',
    when('1998-10-12'),
    {
      speaker: OMAR,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        'On Mullah Omar’s order, to mark a visit by a Palestinian delegation, ten Iranians held in Kandahar are freed and flown to Tehran by the ICRC; at least 27 stay held.',
    },
    [S.icrcOct21, S.latOct15],
    { note: 'A partial release: it ends nothing (see the header).' },
  ),
  ev(
    'MediationAction',
    'med-brahimi-kandahar',
    when('1998-10-14'),
    {
      mediator: 'united-nations',
      action: 'visited',
      summary:
        'Brahimi, with a representative of the Organization of the Islamic Conference, holds three hours of talks with Mullah Omar in Kandahar; he announces in Islamabad that the Taliban will free the last Iranians held.',
    },
    [S.latOct15, S.icrcOct21],
    { occurrence: O.kandahar },
  ),
  ev(
    'PositionTaken',
    'pos-taliban-release-oct14',
    when('1998-10-14'),
    {
      demandId: D.release,
      actorId: 'taliban',
      stance: 'accepted',
      quote: 'The Taliban said they would free the hostages immediately. Without conditions. (the OIC’s Saleh Zaimi)',
    },
    [S.latOct15],
    { occurrence: O.kandahar },
  ),
  ev(
    'IncidentReported',
    'iranians-released',
    when('1998-10-17'),
    {
      incidentId: INC.released,
      kind: 'release',
      perpetrator: 'taliban',
      against: 'iran',
      target: 'The last Iranians held (26)',
      place: MAZAR,
      description:
        'The 26 Iranian prisoners released in Kandahar on the deal with Brahimi are interviewed by the ICRC and flown to Tehran on 17 and 18 October: the last of those seized at Mazar-i-Sharif.',
    },
    [S.icrcOct21, S.feministOct19],
  ),
  ev(
    'StatementMade',
    'stmt-brahimi-report-oct19',
    when('1998-10-19', 'approximate'),
    {
      speaker: { name: 'Lakhdar Brahimi', title: 'UN Special Envoy for Afghanistan', actorId: 'united-nations' },
      audience: 'iran, taliban',
      tone: 'conciliatory',
      summary:
        'Back from the region, Brahimi reports that the tension began to ease when the Taliban agreed to free all the Iranian prisoners; both sides still keep troops on the border, but face-to-face talks look possible.',
    },
    [S.feministOct19],
  ),
  // ===== November: the Zolfaqar-2 manoeuvres and after =====
  ev(
    'IncidentReported',
    'zolfaqar',
    when('1998-10-31'),
    {
      incidentId: INC.zolfaqar,
      kind: 'force-posture',
      perpetrator: 'iran',
      against: 'taliban',
      target: 'Afghan border',
      place: 'Sistan and Baluchestan, Zabol region',
      description:
        'The Zolfaqar-2 manoeuvres begin with live-fire war games: 200,000 army troops with tanks, artillery, missiles and aircraft over 50,000 sq km near the Afghan border, with 70,000 Revolutionary Guards massed in the area; the final phase was put off while Iran awaited the outcome of the UN mediation. The forces are to remain after the exercise.',
    },
    [S.cnnNov1, S.bbcNov2],
  ),
  ev(
    'StatementMade',
    'stmt-shahbazi-nov1',
    when('1998-11-01'),
    {
      speaker: SHAHBAZI,
      audience: 'taliban',
      tone: 'warning',
      summary:
        "'Iran will not tolerate violations of its borders and drug trafficking'; Iran is 'ready to suppress' any threat to its national security, and its forces will stay on the eastern border after the war games.",
    },
    [S.cnnNov1],
  ),
  ev(
    'StatementMade',
    'stmt-army-nov2',
    when('1998-11-02'),
    {
      speaker: SHAHBAZI,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The manoeuvres, with 200,000 troops, have ended: "a fruitful and positive operation", with night assaults on mock enemy targets. The BBC\'s Kabul correspondent says Brahimi averted open war between the two.',
    },
    [S.bbcNov2],
  ),
  ev(
    'DemandTabled',
    'dem-culprits',
    when('1998-11-12', 'approximate'),
    {
      demandId: D.culprits,
      by: 'iran',
      addressedTo: ['taliban'],
      text: 'Hand over those responsible for the killing of the diplomats and the journalist, and apologise.',
      category: 'political',
    },
    [S.rferlNov12],
  ),
  ev(
    'PositionTaken',
    'pos-taliban-culprits-nov',
    when('1998-11-12', 'approximate'),
    {
      demandId: D.culprits,
      actorId: 'taliban',
      stance: 'rejected',
      conditions:
        'The Taliban refused to apologise, rejected the extradition requests and called the dead Iranians intelligence officers.',
    },
    [S.rferlNov12],
  ),
  // ===== February 1999: the Dubai talks =====
  ev(
    'TalksRoundOpened',
    'round-dubai-open',
    when('1999-02-02'),
    {
      roundId: 'dubai-1999-02',
      label: 'Iran–Taliban talks in Dubai',
      format: 'informal',
      venue: 'Dubai, United Arab Emirates',
      delegations: [{ actorId: 'iran' }, { actorId: 'taliban', head: WAKIL }],
    },
    [S.cnnFeb3],
    { note: 'Asked for by the Taliban; the first talks between the two since the crisis.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-dubai-concluded',
    when('1999-02-02'),
    {
      roundId: 'dubai-1999-02',
      outcome: 'progress',
      summary:
        'IRNA confirms the meeting; a Tehran paper reports an improvement in relations: Mutawakil tells the Iranian side that the Taliban are committed to punishing the killers of the Iranians.',
    },
    [S.cnnFeb3],
  ),
  ev(
    'PositionTaken',
    'pos-taliban-culprits-feb',
    when('1999-02-02'),
    {
      demandId: D.culprits,
      actorId: 'taliban',
      stance: 'counter-proposed',
      conditions: 'The Taliban will punish the killers themselves.',
    },
    [S.cnnFeb3],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'iran-taliban-1998.jsonl',
  logEnd: '2026-12-07T06:00:00Z',
  events,
};

export default definition;
