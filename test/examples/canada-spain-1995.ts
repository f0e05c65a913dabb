/**
 * A test fixture, not a shipped example: Canada and Spain in the "Turbot War" of 1995, as an analyst following the news
 * (and the record published since) could have recorded it: from Canada's amendment of its Coastal Fisheries Protection
 * Act (12 May 1994) and the regulation of 3 March 1995 that applied it to Spanish and Portuguese vessels on the Grand
 * Banks outside its 200-mile zone, through the NAFO quota dispute over Greenland halibut (turbot), the seizure of the
 * Spanish trawler Estai on the high seas after warning bursts across its bow (9 March 1995), the European Union's
 * condemnation and suspension of talks, Spain's visas, ban on official visits and threat to break relations, the
 * Spanish navy patrol boats sent to the Grand Banks, the Estai released on bond (15 March), the Brussels and Vancouver
 * talks, the net of the Pescamar Uno cut (26 March), Spain's application to the International Court of Justice (28
 * March), the net-cutting Spain alleged on 5 April (Canada denied it), to the Canada–EU agreement (15–16 April: quota
 * and inspection regime; signed 20 April) and the Court's judgment declining jurisdiction (4 December 1998). Escalation
 * model v2 was never tuned on it: it is the case the model is held to in canada-spain-1995.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a ship seized after warning shots by a state's fisheries patrol vessels
 * (force short of armed action: a civilian trawler, not the other's forces, on the high seas, not the other's
 * territory); a warship sent to protect the fleet (a show of force); net-cutting at sea; an agreement negotiated and
 * signed by a third party (the European Union) on one side's behalf; a detention of days, ended on bond; and the fall
 * of the level after the agreement.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source. The third Cod War (uk-iceland-1975) is a different fisheries dispute
 * between other parties; nothing of it is recorded here.
 *
 * Grading as in examples/README.md, with one addition: A = the International Court of Justice's own documents (the
 * application, its press release on the judgment). B = established outlets and wire agencies, and their archive copies
 * (Reuters, EFE and DPA copies kept by Radicali Italiani's archive, the Washington Post via The Tech, the Independent,
 * El País, the Los Angeles Times, the Chicago Tribune, the Christian Science Monitor, UPI, the Buffalo News, the Deseret
 * News, the Sun-Sentinel/Boston Globe). C = wire copies in smaller outlets (the Moscow Times, Servimedia), a union
 * magazine's retrospective (FFAW), Wikipedia. 1 = an act or statement of the actor itself, on record; 2 = several
 * outlets agree, or an official account the other side does not deny; 3 = one side's account of an incident the other
 * disputes.
 *
 * Judgement calls, recorded as an analyst would:
 * - The seizure of the Estai (9 March 1995): three Canadian fisheries and coast guard vessels (the Department of
 *   Fisheries and Oceans, not the navy, by the Spanish defence minister's own account of 27 March) fired four bursts of
 *   machine-gun fire across the bow of a Spanish fishing trawler on the high seas, boarded it and
 *   took it to St. John's. No one was hit. It is `non-lethal-force` by Canada against Spain, nobody killed: force on
 *   the other party's vessel, not armed action in §5b's sense (not between the parties' own forces — a civilian
 *   trawler — and not on the other's territory). The catalogue has no kind for shots across a bow that hit no one; the
 *   India – China and Cod War cases record theirs the same way.
 * - The detention of the Estai and its captain (the crew let go on 10 March) lasted until the bond was posted on 15
 *   March: the catalogue has no lasting condition for a vessel held, so it is the seizure, the demand for its release
 *   and its release (Canada's conditional acceptance; the EU's deadline resolved as partially complied — released on
 *   bond, the captain still charged, which the EU took as meeting its condition for talks).
 * - The EU negotiated for Spain and signed the agreement; it is registered as a mediator (the brief's reading: its acts
 *   are a mediator's unless the sources make them Spain's). Its condemnation ("organized piracy"), its deadline for
 *   the Estai's release and Santer's warning are the mediator's; the suspension of talks (13 March) is the EU's
 *   (`TalksSuspended` by the EU, not temporary: no talks until the Estai was released). The demand to release the Estai
 *   is Spain's (its ambassador to the EU, Elorza, and Solana said it). The agreement's signatories are Canada and the
 *   EU; Spain's acceptance ("the best one possible", 17 April) is its `PositionTaken`.
 * - The Spanish navy patrol boats Vigía (sent about 12–13 March, dated by the first reports, 14 March, `approximate`)
 *   and Serviola (on its way, 27 March) are Spain's `force-posture` against Canada; the two Canadian patrol boats with
 *   warp cutters sent out on 25 March are Canada's.
 * - The net of the Pescamar Uno cut by a Canadian coast guard vessel (26 March) is `non-lethal-force` by Canada
 *   (Tobin's own account). The net-cutting of the José Antonio Nores and the attempts on the Ana María Gandón alleged
 *   by Spanish fishermen and the EU (night of 5 April) are recorded as Spain alleges them (graded 3), with Canada's
 *   denial beside them.
 * - One place written one way: every act at sea is on "Grand Banks (NAFO Regulatory Area)".
 * - The Vancouver round (ended 25 March) is `collapsed`: the Independent calls it "a breakdown in negotiations" and
 *   Tobin said "this round of discussions has left us without a solution"; Canada cut a net the next day.
 * - Solana's words of 13 March ("I will not deny" that relations could be broken) are a `threat`, not of war; Tobin's
 *   "Set your alarm clocks" (about 15 April: the nets would be cut again) is a `threat` of force at sea, not of war.
 *   Neither is an ultimatum. The Spanish defence minister's orders to the patrol boats (protect the trawlers "by all
 *   means, including running the risk of collision") are a `warning`.
 * - The agreement: reached over the weekend of 15–16 April (the Independent: "in the early hours of yesterday morning"
 *   on Monday 17 April; the CSM: the EU "agreed Saturday"), dated 16 April `approximate`, `text-agreed`, formally
 *   adopted by the EU on 17 April, and `signed` on 20 April (by Canada's ambassador to the EU and the EU's chief negotiator). It is `comprehensive`: the EU
 *   said it "puts an end to the dispute".
 * - Tobin's notice to Belize (17 April) about two Spanish-owned trawlers under its flag is a `warning` aimed at Belize,
 *   the flag state, not at Spain.
 * - The negotiation is closed with the Court's judgment declining jurisdiction (4 December 1998): Spain's last avenue
 *   against the seizure; the agreement had been implemented since 1995.
 * - Left out for want of a dated report in the sources searched: Tobin's display of the Estai's net on a barge in New
 *   York (brief: 27 March; no source read describes or dates it, so only his statement there on 26 March is recorded),
 *   the United Kingdom's and Ireland's own acts beyond Hurd's calls of 15 March, the 1995 NAFO meeting that adopted the
 *   regime, and the dropping of the charges against the Estai's captain.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'canada-spain-turbot-1995';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1995);
/** The case was researched after the fact, from sources read all at once. */
const when = retrospectiveClock('2026-12-06T09:00:00Z');

const CANADA: Actor = {
  id: 'canada',
  name: 'Canada',
  kind: 'state',
  aliases: ['Ottawa', 'Department of Fisheries and Oceans', 'Canadian Coast Guard'],
};
const SPAIN: Actor = { id: 'spain', name: 'Spain', kind: 'state', aliases: ['Madrid', 'Armada Española'] };
const EU: Actor = {
  id: 'european-union',
  name: 'European Union',
  kind: 'international-organisation',
  aliases: ['EU', 'European Commission', 'Brussels'],
};
const NAFO: Actor = {
  id: 'nafo',
  name: 'Northwest Atlantic Fisheries Organization',
  kind: 'international-organisation',
  aliases: ['NAFO'],
};
const UK: Actor = { id: 'united-kingdom', name: 'United Kingdom', kind: 'state', aliases: ['Britain', 'London'] };
const ICJ: Actor = {
  id: 'icj',
  name: 'International Court of Justice',
  kind: 'international-organisation',
  aliases: ['ICJ', 'World Court'],
};

const GRAND_BANKS = 'Grand Banks (NAFO Regulatory Area)';

const CANADA_GOV: Person = { name: 'Government of Canada', actorId: 'canada' };
const TOBIN: Person = { name: 'Brian Tobin', title: 'Minister of Fisheries and Oceans of Canada', actorId: 'canada' };
const SPAIN_GOV: Person = { name: 'Government of Spain (communiqué)', actorId: 'spain' };
const SOLANA: Person = { name: 'Javier Solana', title: 'Foreign Minister of Spain', actorId: 'spain' };
const GONZALEZ: Person = { name: 'Felipe González', title: 'Prime Minister of Spain', actorId: 'spain' };
const GARCIA_VARGAS: Person = { name: 'Julián García Vargas', title: 'Defence Minister of Spain', actorId: 'spain' };
const ATIENZA: Person = {
  name: 'Luis Atienza',
  title: 'Minister of Agriculture, Fisheries and Food of Spain',
  actorId: 'spain',
};
const BONINO: Person = { name: 'Emma Bonino', title: 'European Commissioner for Fisheries', actorId: 'european-union' };
const SANTER: Person = {
  name: 'Jacques Santer',
  title: 'President of the European Commission',
  actorId: 'european-union',
};
const COMMISSION: Person = { name: 'European Commission (statement)', actorId: 'european-union' };
const COURT: Person = { name: 'International Court of Justice (judgment)', actorId: 'icj' };

const S = {
  icjApplication: source(
    'Fisheries Jurisdiction (Spain v. Canada): Application instituting proceedings, filed on 28 March 1995',
    'International Court of Justice',
    'https://icj-cij.org/node/104005',
    '1995-03-28',
    'A',
    1,
  ),
  icjJudgment: source(
    'Fisheries Jurisdiction (Spain v. Canada): Court declares that it has no jurisdiction to adjudicate upon the dispute (press release 98/41)',
    'International Court of Justice',
    'https://icj-cij.org/index.php/node/101271',
    '1998-12-04',
    'A',
    1,
  ),
  ffaw: source(
    '"Someone, reach out and save me in this eleventh hour": Brian Tobin and the Turbot War',
    'FFAW-Unifor (Union Forum Magazine)',
    'https://ffaw.ca/someone-reach-save-eleventh-hour-brian-tobin-turbot-war/',
    '2021-12-29',
    'C',
    2,
  ),
  wapoMar10: source(
    'Canada Fires Warning Shots; Seizes Spanish Fishing Boat (The Washington Post)',
    'The Tech (MIT), reprinting The Washington Post',
    'http://tech.mit.edu/V115/N10/canada.10w.html',
    '1995-03-10',
    'B',
    2,
  ),
  elpaisMar11: source(
    'La UE suspende un acuerdo con el país americano',
    'El País',
    'https://elpais.com/diario/1995/03/11/economia/794876401_850215.html',
    '1995-03-11',
    'B',
    2,
  ),
  reutersMar13: source(
    'COREPER rejects Canada talks but says no sanctions now (Reuter, 13 March 1995)',
    'Reuters (Radicali Italiani archive)',
    'http://old.radicali.it/search_view.php?id=143687',
    '1995-03-13',
    'B',
    2,
  ),
  reutersMar14: source(
    'Spain says relations with Canada may be severed (Reuter, 14 March 1995)',
    'Reuters (Radicali Italiani archive)',
    'http://old.radicali.it/search_view.php?id=143704',
    '1995-03-14',
    'B',
    2,
  ),
  moscowTimesMar14: source(
    'EU Halts Meetings With Canadians',
    'The Moscow Times (wire copy)',
    'http://oldtmt.vedomosti.ru/sitemap/free/1995/3/article/eu-halts-meetings-with-canadians/341738.html',
    '1995-03-14',
    'C',
    2,
  ),
  elpaisMar14: source(
    'España impone el visado a Canadá y amenaza con romper relaciones diplomáticas',
    'El País',
    'https://elpais.com/diario/1995/03/14/economia/795135627_850215.html',
    '1995-03-14',
    'B',
    2,
  ),
  efeMar14: source(
    'Solana confía en sanciones de la UE contra Canadá (EFE, 14 March 1995)',
    'EFE (Radicali Italiani archive)',
    'http://old.radicali.it/search_view.php?id=143711',
    '1995-03-14',
    'B',
    2,
  ),
  dpaMar14: source(
    'Spanien prüft Abbruch der diplomatischen Beziehungen zu Kanada (dpa, 14 March 1995)',
    'dpa (Radicali Italiani archive)',
    'http://old.radicali.it/search_view.php?id=143712',
    '1995-03-14',
    'B',
    2,
  ),
  reutersMar15: source(
    'Canada recovers Estai nets, finds new evidence (Reuter, 15 March 1995)',
    'Reuters (Radicali Italiani archive)',
    'http://old.radicali.it/search_view.php?id=143754',
    '1995-03-15',
    'B',
    2,
  ),
  independentMar16: source(
    'Trawler freed as Hurd steps in',
    'The Independent',
    'http://www.independent.co.uk/news/world/trawler-freed-as-hurd-steps-in-1611379.html',
    '1995-03-16',
    'B',
    2,
  ),
  independentMar17: source(
    "Spanish trawler's 'illegal' net found",
    'The Independent',
    'http://www.independent.co.uk/news/world/spanish-trawlers-illegal-net-found-1611552.html',
    '1995-03-17',
    'B',
    2,
  ),
  chicagoMar19: source(
    'Turbot War: Canada and Spain on the high seas (Chicago Tribune, 19 March 1995)',
    'Chicago Tribune',
    'https://www.chicagotribune.com/news/ct-xpm-1995-03-19-9503190138-story.html',
    '1995-03-19',
    'B',
    2,
  ),
  upiMar23: source(
    'Spanish trawler Estai reaches port',
    'UPI',
    'https://www.upi.com/Archives/1995/03/23/Spanish-trawler-Estai-reaches-port/7334795934800/',
    '1995-03-23',
    'B',
    2,
  ),
  buffaloMar25: source(
    'Canada warns it may cut Spanish nets in dispute over Grand Banks fishing',
    'The Buffalo News',
    'https://buffalonews.com/1995/03/25/canada-warns-it-may-cut-spanish-nets-in-dispute-over-grand-banks-fishing/',
    '1995-03-25',
    'B',
    2,
  ),
  latMar27: source(
    "'Fish War' Heats Up Again as Canadians Cut Boat's Net",
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1995-03-27-mn-47665-story.html',
    '1995-03-27',
    'B',
    2,
  ),
  independentMar27: source(
    'Spanish forced to stop fishing',
    'The Independent',
    'http://www.independent.co.uk/news/world/spanish-forced-to-stop-fishing-1612976.html',
    '1995-03-27',
    'B',
    2,
  ),
  servimediaMar27: source(
    'Pesca. Defensa prepara una fragata para enviar al Atlántico Norte por si se recrudece el conflicto con Canadá',
    'Servimedia',
    'https://servimedia.es/noticias/pesca-defensa-prepara-una-fragata-para-enviar-atlantico-norte-si-recrudece-conflicto-canada/1410905893',
    '1995-03-27',
    'C',
    2,
  ),
  reutersMar28: source(
    'Spanish resume fishing in disputed Atlantic area (Reuter, 28 March 1995)',
    'Reuters (Radicali Italiani archive)',
    'http://old.radicali.it/search_view.php?id=69513',
    '1995-03-28',
    'B',
    2,
  ),
  reutersApr6: source(
    'Spain Canada fish row hots up, clashes reported (Reuter, 6 April 1995)',
    'Reuters (Radicali Italiani archive)',
    'http://old.radicali.it/search_view.php?id=69553',
    '1995-04-06',
    'B',
    3,
  ),
  reutersApr6Denial: source(
    'Canada angrily denies it harassed Spanish ships (Reuter, 6 April 1995)',
    'Reuters (Radicali Italiani archive)',
    'http://old.radicali.it/search_view.php?id=69561',
    '1995-04-06',
    'B',
    2,
  ),
  latApr7: source(
    "Spain, EU Claim Canadians Cut Another Trawler's Net",
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1995-04-07-mn-51863-story.html',
    '1995-04-07',
    'B',
    2,
  ),
  reutersApr9: source(
    'Prospects of early EU Canada fisheries deal ebb (Reuter, 9 April 1995)',
    'Reuters (Radicali Italiani archive)',
    'http://old.radicali.it/search_view.php?id=69574',
    '1995-04-09',
    'B',
    2,
  ),
  sunSentinelApr14: source(
    'Canada, Europe Near Deal On Fish (The Boston Globe)',
    'Sun-Sentinel',
    'http://articles.sun-sentinel.com/1995-04-14/news/9504130673_1_spanish-trawler-european-union-fish-stocks',
    '1995-04-14',
    'B',
    2,
  ),
  independentApr15: source(
    "'End in sight' to fish feud",
    'The Independent',
    'http://www.independent.co.uk/news/end-in-sight-to-fish-feud-1615835.html',
    '1995-04-16',
    'B',
    2,
  ),
  independentApr17: source(
    'Canadians claim victory in fish war',
    'The Independent',
    'http://www.independent.co.uk/news/canadians-claim-victory-in-fish-war-1616018.html',
    '1995-04-17',
    'B',
    2,
  ),
  csmApr17: source(
    'Canada Reels In a Deal With EU Over Fish Take',
    'The Christian Science Monitor',
    'https://www.csmonitor.com/1995/0417/17062.html',
    '1995-04-17',
    'B',
    2,
  ),
  reutersApr17: source(
    'European Union formally adopts Canada fish accord (Reuter, 17 April 1995)',
    'Reuters (Radicali Italiani archive)',
    'http://old.radicali.it/search_view.php?id=69622',
    '1995-04-17',
    'B',
    1,
  ),
  reutersApr17Belize: source(
    'Canada serves notice on Spanish owned trawlers (Reuter, 17 April 1995)',
    'Reuters (Radicali Italiani archive)',
    'http://old.radicali.it/search_view.php?id=69625',
    '1995-04-17',
    'B',
    2,
  ),
  deseretApr21: source(
    'EU, Canada agree to divide turbot stocks',
    'Deseret News',
    'https://www.deseret.com/1995/4/21/19171029/eu-canada-agree-to-divide-turbot-stocks/',
    '1995-04-21',
    'B',
    2,
  ),
};

const D = {
  release: 'spain-release-estai',
  conservation: 'canada-enforceable-conservation',
};

const events = [
  // ===== 1994 – early March 1995: the Act, the NAFO quota =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1994-05-12'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Canada – Spain: the Turbot War, 1995',
      subject:
        "Canada's enforcement of conservation rules on Greenland halibut (turbot) beyond its 200-mile zone on the Grand Banks against Spanish (and Portuguese) trawlers; the NAFO quota; the seizure of the Estai and the Canada–EU agreement on quotas and inspection.",
      parties: [CANADA, SPAIN],
      mediators: [EU],
    },
    [S.icjApplication],
  ),
  ev(
    'StatementMade',
    'stmt-act-1994',
    when('1994-05-12'),
    {
      speaker: CANADA_GOV,
      audience: 'spain',
      tone: 'critical',
      summary:
        'Canada amends its Coastal Fisheries Protection Act to prohibit fishing for straddling stocks in the NAFO Regulatory Area outside its 200-mile zone by vessels of classes set by regulation, and to allow the use of force against them; it amends its acceptance of the ICJ’s jurisdiction to exclude such measures.',
    },
    [S.icjApplication],
    { note: 'A unilateral legal act, not yet aimed at Spain by name (the regulation of 3 March 1995 does that).' },
  ),
  ev('ActorRegistered', 'actor-nafo', when('1995-02-01', 'approximate'), { actor: NAFO, role: 'third-party' }, [
    S.ffaw,
  ]),
  ev(
    'ThirdPartyEngagement',
    'nafo-quota',
    when('1995-02-01', 'approximate'),
    {
      actorId: 'nafo',
      counterparts: ['canada', 'european-union'],
      kind: 'meeting',
      summary:
        "NAFO, which had set the 1995 Greenland halibut catch at 27,000 tonnes, decides its distribution key in Brussels (30 January – 1 February): most of it to Canada, a small share to the EU, which had asked for far more on Spain's and Portugal's behalf.",
    },
    [S.ffaw],
  ),
  ev(
    'StatementMade',
    'stmt-regulation',
    when('1995-03-03'),
    {
      speaker: CANADA_GOV,
      audience: 'spain',
      tone: 'warning',
      summary:
        "Canada's implementing regulation of 3 March 1995 applies the amended Act to Spanish and Portuguese vessels fishing Greenland halibut in the NAFO Regulatory Area, outside its 200-mile zone.",
    },
    [S.icjApplication],
  ),
  ev(
    'DemandTabled',
    'dem-conservation',
    when('1995-03-09', 'approximate'),
    {
      demandId: D.conservation,
      by: 'canada',
      addressedTo: ['spain', 'european-union'],
      text: 'Binding and enforceable conservation measures for Greenland halibut outside 200 miles (observers, inspection, legal mesh sizes, a lower share of the catch); meanwhile a two-month halt to Spanish and Portuguese turbot fishing there.',
      category: 'economic',
    },
    [S.elpaisMar11, S.buffaloMar25],
    { note: 'Dated to the seizure: the two-month moratorium was put before it, on a day the sources do not give.' },
  ),
  // ===== 9–15 March: the Estai seized and held =====
  ev(
    'IncidentReported',
    'inc-estai',
    when('1995-03-09'),
    {
      incidentId: 'estai-seized-1995-03-09',
      kind: 'non-lethal-force',
      perpetrator: 'canada',
      allegedBy: 'canada',
      against: 'spain',
      target: 'The Spanish factory trawler Estai and its captain',
      place: GRAND_BANKS,
      fatalities: { min: 0, max: 0 },
      description:
        'After two attempts to board were foiled (the crew cut its nets and cast off the ladders), three Canadian fisheries and coast guard vessels fire four bursts of machine-gun fire across the bow of the Estai in international waters about 28 miles outside the 200-mile limit, board it, arrest the captain and take the ship to St. John’s. Nobody is hurt.',
    },
    [S.wapoMar10, S.reutersMar13, S.reutersMar15],
  ),
  ev(
    'StatementMade',
    'stmt-bonino-piracy',
    when('1995-03-09'),
    {
      speaker: BONINO,
      audience: 'canada',
      tone: 'accusation',
      summary:
        'The EU condemns the boarding as "organized piracy" and keeps its options open to retaliate with diplomatic or trade sanctions.',
    },
    [S.wapoMar10],
  ),
  ev(
    'StatementMade',
    'stmt-spain-reconsider',
    when('1995-03-10'),
    {
      speaker: SPAIN_GOV,
      audience: 'canada',
      tone: 'warning',
      summary:
        'Spain says it is forced to "reconsider its relations with Canada, reserving the right to take the actions it deems fit"; Canada keeps the Estai and its captain (the crew is let go) and threatens to seize any vessel fishing turbot in the zone.',
    },
    [S.elpaisMar11],
  ),
  ev(
    'StatementMade',
    'stmt-eu-condemns',
    when('1995-03-10'),
    {
      speaker: COMMISSION,
      audience: 'canada',
      tone: 'critical',
      summary:
        'The Fifteen unanimously condemn a "totally illegal" act, suspend a scientific and technical cooperation agreement with Canada, demand the Estai’s release and compensation, reject Canada’s proposed two-month moratorium and back the boats’ presence on the grounds.',
    },
    [S.elpaisMar11],
  ),
  ev(
    'PositionTaken',
    'pos-eu-moratorium',
    when('1995-03-10'),
    { demandId: D.conservation, actorId: 'european-union', stance: 'rejected' },
    [S.elpaisMar11],
  ),
  ev(
    'DemandTabled',
    'dem-release',
    when('1995-03-13'),
    {
      demandId: D.release,
      by: 'spain',
      addressedTo: ['canada'],
      text: 'Release the Estai, its captain and crew unconditionally before any negotiation, and pay compensation.',
      category: 'political',
    },
    [S.reutersMar13, S.reutersMar14],
  ),
  ev(
    'IncidentReported',
    'inc-vigia',
    when('1995-03-13', 'approximate'),
    {
      incidentId: 'vigia-sent-1995-03',
      kind: 'force-posture',
      perpetrator: 'spain',
      against: 'canada',
      target: 'Canadian patrol vessels around the Spanish fleet',
      place: GRAND_BANKS,
      description:
        'Spain sends the navy patrol boat Vigía, with two EU inspectors on board, to the North Atlantic to protect the sixteen Spanish trawlers on the Grand Banks.',
    },
    [S.dpaMar14, S.efeMar14],
    { note: 'Dated by the first reports (Solana in Strasbourg, 14 March); the day it sailed is not given.' },
  ),
  ev(
    'TalksSuspended',
    'suspended-eu',
    when('1995-03-13'),
    {
      by: 'european-union',
      reason:
        'The EU ambassadors reject talks with Canada until the Estai and its crew are released, refuse a new Canadian proposal, and suspend high-level meetings (the political dialogue meeting in Paris on 14 March is cancelled).',
    },
    [S.reutersMar14, S.moscowTimesMar14],
  ),
  ev(
    'StatementMade',
    'stmt-solana-sever',
    when('1995-03-13'),
    {
      speaker: SOLANA,
      audience: 'canada',
      tone: 'threat',
      summary:
        'Spain bans official visits with Canada, reimposes visas on Canadians and suspends two bilateral agreements, starts proceedings at the International Court of Justice, and does not deny that relations could be broken off.',
      quote: 'I am foreign minister and I have to use diplomatic language, but I will not deny what you say.',
    },
    [S.reutersMar14, S.elpaisMar14, S.moscowTimesMar14],
  ),
  ev(
    'UltimatumIssued',
    'ult-bonino',
    when('1995-03-14'),
    {
      ultimatumId: 'eu-release-deadline',
      by: 'european-union',
      to: ['canada'],
      demandIds: [D.release],
      deadline: '1995-03-15T08:00:00Z',
      consequences: 'Unstated: the Commission was drafting a list of retaliatory (trade) measures.',
    },
    [S.efeMar14],
    { note: "The mediator's deadline on Spain's demand, announced by Bonino in Brussels." },
  ),
  ev('ActorRegistered', 'actor-uk', when('1995-03-15'), { actor: UK, role: 'third-party' }, [S.independentMar16]),
  ev(
    'ThirdPartyEngagement',
    'hurd-calls',
    when('1995-03-15'),
    {
      actorId: 'united-kingdom',
      counterparts: ['canada', 'spain'],
      kind: 'outreach',
      summary:
        'Foreign Secretary Douglas Hurd telephones Ouellet and Solana and urges both to negotiate urgently on the Greenland halibut quotas: "The way ahead lies through negotiations without provocation."',
    },
    [S.independentMar16],
  ),
  ev(
    'PositionTaken',
    'pos-canada-release',
    when('1995-03-15'),
    {
      demandId: D.release,
      actorId: 'canada',
      stance: 'conditional',
      conditions: 'Released on a C$500,000 bond posted by the owners; the captain stays charged.',
    },
    [S.reutersMar15, S.independentMar16],
  ),
  ev(
    'UltimatumResolved',
    'ult-bonino-resolved',
    when('1995-03-15'),
    {
      ultimatumId: 'eu-release-deadline',
      resolution: 'partially-complied',
      summary:
        'The Estai is released on bond and leaves St. John’s; Bonino calls it "the first step by which the Canadians are trying to be reasonable again".',
    },
    [S.independentMar16, S.independentMar17],
  ),
  ev(
    'TalksResumed',
    'resumed',
    when('1995-03-15'),
    {
      by: 'european-union',
      reason: 'Canada says all conditions to resume talks with the EU are met; a special NAFO meeting is announced.',
    },
    [S.reutersMar15, S.independentMar16],
  ),
  ev(
    'StatementMade',
    'stmt-tobin-nets',
    when('1995-03-15'),
    {
      speaker: TOBIN,
      audience: 'spain',
      tone: 'accusation',
      summary:
        'The Estai’s nets, cut loose before the boarding and recovered, had a 115 mm mesh and an 80 mm liner, below NAFO’s minimum; a hidden hold held 25 tonnes of American plaice under moratorium.',
    },
    [S.reutersMar15],
  ),
  // ===== 16–25 March: Brussels, Vancouver =====
  ev(
    'TalksRoundOpened',
    'round-brussels-open',
    when('1995-03-16'),
    {
      roundId: 'brussels-1995-03',
      label: 'Canada–EU talks, Brussels, March 1995',
      format: 'informal',
      venue: 'Brussels',
      delegations: [{ actorId: 'canada' }, { actorId: 'european-union' }],
    },
    [S.independentMar17],
  ),
  ev(
    'TalksRoundConcluded',
    'round-brussels-end',
    when('1995-03-18', 'approximate'),
    {
      roundId: 'brussels-1995-03',
      outcome: 'no-progress',
      summary:
        'By the weekend the Canadian delegation reports so little progress that it asks to postpone the NAFO meeting on enforcement set for 22 March.',
    },
    [S.chicagoMar19],
  ),
  ev(
    'StatementMade',
    'stmt-santer',
    when('1995-03-23'),
    {
      speaker: SANTER,
      audience: 'canada',
      tone: 'warning',
      summary:
        'In a letter to Chrétien, Santer proposes a package after the weekend, and warns that another arrest of an EU boat in international waters would make it impossible for the EU to go on negotiating.',
    },
    [S.upiMar23],
  ),
  ev(
    'StatementMade',
    'stmt-gonzalez',
    when('1995-03-23'),
    {
      speaker: GONZALEZ,
      audience: 'canada',
      tone: 'critical',
      summary:
        'As the Estai is welcomed home in Vigo, González says Spain will not call back its 17 trawlers: Canada is trying to push them out of international waters "which we have a right to be in".',
    },
    [S.upiMar23],
  ),
  ev(
    'TalksRoundOpened',
    'round-vancouver-open',
    when('1995-03-24', 'approximate'),
    {
      roundId: 'vancouver-1995-03',
      label: 'Canada–EU talks, Vancouver',
      format: 'formal',
      venue: 'Vancouver',
      delegations: [{ actorId: 'canada' }, { actorId: 'european-union' }],
    },
    [S.buffaloMar25],
  ),
  ev(
    'StatementMade',
    'stmt-tobin-warp',
    when('1995-03-24'),
    {
      speaker: TOBIN,
      audience: 'spain',
      tone: 'warning',
      summary:
        'If binding and enforceable measures cannot be had, Canada will "examine all other options, including warp cutters"; "We cannot talk while the last fish is being caught."',
    },
    [S.buffaloMar25],
  ),
  ev(
    'TalksRoundConcluded',
    'round-vancouver-end',
    when('1995-03-25'),
    {
      roundId: 'vancouver-1995-03',
      outcome: 'collapsed',
      summary:
        'The Vancouver talks end without settling the dispute ("a breakdown in negotiations", the Independent); Tobin: "this round of discussions has left us without a solution".',
    },
    [S.buffaloMar25, S.independentMar27],
  ),
  ev(
    'IncidentReported',
    'inc-warp-cutters-sent',
    when('1995-03-25'),
    {
      incidentId: 'warp-cutters-sent-1995-03-25',
      kind: 'force-posture',
      perpetrator: 'canada',
      against: 'spain',
      target: 'The Spanish trawlers fishing again on the Grand Banks',
      place: GRAND_BANKS,
      description:
        'Two Canadian patrol boats equipped with warp cutters head out from St. John’s to the Grand Banks, where the Spanish trawlers have resumed fishing; Tobin speaks of "a deep sense of regret".',
    },
    [S.buffaloMar25],
  ),
  // ===== 26 March – early April: the net cut, the navy, the Court =====
  ev(
    'IncidentReported',
    'inc-pescamar',
    when('1995-03-26'),
    {
      incidentId: 'pescamar-net-cut-1995-03-26',
      kind: 'non-lethal-force',
      perpetrator: 'canada',
      allegedBy: 'canada',
      against: 'spain',
      target: 'The Spanish trawler Pescamar Uno and the Spanish fleet',
      place: GRAND_BANKS,
      fatalities: { min: 0, max: 0 },
      description:
        'A Canadian coast guard ship severs the cables of the Pescamar Uno’s net with a warp cutter, sending net and catch to the bottom; earlier about ten Spanish boats flee after inspectors demand to board one, in a 40-minute chase broken off in fog. The Spanish stop fishing.',
    },
    [S.latMar27, S.independentMar27],
  ),
  ev(
    'StatementMade',
    'stmt-tobin-newyork',
    when('1995-03-26'),
    {
      speaker: TOBIN,
      audience: 'spain',
      tone: 'accusation',
      summary:
        'Arriving in New York for the UN conference on straddling fish stocks, Tobin announces the net cut and argues for tough international rules backed by inspection and enforcement against the Spanish fleet’s overfishing.',
    },
    [S.latMar27, S.independentMar27],
  ),
  ev(
    'StatementMade',
    'stmt-garcia-vargas',
    when('1995-03-27'),
    {
      speaker: GARCIA_VARGAS,
      audience: 'canada',
      tone: 'warning',
      summary:
        'The patrol boats Vigía and Serviola are ordered to protect the Spanish trawlers "by all means, including running the risk of collision", to stand between Canadian patrol vessels and the fishing boats; a frigate is made ready. Spain will not allow another seizure, and a serious accident would not be its fault.',
    },
    [S.reutersMar28, S.servimediaMar27],
  ),
  ev(
    'IncidentReported',
    'inc-serviola',
    when('1995-03-27'),
    {
      incidentId: 'serviola-sent-1995-03-27',
      kind: 'force-posture',
      perpetrator: 'spain',
      against: 'canada',
      target: 'Canadian patrol vessels around the Spanish fleet',
      place: GRAND_BANKS,
      description:
        'A second Spanish navy patrol boat, the Serviola, is on its way to the Grand Banks to join the Vigía; the trawlers return to the grounds under their guard and resume fishing on 28 March.',
    },
    [S.reutersMar28, S.servimediaMar27],
  ),
  ev(
    'StatementMade',
    'stmt-icj-application',
    when('1995-03-28'),
    {
      speaker: SOLANA,
      audience: 'canada',
      tone: 'accusation',
      summary:
        'Spain files an application against Canada at the International Court of Justice: the boarding of the Estai on the high seas and the amended Act violate the freedom of navigation and fishing on the high seas and the flag State’s exclusive jurisdiction.',
    },
    [S.icjApplication],
  ),
  // ===== 5–14 April: the alleged net-cutting, the draft deal =====
  ev(
    'IncidentReported',
    'inc-nores',
    when('1995-04-05'),
    {
      incidentId: 'nores-net-cut-1995-04-05',
      kind: 'non-lethal-force',
      perpetrator: 'canada',
      allegedBy: 'spain',
      against: 'spain',
      target: 'The Spanish trawlers José Antonio Nores and Ana María Gandón',
      place: GRAND_BANKS,
      fatalities: { min: 0, max: 0 },
      description:
        'Spanish captains tell national radio that Canadian launches destroyed the nets of the José Antonio Nores about midnight GMT, tried four times to cut the Ana María Gandón’s cables and came within two metres of her stern to board. Canada denies any contact.',
    },
    [S.reutersApr6, graded(S.latApr7, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-atienza',
    when('1995-04-06'),
    {
      speaker: ATIENZA,
      audience: 'canada',
      tone: 'accusation',
      summary:
        'The reported harassment is "intolerable behaviour": "Their posture is one of permanent aggression and imposition of an agreement by violence and breach of international law."',
      blames: { incidentId: 'nores-net-cut-1995-04-05', on: 'canada' },
    },
    [graded(S.reutersApr6, 1)],
  ),
  ev(
    'StatementMade',
    'stmt-eu-protest-apr6',
    when('1995-04-06'),
    {
      speaker: COMMISSION,
      audience: 'canada',
      tone: 'accusation',
      summary:
        'The Commission calls in Canada’s ambassador to protest a "flagrant violation of international law"; EU fisheries ministers in Luxembourg denounce it (Britain does not join).',
    },
    [graded(S.reutersApr6, 1), S.latApr7],
  ),
  ev(
    'StatementMade',
    'stmt-tobin-denial',
    when('1995-04-06'),
    {
      speaker: TOBIN,
      audience: 'european-union',
      tone: 'critical',
      summary:
        'The allegations are "absolutely false": three patrol boats only identified six Spanish vessels. Canada calls in the EU’s ambassador: "the person making foreign policy on behalf of the European Union is some Spanish fishing captain".',
    },
    [S.reutersApr6Denial, S.latApr7],
  ),
  ev(
    'MediationAction',
    'med-eu-draft',
    when('1995-04-09'),
    {
      mediator: 'european-union',
      action: 'proposed',
      summary:
        'The Commission finishes a draft for EU foreign ministers in Luxembourg: Spain’s North Atlantic catch cut by about 75 percent this year, inspection and boat control stepped up; Madrid still objects.',
    },
    [S.reutersApr9],
  ),
  ev(
    'PositionTaken',
    'pos-spain-draft',
    when('1995-04-09'),
    {
      demandId: D.conservation,
      actorId: 'spain',
      stance: 'rejected',
      quote: 'Spanish officials are pessimistic about a deal. They think Canada is being very inflexible.',
    },
    [graded(S.reutersApr9, 3)],
    { note: 'Spanish sources, unnamed.' },
  ),
  ev(
    'StatementMade',
    'stmt-canada-no-interference',
    when('1995-04-13'),
    {
      speaker: CANADA_GOV,
      audience: 'spain',
      tone: 'conciliatory',
      summary:
        '"Talks with the European Union have reached a conclusion"; Canadian enforcement vessels will not interfere with Spanish trawlers while Ottawa and the EU move toward an accord.',
    },
    [S.sunSentinelApr14],
  ),
  ev(
    'StatementMade',
    'stmt-tobin-alarm-clocks',
    when('1995-04-15', 'approximate'),
    {
      speaker: TOBIN,
      audience: 'spain',
      tone: 'threat',
      summary:
        'After EU states fail to agree on Friday night, Tobin says action against Spanish fishing boats is imminent: the fisheries vessels would again set out to cut the nets of boats off Newfoundland.',
      quote: 'Set your alarm clocks.',
    },
    [S.independentApr15],
  ),
  // ===== 15–20 April: the agreement =====
  ev(
    'AgreementReached',
    'agr-canada-eu',
    when('1995-04-16', 'approximate'),
    {
      agreementId: 'canada-eu-turbot-1995',
      kind: 'comprehensive',
      status: 'text-agreed',
      provisions: [
        'Of the 27,000-tonne 1995 NAFO catch of Greenland halibut, 10,000 tonnes to Canada; 5,013 more tonnes to the EU for the rest of 1995',
        'Independent observers on every vessel fishing the area, satellite tracking, more inspections, third-party inspection of vessels with serious violations',
        'Nets with fine mesh banned',
        'Canada repeals the provision that allowed it to seize Spanish and Portuguese vessels in international waters, pays back the Estai’s bond and the cost of its catch and drops the charges',
      ],
      signatories: ['canada', 'european-union'],
      textPublic: true,
    },
    [S.independentApr17, S.csmApr17, S.reutersApr17, S.deseretApr21],
  ),
  ev(
    'PositionTaken',
    'pos-spain-accepts',
    when('1995-04-17'),
    {
      demandId: D.conservation,
      actorId: 'spain',
      stance: 'accepted',
      quote: 'The best one possible (the Spanish government).',
    },
    [S.reutersApr17],
    {
      note: 'The EU adopts the agreement by written procedure (Portugal votes against); Spain’s fishermen call it a betrayal.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-tobin-partnership',
    when('1995-04-17'),
    {
      speaker: TOBIN,
      audience: 'european-union',
      tone: 'conciliatory',
      summary:
        'As seven Coast Guard and fisheries vessels return to St. John’s, Tobin says the next step is to extend the regime to all NAFO members in September: "It will take a genuine partnership. We\'re not declaring a victory here."',
    },
    [S.reutersApr17Belize],
  ),
  ev(
    'StatementMade',
    'stmt-tobin-belize',
    when('1995-04-17'),
    {
      speaker: TOBIN,
      audience: 'Belize (flag state of two Spanish-owned trawlers)',
      tone: 'warning',
      summary:
        'A notice goes to Belize about two Belize-registered, Spanish-owned and crewed vessels fishing turbot contrary to Canadian rules, asking it to withdraw them; if necessary Canada will end "that flag of convenience presence".',
    },
    [S.reutersApr17Belize],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-signed',
    when('1995-04-20'),
    {
      agreementId: 'canada-eu-turbot-1995',
      status: 'signed',
      reason:
        'Signed late on Thursday by Canada’s ambassador to the EU, Jacques Roy, and the EU’s chief negotiator; observers on every boat within 15 days. "Finally the story is over."',
    },
    [S.deseretApr21],
  ),
  // ===== 1998: the Court declines jurisdiction =====
  ev('ActorRegistered', 'actor-icj', when('1998-12-04'), { actor: ICJ, role: 'third-party' }, [S.icjJudgment]),
  ev(
    'StatementMade',
    'stmt-icj-judgment',
    when('1998-12-04'),
    {
      speaker: COURT,
      audience: 'spain',
      tone: 'neutral',
      summary:
        'By twelve votes to five the Court declares that it has no jurisdiction to adjudicate upon the dispute Spain brought in 1995: Canada’s reservation to its acceptance covers its conservation and enforcement measures in the NAFO Regulatory Area.',
    },
    [S.icjJudgment],
  ),
  ev(
    'NegotiationClosed',
    'closed',
    when('1998-12-04'),
    {
      outcome: 'agreement',
      summary:
        'The dispute was settled by the Canada–EU agreement of April 1995, implemented since; the Court’s refusal of jurisdiction ends Spain’s case over the Estai.',
    },
    [S.icjJudgment],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'canada-spain-1995.jsonl',
  logEnd: '2026-12-06T12:00:00Z',
  events,
};

export default definition;
