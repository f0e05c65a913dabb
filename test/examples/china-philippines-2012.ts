/**
 * A test fixture, not a shipped example: China and the Philippines over
 * Scarborough Shoal (Huangyan Island, Bajo de Masinloc, Panatag Shoal) from
 * the Philippine Navy's attempt to arrest the crews of eight Chinese fishing
 * boats (10 April 2012) to China's rejection of the arbitration the
 * Philippines filed (19 February 2013), as an analyst following the news
 * could have recorded it — the two China Marine Surveillance ships that
 * placed themselves between the BRP Gregorio del Pilar and the boats; the
 * protests of 11 April and the talks of del Rosario and Ambassador Ma Keqing
 * (stalemate, 13 April); the warship withdrawn and replaced by a coast guard
 * ship (12 April), each side's government ships staying at the shoal for
 * weeks; China's summonses (15 and 18 April, 7 May) and Fu Ying's "fully
 * prepared to respond to any escalation"; the Philippines' proposal to take
 * the dispute to ITLOS (17 April) and China's refusal (29 April); the hacking
 * of the University of the Philippines' website (20 April); del Rosario
 * breaking off his meetings with Ma (25 April); the tour groups suspended and
 * the stiffer inspections of Philippine fruit (May); the protest in Manila
 * (11 May); the understanding to leave the lagoon, the Philippine ships
 * ordered home (15 June), China's ships staying and its boats back in the
 * lagoon (25 June); the barrier across the lagoon's mouth (disclosed in July);
 * Sansha City (announced in June, established with a garrison on 24 July);
 * the Roxas – Xi meeting in Nanning (21 September); China's three ships still
 * at the shoal (29 November); the Philippines' notification of arbitration
 * under UNCLOS Annex VII (22 January 2013) and China's rejection of it (19
 * February 2013). Escalation model v2 was never tuned on it: it is the case
 * the model is held to in china-philippines-2012.spec.ts, against the calls
 * an analyst makes from DOMAIN.md §5b alone.
 *
 * A separate negotiation from china-philippines-2025 (its own id): none of
 * that case's events is recorded here, and nothing after February 2013.
 *
 * What it tests that the other cases did not: a standoff of government ships
 * with no force used on either side's ships or people; an arrest blocked by
 * ships placing themselves in the way; economic pressure (tour groups
 * suspended, fruit held at the ports) with no border closed; a withdrawal
 * agreed but carried out by one side only; a lasting loss of access to the
 * shoal after which the log holds few acts; and a turn to arbitration, which
 * is one party's legal step, not an agreement of the pair.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = a government's own published record
 * (the DFA's note and statement); B = established outlet, national news
 * agency or wire copy (Reuters, AP, AFP through the outlets that carry them;
 * ABS-CBN, Inquirer, Philstar, GMA, Rappler; Xinhua through People's Daily
 * and China Daily); C = smaller outlet, aggregator, blog or mirror copy of a
 * wire or agency story; 1 = confirmed by both sides or a primary document;
 * 2 = an on-record act or statement several outlets agree on, or one
 * established outlet reports; 3 = one side's unverified claim, an unnamed
 * official, or a single small outlet.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is China and the Philippines. The United States is a third
 *   party (registered with the war games of May; its part in the June
 *   understanding is known only from a 2014 backgrounder, not recorded).
 *   ASEAN and Japan are third parties with no development of their own
 *   recorded here. The Chinese fishermen and the Filipino protesters and
 *   hackers are the parties' nationals, not their forces: their acts are not
 *   the states' acts, and are told in the statements about them.
 * - Government ships at the shoal are `force-posture`: a state's ships and
 *   aircraft holding a claim, with no force used on the other's ships or
 *   people. That includes the two China Marine Surveillance ships that "placed
 *   themselves between" the Gregorio del Pilar and the fishing boats on 10
 *   April and "blocked the warship from approaching" them (AFP): they stopped an arrest by their
 *   position, with no contact, no water cannon and nobody harmed — a show of
 *   force, not `non-lethal-force` (which the catalogue keeps for force used on
 *   vessels or people: water cannon, ramming). The Philippine boarding team's
 *   inspection of the fishing boats is the Philippines' `force-posture` aimed
 *   at China (its nationals' boats, no one held).
 * - Places are written one way: "Scarborough Shoal" for the shoal, its
 *   lagoon and waters.
 * - China's warnings are `warning`, not threats of war: the embassy's demand
 *   of 11 April that the warship leave, Fu Ying's "fully prepared to respond
 *   to any escalation" and "government vessels will continue to be on alert"
 *   (7 May) name no force. Del Rosario's "prepared to secure the territory"
 *   (11 April) is a `warning` too. No ultimatum was issued: no demand came
 *   with a deadline or a stated consequence.
 * - Economic pressure has no development type of its own: as in
 *   japan-south-korea-2018.ts each measure is recorded once, as the
 *   government act that imposed it, with CAMEO 163 — the tour suspensions
 *   ordered by the Shanghai Tourism Bureau and the stiffer inspections of
 *   Philippine fruit ordered by the quarantine watchdog (both reported by AP
 *   on 10 May). Neither closes a border: goods and travellers still crossed.
 *   The embassy's safety alert to its nationals (8 May) is a statement. Manila
 *   called the fruit a regulatory matter; the exporters linked it to the
 *   shoal. The ban on Sumifru's bananas dates from March, before the case.
 * - Talks: del Rosario and Ma Keqing met from 11 April; the meeting of 13
 *   April ended in "a stalemate", recorded as one round concluded
 *   `no-progress`. Del Rosario broke off his own meetings with Ma on 25 April
 *   (an unnamed official to CNA, graded C3) while his subordinates went on
 *   negotiating: a protest, not talks collapsed, recorded as the DFA's
 *   statement. Roxas and Xi in Nanning (21 September) is a round concluded
 *   `no-progress` ("did not budge").
 * - The understanding to leave the lagoon is an agreement of the pair, kind
 *   `partial`, text not public (verbal, by the DFA's account of 18 and 25
 *   June). Its day is not known: del Rosario said on 15 June that China had
 *   promised to pull out of the lagoon "a couple of days ago", so it is dated
 *   13 June, `approximate` (the DFA later said the Philippines began its own
 *   pullout on 4 June; not corrected, for want of a report giving the
 *   agreement's day). Recorded with no status: the Philippines carried it
 *   out (its ships ordered home on 15 June). China did not: its ships stayed,
 *   and by 25 June its boats were back in the lagoon (the Philippine Navy's
 *   overflight, confirmed by the DFA on 26 June). The analyst reads that as
 *   China's ceasing to apply the understanding and records it `withdrawn` by
 *   China on 26 June — the analyst's reading of the act, not a declaration
 *   (China never said it had agreed to more than easing tensions). The DFA
 *   said China "reneged" in July and "did not pull out" in November.
 * - The barrier (a long rope and fishing nets on buoys, with dinghies tied
 *   together, across the lagoon's entrance) is China's `force-posture`: it
 *   bars the Philippines' boats from the lagoon of a disputed shoal, not a
 *   border between the two states, so it is not recorded as
 *   `border-closure`. Its laying is not dated by any source found; it is
 *   dated to the DFA's disclosure, `approximate`. GMA's article carries no
 *   date on the copy read: it was published on a Wednesday of July 2012,
 *   "last month" after the June pullout and after GMA's story of 5 July on
 *   the Sansha protest; 18 July is the analyst's reading of it.
 * - Sansha City is China's administrative act over the waters both claim
 *   (announced by the Ministry of Civil Affairs in June, established with a
 *   garrison on 24 July): recorded as China's statements, with the
 *   Philippines' protests (the note of 28 June handed over on 4 July; the
 *   ambassador summoned over the garrison, by 30 July).
 * - The arbitration (22 January 2013) is the Philippines' legal step, CAMEO
 *   115 (bring lawsuit against): its demand that China's claims beyond UNCLOS
 *   be declared invalid, which China rejected (19 February). It is not an
 *   agreement of the pair.
 * - Left out for want of a dated report found in time, or as not between the
 *   two governments: the entries of Chinese ships between those recorded (so
 *   days with nothing recorded are not days without ships); the fishing bans
 *   each side declared in May; the Filipino hackers' retaliation on Chinese
 *   sites (21–22 April) and the Philstar website hacked (4 May); the ASEAN
 *   ministers' failure to agree a communiqué (Phnom Penh, July); the United
 *   States' part in the June understanding; Xi's openness to Philippine
 *   bananas (September, trade press only).
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'china-philippines-scarborough-2012';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2012);
/** A recordedAt on a given day, UTC (the case runs over two years). */
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const CHINA: Actor = {
  id: 'china',
  name: "People's Republic of China",
  kind: 'state',
  aliases: ['China', 'Beijing', 'PRC', 'China Marine Surveillance', 'Fisheries Law Enforcement Command'],
};
const PHILIPPINES: Actor = {
  id: 'philippines',
  name: 'Republic of the Philippines',
  kind: 'state',
  aliases: ['Philippines', 'Manila', 'Philippine Navy', 'Philippine Coast Guard', 'DFA'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };

const DEL_ROSARIO: Person = {
  name: 'Albert del Rosario',
  title: 'Secretary of Foreign Affairs of the Philippines',
  actorId: 'philippines',
};
const HERNANDEZ: Person = {
  name: 'Raul Hernandez',
  title: 'Spokesman, Department of Foreign Affairs of the Philippines',
  actorId: 'philippines',
};
const BASILIO: Person = {
  name: 'Erlinda Basilio',
  title: 'Undersecretary, Department of Foreign Affairs of the Philippines',
  actorId: 'philippines',
};
const PH_DFA: Person = { name: 'Department of Foreign Affairs of the Philippines (statement)', actorId: 'philippines' };
const ROXAS: Person = {
  name: 'Mar Roxas',
  title: 'Secretary of the Interior, special envoy of President Aquino',
  actorId: 'philippines',
};
const CN_EMBASSY: Person = { name: 'Embassy of the PRC in the Philippines (statement)', actorId: 'china' };
const ZHANG_HUA: Person = {
  name: 'Zhang Hua',
  title: 'Spokesman, Embassy of the PRC in the Philippines',
  actorId: 'china',
};
const MA: Person = { name: 'Ma Keqing', title: 'Ambassador of the PRC to the Philippines', actorId: 'china' };
const FU_YING: Person = { name: 'Fu Ying', title: 'Vice Foreign Minister of China', actorId: 'china' };
const HONG: Person = { name: 'Hong Lei', title: 'Spokesman, Ministry of Foreign Affairs of China', actorId: 'china' };
const CN_MFA: Person = { name: 'Ministry of Foreign Affairs of China (statement)', actorId: 'china' };
const SH_TOURISM: Person = { name: 'Shanghai Tourism Bureau (order to travel agencies)', actorId: 'china' };
const AQSIQ: Person = {
  name: 'General Administration of Quality Supervision, Inspection and Quarantine (AQSIQ)',
  actorId: 'china',
};
const CN_CIVIL: Person = { name: 'Government of China (Sansha City and its garrison)', actorId: 'china' };
const XI: Person = { name: 'Xi Jinping', title: 'Vice President of China', actorId: 'china' };

const S = {
  abscbnApr12: source(
    'PH pulls warship from China standoff',
    'ABS-CBN News (AFP)',
    'https://news.abs-cbn.com/nation/04/12/12/ph-pulls-out-warship-scarborough',
    '2012-04-12',
    'B',
    2,
  ),
  yahooApr12: source(
    'PH, China In Standoff',
    'Yahoo! Philippines (Manila Bulletin)',
    'https://ph.news.yahoo.com/ph-china-standoff-200909207.html',
    '2012-04-12',
    'C',
    2,
  ),
  reutersApr13: source(
    'UPDATE 2-Beijing-Manila standoff deadlocked even as ships leave',
    'Reuters',
    'https://www.reuters.com/article/philippines-china/update-2-beijing-manila-standoff-deadlocked-even-as-ships-leave-idUSL3E8FD7SP20120413',
    '2012-04-13',
    'B',
    2,
  ),
  inquirerApr14: source(
    'China sends ship back to Scarborough, says Del Rosario',
    'Philippine Daily Inquirer',
    'https://globalnation.inquirer.net/33241/china-sends-ship-back-to-scarborough-says-del-rosario',
    '2012-04-14',
    'B',
    2,
  ),
  taipeitimesApr15: source(
    'Philippine, Chinese talks over boats in ‘stalemate’',
    'Taipei Times (AFP)',
    'http://www.taipeitimes.com/News/world/archives/2012/04/15/2003530403',
    '2012-04-15',
    'B',
    2,
  ),
  peopleApr19: source(
    'China summons Philippine diplomat over Huangyan Island dispute',
    "People's Daily Online (Xinhua)",
    'http://en.people.cn/90883/7792039.html',
    '2012-04-19',
    'B',
    2,
  ),
  philstarApr21: source(
    'UP website hacked by Chinese over Scarborough row?',
    'The Philippine Star',
    'https://qa.philstar.com/headlines/2012/04/21/798833/website-hacked-chinese-over-scarborough-row/amp',
    '2012-04-21',
    'B',
    2,
  ),
  abscbnApr23: source(
    'China withdraws 2 ships from Scarborough shoal',
    'ABS-CBN News',
    'https://news.abs-cbn.com/nation/04/23/12/china-withdraws-2-ships-scarborough-shoal',
    '2012-04-23',
    'B',
    2,
  ),
  rapplerApr24: source(
    'Scarborough standoff back to square one?',
    'Rappler',
    'https://www.rappler.com/philippines/4297-ph-chinese-vessels-never-left-scarborough/',
    '2012-04-24',
    'B',
    2,
  ),
  inquirerApr30: source(
    'China reiterates won’t submit to int’l tribunal on shoal dispute (Philippine Daily Inquirer, copy)',
    'Henan University of Urban Construction (mirror of the Philippine Daily Inquirer)',
    'http://wyx.hacz.edu.cn/s/17/t/85/11/88/info4488.htm',
    '2012-04-30',
    'C',
    2,
  ),
  cnaApr30: source(
    'In dispute with China, Philippines foreign secretary has had enough',
    'GlobalSecurity.org (ROC Central News Agency)',
    'https://www.globalsecurity.org/military/library/news/2012/04/mil-120430-cna02.htm',
    '2012-04-30',
    'C',
    3,
  ),
  ndtvMay8: source(
    'China warns Philippines over disputed island in South China Sea',
    'NDTV (PTI)',
    'http://www.ndtv.com/world-news/china-warns-philippines-over-disputed-island-in-south-china-sea-481448',
    '2012-05-08',
    'B',
    2,
  ),
  chinadailyMay10: source(
    'Travel agencies suspend travel to Philippines',
    'China Daily (Xinhua)',
    'https://usa.chinadaily.com.cn/china/2012-05/10/content_15263173.htm',
    '2012-05-10',
    'B',
    2,
  ),
  reutersMay10: source(
    'Chinese travel agencies suspend tourist packages to the Philippines',
    'Reuters',
    'http://in.reuters.com/article/china-philippines-idINL4E8GA0JU20120510',
    '2012-05-10',
    'B',
    2,
  ),
  inquirerMay10: source(
    'China travel agencies suspend trips to Philippines',
    'Philippine Daily Inquirer (AP)',
    'http://globalnation.inquirer.net/36217/china-travel-agencies-suspend-trips-to-philippines/',
    '2012-05-10',
    'B',
    2,
  ),
  reutersMay11: source(
    'Filipino activists protest outside Chinese consular office in Manila',
    'Reuters',
    'http://in.reuters.com/article/philippines-china-protest-idINL4E8GB3NT20120511',
    '2012-05-11',
    'B',
    2,
  ),
  sunstarMay11: source(
    'Filipinos across the globe launch protests vs China (Sun.Star)',
    'Human Rights Online Philippines (Sun.Star)',
    'https://hronlineph.com/2012/05/11/in-the-news-filipinos-across-the-globe-launch-protests-vs-china-sun-star',
    '2012-05-11',
    'C',
    2,
  ),
  nytMay12: source(
    "Filipinos Rally Against China's Claim to Shoal (The New York Times, copy)",
    'The Coming Crisis (blog copy of The New York Times)',
    'http://thecomingcrisis.blogspot.com/2012/05/filipinos-rally-against-chinas-claim-to.html',
    '2012-05-12',
    'C',
    3,
  ),
  philstarMay31: source(
    'Military monitors Chinese activities at Panatag Shoal (The Philippine Star)',
    'Philippines Today (copy of The Philippine Star)',
    'http://philippinestoday.blogspot.com/2012/05/military-monitors-chinese-activities-at.html',
    '2012-05-31',
    'C',
    3,
  ),
  inquirerJun16: source(
    'PH ships leave Panatag',
    'Philippine Daily Inquirer',
    'https://globalnation.inquirer.net/40199/ph-ships-leave-panatag',
    '2012-06-16',
    'B',
    2,
  ),
  rapplerJun16: source(
    'PH pulls out ships from Scarborough due to bad weather',
    'Rappler',
    'https://www.rappler.com/nation/7106-ph-pulls-out-scarborough-ships/',
    '2012-06-16',
    'B',
    2,
  ),
  philstarJun19: source(
    '6 Chinese ships still in Panatag',
    'The Philippine Star',
    'https://qa.philstar.com/headlines/2012/06/19/818675/6-chinese-ships-still-panatag/amp',
    '2012-06-19',
    'B',
    2,
  ),
  abscbnJun26: source(
    'Chinese boats return to Scarborough Shoal',
    'ABS-CBN News',
    'https://news.abs-cbn.com/nation/06/26/12/chinese-boats-return-scarborough-shoal',
    '2012-06-26',
    'B',
    2,
  ),
  gmaJul5: source(
    "PHL hands Ma Keqing signed protest over 'Sansha City'",
    'GMA News Online',
    'https://www.gmanetwork.com/news/news/nation/264276/phl-hands-ma-keqing-signed-protest-over-sansha-city/story/',
    '2012-07-05',
    'B',
    2,
  ),
  rapplerJul5: source(
    'PH protests South China Sea ‘city’',
    'Rappler',
    'https://www.rappler.com/nation/8128-ph-protests-south-china-sea-city/',
    '2012-07-05',
    'B',
    2,
  ),
  philstarJul9: source(
    '3 Chinese ships still in Panatag',
    'The Philippine Star',
    'https://www.philstar.com/headlines/2012/07/09/825939/3-chinese-ships-still-panatag',
    '2012-07-09',
    'B',
    2,
  ),
  gmaJul18: source(
    'DFA: China boats blocking PHL vessels from Panatag Shoal',
    'GMA News Online',
    'https://www.gmanetwork.com/news/topstories/nation/265889/dfa-china-boats-blocking-phl-vessels-from-panatag-shoal/story/',
    '2012-07-18',
    'B',
    2,
  ),
  reutersJul24: source(
    "China's new city on disputed island (Reuters video)",
    'DailyTV (Reuters)',
    'https://dailytv.net/video/xsdd0b',
    '2012-07-24',
    'C',
    2,
  ),
  arabnewsJul31: source(
    'China appoints officers to South China Sea garrison',
    'Arab News (AP)',
    'https://www.arabnews.com/world/china-appoints-officers-south-china-sea-garrison',
    '2012-07-31',
    'B',
    2,
  ),
  inquirerOct3: source(
    'Tensions between Philippines, China have eased, says Chinese ambassador',
    'Philippine Daily Inquirer',
    'https://globalnation.inquirer.net/51414/tensions-between-philippines-china-have-eased-says-chinese-ambassador/amp',
    '2012-10-03',
    'B',
    2,
  ),
  abscbnNov29: source(
    'Philippines tells China: All your ships must go',
    'ABS-CBN News',
    'http://news.abs-cbn.com/nation/11/29/12/philippines-tells-china-all-your-ships-must-go',
    '2012-11-29',
    'B',
    2,
  ),
  dfaJan22: source(
    'Note Verbale No. 13-0211 and Notification and Statement of Claim (Department of Foreign Affairs, Manila)',
    'DocumentCloud (Department of Foreign Affairs of the Philippines)',
    'https://assets.documentcloud.org/documents/2165477/phl-prc-notification-and-statement-of-claim-on.txt',
    '2013-01-22',
    'A',
    1,
  ),
  wikinewsJan23: source(
    'Philippines seeks United Nations arbitration on South China Sea claims',
    'Wikinews',
    'https://en.m.wikinews.org/wiki/Philippines_seeks_United_Nations_arbitration_on_South_China_Sea_claims',
    '2013-01-23',
    'C',
    2,
  ),
  dfaFeb19: source(
    "The Department of Foreign Affairs' Statement on China's Response to the Philippines' Arbitration Case",
    'Embassy of the Philippines in Tokyo (DFA statement)',
    'https://tokyo.philembassy.net/02events/the-department-of-foreign-affairs-statement-on-chinas-response-to-the-philippines-arbitration-case/',
    '2013-02-19',
    'A',
    1,
  ),
  chinadailyFeb19: source(
    "China rejects Philippines' arbitral request",
    'China Daily (Xinhua)',
    'http://covid-19.chinadaily.com.cn/china/2013-02/19/content_16238133.htm',
    '2013-02-19',
    'B',
    1,
  ),
};

/** Round ids. */
const R = {
  delRosarioMa: 'del-rosario-ma-2012-04',
  nanning: 'roxas-xi-nanning-2012-09',
} as const;
/** Demand ids. */
const D = {
  chinaLeave: 'philippine-ships-leave-shoal',
  philippinesLeave: 'chinese-ships-leave-shoal',
  itlos: 'refer-dispute-to-itlos',
  arbitration: 'unclos-arbitration-claims',
} as const;
const LAGOON = 'lagoon-withdrawal-2012-06';
const PLACE = 'Scarborough Shoal';

const events: NegotiationEvent[] = [
  // --- 10–14 April: the arrest blocked, the protests, the stalemate ---
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2012-04-10', recordedAt: rec('2012-04-12', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'China – Philippines: Scarborough Shoal, 2012–13',
      subject:
        "The standoff between China and the Philippines at Scarborough Shoal (Huangyan Island, Bajo de Masinloc) from the Philippine Navy's attempt to arrest Chinese fishermen on 10 April 2012: the government ships of both sides at the shoal, the protests and talks, China's economic pressure, the understanding to leave the lagoon and China's staying, Sansha City, and the Philippines' turn to arbitration under UNCLOS (January 2013).",
      parties: [CHINA, PHILIPPINES],
      mediators: [],
    },
    [S.abscbnApr12],
  ),
  ev(
    'IncidentReported',
    'inc-cms-block-apr10',
    { occurredAt: '2012-04-10', recordedAt: rec('2012-04-12', '09:10') },
    {
      incidentId: 'cms-block-arrest-2012-04-10',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'philippines',
      target: 'BRP Gregorio del Pilar',
      place: PLACE,
      description:
        'Two Chinese surveillance vessels appear on the scene and block the Gregorio del Pilar from approaching the eight fishing boats, preventing the arrest the Philippines had planned. No contact, no weapon used, nobody harmed.',
    },
    [S.abscbnApr12, S.yahooApr12],
  ),
  ev(
    'StatementMade',
    'stmt-embassy-apr11',
    { occurredAt: '2012-04-11', recordedAt: rec('2012-04-12', '09:15') },
    {
      speaker: CN_EMBASSY,
      audience: 'philippines',
      tone: 'accusation',
      summary:
        'The Philippine warship illegally entered Chinese waters; China urges the Philippine side "to stop immediately their illegal activities and leave this area"; "Huangyan Island is an integral part of the Chinese territory and the waters around it is the traditional fishing area for Chinese fishermen." China lodges a protest.',
    },
    [S.yahooApr12, S.abscbnApr12],
  ),
  ev(
    'DemandTabled',
    'dem-china-leave-apr11',
    { occurredAt: '2012-04-11', recordedAt: rec('2012-04-12', '09:20') },
    {
      demandId: D.chinaLeave,
      by: 'china',
      addressedTo: ['philippines'],
      text: 'The Philippine ships leave the waters of Huangyan Island (Scarborough Shoal) and stop their "illegal activities".',
      category: 'territorial',
    },
    [S.yahooApr12],
  ),
  ev(
    'StatementMade',
    'stmt-delrosario-apr11',
    { occurredAt: '2012-04-11', recordedAt: rec('2012-04-12', '09:25') },
    {
      speaker: DEL_ROSARIO,
      audience: 'china',
      tone: 'warning',
      summary:
        'The Philippines protests the Chinese ships\' presence: the shoal lies within its 200-mile EEZ. The two sides resolve to seek a diplomatic solution, "however, if the Philippines is challenged, we are prepared to secure the territory."',
    },
    [S.yahooApr12, S.abscbnApr12],
  ),
  ev(
    'TalksRoundOpened',
    'round-delrosario-ma-opened',
    { occurredAt: '2012-04-11', recordedAt: rec('2012-04-12', '09:30') },
    {
      roundId: R.delRosarioMa,
      label: 'Del Rosario and Ambassador Ma Keqing (Manila)',
      format: 'informal',
      venue: 'Department of Foreign Affairs, Manila',
      delegations: [
        { actorId: 'philippines', head: DEL_ROSARIO },
        { actorId: 'china', head: MA },
      ],
    },
    [S.yahooApr12],
  ),
  ev(
    'StatementMade',
    'stmt-delrosario-warship-apr12',
    { occurredAt: '2012-04-12', recordedAt: rec('2012-04-12', '15:00') },
    {
      speaker: DEL_ROSARIO,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        'The Philippines pulls the Gregorio del Pilar away from the standoff, replaced by a coast guard ship (the BRP EDSA), while it pursues "the diplomatic track in terms of coming to a resolution on the issue".',
    },
    [S.abscbnApr12],
  ),
  ev(
    'IncidentReported',
    'inc-boarding-apr10',
    { occurredAt: '2012-04-10', recordedAt: rec('2012-04-13', '18:00') },
    {
      incidentId: 'ph-navy-boarding-2012-04-10',
      kind: 'force-posture',
      perpetrator: 'philippines',
      against: 'china',
      target: 'eight Chinese fishing boats anchored at the shoal',
      place: PLACE,
      description:
        "The BRP Gregorio del Pilar, the Philippine Navy's largest warship, sent on 8 April after the boats were spotted, inspects the fishing boats; officials say giant clams, coral and live sharks were illegally harvested. The navy prepares to arrest the fishermen. Nobody is held or harmed.",
    },
    [S.reutersApr13, S.abscbnApr12],
  ),
  ev(
    'DemandTabled',
    'dem-ph-leave-apr13',
    { occurredAt: '2012-04-13', recordedAt: rec('2012-04-15', '09:00') },
    {
      demandId: D.philippinesLeave,
      by: 'philippines',
      addressedTo: ['china'],
      text: "China's ships leave the shoal first; the fishermen may return to China once their harvest of endangered species is confiscated by Philippine authorities.",
      category: 'territorial',
    },
    [S.taipeitimesApr15],
  ),
  ev(
    'TalksRoundConcluded',
    'round-delrosario-ma-concluded',
    { occurredAt: '2012-04-13', recordedAt: rec('2012-04-15', '09:05') },
    {
      roundId: R.delRosarioMa,
      outcome: 'no-progress',
      summary:
        'Del Rosario: "The meeting with Ambassador Ma last night resulted in a stalemate as we had demanded of one another that the other nation\'s ship be first to leave the area." Ma held that the fishing boats were subject to inspection by Chinese authorities; the boats left the lagoon with their catch during the meeting.',
    },
    [S.taipeitimesApr15, S.reutersApr13],
  ),
  ev(
    'IncidentReported',
    'inc-china-return-apr14',
    { occurredAt: '2012-04-14', recordedAt: rec('2012-04-15', '09:10') },
    {
      incidentId: 'china-ship-aircraft-return-2012-04-14',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'the Philippine Coast Guard vessel at the shoal',
      place: PLACE,
      description:
        'By del Rosario\'s account, one of the larger Chinese ships returns to the shoal, bringing the Chinese government ships to two, and a Chinese aircraft makes fly-bys over the Philippine Coast Guard vessel; a Chinese ship "harassed" a Philippine-registered survey vessel (not described).',
    },
    [S.inquirerApr14],
  ),
  ev(
    'StatementMade',
    'stmt-delrosario-trust-apr14',
    { occurredAt: '2012-04-14', recordedAt: rec('2012-04-15', '09:15') },
    {
      speaker: DEL_ROSARIO,
      audience: 'china',
      tone: 'critical',
      summary:
        'The return of the ship comes although he and Ambassador Ma had agreed to take no action that would escalate tension ("no surprises"): "It appears that there is an element that is lacking in our negotiations. I seek a deeper element of trust from our Chinese friends."',
    },
    [S.inquirerApr14],
  ),
  // --- 15–30 April: summonses, ITLOS, the hacking, ships in and out ---
  ev(
    'DemandTabled',
    'dem-itlos-apr17',
    { occurredAt: '2012-04-17', recordedAt: rec('2012-04-19', '09:00') },
    {
      demandId: D.itlos,
      by: 'philippines',
      addressedTo: ['china'],
      text: 'China agree to bring the dispute over the shoal to the International Tribunal for the Law of the Sea.',
      category: 'procedural',
    },
    [S.peopleApr19],
  ),
  ev(
    'StatementMade',
    'stmt-fuying-apr18',
    { occurredAt: '2012-04-18', recordedAt: rec('2012-04-19', '09:05') },
    {
      speaker: FU_YING,
      audience: 'philippines',
      tone: 'accusation',
      summary:
        'Summoning the Philippine chargé d\'affaires a second time (after 15 April): the "harassment" of Chinese fishermen by a Philippine naval ship has aroused "great concern"; the Philippines should honour its commitment and withdraw its ships from the lagoon at once; its claim of sovereignty has no basis and China cannot accept it.',
    },
    [S.peopleApr19],
  ),
  ev(
    'StatementMade',
    'stmt-hernandez-hack-apr20',
    { occurredAt: '2012-04-20', recordedAt: rec('2012-04-21', '09:00') },
    {
      speaker: HERNANDEZ,
      audience: 'domestic audience',
      tone: 'critical',
      summary:
        'The University of the Philippines\' website was defaced by suspected Chinese hackers ("We come from China! Huangyan Island is Ours!"); the DFA criticises it as possibly the work of "some people who are passionately affected in the discussion" — laid on no government.',
    },
    [S.philstarApr21],
  ),
  ev(
    'StatementMade',
    'stmt-zhanghua-apr23',
    { occurredAt: '2012-04-23', recordedAt: rec('2012-04-23', '18:00') },
    {
      speaker: ZHANG_HUA,
      audience: 'philippines',
      tone: 'conciliatory',
      summary:
        'The fisheries patrol ship Yuzheng 310 and Marine Surveillance ship 084 left the Huangyan Island area on the afternoon of 22 April, leaving one surveillance ship "for its law enforcement mission": proof that China "is not escalating the situation ... but de-escalating", ready to settle the incident "through friendly diplomatic consultations".',
    },
    [S.abscbnApr23],
  ),
  ev(
    'IncidentReported',
    'inc-ph-presence-apr23',
    { occurredAt: '2012-04-23', recordedAt: rec('2012-04-23', '18:05') },
    {
      incidentId: 'ph-coast-guard-presence-2012-04-23',
      kind: 'force-posture',
      perpetrator: 'philippines',
      against: 'china',
      target: 'Chinese ships at the shoal',
      place: PLACE,
      description:
        'President Aquino: the Philippines "is still maintaining our presence" — at a minimum a Coast Guard vessel, "showing the flag", and a fisheries bureau vessel stay at the shoal.',
    },
    [S.abscbnApr23],
  ),
  ev(
    'IncidentReported',
    'inc-china-ships-apr24',
    { occurredAt: '2012-04-24', recordedAt: rec('2012-04-24', '18:00') },
    {
      incidentId: 'china-ships-remain-2012-04-24',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'the Philippine Coast Guard vessels at the shoal',
      place: PLACE,
      description:
        "The DFA, citing the Coast Guard: Yuzheng 310 and Marine Surveillance ship 71 are still at the shoal as of 2 p.m., and at least five Chinese fishing boats inside and outside it, despite China's statement; two Philippine Coast Guard vessels are there.",
    },
    [S.rapplerApr24],
  ),
  ev(
    'StatementMade',
    'stmt-dfa-ma-apr25',
    { occurredAt: '2012-04-25', recordedAt: rec('2012-04-30', '18:00') },
    {
      speaker: PH_DFA,
      audience: 'china',
      tone: 'accusation',
      summary:
        'Del Rosario stops meeting Ambassador Ma after three meetings; an assistant secretary hands her a note verbale protesting the "incomplete, inaccurate, and misleading" messages she sent to Beijing (that the Philippines had broken an agreement to withdraw its ships before any accord was reached). His subordinates take up the negotiations with her.',
    },
    [S.cnaApr30],
  ),
  ev(
    'StatementMade',
    'stmt-embassy-shocked-apr26',
    { occurredAt: '2012-04-26', recordedAt: rec('2012-04-30', '18:05') },
    {
      speaker: CN_EMBASSY,
      audience: 'philippines',
      tone: 'critical',
      summary: 'The embassy is "shocked" by the Philippine accusations against Ambassador Ma and denies them.',
    },
    [S.cnaApr30],
  ),
  ev(
    'PositionTaken',
    'pos-china-itlos-apr29',
    { occurredAt: '2012-04-29', recordedAt: rec('2012-04-30', '18:10') },
    {
      demandId: D.itlos,
      actorId: 'china',
      stance: 'rejected',
      speaker: CN_MFA,
      conditions:
        'Deng Zhonghua, head of the boundary and ocean affairs department, relays the refusal to the Philippine Embassy; the embassy\'s spokesman calls the decision final: the shoal is "China\'s inherent territory".',
      quote:
        'demands that the Philippines respect the sovereignty of Chinese territory and does nothing more to aggravate or complicate the situation further',
    },
    [S.inquirerApr30],
  ),
  // --- May: the warning, the economic pressure, the protest ---
  ev(
    'StatementMade',
    'stmt-fuying-may7',
    { occurredAt: '2012-05-07', recordedAt: rec('2012-05-08', '09:00') },
    {
      speaker: FU_YING,
      audience: 'philippines',
      tone: 'warning',
      summary:
        'Third summons of the Philippine chargé d\'affaires, Alex Chua: the Philippines "is stepping up efforts to escalate tensions" by sending government ships into the lagoon; China is "not optimistic", "fully prepared to respond to any escalation of the situation by the Philippine side", and its government vessels "will continue to be on alert" around the island; it asks Manila to remove its ships and not to "misjudge the situation".',
    },
    [S.ndtvMay8],
  ),
  ev(
    'StatementMade',
    'stmt-embassy-alert-may8',
    { occurredAt: '2012-05-08', recordedAt: rec('2012-05-10', '09:00') },
    {
      speaker: CN_EMBASSY,
      audience: 'Chinese nationals in the Philippines',
      tone: 'neutral',
      summary:
        'Safety alert: large anti-China demonstrations are planned; Chinese citizens in the Philippines should stay off the streets and watch their personal and property security.',
    },
    [S.chinadailyMay10, S.reutersMay10],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2012-05-09', recordedAt: rec('2012-05-10', '09:05') },
    { actor: USA, role: 'third-party' },
    [S.reutersMay10],
    {
      note: 'Registered with the Philippine – US war games of 9 May, which China said raised the risk of confrontation; the US is tripling military aid to the Philippines in 2012.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-shanghai-tours-may10',
    { occurredAt: '2012-05-10', precision: 'approximate', recordedAt: rec('2012-05-10', '12:00') },
    {
      speaker: SH_TOURISM,
      audience: 'philippines',
      tone: 'neutral',
      summary:
        'The Shanghai Tourism Bureau orders tours to the Philippines suspended indefinitely; Ctrip, Beijing International Travel Service and agencies in Guangdong halt tour groups and bookings "until the situation improves", citing safety.',
    },
    [S.inquirerMay10, S.reutersMay10, S.chinadailyMay10],
    {
      cameo: '163',
      note: 'Economic pressure on the Philippines, recorded as the order that imposed it (CAMEO 163); not a border closure: travel was not barred.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-aqsiq-fruit-may10',
    { occurredAt: '2012-05-10', precision: 'approximate', recordedAt: rec('2012-05-10', '12:05') },
    {
      speaker: AQSIQ,
      audience: 'philippines',
      tone: 'neutral',
      summary:
        "China's food safety watchdog orders stiffer inspections of bananas, pineapples and other fruit from the Philippines, citing pests; shipments are held at Chinese ports (by July only 290 of 1,500 containers had entered, by the exporters' count).",
    },
    [S.inquirerMay10],
    {
      cameo: '163',
      note: 'Economic pressure on the Philippines, recorded as the order that imposed it (CAMEO 163); Manila called it a regulatory matter.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-delrosario-protest-may11',
    { occurredAt: '2012-05-11', recordedAt: rec('2012-05-11', '12:00') },
    {
      speaker: DEL_ROSARIO,
      audience: 'china',
      tone: 'neutral',
      summary:
        'About 200 Filipinos protest peacefully outside the Chinese consular office in Makati (police stop a man from burning a Chinese flag); del Rosario: the protests are "a private undertaking ... We have nothing to do with this."',
    },
    [S.sunstarMay11, S.reutersMay11],
  ),
  ev(
    'StatementMade',
    'stmt-hong-protest-may11',
    { occurredAt: '2012-05-11', recordedAt: rec('2012-05-12', '09:00') },
    {
      speaker: HONG,
      audience: 'philippines',
      tone: 'accusation',
      summary:
        '"The government has incited the Philippine people to protest"; the Philippines should take measures to keep the dispute from getting worse.',
    },
    [S.nytMay12],
  ),
  ev(
    'IncidentReported',
    'inc-china-ships-may30',
    { occurredAt: '2012-05-30', recordedAt: rec('2012-05-31', '12:00') },
    {
      incidentId: 'china-ships-2012-05-30',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'the Philippine Coast Guard and fisheries vessels at the shoal',
      place: PLACE,
      description:
        'Military sources: seven Chinese surveillance, fisheries-enforcement and other ships and eight fishing boats at the shoal (China has sent up to 90 vessels in rotation in past weeks), against two Philippine vessels (Coast Guard and fisheries bureau).',
    },
    [S.philstarMay31],
  ),
  // --- June: the understanding, the Philippine pullout, China stays ---
  ev(
    'AgreementReached',
    'agr-lagoon',
    { occurredAt: '2012-06-13', precision: 'approximate', recordedAt: rec('2012-06-16', '12:00') },
    {
      agreementId: LAGOON,
      kind: 'partial',
      provisions: [
        'The vessels of both sides leave the lagoon of the shoal (del Rosario, 15 June: China promised to pull its vessels out of the lagoon).',
      ],
      signatories: ['china', 'philippines'],
      textPublic: false,
    },
    [S.rapplerJun16, S.inquirerJun16],
    {
      note: 'Verbal. Del Rosario on 15 June: China promised to pull its vessels out of the lagoon "a couple of days ago"; dated about 13 June.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-delrosario-pullout-jun16',
    { occurredAt: '2012-06-16', recordedAt: rec('2012-06-16', '12:05') },
    {
      speaker: DEL_ROSARIO,
      audience: 'china',
      tone: 'critical',
      summary:
        '"Last night, President Aquino ordered both of our ships to return to port due to increasing bad weather" (the Coast Guard vessel and the fisheries survey ship, as typhoon Butchoy approaches); "when weather improves, a re-evaluation will be made". The Chinese still have vessels in the lagoon, "and we\'re waiting for them to remove those vessels".',
    },
    [S.inquirerJun16, S.rapplerJun16],
  ),
  ev(
    'StatementMade',
    'stmt-hong-vigilance-jun18',
    { occurredAt: '2012-06-18', recordedAt: rec('2012-06-19', '09:00') },
    {
      speaker: HONG,
      audience: 'philippines',
      tone: 'critical',
      summary:
        'China welcomes the withdrawal of the Philippine vessels and hopes the situation eases further, while faulting the Philippines; China "will continue to maintain administration and vigilance over Huangyan Island waters" — its government ships stay; its fishing boats are pulled out.',
    },
    [S.philstarJun19],
  ),
  ev(
    'IncidentReported',
    'inc-china-ships-jun19',
    { occurredAt: '2012-06-19', recordedAt: rec('2012-06-19', '09:05') },
    {
      incidentId: 'china-ships-stay-2012-06-19',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'the shoal Manila claims, with no Philippine ship left there',
      place: PLACE,
      description:
        'A security official: six Chinese ships — three Marine Surveillance and three Fisheries Law Enforcement Command vessels — are still guarding the shoal in rough seas after the Philippine pullout.',
    },
    [S.philstarJun19],
  ),
  ev(
    'IncidentReported',
    'inc-china-lagoon-jun25',
    { occurredAt: '2012-06-25', recordedAt: rec('2012-06-26', '12:00') },
    {
      incidentId: 'china-boats-back-in-lagoon-2012-06-25',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'the lagoon both sides had agreed to leave',
      place: PLACE,
      description:
        'A Philippine Navy Islander plane counts 28 Chinese vessels in and outside the lagoon on the afternoon of 25 June: three Marine Surveillance and two Fisheries Law Enforcement ships outside, six fishing boats and 17 dinghies inside. No Philippine ship is at the shoal.',
    },
    [S.abscbnJun26],
  ),
  ev(
    'StatementMade',
    'stmt-dfa-lagoon-jun26',
    { occurredAt: '2012-06-26', recordedAt: rec('2012-06-26', '12:05') },
    {
      speaker: PH_DFA,
      audience: 'china',
      tone: 'accusation',
      summary:
        'The DFA, which had announced the day before that all boats of both sides had left the lagoon: "The Chinese fishing boats have obviously returned." Defence Secretary Gazmin calls the navy\'s count "a factual operational report" contradicting China\'s statements that it had pulled its vessels out.',
    },
    [S.abscbnJun26],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-lagoon-withdrawn',
    { occurredAt: '2012-06-26', recordedAt: rec('2012-06-26', '12:10') },
    {
      agreementId: LAGOON,
      status: 'withdrawn',
      by: 'china',
      reason:
        "The analyst's reading of China's acts, not a declaration: the Philippines pulled its ships out, China's government ships stayed and its fishing boats were back in the lagoon by 25 June; China does not apply the understanding (the DFA later said it 'reneged').",
    },
    [S.abscbnJun26],
  ),
  // --- July: Sansha City, the barrier ---
  ev(
    'StatementMade',
    'stmt-china-sansha-jun21',
    { occurredAt: '2012-06-21', precision: 'approximate', recordedAt: rec('2012-07-05', '12:00') },
    {
      speaker: CN_CIVIL,
      audience: 'philippines',
      tone: 'neutral',
      summary:
        "China's Ministry of Civil Affairs announces the prefecture-level city of Sansha, to administer the Xisha (Paracel), Zhongsha (Macclesfield Bank, under which China counts Scarborough Shoal) and Nansha (Spratly) islands and their waters.",
    },
    [S.gmaJul5, S.rapplerJul5],
  ),
  ev(
    'StatementMade',
    'stmt-dfa-sansha-jul4',
    { occurredAt: '2012-07-04', recordedAt: rec('2012-07-05', '12:05') },
    {
      speaker: HERNANDEZ,
      audience: 'china',
      tone: 'accusation',
      summary:
        'A note verbale of 28 June, handed to Ambassador Ma on 4 July, protests Sansha City: its jurisdiction "violates Philippine territorial sovereignty over the Kalayaan Island Group and Bajo de Masinloc" and contradicts the Declaration on the Conduct of Parties in the South China Sea.',
    },
    [S.gmaJul5, S.rapplerJul5],
  ),
  ev(
    'IncidentReported',
    'inc-china-ships-jul6',
    { occurredAt: '2012-07-06', recordedAt: rec('2012-07-09', '09:00') },
    {
      incidentId: 'china-ships-2012-07-06',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'the shoal Manila claims',
      place: PLACE,
      description:
        'Aerial surveillance: two Chinese Marine Surveillance vessels and one Fisheries Law Enforcement Command ship remain about two nautical miles east of the shoal; the fishing boats appear to have left; no new structures seen.',
    },
    [S.philstarJul9],
  ),
  ev(
    'IncidentReported',
    'inc-barrier-jul18',
    { occurredAt: '2012-07-18', precision: 'approximate', recordedAt: rec('2012-07-18', '18:00') },
    {
      incidentId: 'china-lagoon-barrier-2012-07',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'philippines',
      against: 'philippines',
      target: "the entrance of the shoal's lagoon, closed to Philippine ships and fishing boats",
      place: PLACE,
      description:
        'The DFA discloses that China has set up a barrier across the entrance of the lagoon — a long rope and fishing nets held by buoys, with Chinese dinghies tied together — blocking Philippine ships and fishing boats, and keeps its ships inside and outside the shoal.',
    },
    [S.gmaJul18],
  ),
  ev(
    'StatementMade',
    'stmt-basilio-jul18',
    { occurredAt: '2012-07-18', precision: 'approximate', recordedAt: rec('2012-07-18', '18:05') },
    {
      speaker: BASILIO,
      audience: 'china',
      tone: 'accusation',
      summary:
        'The Philippines "forged an agreement with a neighboring country for the simultaneous pullout of all vessels inside the shoal, which we undertook in good faith"; China "has not fulfilled its obligations under the agreement and has maintained its ships inside and outside the shoal, as well as its barrier, in its aim to establish effective control and jurisdiction".',
    },
    [S.gmaJul18],
  ),
  ev(
    'StatementMade',
    'stmt-china-sansha-jul24',
    { occurredAt: '2012-07-24', recordedAt: rec('2012-07-24', '18:00') },
    {
      speaker: CN_CIVIL,
      audience: 'philippines',
      tone: 'neutral',
      summary:
        'Sansha City is formally established at a ceremony on Yongxing (Woody) Island, with a military garrison that Xinhua says will be responsible for defence mobilisation, disaster relief and military missions in the waters it administers.',
    },
    [S.reutersJul24],
  ),
  ev(
    'StatementMade',
    'stmt-dfa-garrison-jul',
    { occurredAt: '2012-07-26', precision: 'approximate', recordedAt: rec('2012-07-31', '12:00') },
    {
      speaker: PH_DFA,
      audience: 'china',
      tone: 'accusation',
      summary: "Manila summons the Chinese ambassador to lodge a complaint against the Sansha garrison's announcement.",
    },
    [S.arabnewsJul31],
  ),
  // --- September – November: talks without movement, China stays ---
  ev(
    'TalksRoundOpened',
    'round-nanning-opened',
    { occurredAt: '2012-09-21', recordedAt: rec('2012-10-03', '12:00') },
    {
      roundId: R.nanning,
      label: 'Roxas and Xi Jinping (China – ASEAN Expo, Nanning)',
      format: 'informal',
      venue: 'Nanning, Guangxi',
      delegations: [
        { actorId: 'philippines', head: ROXAS },
        { actorId: 'china', head: XI },
      ],
    },
    [S.inquirerOct3],
  ),
  ev(
    'TalksRoundConcluded',
    'round-nanning-concluded',
    { occurredAt: '2012-09-21', recordedAt: rec('2012-10-03', '12:05') },
    {
      roundId: R.nanning,
      outcome: 'no-progress',
      summary:
        'Roxas: the two did not budge from their positions on the shoal, both insisting on sovereignty; Malacañang calls the talks "constructive".',
    },
    [S.inquirerOct3],
  ),
  ev(
    'StatementMade',
    'stmt-ma-eased-oct2',
    { occurredAt: '2012-10-02', precision: 'approximate', recordedAt: rec('2012-10-03', '12:10') },
    {
      speaker: MA,
      audience: 'philippines',
      tone: 'conciliatory',
      summary:
        'At China\'s National Day reception in Makati, her first words on the dispute since the standoff ended: the "important meeting" of Roxas and Xi eased tensions; the Philippines is an important partner and she hopes positive steps will continue.',
    },
    [S.inquirerOct3],
  ),
  ev(
    'IncidentReported',
    'inc-china-ships-nov29',
    { occurredAt: '2012-11-29', recordedAt: rec('2012-11-29', '18:00') },
    {
      incidentId: 'china-ships-2012-11-29',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'the shoal Manila claims, with no Philippine ship there',
      place: PLACE,
      description:
        'Del Rosario: three Chinese ships are still in the vicinity of the shoal "as we speak. They never really left."',
    },
    [S.abscbnNov29],
  ),
  ev(
    'StatementMade',
    'stmt-delrosario-nov29',
    { occurredAt: '2012-11-29', recordedAt: rec('2012-11-29', '18:05') },
    {
      speaker: DEL_ROSARIO,
      audience: 'china',
      tone: 'accusation',
      summary:
        'China is in violation of the agreement that both sides pull their ships out of the shoal; the Philippines keeps asking Beijing to honour it, respect Philippine sovereignty and pull out its ships. He denies that Manila limits bilateral consultations: 36 have been held since April.',
    },
    [S.abscbnNov29],
  ),
  // --- January – February 2013: arbitration ---
  ev(
    'StatementMade',
    'stmt-dfa-arbitration-jan22',
    { occurredAt: '2013-01-22', recordedAt: rec('2013-01-23', '09:00') },
    {
      speaker: DEL_ROSARIO,
      audience: 'china',
      tone: 'neutral',
      summary:
        'The DFA hands the Chinese embassy a Notification and Statement of Claim under Article 287 and Annex VII of UNCLOS, initiating arbitral proceedings "in furtherance of the friendly relations with China"; del Rosario: Manila has exhausted "almost all political and diplomatic avenues".',
    },
    [S.dfaJan22, S.wikinewsJan23],
    {
      cameo: '115',
      note: 'A legal step against China (CAMEO 115, bring lawsuit against), not an agreement of the pair.',
    },
  ),
  ev(
    'DemandTabled',
    'dem-arbitration-jan22',
    { occurredAt: '2013-01-22', recordedAt: rec('2013-01-23', '09:05') },
    {
      demandId: D.arbitration,
      by: 'philippines',
      addressedTo: ['china'],
      text: "China's claims beyond its UNCLOS entitlements (the nine-dash line) be declared unlawful, and China desist from activities violating the Philippines' rights in its maritime zones, as the arbitral tribunal is asked to rule.",
      category: 'territorial',
    },
    [S.dfaJan22],
  ),
  ev(
    'PositionTaken',
    'pos-china-arbitration-feb19',
    { occurredAt: '2013-02-19', recordedAt: rec('2013-02-19', '18:00') },
    {
      demandId: D.arbitration,
      actorId: 'china',
      stance: 'rejected',
      speaker: MA,
      conditions:
        'Ambassador Ma returns the note and the Notification and Statement of Claim to the DFA with a note verbale rejecting them; China has "indisputable sovereignty" within its claim.',
    },
    [S.dfaFeb19, S.chinadailyFeb19],
  ),
  ev(
    'StatementMade',
    'stmt-hong-arbitration-feb19',
    { occurredAt: '2013-02-19', recordedAt: rec('2013-02-19', '18:05') },
    {
      speaker: HONG,
      audience: 'philippines',
      tone: 'critical',
      summary:
        'The Philippine note and notice "violate the consensus enshrined in the Declaration on the Conduct of Parties", "are factually flawed and contain false accusations"; China hopes Manila will take no action that complicates the issue and will answer its proposal of a bilateral dialogue mechanism on maritime issues.',
    },
    [S.chinadailyFeb19],
  ),
  ev(
    'StatementMade',
    'stmt-dfa-arbitration-feb19',
    { occurredAt: '2013-02-19', recordedAt: rec('2013-02-19', '18:10') },
    {
      speaker: PH_DFA,
      audience: 'china',
      tone: 'neutral',
      summary:
        '"China\'s action will not interfere with the process of Arbitration"; the five-member panel will be formed "with or without China"; the Philippines remains committed to arbitration, "a friendly, peaceful and durable form of dispute settlement".',
    },
    [S.dfaFeb19],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'china-philippines-2012.jsonl',
  logEnd: '2013-03-01T00:00:00Z',
  events,
};

export default definition;
