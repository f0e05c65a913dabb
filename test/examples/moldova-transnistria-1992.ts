/**
 * A test fixture, not a shipped example: Moldova and the self-proclaimed
 * Pridnestrovian Moldavian Republic (Transnistria) in 1992, as an analyst
 * following the news could have recorded them — the attack on the Dubăsari
 * police station and the fire on Cocieri (1–2 March), Moldova's state of
 * emergency and its order to disarm the Dniester formations (28 March), the
 * four foreign ministers' mechanism (Helsinki, 23 March; Chișinău, 6 April),
 * the battle of Bender (Tighina) from 19 June with the Russian 14th Army's
 * part in it, the ceasefires of 22 June, 3 July and 7 July broken or
 * superseded, the Yeltsin – Snegur convention of 21 July on the principles of a
 * peaceful settlement, the Joint Control Commission (27 July) and the
 * trilateral peacekeepers entering the security zone (29 July). Escalation
 * model v2 was never tuned on it: it is the case the model is held to in
 * moldova-transnistria-1992.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * No other case records this pair or these months; nothing of another
 * fixture's is recorded here.
 *
 * The parties are Moldova (a state) and Transnistria (a de-facto authority).
 * Russia is a third party: its 14th Army is stationed on the left bank, and
 * what sources say that army did is recorded as Russia's (perpetrator
 * `russia`), never as Transnistria's; Russia also signs the 21 July convention
 * and mediates the July ceasefires (`mediatedBy`). Ukraine and Romania are
 * mediators from the four foreign ministers' decision at Helsinki (23 March);
 * the United Nations is an observer from its fact-finding visit (27 June).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. Recorded retrospectively,
 * one minute apart.
 *
 * Grading as in examples/README.md: B = an established outlet or a wire copy
 * (the Los Angeles Times via the Baltimore Sun and the Morning Call, AP, the
 * Independent's Reuters copy, La Stampa's ANSA copy, taz's dpa copy, IPN),
 * and the four ministers' declaration as published by a Russian legal
 * database; C = a party's own later account or a partisan outlet (the
 * Transnistrian Supreme Council, Sputnik, a Transnistrian museum site, RT's
 * copy on Teller Report, Radio Chișinău via Yam, a Moldovan diaspora site);
 * D = an aggregator with a slanted record (news-pravda). 1 = a document signed
 * by those it binds; 2 = several sources agree or one established source
 * reports it; 3 = one side's claim, or a toll the sides dispute.
 *
 * Judgement calls, recorded as an analyst would:
 * - Who the 21 July convention binds. It is signed by Yeltsin and Snegur only
 *   (Russia and Moldova), in the presence of Igor Smirnov, Transnistria's
 *   leader, who did not sign it (Sputnik, the Transnistrian Supreme Council,
 *   Radio Chișinău). Its ceasefire is recorded as binding Moldova and
 *   Transnistria (`CeasefireDeclared.parties`), the two sides whose forces
 *   must cease fire and withdraw from the security zone, with Russia as its
 *   mediator (`mediatedBy`); the convention itself (`AgreementReached`, kind
 *   `framework`) has Moldova and Russia as its signatories, `signed` on 21 July
 *   and `in-force` from 29 July, when the peacekeepers began to enter. The same
 *   reading for the Kremlin truce of 3 July (agreed by Yeltsin and Snegur).
 *   The accord of 7 July was signed by the two sides' senior officers with
 *   Yeltsin's representative: its signatories are all three.
 * - Whose armed action. Acts the sources give to "separatists", "Slavic
 *   forces", Cossacks or the Dniester guards are Transnistria's; acts of the
 *   Russian troops (the accusation that they aided the separatists in the
 *   Bender fighting; the munitions depot Moldovan militants blew up; the shell
 *   on the 14th Army's garrison in Dubăsari) are recorded with `russia` as
 *   perpetrator or target. No source read gives a date, place or toll for a
 *   14th Army act of its own: the one recorded is Moldova's accusation (AP,
 *   27 June), placed at Bender on the weekend the battle turned (21 June,
 *   `approximate`), graded 3. Lebed's artillery strikes of early July are known
 *   but no source read dates them: not recorded.
 * - Scale: no act is marked `major`. The sources read call Bender "the Bendery
 *   battle" (Los Angeles Times) and "the main battle" (TopWar, not cited), and
 *   Kravchuk speaks of "full-blooded war" in the former Soviet Union at large;
 *   none calls an act an offensive, a full-scale battle or an invasion. The
 *   tolls carry the weight instead: "300 dead and 500 injured over the
 *   weekend" of 20–21 June (Los Angeles Times; AP: "up to 300 killed in the
 *   past week") and "at least 20 more" on the morning of 22 June.
 * - One place, written one way: "Bender" for Bender/Bendery/Tighina and its
 *   suburbs; "Dubăsari" for the town and its garrison; "Cocieri"; "Mășcăuți";
 *   "the Dniester line (place not given)" for acts no source places.
 * - The state of emergency of 28 March is recorded as Moldova's demand that the
 *   Dniester formations surrender their arms and its ultimatum to enforce it
 *   ("they must surrender their arms ... If they don't ... we will have to use
 *   force"), no deadline, with Snegur's address one occurrence with it. No
 *   source read says it was withdrawn; it is resolved `lapsed` on 21 July, when
 *   Moldova signed the convention's principles of a peaceful settlement.
 * - The Dubăsari police held on 1 March (32 policemen and two trainees, IPN)
 *   and the six Bender police arrested on 2 March are described in the acts,
 *   not recorded as `detention`s: no source read dates their release, and a
 *   detention without its release would weigh to the end of the log. The
 *   bridges the guards blocked on 2 March are a `force-posture`, not a
 *   `border-closure`, for the same reason (no reopening dated).
 * - March's toll: "more than 50 people have been killed in clashes this month"
 *   (Los Angeles Times, 28 March) is a `casualty-report` over 1–28 March,
 *   recorded as 50 (no perpetrator: both sides'); UPI via Hina says armed
 *   clashes took place "almost every day". No day-by-day act is recorded
 *   between 2 and 28 March beyond these: none found with its date.
 * - 7 April – 18 June: no dated armed act was found in the sources read,
 *   although the Independent (7 July) speaks of "repeated attempts at
 *   ceasefires" that failed; the record is thinner than the fighting.
 * - The ceasefire "agreed only on Monday evening" (22 June) and "not kept" on
 *   Tuesday (dpa via taz) is recorded as declared and `collapsed` on 23 June;
 *   no source read names who agreed it or a mediator. The Kremlin truce of 3
 *   July is superseded by the officers' accord of 7 July, in force from
 *   midnight (21:00 UTC), and that by the convention of 21 July. Each side's
 *   accusation of shelling near Dubăsari after midnight on 7–8 July is its own
 *   act and its own violation, one occurrence, no toll.
 * - Dates read from the reports: the Kremlin meeting is "yesterday" in
 *   ANSA's copy in La Stampa of 4 July (issue 181), so 3 July; the officers'
 *   accord was signed "on Tuesday evening" and the guns pulled back
 *   "yesterday" in the Independent's Reuters copy, so 7 July (a Tuesday) and
 *   the copy of 9 July; dpa's "Monday evening" and "Tuesday" in taz are 22 and
 *   23 June, the copy of 24 June; the CIS summit of the Independent's 7 July
 *   report is "yesterday", 6 July. Times of day are `approximate` where the
 *   sources give only "evening" or "morning".
 * - Left out for want of a dated source or because they are not the pair's:
 *   the clash of 13 December 1991 at the Dubăsari bridge (before the case),
 *   taz's "fighting continues unabated" after the 21 July agreement (no side,
 *   place or toll), the peacekeepers' arrival at Tiraspol airfield on the night
 *   of 31 July – 1 August (a later anniversary account), the JCC's later
 *   sessions and anything of August – December 1992 (none found dated).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'moldova-transnistria-1992';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1992);
/** Recorded retrospectively on 7 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-07T04:00:00Z');

const MOLDOVA: Actor = {
  id: 'moldova',
  name: 'Moldova',
  kind: 'state',
  aliases: ['Republic of Moldova', 'Chișinău', 'Kishinev'],
};
const TRANSNISTRIA: Actor = {
  id: 'transnistria',
  name: 'Transnistria (Pridnestrovian Moldavian Republic)',
  kind: 'de-facto-authority',
  aliases: ['Pridnestrovian Moldavian Republic', 'PMR', 'Dniester Moldavian Republic', 'Dnestr Republic', 'Tiraspol'],
};
const RUSSIA: Actor = { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Russian Federation', 'Moscow'] };
const UKRAINE: Actor = { id: 'ukraine', name: 'Ukraine', kind: 'state', aliases: ['Kyiv', 'Kiev'] };
const ROMANIA: Actor = { id: 'romania', name: 'Romania', kind: 'state', aliases: ['Bucharest'] };
const UN: Actor = {
  id: 'united-nations',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN'],
};

const SNEGUR: Person = { name: 'Mircea Snegur', title: 'President of Moldova', actorId: 'moldova' };
const CORLATEANU: Person = {
  name: 'Dumitru Corlateanu',
  title: 'Spokesman of the Moldovan Interior Ministry',
  actorId: 'moldova',
};
const LITSKAI: Person = {
  name: 'Valery Litskai',
  title: 'Assistant to Igor Smirnov, Dniester president',
  actorId: 'transnistria',
};
const YELTSIN: Person = { name: 'Boris Yeltsin', title: 'President of Russia', actorId: 'russia' };
const MD_PARLIAMENT: Person = { name: 'Parliament of Moldova', actorId: 'moldova' };
const KOSTASH: Person = { name: 'Ion Kostash', title: 'Defence Minister of Moldova', actorId: 'moldova' };

const S = {
  ipn2012: source(
    'Figures and facts about Transnistrian conflict, part II',
    'IPN (Info-Prim Neo)',
    'https://ipn.md/en/figures-and-facts-about-transnistrian-conflict-part-ii-7965_996117.html',
    '2012-02-28',
    'B',
    3,
  ),
  ipn2010: source(
    'Moldova commemorates its heroes',
    'IPN (Info-Prim Neo)',
    'https://www.old.ipn.md/en/print/moldova-commemorates-its-heroes--7967_980923.html',
    '2010-03-02',
    'B',
    2,
  ),
  codru: source(
    '19 ani de la începerea războiului din Transnistria (Italian edition)',
    'Codru.org (Moldovan community site in Italy)',
    'https://codru.org/it/component/content/article/44-moldova-events/819-19-ani-de-la-inceperea-razboiului-din-transnistria?print=1&tmpl=component',
    '2011-03-02',
    'C',
    3,
  ),
  declaration0406: source(
    'Declaration of the foreign ministers of the Republic of Moldova, the Russian Federation, Romania and Ukraine, 6 April 1992',
    'Laws of Russia (legal text database)',
    'https://laws-russia.narod.ru/fed1992/data03/tex14198.htm',
    '1992-04-06',
    'B',
    1,
  ),
  latimes0329: source(
    "Moldova's leader orders a state of emergency; breakaway region responds defiantly (Los Angeles Times)",
    'The Baltimore Sun (Los Angeles Times)',
    'http://articles.baltimoresun.com/1992-03-29/news/1992089023_1_moldova-dniestr-snegur',
    '1992-03-29',
    'B',
    2,
  ),
  hina0328: source(
    'Snegur proglasio izvanredno stanje u Moldovi (UPI/Hina, 28 March 1992)',
    'HINA (UPI)',
    'https://hina.hr/OTS/6030689',
    '1992-03-28',
    'B',
    2,
  ),
  tellerreport: source(
    '“Russia saved us”: 28 years ago a war came to the Transnistrian city of Bender',
    'Teller Report (RT)',
    'https://www.tellerreport.com/news/2020-06-19-%E2%80%9Crussia-saved-us%E2%80%9D--28-years-ago--a-war-came-to-the-transnistrian-city-of-bender.By3mRY5aU.html',
    '2020-06-19',
    'C',
    3,
  ),
  vspmr2025: source(
    'The peacekeeping operation on the Dniester began 33 years ago',
    'Supreme Council of the Pridnestrovian Moldavian Republic',
    'https://en.vspmr.org/news/supreme-council/mirotvorcheskoy-operatsii-na-dnestre-33-goda.html',
    '2025-07-29',
    'C',
    2,
  ),
  mcall0623: source(
    'Moldovan Leader Calls For War On Russia (Los Angeles Times)',
    'The Morning Call (Los Angeles Times)',
    'http://articles.mcall.com/1992-06-23/news/2850316_1_moldovan-president-mircea-snegur-slavic-separatists-scores-of-grenade-launchers',
    '1992-06-23',
    'B',
    2,
  ),
  taz0624: source(
    'Moldova: Heftige Kämpfe um Dnjestr-Republik (dpa)',
    'taz',
    'https://taz.de/Archiv-Suche/!1664781&s=&SuchRahmen=Print/',
    '1992-06-24',
    'B',
    2,
  ),
  ap0627: source(
    'Seven Dead in Moldovan Violence; Clashes in Ossetia on Eve of Cease-Fire',
    'Associated Press',
    'https://www.apnews.com/709fef2d97e115a710bb5900b51ce2d1',
    '1992-06-27',
    'B',
    2,
  ),
  stampa0704: source(
    'Moldavia: firmata la pace per il Dniestr (ANSA)',
    'La Stampa (ANSA)',
    'http://www.archiviolastampa.it/component/option,com_lastampa/task,search/Itemid,3/action,detail/id,0835_01_1992_0181_0007_11728259/',
    '1992-07-04',
    'B',
    2,
  ),
  indep0707: source(
    'CIS peace force to go to Moldova',
    'The Independent',
    'http://www.independent.co.uk/news/world/europe/cis-peace-force-to-go-to-moldova-1531723.html',
    '1992-07-07',
    'B',
    2,
  ),
  indep0709: source(
    'Moldovans agree truce (Reuter)',
    'The Independent (Reuters)',
    'http://www.independent.co.uk/news/world/moldovans-agree-truce-1532060.html',
    '1992-07-09',
    'B',
    2,
  ),
  sputnik2022: source(
    "Moldova's Possible Withdrawal From Peace Deal With PMR Could Lead to Hostilities - Tiraspol",
    'Sputnik',
    'https://sputnikglobe.com/amp/20220721/moldovas-possible-withdrawal-from-peace-deal-with-pmr-could-lead-to-hostilities--tiraspol-1097638077.html',
    '2022-07-21',
    'C',
    2,
  ),
  yam2022: source(
    '30 de ani de la semnarea Convenției privind reglementarea pașnică a conflictului din zona nistreană (Radio Chișinău)',
    'Yam.md (Radio Chișinău)',
    'https://news.yam.md/ro/story/13311135',
    '2022-07-21',
    'C',
    2,
  ),
  benderyFortress: source(
    'Festival "Thank you for the peaceful sky" was held in Bendery Fortress',
    'Bendery Fortress museum',
    'https://bendery-fortress.com/en/festival-thank-you-for-the-peaceful-sky-was-held-in-bendery-fortress',
    '2019-07-29',
    'C',
    2,
  ),
  newsPravda2025: source(
    'On July 29, 1992, Russian peacekeepers entered the conflict zone between Moldova and Transnistria',
    'News-Pravda (Moldova)',
    'https://md.news-pravda.com/en/world/2025/07/29/64541.html',
    '2025-07-29',
    'D',
    2,
  ),
};

const P = {
  dubasari: 'Dubăsari',
  cocieri: 'Cocieri',
  bender: 'Bender',
  mascauti: 'Mășcăuți',
  line: 'the Dniester line (place not given)',
  depot: 'a Russian munitions depot (place not given)',
};
const D = { disarm: 'moldova-disarm-dniester-formations' };
const U = { emergency: 'moldova-state-of-emergency-1992-03-28' };
const R = {
  kremlin: 'yeltsin-snegur-kremlin-1992-07-03',
  moscow: 'yeltsin-snegur-moscow-1992-07-21',
  jcc: 'jcc-bender-1992-07-27',
};
const A = {
  kremlin: 'kremlin-truce-1992-07-03',
  officers: 'officers-accord-1992-07-07',
  convention: 'convention-peaceful-settlement-1992-07-21',
};
const CF = {
  jun22: 'ceasefire-1992-06-22',
  jul3: 'ceasefire-1992-07-03',
  jul7: 'ceasefire-1992-07-07',
  jul21: 'ceasefire-1992-07-21',
};
const O = {
  emergency: 'state-of-emergency-mar-28',
  helsinki: 'four-ministers-helsinki',
  jun23: 'bender-jun-23',
  kremlin: 'kremlin-jul-3',
  jul7: 'officers-accord-jul-7',
  jul8: 'dubasari-shelling-jul-8',
  jul21: 'convention-jul-21',
  jcc: 'jcc-jul-27',
};

const events = [
  // ===== 1–2 March 1992: Dubăsari and Cocieri =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1992-03-01'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Moldova – Transnistria, the war on the Dniester and the Moscow convention, 1992',
      subject:
        'The armed conflict between Moldova and the self-proclaimed Pridnestrovian Moldavian Republic from the attack on the Dubăsari police station (March 1992), the four foreign ministers’ mechanism, the battle of Bender with the Russian 14th Army’s part in it, the ceasefires of June and July, and the Yeltsin – Snegur convention of 21 July 1992 with its Joint Control Commission and trilateral peacekeepers',
      parties: [MOLDOVA, TRANSNISTRIA],
      mediators: [],
    },
    [S.ipn2012, S.ipn2010],
  ),
  ev('ActorRegistered', 'actor-russia', when('1992-03-01'), { actor: RUSSIA, role: 'third-party' }, [S.ipn2010], {
    note: 'Russia’s 14th Army is stationed on the left bank; Moldova says it backs the separatists (IPN).',
  }),
  ev(
    'IncidentReported',
    'inc-dubasari-police-0301',
    when('1992-03-01T18:00:00Z', 'approximate'),
    {
      incidentId: 'pmr-attacks-dubasari-police-1992-03-01',
      kind: 'clash',
      perpetrator: 'transnistria',
      allegedBy: 'moldova',
      against: 'moldova',
      target: 'The Moldovan police station in Dubăsari, the last institution on the left bank under Chișinău’s control',
      place: P.dubasari,
      description:
        'In the evening Cossacks and Dniester guards attack and take the Dubăsari police station and take 32 policemen and two trainees hostage (Moldova’s military history centre, via IPN); Moldova marks 2 March as the day the war began.',
    },
    [S.ipn2012, S.ipn2010],
  ),
  ev(
    'IncidentReported',
    'inc-bridges-0302',
    when('1992-03-02'),
    {
      incidentId: 'pmr-blocks-dniester-bridges-1992-03-02',
      kind: 'force-posture',
      perpetrator: 'transnistria',
      against: 'moldova',
      place: P.dubasari,
      description:
        'Armed guards and Cossacks patrol the Tiraspol–Dubăsari road and block the bridges over the Dniester towards Vadul lui Vodă, Lunga and the Dubăsari dam, and access to the bridges at Bender, Rîbnița and Camenca, their posts equipped with Russian army armoured vehicles; in the evening sixteen guards arrest six employees of the Bender police.',
    },
    [S.ipn2012],
  ),
  ev(
    'IncidentReported',
    'inc-cocieri-0302',
    when('1992-03-02', 'approximate'),
    {
      incidentId: 'pmr-fires-on-cocieri-1992-03-02',
      kind: 'clash',
      perpetrator: 'transnistria',
      allegedBy: 'moldova',
      against: 'moldova',
      target: 'Villagers of Cocieri',
      place: P.cocieri,
      description:
        'Transnistrian Cossacks begin an armed attack on the villagers of Cocieri, Dubăsari district, and open fire on civilians from armoured cars (the Moldovan account on its Remembrance Day).',
    },
    [S.codru],
  ),
  // ===== March 1992: Helsinki, the state of emergency =====
  ev(
    'ActorRegistered',
    'actor-ukraine',
    when('1992-03-23'),
    { actor: UKRAINE, role: 'mediator' },
    [S.declaration0406],
    {
      note: 'One of the four states (Moldova, Russia, Romania, Ukraine) whose foreign ministers agreed at Helsinki to coordinate their efforts to settle the conflict.',
    },
  ),
  ev(
    'ActorRegistered',
    'actor-romania',
    when('1992-03-23'),
    { actor: ROMANIA, role: 'mediator' },
    [S.declaration0406],
    {
      note: 'One of the four states whose foreign ministers agreed at Helsinki to coordinate their efforts to settle the conflict.',
    },
  ),
  ev(
    'MediationAction',
    'med-helsinki-0323',
    when('1992-03-23'),
    {
      mediator: 'ukraine',
      action: 'offered',
      summary:
        'At Helsinki the foreign ministers of Moldova, Russia, Romania and Ukraine decide to coordinate their efforts to settle the conflict in the left-bank districts of Moldova and to set up a mechanism of political consultations, including at ministerial level (one record for the four; Ukraine and Romania are the mediators registered).',
    },
    [S.declaration0406],
    { occurrence: O.helsinki },
  ),
  ev(
    'IncidentReported',
    'inc-march-toll',
    when('1992-03-28T12:00:00Z'),
    {
      incidentId: 'march-clashes-toll-1992',
      kind: 'casualty-report',
      period: { from: '1992-03-01', to: '1992-03-28' },
      fatalities: { min: 50, max: 50 },
      description:
        'More than 50 people killed in clashes this month between Moldovans and the militias that support the Dniester republic (Los Angeles Times); armed clashes almost every day (UPI). Both sides’ dead; recorded as 50.',
    },
    [S.latimes0329, S.hina0328],
  ),
  ev(
    'DemandTabled',
    'demand-disarm',
    when('1992-03-28T18:00:00Z'),
    {
      demandId: D.disarm,
      by: 'moldova',
      addressedTo: ['transnistria'],
      text: 'The illegitimate armed formations of the Dniester republic are to be liquidated and disarmed: they must surrender their arms.',
      category: 'security',
    },
    [S.latimes0329],
    { occurrence: O.emergency },
  ),
  ev(
    'UltimatumIssued',
    'ult-emergency',
    when('1992-03-28T18:00:00Z'),
    {
      ultimatumId: U.emergency,
      by: 'moldova',
      to: ['transnistria'],
      demandIds: [D.disarm],
      consequences:
        'Force: "If they don\'t, only one option remains — to make them do so by force" (the Interior Ministry\'s spokesman); Snegur orders the police and the embryonic army to take the offensive under a state of emergency of no set term, from 20:00.',
    },
    [S.latimes0329, S.hina0328],
    { occurrence: O.emergency },
  ),
  ev(
    'StatementMade',
    'stmt-snegur-0328',
    when('1992-03-28T18:00:00Z'),
    {
      speaker: SNEGUR,
      audience: 'transnistria',
      tone: 'military-threat',
      summary:
        'Snegur declares a state of emergency, saying all efforts at a political settlement have failed and acknowledging that it may bring civil war: "the hour has come when we can no longer delay putting our own house in order".',
      quote: 'As God is my witness, I never wanted bloodshed',
    },
    [S.latimes0329],
    { occurrence: O.emergency },
  ),
  ev(
    'StatementMade',
    'stmt-corlateanu-0328',
    when('1992-03-28T19:00:00Z'),
    {
      speaker: CORLATEANU,
      audience: 'transnistria',
      tone: 'military-threat',
      summary: 'The decree is quite clear: they must surrender their arms, or Moldova will have to use force.',
      quote: 'And we will have to use force. The conflict has gone too far.',
    },
    [S.latimes0329],
    { occurrence: O.emergency },
  ),
  ev(
    'StatementMade',
    'stmt-litskai-0328',
    when('1992-03-28T20:00:00Z'),
    {
      speaker: LITSKAI,
      audience: 'moldova',
      tone: 'accusation',
      summary:
        'The Dniester leadership calls its supporters to arms and imposes a curfew; Litskai calls the decree a declaration of war and a dictatorship.',
      quote: 'Plainly, this decree is a declaration of war and the establishment of a dictatorship in Moldova.',
    },
    [S.latimes0329],
  ),
  ev(
    'IncidentReported',
    'inc-raids-0328',
    when('1992-03-28T20:00:00Z'),
    {
      incidentId: 'moldova-raids-dniester-line-1992-03-28',
      kind: 'clash',
      perpetrator: 'moldova',
      allegedBy: 'transnistria',
      against: 'transnistria',
      place: P.line,
      description: 'Litskai: "They are already launching reconnaissance-in-force raids along the border."',
    },
    [graded(S.latimes0329, 3)],
  ),
  // ===== April 1992: the four ministers in Chișinău =====
  ev(
    'MediationAction',
    'med-chisinau-0406',
    when('1992-04-06'),
    {
      mediator: 'romania',
      action: 'proposed',
      summary:
        'The foreign ministers of Moldova, Russia, Romania and Ukraine meet in Chișinău under the Helsinki mechanism, review the events in the conflict zone and the recommendations of their experts for settling the conflict by political means alone, preventing its escalation and the involvement of other states’ citizens, and raising confidence in the zone (one record for the four).',
    },
    [S.declaration0406],
  ),
  // ===== 19–27 June 1992: the battle of Bender =====
  ev(
    'IncidentReported',
    'inc-bender-0619',
    when('1992-06-19T14:00:00Z', 'approximate'),
    {
      incidentId: 'moldova-enters-bender-1992-06-19',
      kind: 'clash',
      perpetrator: 'moldova',
      allegedBy: 'transnistria',
      against: 'transnistria',
      place: P.bender,
      description:
        'Fighting begins in Bender in the late afternoon (sirens at 16:45 local time) and Moldovan units enter the town, cutting off its Leninsky district (the Transnistrian account).',
    },
    [S.tellerreport, S.vspmr2025],
  ),
  ev(
    'IncidentReported',
    'inc-bender-0621',
    when('1992-06-21', 'approximate'),
    {
      incidentId: 'bender-battle-weekend-1992-06-21',
      kind: 'clash',
      perpetrator: 'transnistria',
      against: 'moldova',
      place: P.bender,
      fatalities: { min: 300, max: 300 },
      injured: { min: 500, max: 500 },
      description:
        'Slavic forces fight Moldovans for the town of Bendery on the Dniester over the weekend of 20–21 June: 300 reported dead and 500 injured (Los Angeles Times; AP: up to 300 killed in the week).',
    },
    [S.mcall0623, S.ap0627],
  ),
  ev(
    'IncidentReported',
    'inc-14th-army-0621',
    when('1992-06-21', 'approximate'),
    {
      incidentId: 'russian-troops-aid-separatists-bender-1992-06-21',
      kind: 'clash',
      perpetrator: 'russia',
      allegedBy: 'moldova',
      against: 'moldova',
      place: P.bender,
      description:
        'Moldova accuses the Russian 14th Army’s troops of aiding the separatists in the Bender fighting; the Russian government says the soldiers are acting on their own (no date, place or toll given for an act of theirs).',
    },
    [graded(S.ap0627, 3), S.mcall0623],
  ),
  ev(
    'StatementMade',
    'stmt-yeltsin-0621',
    when('1992-06-21'),
    {
      speaker: YELTSIN,
      audience: 'moldova',
      tone: 'warning',
      summary:
        'Yeltsin warns that Russians could not stand by as their brethren were killed in other former republics.',
    },
    [S.mcall0623],
  ),
  ev(
    'IncidentReported',
    'inc-bender-0622',
    when('1992-06-22T06:00:00Z', 'approximate'),
    {
      incidentId: 'bender-battle-1992-06-22',
      kind: 'clash',
      perpetrator: 'transnistria',
      against: 'moldova',
      place: P.bender,
      fatalities: { min: 20, max: 20 },
      description: 'At least 20 more people reported killed in the morning as the Bendery battle continues.',
    },
    [S.mcall0623],
  ),
  ev(
    'IncidentReported',
    'inc-depot-0622',
    when('1992-06-22', 'approximate'),
    {
      incidentId: 'moldovan-militants-blow-up-russian-depot-1992-06-22',
      kind: 'clash',
      perpetrator: 'moldova',
      against: 'russia',
      place: P.depot,
      fatalities: { min: 0, max: 26 },
      description:
        'Moldovan militants blow up a Russian munitions storehouse, their deadliest attack yet on the Russian troops stationed in Moldova, reportedly killing 26.',
    },
    [graded(S.mcall0623, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-snegur-0622',
    when('1992-06-22T12:00:00Z'),
    {
      speaker: SNEGUR,
      audience: 'russia',
      tone: 'military-threat',
      summary:
        'At an emergency session of parliament Snegur calls for a declaration of war on Russia, which he says seeks to be the policeman of the CIS.',
      quote: 'We have to call a spade a spade: We are at war with Russia.',
    },
    [S.mcall0623],
  ),
  ev(
    'CeasefireDeclared',
    'cf-jun22',
    when('1992-06-22T18:00:00Z', 'approximate'),
    {
      ceasefireId: CF.jun22,
      parties: ['moldova', 'transnistria'],
      scope: 'The fighting over Bender (no terms given)',
      duration: 'indefinite',
    },
    [S.taz0624],
  ),
  ev(
    'IncidentReported',
    'inc-bender-0623',
    when('1992-06-23', 'approximate'),
    {
      incidentId: 'bender-battle-1992-06-23',
      kind: 'clash',
      perpetrator: 'transnistria',
      allegedBy: 'moldova',
      against: 'moldova',
      place: P.bender,
      description:
        'Bender is again the centre of the fighting between Moldovan troops and the separatists; a Moscow news agency puts the dead and wounded at a thousand (no count of the dead alone).',
    },
    [S.taz0624],
    { occurrence: O.jun23 },
  ),
  ev(
    'CeasefireEnded',
    'cf-jun22-collapsed',
    when('1992-06-23', 'approximate'),
    {
      ceasefireId: CF.jun22,
      reason: 'collapsed',
      summary: 'The ceasefire agreed only on Monday evening is not kept: the fighting for Bender goes on on Tuesday.',
    },
    [S.taz0624],
    { occurrence: O.jun23 },
  ),
  ev(
    'StatementMade',
    'stmt-parliament-0623',
    when('1992-06-23'),
    {
      speaker: MD_PARLIAMENT,
      audience: 'russia',
      tone: 'accusation',
      summary: 'Moldova’s parliament accuses the 14th CIS Army stationed in the region of wanting to occupy Bendery.',
    },
    [S.taz0624],
    { occurrence: O.jun23 },
  ),
  ev(
    'IncidentReported',
    'inc-mascauti-0626',
    when('1992-06-26T20:00:00Z', 'approximate'),
    {
      incidentId: 'pmr-shells-mascauti-1992-06-26',
      kind: 'shelling',
      perpetrator: 'transnistria',
      allegedBy: 'moldova',
      against: 'moldova',
      target: 'Houses in the village',
      place: P.mascauti,
      fatalities: { min: 6, max: 6 },
      civilianFatalities: { min: 6, max: 6 },
      injured: { min: 8, max: 8 },
      description:
        'Shells fired by the separatists across the Dniester hit houses in Mășcăuți on Friday night: six civilians killed and eight wounded (Victor Puscas, deputy speaker of Moldova’s parliament).',
    },
    [S.ap0627],
  ),
  ev(
    'IncidentReported',
    'inc-pmr-civilian-0626',
    when('1992-06-26T20:00:00Z', 'approximate'),
    {
      incidentId: 'moldova-clash-civilian-killed-1992-06-26',
      kind: 'clash',
      perpetrator: 'moldova',
      allegedBy: 'transnistria',
      against: 'transnistria',
      place: P.line,
      fatalities: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      description:
        'The Trans-Dniester press office: another civilian killed and several wounded in clashes with Moldovan forces.',
    },
    [graded(S.ap0627, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-garrison-0626',
    when('1992-06-26T20:00:00Z', 'approximate'),
    {
      incidentId: 'moldova-shell-hits-14th-army-dubasari-1992-06-26',
      kind: 'shelling',
      perpetrator: 'moldova',
      allegedBy: 'transnistria',
      against: 'russia',
      target: 'The 14th Russian army garrison',
      place: P.dubasari,
      description:
        'The Trans-Dniester press office: a shell fired by Moldovans hits the 14th Russian army garrison in Dubossary and starts a fire.',
    },
    [graded(S.ap0627, 3)],
  ),
  ev('ActorRegistered', 'actor-un', when('1992-06-27'), { actor: UN, role: 'observer' }, [S.ap0627], {
    note: 'A three-man UN delegation led by Gilberto Schittler on a three-day fact-finding visit.',
  }),
  ev(
    'ThirdPartyEngagement',
    'tpe-un-0627',
    when('1992-06-27'),
    {
      actorId: 'united-nations',
      counterparts: ['moldova', 'transnistria'],
      kind: 'visit',
      summary:
        'UN observers arrive in Kishinev to hear all the parties and prepare humanitarian aid; both sides welcome them and pledge cooperation to end the fighting.',
    },
    [S.ap0627],
  ),
  // ===== July 1992: the Kremlin truce, the officers' accord =====
  ev(
    'TalksRoundOpened',
    'round-kremlin-open',
    when('1992-07-03T09:00:00Z', 'approximate'),
    {
      roundId: R.kremlin,
      label: 'Yeltsin – Snegur meeting, the Kremlin',
      format: 'formal',
      venue: 'Moscow',
      hosts: ['russia'],
      delegations: [{ actorId: 'moldova', head: SNEGUR }],
    },
    [S.stampa0704],
  ),
  ev(
    'TalksRoundConcluded',
    'round-kremlin-concluded',
    when('1992-07-03T11:00:00Z', 'approximate'),
    {
      roundId: R.kremlin,
      outcome: 'agreement',
      summary:
        'After some ninety minutes: an immediate truce on the Dniester, a line separating the two sides and a neutral force; a joint commission to settle the withdrawal of the 14th Army once the line is drawn and the region’s status defined.',
    },
    [S.stampa0704],
    { occurrence: O.kremlin },
  ),
  ev(
    'AgreementReached',
    'agr-kremlin',
    when('1992-07-03T11:00:00Z', 'approximate'),
    {
      agreementId: A.kremlin,
      kind: 'ceasefire',
      provisions: [
        'An immediate truce on the Dniester',
        'A line of demarcation between the two sides, and a neutral force deployed on it',
        'A mixed commission led by the deputy prime ministers of Russia and Moldova to settle the withdrawal of the 14th Army',
        'A standing telephone line between the two presidents',
      ],
      signatories: ['moldova', 'russia'],
      textPublic: false,
      roundId: R.kremlin,
      status: 'signed',
    },
    [S.stampa0704],
    { occurrence: O.kremlin },
  ),
  ev(
    'CeasefireDeclared',
    'cf-jul3',
    when('1992-07-03T11:00:00Z', 'approximate'),
    {
      ceasefireId: CF.jul3,
      parties: ['moldova', 'transnistria'],
      scope: 'The Dniester conflict zone',
      duration: 'indefinite',
      mediatedBy: ['russia'],
    },
    [S.stampa0704],
    { occurrence: O.kremlin },
  ),
  ev(
    'StatementMade',
    'stmt-yeltsin-0706',
    when('1992-07-06'),
    {
      speaker: YELTSIN,
      audience: 'moldova',
      tone: 'conciliatory',
      summary:
        'At the CIS summit in Moscow the leaders agree to create an armed peacekeeping force, sent to Moldova if it appeals for it; Yeltsin says it will go first to Moldova, where blood is being shed.',
      quote:
        'We will immediately create military peace-keeping forces that will be sent right away into the conflict zone in Moldova.',
    },
    [S.indep0707],
  ),
  ev(
    'StatementMade',
    'stmt-snegur-0706',
    when('1992-07-06T20:00:00Z'),
    {
      speaker: SNEGUR,
      audience: 'transnistria',
      tone: 'conciliatory',
      summary:
        'Back in Kishinev, Snegur says the force would help implement the ceasefire agreement; parliament is to appeal for it in the next few days.',
    },
    [S.indep0707],
  ),
  ev(
    'AgreementReached',
    'agr-officers',
    when('1992-07-07T18:00:00Z', 'approximate'),
    {
      agreementId: A.officers,
      kind: 'ceasefire',
      provisions: ['A ceasefire from midnight', 'Artillery and tanks pulled back first, infantry units later'],
      signatories: ['moldova', 'transnistria', 'russia'],
      textPublic: false,
      status: 'signed',
    },
    [S.indep0709],
    { occurrence: O.jul7 },
  ),
  ev(
    'CeasefireDeclared',
    'cf-jul7',
    when('1992-07-07T21:00:00Z'),
    {
      ceasefireId: CF.jul7,
      parties: ['moldova', 'transnistria'],
      scope:
        'The Dniester conflict zone (signed in Ukraine by senior officers of both sides and a representative of Yeltsin)',
      duration: 'indefinite',
      mediatedBy: ['russia'],
    },
    [S.indep0709],
    { occurrence: O.jul7 },
  ),
  ev(
    'CeasefireEnded',
    'cf-jul3-superseded',
    when('1992-07-07T21:00:00Z'),
    {
      ceasefireId: CF.jul3,
      reason: 'superseded',
      summary: 'Replaced by the officers’ accord of 7 July, "the most serious attempt yet to halt the bloodshed".',
    },
    [S.indep0709],
    { occurrence: O.jul7 },
  ),
  ev(
    'IncidentReported',
    'inc-dubasari-md-0708',
    when('1992-07-08T00:00:00Z', 'approximate'),
    {
      incidentId: 'pmr-shelling-dubasari-1992-07-08',
      kind: 'shelling',
      perpetrator: 'transnistria',
      allegedBy: 'moldova',
      against: 'moldova',
      place: P.dubasari,
      description:
        'Moldova’s press spokesmen accuse the Dniester side of shelling near Dubossary after the ceasefire came into force.',
    },
    [graded(S.indep0709, 3)],
    { occurrence: O.jul8 },
  ),
  ev(
    'IncidentReported',
    'inc-dubasari-pmr-0708',
    when('1992-07-08T00:00:00Z', 'approximate'),
    {
      incidentId: 'moldova-shelling-dubasari-1992-07-08',
      kind: 'shelling',
      perpetrator: 'moldova',
      allegedBy: 'transnistria',
      against: 'transnistria',
      place: P.dubasari,
      description:
        'The Dniester side’s press spokesmen accuse Moldova of shelling near Dubossary after the ceasefire came into force.',
    },
    [graded(S.indep0709, 3)],
    { occurrence: O.jul8 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-md-0708',
    when('1992-07-08T00:00:00Z', 'approximate'),
    {
      ceasefireId: CF.jul7,
      allegedBy: 'moldova',
      against: 'transnistria',
      description: 'Shelling near Dubossary after midnight (no casualties reported).',
    },
    [graded(S.indep0709, 3)],
    { occurrence: O.jul8 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-pmr-0708',
    when('1992-07-08T00:00:00Z', 'approximate'),
    {
      ceasefireId: CF.jul7,
      allegedBy: 'transnistria',
      against: 'moldova',
      description: 'Shelling near Dubossary after midnight (no casualties reported).',
    },
    [graded(S.indep0709, 3)],
    { occurrence: O.jul8 },
  ),
  ev(
    'StatementMade',
    'stmt-kostash-0708',
    when('1992-07-08T12:00:00Z'),
    {
      speaker: KOSTASH,
      audience: 'transnistria',
      tone: 'neutral',
      summary:
        'Kostash: the warring sides have begun pulling back their artillery and tanks under the new accord; infantry units are to follow (Reuters: away from Dubossary the accord seemed to be holding).',
    },
    [S.indep0709],
  ),
  // ===== 21–29 July 1992: the Moscow convention, the JCC, the peacekeepers =====
  ev(
    'TalksRoundOpened',
    'round-moscow-open',
    when('1992-07-21T09:00:00Z', 'approximate'),
    {
      roundId: R.moscow,
      label: 'Yeltsin – Snegur meeting, Moscow (Smirnov present)',
      format: 'formal',
      venue: 'Moscow',
      hosts: ['russia'],
      delegations: [{ actorId: 'moldova', head: SNEGUR }],
    },
    [S.sputnik2022, S.vspmr2025],
  ),
  ev(
    'TalksRoundConcluded',
    'round-moscow-concluded',
    when('1992-07-21T12:00:00Z', 'approximate'),
    {
      roundId: R.moscow,
      outcome: 'agreement',
      summary:
        'Yeltsin and Snegur sign the agreement on the principles of a peaceful settlement of the armed conflict in the Dniester region of Moldova, in the presence of Igor Smirnov, who does not sign it.',
    },
    [S.sputnik2022, S.vspmr2025, S.yam2022],
    { occurrence: O.jul21 },
  ),
  ev(
    'AgreementReached',
    'agr-convention',
    when('1992-07-21T12:00:00Z', 'approximate'),
    {
      agreementId: A.convention,
      kind: 'framework',
      provisions: [
        'An immediate ceasefire',
        'A security zone between the sides, from which their armed formations withdraw',
        'Peacekeeping forces of Russia, Moldova and the Dniester region',
        'A tripartite Joint Control Commission to monitor the agreement',
      ],
      signatories: ['moldova', 'russia'],
      textPublic: true,
      roundId: R.moscow,
      status: 'signed',
    },
    [S.sputnik2022, S.yam2022],
    { occurrence: O.jul21 },
  ),
  ev(
    'CeasefireDeclared',
    'cf-jul21',
    when('1992-07-21T12:00:00Z', 'approximate'),
    {
      ceasefireId: CF.jul21,
      parties: ['moldova', 'transnistria'],
      scope:
        'The Dniester region: a security zone monitored by the Joint Control Commission and held by trilateral peacekeepers',
      duration: 'indefinite',
      mediatedBy: ['russia'],
    },
    [S.sputnik2022, S.yam2022],
    { occurrence: O.jul21 },
  ),
  ev(
    'CeasefireEnded',
    'cf-jul7-superseded',
    when('1992-07-21T12:00:00Z', 'approximate'),
    {
      ceasefireId: CF.jul7,
      reason: 'superseded',
      summary: 'Replaced by the ceasefire of the Moscow convention.',
    },
    [S.yam2022],
    { occurrence: O.jul21 },
  ),
  ev(
    'UltimatumResolved',
    'ult-emergency-lapsed',
    when('1992-07-21T12:00:00Z', 'approximate'),
    {
      ultimatumId: U.emergency,
      resolution: 'lapsed',
      summary:
        'No source read reports the order to disarm the Dniester formations withdrawn; by signing the convention Moldova accepts a settlement by peaceful means, with the formations withdrawing from a security zone instead.',
    },
    [S.yam2022],
    { occurrence: O.jul21 },
  ),
  ev(
    'TalksRoundOpened',
    'round-jcc-open',
    when('1992-07-27', 'approximate'),
    {
      roundId: R.jcc,
      label: 'Joint Control Commission, first session',
      format: 'technical',
      venue: 'Bender',
      hosts: ['russia'],
    },
    [S.benderyFortress],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jcc-concluded',
    when('1992-07-27', 'approximate'),
    {
      roundId: R.jcc,
      outcome: 'progress',
      summary:
        'The Joint Control Commission is created and designates the security zone; the same day peacekeeping units, Russian paratroopers first, begin to enter it.',
    },
    [S.benderyFortress],
    { occurrence: O.jcc },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-convention-in-force',
    when('1992-07-29'),
    {
      agreementId: A.convention,
      status: 'in-force',
      reason:
        'The peacekeeping operation begins: Russian peacekeepers enter the conflict zone under the 21 July agreement.',
    },
    [S.vspmr2025, S.newsPravda2025],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'moldova-transnistria-1992.jsonl',
  logEnd: '2026-12-07T06:00:00Z',
  events,
};

export default definition;
