/**
 * A test fixture, not a shipped example: the United Kingdom and Iceland in
 * the third Cod War, 1975–76, as an analyst following the news (and the
 * record published since) could have recorded it: from Iceland's 200-mile
 * fishery limit (15 October 1975) through the Icelandic Coast Guard's
 * cutting of British trawlers' warps, the Royal Navy frigates sent in (25
 * November 1975), the collisions and rammings between frigates, tugs and
 * gunboats, the shots fired by the gunboat Þór (11 December 1975), the
 * frigates' withdrawal for the London talks (20 January 1976) and their
 * return, Iceland's break of diplomatic relations (19 February 1976, the first
 * between two NATO members), its foreign minister's call to close the NATO
 * base at Keflavík, NATO's and Norway's mediation, to the Oslo agreement (1
 * June 1976: at most 24 British trawlers inside 200 miles for six months) and
 * its running to its end (1 December 1976). Escalation model v2 was never
 * tuned on it: it is the case the model is held to in uk-iceland-1975.spec.ts,
 * against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: force between the two states'
 * vessels for seven months with no one killed and no weapon fired at the
 * other's forces (warps cut, collisions and rammings between frigates and
 * gunboats, one gunboat's shots at an unarmed tug); a threat aimed at the
 * other party through a third party's base; a break of diplomatic relations
 * between allies; and an agreement implemented to its end, after which the
 * dispute is over.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md, with one addition: A = the official
 * record of Parliament (Hansard), a primary transcript of what the British
 * government said; B = established outlets and their archive copies (The
 * Guardian's archive, TIME), the US embassies' cables (released, reporting
 * what ministers told them or the press printed), and the Icelandic historical
 * journal Saga for Iceland's account; C = local papers' retrospective pieces
 * and mirrors of Wikipedia. 1 = an act or statement of the actor itself, on
 * record; 2 = several outlets agree, or an official account the other side
 * does not deny; 3 = one side's account of an incident the other disputes.
 *
 * Judgement calls, recorded as an analyst would:
 * - Warps cut by the Coast Guard, collisions and rammings between frigates
 *   (or the government's civilian defence tugs) and gunboats are force used
 *   on the other party's vessels short of weapons fire: `non-lethal-force`,
 *   with the perpetrator as the side reporting it alleges, aimed `against`
 *   the other, nobody killed (`fatalities` 0). Where each side blames the
 *   other for one day's collisions (6 May 1976) both accounts are recorded and
 *   share an occurrence key; where the report gives no blame (HMS Yarmouth, 28
 *   February 1976) no perpetrator is recorded.
 * - Þór's three shots of 11 December 1975 (two blanks, one solid round, by
 *   both accounts; nobody hurt, nothing hit that the British crews noticed)
 *   were fired inside Iceland's territorial waters at the Lloydsman, an unarmed
 *   ocean tug chartered by the British government as a "civilian defence
 *   vessel", after collisions: not armed action in §5b's sense (not between
 *   the parties' own forces, not on the other's territory), but weapons used
 *   to coerce the other party's vessels. The catalogue has no kind for shots
 *   at a vessel that hit no one; it is recorded as `non-lethal-force`, as the
 *   India – China case records its warning shots, with a note (the kind's
 *   definition says "short of weapons fire": the same gap in the catalogue).
 * - One place written one way: every incident on the fishing grounds is at
 *   "Icelandic fishing grounds" (the sources rarely give more), the 11
 *   December incident at "Seyðisfjörður".
 * - The sending of the frigates (25 November 1975), their return (February
 *   1976) and the raising of the forces (6 May 1976) are the United Kingdom's
 *   `force-posture` against Iceland. Their withdrawal (20 January 1976) is the
 *   British minister's conciliatory statement.
 * - Iceland's 200-mile limit (15 October 1975) is recorded as the Icelandic
 *   government's statement (a unilateral legal claim; British trawlers fished
 *   on under the 1973 agreement until 13 November). It is not a closure of a
 *   border: it closes fishing grounds, and no source calls it one.
 * - Iceland's announcement of 19 January 1976 that it would break off
 *   relations is a `threat` (carried out a month later); the break of 19
 *   February a statement with CAMEO 161 (reduce or break diplomatic
 *   relations), as the Colombia – Ecuador and Morocco – Algeria cases record
 *   theirs.
 * - Foreign Minister Ágústsson's call (Stavanger Aftenblad, 3 March 1976) to
 *   close the Keflavík base and consider leaving NATO if British warships did
 *   not leave is a `threat` against the United Kingdom, made through a third
 *   party's base (the United States', registered as a third party); he called
 *   it his personal opinion. Not an ultimatum: no demand was put to Britain
 *   through any channel.
 * - Norway's proposals (February, April 1976) were confidential at the time;
 *   they are recorded from the US embassy's cables, released since, and dated
 *   by the cables.
 * - The Oslo agreement of 1 June 1976 is a `partial` agreement, being
 *   implemented from the day it was signed (no status given); its end on 1
 *   December 1976, by its own six-month term, is `terminated` with that reason,
 *   and the negotiation closed with an agreement: Britain's trawlers left the
 *   zone and did not come back.
 * - Left out for want of a dated report in the sources searched: the many
 *   warp cuttings and collisions of late November, late December, February,
 *   March, April and late May (the House of Lords was told of "three
 *   collisions and one near collision" between Christmas and 14 January, and
 *   TIME of "dozens" of collisions, without dates); the restoration of
 *   diplomatic relations after the Oslo agreement (no source read dates it).
 *   The record is thinner than the sea: days with nothing recorded are not
 *   days with nothing done.
 * - Sources published decades later (Saga 1981, the local papers' retrospective
 *   pieces, the Wikipedia mirror) are recorded when the case was researched,
 *   backdated to when the events happened; the rest on the day after.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'uk-iceland-cod-war-1975';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1975);
/** A recordedAt on a given day (the case spans 1975–76 and was completed from later sources). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;
/** When the retrospective sources were read. */
const RESEARCHED = '2026-12-06';

const UK: Actor = {
  id: 'united-kingdom',
  name: 'United Kingdom',
  kind: 'state',
  aliases: ['Britain', 'London', 'Royal Navy', "Her Majesty's Government"],
};
const ICELAND: Actor = {
  id: 'iceland',
  name: 'Iceland',
  kind: 'state',
  aliases: ['Reykjavík', 'Icelandic Coast Guard', 'Landhelgisgæslan'],
};
const NATO: Actor = {
  id: 'nato',
  name: 'North Atlantic Treaty Organization',
  kind: 'international-organisation',
  aliases: ['NATO', 'Secretary-General Joseph Luns'],
};
const NORWAY: Actor = { id: 'norway', name: 'Norway', kind: 'state', aliases: ['Oslo'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };

const FISHING_GROUNDS = 'Icelandic fishing grounds';
const SEYDISFJORDUR = 'Seyðisfjörður';

const ICELAND_GOV: Person = { name: 'Government of Iceland (announcement)', actorId: 'iceland' };
const HALLGRIMSSON: Person = { name: 'Geir Hallgrímsson', title: 'Prime Minister of Iceland', actorId: 'iceland' };
const AGUSTSSON: Person = { name: 'Einar Ágústsson', title: 'Foreign Minister of Iceland', actorId: 'iceland' };
const SIGURDSSON: Person = {
  name: 'Niels Sigurðsson',
  title: 'Ambassador of Iceland in London',
  actorId: 'iceland',
};
const BJARNASON: Person = { name: 'Matthías Bjarnason', title: 'Fisheries Minister of Iceland', actorId: 'iceland' };
const HATTERSLEY: Person = {
  name: 'Roy Hattersley',
  title: 'Minister of State for Foreign and Commonwealth Affairs',
  actorId: 'united-kingdom',
};
const CALLAGHAN: Person = {
  name: 'James Callaghan',
  title: 'Secretary of State for Foreign and Commonwealth Affairs',
  actorId: 'united-kingdom',
};
const CROSLAND: Person = {
  name: 'Anthony Crosland',
  title: 'Secretary of State for Foreign and Commonwealth Affairs (from April 1976)',
  actorId: 'united-kingdom',
};
const WILSON: Person = {
  name: 'Harold Wilson',
  title: 'Prime Minister of the United Kingdom',
  actorId: 'united-kingdom',
};
const FCO: Person = { name: 'Foreign and Commonwealth Office (statement)', actorId: 'united-kingdom' };

const S = {
  hansardOct29: source(
    'Icelandic Fisheries (HC Deb 29 October 1975)',
    'Hansard (UK Parliament)',
    'https://api.parliament.uk/historic-hansard/commons/1975/oct/29/icelandic-fisheries',
    '1975-10-29',
    'A',
    1,
  ),
  hansardNov20: source(
    'Icelandic Fisheries (HC Deb, volume 901: statement on the Reykjavík talks of 15–17 November 1975)',
    'Hansard (UK Parliament)',
    'https://hansard.parliament.uk/Commons/1975-03-20/debates/87c98eb6-70fc-44d1-874b-20138bf907b1/IcelandicFisheries',
    '1975-11-20',
    'A',
    2,
  ),
  hansardLordsNov26: source(
    'Icelandic Fishery Limits (HL Deb 26 November 1975)',
    'Hansard (UK Parliament)',
    'https://api.parliament.uk/historic-hansard/lords/1975/nov/26/icelandic-fishery-limits',
    '1975-11-26',
    'A',
    1,
  ),
  hansardDec12: source(
    'Iceland Fisheries Dispute (HC Deb 12 December 1975)',
    'Hansard (UK Parliament)',
    'https://api.parliament.uk/historic-hansard/commons/1975/dec/12/iceland-fisheries-dispute',
    '1975-12-12',
    'A',
    2,
  ),
  guardianDec12: source(
    'From the archive: Iceland opens fire on British vessel (originally published on 12 December 1975)',
    'The Guardian (archive)',
    'https://www.theguardian.com/environment/2009/dec/12/iceland-opens-fire-british-vessel',
    '1975-12-12',
    'B',
    2,
  ),
  guardianJan8: source(
    'Britain and Iceland cod war escalates – archive, 1976',
    'The Guardian (archive)',
    'https://www.theguardian.com/business/2021/jan/08/britain-and-iceland-cod-war-escalates-1976',
    '1976-01-08',
    'B',
    2,
  ),
  hansardLordsJan14: source(
    'Iceland Fisheries Dispute (HL Deb 14 January 1976)',
    'Hansard (UK Parliament)',
    'https://api.parliament.uk/historic-hansard/lords/1976/jan/14/iceland-fisheries-dispute',
    '1976-01-14',
    'A',
    2,
  ),
  hansardJan20: source(
    'Iceland Fisheries Dispute (HC Deb 20 January 1976)',
    'Hansard (UK Parliament)',
    'https://api.parliament.uk/historic-hansard/commons/1976/jan/20/iceland-fisheries-dispute',
    '1976-01-20',
    'A',
    1,
  ),
  hansardJan28: source(
    'Iceland Fisheries Dispute (HC Deb 28 January 1976)',
    'Hansard (UK Parliament)',
    'https://api.parliament.uk/historic-hansard/commons/1976/jan/28/iceland-fisheries-dispute',
    '1976-01-28',
    'A',
    1,
  ),
  guardianJan29: source(
    'Cod war tensions with Iceland – archive, 1976 (29 January 1976)',
    'The Guardian (archive)',
    'https://www.theguardian.com/business/2020/jan/29/cod-war-fishing-tensions-with-iceland-1976',
    '1976-01-29',
    'B',
    2,
  ),
  hansardLordsFeb4: source(
    'Iceland Fisheries Dispute (HL Deb 04 February 1976)',
    'Hansard (UK Parliament)',
    'https://api.parliament.uk/historic-hansard/lords/1976/feb/04/iceland-fisheries-dispute',
    '1976-02-04',
    'A',
    1,
  ),
  cableOsloFeb25: source(
    'Cable OSLO 00978: Frydenlund on the Norwegian proposal (25 February 1976)',
    'US Embassy Oslo (via WikiLeaks PlusD)',
    'https://search.wikileaks.org/plusd/cables/1976OSLO00978.html',
    '1976-02-25',
    'B',
    2,
  ),
  timeMar8: source(
    'Action in the North Atlantic (TIME, 8 March 1976)',
    'TIME (archive copy)',
    'http://610211.6jhxt.group/txt/time/Time1976/1976-03-08/879624.html',
    '1976-03-08',
    'C',
    2,
  ),
  hansardWaMar9: source(
    'Iceland Fisheries Dispute (HC Deb 09 March 1976, written answers: frigates on station)',
    'Hansard (UK Parliament)',
    'https://api.parliament.uk/historic-hansard/written_answers/1976/mar/09/iceland-fisheries-dispute',
    '1976-03-09',
    'A',
    1,
  ),
  cableOsloMar4: source(
    'Cable OSLO 01100: Ágústsson on leaving NATO and closing Keflavík (4 March 1976)',
    'US Embassy Oslo (via WikiLeaks PlusD)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1976OSLO01100.html',
    '1976-03-04',
    'B',
    2,
  ),
  cableOsloApr20: source(
    'Cable OSLO 01920: Norwegians report progress on a Cod War proposal (20 April 1976)',
    'US Embassy Oslo (via WikiLeaks PlusD)',
    'https://www.wikileaks.org/plusd/cables/1976OSLO01920_b.html',
    '1976-04-20',
    'B',
    2,
  ),
  cableOsloApr23: source(
    'Cable OSLO 02030: Norwegians report progress on Cod War agreement (23 April 1976)',
    'US Embassy Oslo (via WikiLeaks PlusD)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1976OSLO02030_b.html',
    '1976-04-23',
    'B',
    2,
  ),
  hansardMay19: source(
    'Iceland Fisheries Dispute (HC Deb 19 May 1976)',
    'Hansard (UK Parliament)',
    'https://api.parliament.uk/historic-hansard/commons/1976/may/19/iceland-fisheries-dispute',
    '1976-05-19',
    'A',
    1,
  ),
  timeJun14: source(
    'Now, the Cod Peace (TIME, 14 June 1976)',
    'TIME (archive copy)',
    'http://20.210.105.67/txt/time/Time1976/1976-06-14/914224.html',
    '1976-06-14',
    'C',
    2,
  ),
  saga1981p39: source(
    'Tíunda þorskastríðið 1975–1976 (Saga, 1981, p. 37)',
    'Saga (Sögufélag), via timarit.is',
    'https://timarit.is/page/5274805?lang=en',
    '1981-01-01',
    'B',
    3,
  ),
  saga1981p75: source(
    'Tíunda þorskastríðið 1975–1976 (Saga, 1981, p. 73)',
    'Saga (Sögufélag), via timarit.is',
    'https://timarit.is/page/5274841?lang=en',
    '1981-01-01',
    'B',
    3,
  ),
  portsmouthFalmouth: source(
    'Conflict at sea during furious 1970s Cod Wars',
    'The News, Portsmouth',
    'https://www.portsmouth.co.uk/retro/conflict-at-sea-during-furious-1970s-cod-wars-1314965',
    '2019-06-03',
    'C',
    2,
  ),
  blackpoolMay1976: source(
    'Looking back to 1976: Cod Wars, a racing shock and the death of a literary icon',
    'Blackpool Gazette',
    'https://www.blackpoolgazette.co.uk/retro/looking-back-to-1976-cod-wars-a-racing-shock-and-the-death-of-a-literary-icon-1-9734678',
    '2019-05-06',
    'C',
    3,
  ),
  wikiCodWars: source(
    'Cod Wars (Wikipedia, October 2023 copy)',
    'Wikipedia (Kiwix mirror)',
    'https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Third_Cod_War',
    '2023-10-01',
    'C',
    2,
  ),
};

const AT_RESEARCH = (time: string): string => rec(RESEARCHED, time);

const events = [
  // ===== October 1975: the 200-mile limit; talks in London =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1975-10-15', recordedAt: rec('1975-10-29', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'United Kingdom – Iceland: the third Cod War, 1975–76',
      subject:
        "British fishing inside Iceland's 200-mile fishery limit after the 1973 interim agreement expires (13 November 1975): a catch limit, the number of trawlers, conservation areas; the Icelandic Coast Guard's harassment of British trawlers and the Royal Navy's protection of them.",
      parties: [UK, ICELAND],
      mediators: [NATO],
    },
    [S.hansardOct29],
  ),
  ev(
    'StatementMade',
    'stmt-iceland-200',
    { occurredAt: '1975-10-15', recordedAt: rec('1976-06-15', '09:00') },
    {
      speaker: ICELAND_GOV,
      audience: 'united-kingdom',
      tone: 'neutral',
      summary:
        "Iceland's fishery limit is extended from 50 to 200 nautical miles; foreign fishing inside it only by agreement with Iceland. Britain does not recognise the extension; its trawlers may fish under the 1973 interim agreement until it expires on 13 November.",
    },
    [S.timeJun14, S.hansardOct29],
    { note: "A unilateral legal claim, not an act of force; recorded as Iceland's announcement." },
  ),
  ev(
    'TalksRoundOpened',
    'round-london-oct-open',
    { occurredAt: '1975-10-23', recordedAt: rec('1975-10-29', '09:02') },
    {
      roundId: 'london-1975-10',
      label: 'London official talks, October 1975',
      format: 'formal',
      venue: 'London',
      delegations: [
        { actorId: 'iceland', head: AGUSTSSON },
        { actorId: 'united-kingdom', head: HATTERSLEY },
      ],
    },
    [S.hansardOct29],
  ),
  ev(
    'TalksRoundConcluded',
    'round-london-oct-end',
    { occurredAt: '1975-10-24', recordedAt: rec('1975-10-29', '09:03') },
    {
      roundId: 'london-1975-10',
      outcome: 'adjourned',
      summary:
        'Less progress than Britain hoped; scientific and technical talks on the fish stocks to be held as soon as possible, then a further ministerial meeting. "Negotiations are still continuing."',
      nextSteps: 'Experts on the fish stocks; a ministerial meeting in Reykjavík.',
    },
    [S.hansardOct29],
  ),
  // ===== November 1975: warps cut, the Reykjavík talks collapse, the Navy sent =====
  ev(
    'DemandTabled',
    'dem-iceland-65',
    { occurredAt: '1975-11-06', precision: 'approximate', recordedAt: rec('1975-11-21', '09:00') },
    {
      demandId: 'iceland-catch-65000',
      by: 'iceland',
      addressedTo: ['united-kingdom'],
      text: 'British catch inside the 200-mile limit cut to 65,000 tons a year (from the indicative 130,000 of the 1973 agreement).',
      category: 'economic',
    },
    [S.hansardNov20],
    { note: 'Informal suggestions to British officials about ten days before the Reykjavík talks, per Hattersley.' },
  ),
  ev(
    'IncidentReported',
    'inc-warps-nov15',
    { occurredAt: '1975-11-15', precision: 'approximate', recordedAt: rec('1975-11-21', '09:01') },
    {
      incidentId: 'warps-1975-11-15',
      kind: 'non-lethal-force',
      perpetrator: 'iceland',
      allegedBy: 'united-kingdom',
      against: 'united-kingdom',
      target: 'Two British trawlers',
      place: FISHING_GROUNDS,
      fatalities: { min: 0, max: 0 },
      description:
        'As the British ministers arrive in Reykjavík for the third round of talks they are told that Icelandic Coast Guard vessels have cut the warps of two British trawlers fishing in what Britain calls international waters. Hattersley protests formally.',
    },
    [S.hansardNov20],
  ),
  ev(
    'StatementMade',
    'stmt-hattersley-nov15',
    { occurredAt: '1975-11-15', precision: 'approximate', recordedAt: rec('1975-11-21', '09:02') },
    {
      speaker: HATTERSLEY,
      audience: 'iceland',
      tone: 'warning',
      summary:
        'Formal protest to the Icelandic Foreign Minister over the cut warps: further molestation of the British fleet "could only result in the end of our discussions".',
    },
    [S.hansardNov20],
  ),
  ev(
    'TalksRoundOpened',
    'round-reykjavik-open',
    { occurredAt: '1975-11-16', recordedAt: rec('1975-11-21', '09:03') },
    {
      roundId: 'reykjavik-1975-11',
      label: 'Reykjavík ministerial talks, third round',
      format: 'formal',
      venue: 'Reykjavík',
      delegations: [
        { actorId: 'united-kingdom', head: HATTERSLEY },
        { actorId: 'iceland', head: AGUSTSSON },
      ],
    },
    [S.hansardNov20],
  ),
  ev(
    'DemandTabled',
    'dem-uk-110',
    { occurredAt: '1975-11-16', recordedAt: rec('1975-11-21', '09:04') },
    {
      demandId: 'uk-catch-110000',
      by: 'united-kingdom',
      addressedTo: ['iceland'],
      text: 'A British catch of 110,000 tons a year inside the disputed zone, as an absolute limit, with larger mesh sizes.',
      category: 'economic',
    },
    [S.hansardNov20],
  ),
  ev(
    'TalksRoundConcluded',
    'round-reykjavik-end',
    { occurredAt: '1975-11-17', recordedAt: rec('1975-11-26', '17:00') },
    {
      roundId: 'reykjavik-1975-11',
      outcome: 'collapsed',
      summary:
        'The talks end on the morning of 17 November without agreement; the British government speaks of "the breakdown of the negotiations". Warp-cutting resumes after the talks.',
    },
    [S.hansardNov20, S.hansardLordsNov26],
  ),
  ev(
    'PositionTaken',
    'pos-iceland-110',
    { occurredAt: '1975-11-17', recordedAt: rec('1975-11-21', '09:06') },
    { demandId: 'uk-catch-110000', actorId: 'iceland', stance: 'rejected' },
    [S.hansardNov20],
  ),
  ev(
    'IncidentReported',
    'inc-navy-sent',
    { occurredAt: '1975-11-25', recordedAt: rec('1975-11-26', '18:00') },
    {
      incidentId: 'navy-protection-1975-11-25',
      kind: 'force-posture',
      perpetrator: 'united-kingdom',
      against: 'iceland',
      target: 'British trawlers off Iceland (protection)',
      place: FISHING_GROUNDS,
      description:
        'After the breakdown of the talks and "the inability of the civilian protection vessels to repel the attacks of Icelandic gunboats", the government "reluctantly" decides to give the trawlers naval protection (announced to the Commons by the Minister of State for Defence on 25 November). Britain remains "ready to resume negotiations with Iceland at any time anywhere".',
    },
    [S.hansardLordsNov26],
  ),
  // ===== December 1975: Seyðisfjörður =====
  ev(
    'IncidentReported',
    'inc-thor-lloydsman',
    { occurredAt: '1975-12-11', recordedAt: rec('1975-12-12', '18:00') },
    {
      incidentId: 'thor-lloydsman-1975-12-11',
      kind: 'non-lethal-force',
      perpetrator: 'iceland',
      allegedBy: 'united-kingdom',
      against: 'united-kingdom',
      target:
        'Star Aquarius, Star Polaris (chartered by the Ministry of Agriculture) and the civilian defence tug Lloydsman',
      place: SEYDISFJORDUR,
      fatalities: { min: 0, max: 0 },
      description:
        "Sheltering from a force 9 gale inside Iceland's 12-mile waters off Seyðisfjörður, the unarmed British support vessels are ordered to stop by the gunboat Þór, which tries to arrest the Star Aquarius; collisions follow (the Lloydsman comes between them and strikes Þór, badly damaging her) and Þór fires three shots, two blanks and one solid round; no damage to the British vessels, no casualties (Hansard). Iceland says Þór fired in self-defence after being rammed.",
    },
    [S.hansardDec12, S.guardianDec12],
    {
      note: "Shots at an unarmed government-chartered tug in Iceland's own waters, nobody hurt: not armed action by §5b (not between the parties' forces); recorded as the nearest kind, `non-lethal-force` (see the header).",
    },
  ),
  ev(
    'StatementMade',
    'stmt-sigurdsson-dec11',
    { occurredAt: '1975-12-11', recordedAt: rec('1975-12-12', '18:01') },
    {
      speaker: SIGURDSSON,
      audience: 'united-kingdom',
      tone: 'accusation',
      summary: 'Þór fired in self-defence after it had been rammed by British vessels.',
      blames: { incidentId: 'thor-lloydsman-1975-12-11', on: 'united-kingdom' },
    },
    [graded(S.hansardDec12, 1), S.guardianDec12],
  ),
  ev(
    'StatementMade',
    'stmt-callaghan-dec11',
    { occurredAt: '1975-12-11', recordedAt: rec('1975-12-12', '18:02') },
    {
      speaker: CALLAGHAN,
      audience: 'iceland',
      tone: 'accusation',
      summary:
        'At the NATO ministerial council in Brussels Callaghan makes "the strongest protest" to Ágústsson at Þór firing on an unarmed vessel, and repeats Britain\'s willingness to negotiate anywhere and at any time and to reduce the British catch if genuine negotiations resume.',
    },
    [graded(S.hansardDec12, 1)],
  ),
  ev(
    'StatementMade',
    'stmt-iceland-unsc',
    { occurredAt: '1975-12-12', precision: 'approximate', recordedAt: AT_RESEARCH('09:00') },
    {
      speaker: ICELAND_GOV,
      audience: 'united-kingdom',
      tone: 'accusation',
      summary:
        "After the rammings of Þór inside Iceland's undisputed jurisdiction the government, with the support of all parties in the foreign affairs committee, decides to complain to the UN Security Council and raise the matter in NATO.",
    },
    [S.saga1981p39],
  ),
  // ===== January 1976: Andromeda, Luns, the frigates out, the London talks =====
  ev(
    'IncidentReported',
    'inc-thor-andromeda',
    { occurredAt: '1976-01-07', recordedAt: rec('1976-01-08', '18:00') },
    {
      incidentId: 'thor-andromeda-1976-01-07',
      kind: 'non-lethal-force',
      perpetrator: 'iceland',
      allegedBy: 'united-kingdom',
      against: 'united-kingdom',
      target: 'HMS Andromeda, flagship of the Royal Navy task force',
      place: FISHING_GROUNDS,
      fatalities: { min: 0, max: 0 },
      description:
        'The heaviest collision since the cod war began: the gunboat Þór runs bows-on into the stern of the frigate Andromeda (light damage to the frigate, a 23-foot gash in Þór). The Foreign Office: Þór "deliberately rammed" Andromeda "without regard for human life"; Iceland\'s embassy: the frigate caused the collision by a tight turn at full speed.',
    },
    [S.guardianJan8],
  ),
  ev(
    'StatementMade',
    'stmt-fco-jan7',
    { occurredAt: '1976-01-07', recordedAt: rec('1976-01-08', '18:01') },
    {
      speaker: FCO,
      audience: 'iceland',
      tone: 'accusation',
      summary:
        'The ambassador in Reykjavík is instructed to make a further protest about the incident in which Þór deliberately rammed Andromeda, "carried out without regard for human life or the basic rules of navigation at sea".',
      blames: { incidentId: 'thor-andromeda-1976-01-07', on: 'iceland' },
    },
    [graded(S.guardianJan8, 1)],
  ),
  ev(
    'MediationAction',
    'med-luns-reykjavik',
    { occurredAt: '1976-01-14', precision: 'approximate', recordedAt: rec('1976-01-20', '18:00') },
    {
      mediator: 'nato',
      action: 'visited',
      summary:
        "NATO's Secretary-General Joseph Luns visits Reykjavík on a fact-finding mission and reports to the British Foreign Secretary in Brussels on 19 January.",
    },
    [S.hansardLordsJan14, S.hansardJan20],
  ),
  ev(
    'StatementMade',
    'stmt-iceland-break-announced',
    { occurredAt: '1976-01-19', recordedAt: rec('1976-01-20', '18:01') },
    {
      speaker: ICELAND_GOV,
      audience: 'united-kingdom',
      tone: 'threat',
      summary:
        'The Icelandic government announces its intention to break off diplomatic relations with the United Kingdom.',
    },
    [S.hansardJan20],
  ),
  ev(
    'StatementMade',
    'stmt-hattersley-withdrawal',
    { occurredAt: '1976-01-20', recordedAt: rec('1976-01-20', '18:02') },
    {
      speaker: HATTERSLEY,
      audience: 'iceland',
      tone: 'conciliatory',
      summary:
        'The Royal Navy vessels protecting the trawlers are withdrawn today and Nimrod flights suspended, after Luns\'s account of his visit, "in the expectation that our trawlers will not be harassed"; Wilson invites Hallgrímsson to London for talks. If harassment resumes, naval protection will be restored.',
    },
    [S.hansardJan20],
  ),
  ev(
    'TalksRoundOpened',
    'round-london-jan-open',
    { occurredAt: '1976-01-24', recordedAt: rec('1976-01-28', '18:00') },
    {
      roundId: 'london-1976-01',
      label: 'London talks of the prime ministers, January 1976',
      format: 'formal',
      venue: 'London',
      delegations: [
        { actorId: 'iceland', head: HALLGRIMSSON },
        { actorId: 'united-kingdom', head: WILSON },
      ],
    },
    [S.hansardJan28],
  ),
  ev(
    'TalksRoundConcluded',
    'round-london-jan-end',
    { occurredAt: '1976-01-27', recordedAt: rec('1976-01-29', '17:00') },
    {
      roundId: 'london-1976-01',
      outcome: 'adjourned',
      summary:
        'Four days of meetings; various formulae considered (Britain offered, by Whitehall sources, to cut its annual catch to about 70,000 tons); Hallgrímsson returns to Reykjavík to consult his government.',
    },
    [S.hansardJan28, S.guardianJan29],
  ),
  ev(
    'StatementMade',
    'stmt-wilson-cool-it',
    { occurredAt: '1976-01-28', recordedAt: rec('1976-01-29', '18:00') },
    {
      speaker: WILSON,
      audience: 'iceland',
      tone: 'warning',
      summary:
        'Wilson tells the Commons he has again asked Hallgrímsson to "cool it" after the gunboats\' actions during the talks, and reserves the right to take action to protect British vessels against further harassment.',
    },
    [S.hansardJan28, S.guardianJan29],
  ),
  // ===== February 1976: the proposals rejected, the frigates back, relations broken =====
  ev(
    'DemandTabled',
    'dem-uk-london',
    { occurredAt: '1976-01-27', recordedAt: rec('1976-02-04', '18:00') },
    {
      demandId: 'uk-london-proposals',
      by: 'united-kingdom',
      addressedTo: ['iceland'],
      text: 'The limitations on British fishing put to Iceland at the London talks (a reduced catch, fewer trawlers, conservation measures).',
      category: 'economic',
    },
    [S.hansardLordsFeb4],
  ),
  ev(
    'PositionTaken',
    'pos-iceland-london',
    { occurredAt: '1976-02-03', recordedAt: rec('1976-02-04', '18:01') },
    {
      demandId: 'uk-london-proposals',
      actorId: 'iceland',
      stance: 'rejected',
      conditions: 'Ready to resume talks on a short-term agreement.',
    },
    [S.hansardLordsFeb4],
  ),
  ev(
    'StatementMade',
    'stmt-callaghan-feb4',
    { occurredAt: '1976-02-04', recordedAt: rec('1976-02-04', '18:02') },
    {
      speaker: CALLAGHAN,
      audience: 'iceland',
      tone: 'warning',
      summary:
        'The trawlers are advised to resume fishing in the normal way from midnight: "If our trawlers are interfered with they will be protected." Britain will explore a short-term agreement; officials stand by to go to Reykjavík.',
    },
    [S.hansardLordsFeb4],
  ),
  ev(
    'IncidentReported',
    'inc-navy-back',
    { occurredAt: '1976-02-05', precision: 'approximate', recordedAt: rec('1976-03-09', '18:00') },
    {
      incidentId: 'navy-protection-1976-02',
      kind: 'force-posture',
      perpetrator: 'united-kingdom',
      against: 'iceland',
      target: 'British trawlers off Iceland (protection)',
      place: FISHING_GROUNDS,
      description:
        'Naval protection restored once fishing resumes: the frigates Diomede (from 4 February), Lowestoft (from 6 February), then Scylla, Bacchante, Yarmouth, Andromeda, Naiad and Mermaid on station off Iceland.',
    },
    [S.hansardWaMar9, S.timeMar8],
    { note: 'Dated to the resumption of fishing and the first frigates back on station in the Hansard list.' },
  ),
  ev(
    'StatementMade',
    'stmt-iceland-break',
    { occurredAt: '1976-02-19', recordedAt: AT_RESEARCH('08:59') },
    {
      speaker: ICELAND_GOV,
      audience: 'united-kingdom',
      tone: 'critical',
      summary:
        'Iceland breaks off diplomatic relations with the United Kingdom, the first break between two NATO members.',
    },
    [S.timeMar8, S.wikiCodWars],
    { cameo: '161' },
  ),
  ev(
    'ActorRegistered',
    'actor-norway',
    { occurredAt: '1976-02-25', recordedAt: rec('1976-02-26', '09:00') },
    { actor: NORWAY, role: 'mediator' },
    [S.cableOsloFeb25],
  ),
  ev(
    'MediationAction',
    'med-norway-feb',
    { occurredAt: '1976-02-25', recordedAt: rec('1976-02-26', '09:01') },
    {
      mediator: 'norway',
      action: 'offered',
      summary:
        "Foreign Minister Frydenlund presses a Norwegian initiative to bring the parties back to negotiations, with NATO allies' encouragement at Brussels; Britain's ambassador in Oslo says the UK will go along if the Icelanders are serious about resuming talks.",
    },
    [S.cableOsloFeb25],
  ),
  ev(
    'IncidentReported',
    'inc-yarmouth',
    { occurredAt: '1976-02-28', precision: 'approximate', recordedAt: rec('1976-03-08', '18:01') },
    {
      incidentId: 'yarmouth-1976-02-28',
      kind: 'non-lethal-force',
      target: 'HMS Yarmouth and an Icelandic gunboat',
      place: FISHING_GROUNDS,
      fatalities: { min: 0, max: 0 },
      description:
        'Guarding trawlers that had moved into a conservation area, the frigate Yarmouth and the gunboat (Þór, by TIME; Baldur, by the Icelandic account in Saga) run abreast at 16 knots until one veers into the other — "the accounts differ"; Yarmouth\'s bow slices into the gunboat\'s bridge wing and the frigate goes home for repairs. No casualties.',
    },
    [S.timeMar8],
    { note: 'No blame recorded: the report gives both accounts without choosing.' },
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '1976-03-03', recordedAt: rec('1976-03-04', '18:00') },
    { actor: USA, role: 'third-party' },
    [S.cableOsloMar4],
    { note: 'The Keflavík base is operated by the United States for NATO under the 1951 defence agreement.' },
  ),
  ev(
    'StatementMade',
    'stmt-agustsson-keflavik',
    { occurredAt: '1976-03-03', recordedAt: rec('1976-03-08', '18:02') },
    {
      speaker: AGUSTSSON,
      audience: 'united-kingdom',
      tone: 'threat',
      summary:
        'In an interview with Stavanger Aftenblad: if British naval vessels do not leave Icelandic waters, Iceland should consider cancelling both its NATO membership and the agreement with the United States on the Keflavík base; "for the moment it would be more natural to close Keflavík". He calls it his personal opinion, shared by more and more Icelanders.',
      quote:
        'If British naval vessels do not leave Icelandic waters, Iceland should consider both cancelling its membership in NATO as well as the agreement with the US concerning the Keflavik base.',
    },
    [S.cableOsloMar4, S.timeMar8],
  ),
  // ===== April 1976 =====
  ev(
    'IncidentReported',
    'inc-tyr-apr1',
    { occurredAt: '1976-04-01', recordedAt: AT_RESEARCH('09:01') },
    {
      incidentId: 'tyr-1976-04-01',
      kind: 'non-lethal-force',
      perpetrator: 'united-kingdom',
      allegedBy: 'iceland',
      against: 'iceland',
      target: 'The gunboat Týr',
      place: FISHING_GROUNDS,
      fatalities: { min: 0, max: 0 },
      description:
        'About 40 nautical miles east of Langanes the frigates Tartar and Salisbury, helped by two tugs, chase the gunboat Týr for nine hours and run into her seven times in all (the Icelandic account).',
    },
    [S.saga1981p75],
  ),
  ev(
    'MediationAction',
    'med-norway-apr',
    { occurredAt: '1976-04-20', recordedAt: rec('1976-04-23', '20:00') },
    {
      mediator: 'norway',
      action: 'proposed',
      summary:
        'Norway passes both parties the outline of an agreement (a draft memorandum of understanding: an average of 22 British trawlers fishing, restrictions on areas); Ágústsson calls a concrete proposal useful; Hattersley, in Oslo on 23 April, finds 22 vessels unacceptable and counter-proposes amendments.',
    },
    [S.cableOsloApr20, S.cableOsloApr23],
  ),
  // ===== May 1976: the worst collisions =====
  ev(
    'IncidentReported',
    'inc-falmouth-tyr',
    { occurredAt: '1976-05-06', recordedAt: AT_RESEARCH('09:02') },
    {
      incidentId: 'falmouth-tyr-1976-05-06',
      kind: 'non-lethal-force',
      perpetrator: 'united-kingdom',
      allegedBy: 'iceland',
      against: 'iceland',
      target: 'The gunboat Týr',
      place: FISHING_GROUNDS,
      fatalities: { min: 0, max: 0 },
      description:
        'In the evening, as Týr tries to cut the warps of the trawler Carlisle, HMS Falmouth rams her at more than 22 knots, nearly capsizing her, and again after she cuts the nets; Týr, left on one screw, has her guns manned before limping home. The Icelandic Coast Guard: Týr "repeatedly rammed by HMS Falmouth". The worst collisions of the dispute.',
    },
    [S.portsmouthFalmouth, S.blackpoolMay1976],
    { occurrence: 'collisions-1976-05-06' },
  ),
  ev(
    'IncidentReported',
    'inc-gunboats-may6',
    { occurredAt: '1976-05-06', recordedAt: AT_RESEARCH('09:03') },
    {
      incidentId: 'gunboats-1976-05-06',
      kind: 'non-lethal-force',
      perpetrator: 'iceland',
      allegedBy: 'united-kingdom',
      against: 'united-kingdom',
      target: 'The frigates Gurkha, Falmouth and Mermaid',
      place: FISHING_GROUNDS,
      fatalities: { min: 0, max: 0 },
      description:
        "The Ministry of Defence's account of the same clashes: HMS Gurkha struck four times by the gunboat Óðinn, HMS Falmouth rammed three times by Týr, HMS Mermaid holed by Baldur.",
    },
    [S.blackpoolMay1976],
    { occurrence: 'collisions-1976-05-06' },
  ),
  ev(
    'IncidentReported',
    'inc-navy-raised',
    { occurredAt: '1976-05-06', recordedAt: rec('1976-05-19', '18:00') },
    {
      incidentId: 'navy-raised-1976-05-06',
      kind: 'force-posture',
      perpetrator: 'united-kingdom',
      against: 'iceland',
      target: 'British trawlers off Iceland (protection)',
      place: FISHING_GROUNDS,
      description:
        '"In the face of greatly increased harassment by the Icelandic coastguard" Britain raises the level of the forces protecting its trawlers (the Minister of Agriculture to the Commons, 6 May).',
    },
    [S.hansardMay19],
  ),
  ev(
    'StatementMade',
    'stmt-bjarnason-pirates',
    { occurredAt: '1976-05-06', precision: 'approximate', recordedAt: AT_RESEARCH('09:04') },
    {
      speaker: BJARNASON,
      audience: 'united-kingdom',
      tone: 'accusation',
      summary:
        'In Reykjavík the Fisheries Minister alleges that Britain told its frigates to "behave like pirates" in the clashes: "A peaceful solution to the Cod War is now further away than before."',
      blames: { incidentId: 'falmouth-tyr-1976-05-06', on: 'united-kingdom' },
    },
    [S.blackpoolMay1976],
  ),
  ev(
    'StatementMade',
    'stmt-crosland-may19',
    { occurredAt: '1976-05-19', recordedAt: rec('1976-05-19', '18:01') },
    {
      speaker: CROSLAND,
      audience: 'iceland',
      tone: 'conciliatory',
      summary:
        'Britain still seeks a negotiated settlement "in which there would be no victory and no defeat"; Crosland will discuss it with his NATO colleagues at the Council in Oslo tomorrow. The dispute is "mutually destructive".',
    },
    [S.hansardMay19],
  ),
  // ===== 1 June 1976: the Oslo agreement =====
  ev(
    'TalksRoundOpened',
    'round-oslo-open',
    { occurredAt: '1976-06-01', recordedAt: rec('1976-06-14', '18:00') },
    {
      roundId: 'oslo-1976-06',
      label: 'Oslo meeting of the foreign ministers',
      format: 'formal',
      venue: 'Oslo',
      hosts: ['norway'],
      delegations: [
        { actorId: 'united-kingdom', head: CROSLAND },
        { actorId: 'iceland', head: AGUSTSSON },
      ],
    },
    [S.timeJun14],
    { occurrence: 'oslo-1976-06-01' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-oslo-end',
    { occurredAt: '1976-06-01', recordedAt: rec('1976-06-14', '18:01') },
    {
      roundId: 'oslo-1976-06',
      outcome: 'agreement',
      summary: 'At a hastily arranged meeting in "neutral" Oslo, Crosland and Ágústsson sign a six-month agreement.',
    },
    [S.timeJun14],
    { occurrence: 'oslo-1976-06-01' },
  ),
  ev(
    'AgreementReached',
    'agr-oslo',
    { occurredAt: '1976-06-01', recordedAt: rec('1976-06-14', '18:02') },
    {
      agreementId: 'oslo-1976',
      kind: 'partial',
      provisions: [
        'No more than 24 British trawlers a day inside the 200-mile zone, for six months',
        'British trawlers to respect the conservation areas Iceland defines',
        'Icelandic patrol vessels may stop and inspect British trawlers suspected of breaking the agreement',
      ],
      signatories: ['united-kingdom', 'iceland'],
      textPublic: true,
      roundId: 'oslo-1976-06',
    },
    [S.timeJun14],
    {
      occurrence: 'oslo-1976-06-01',
      note: 'Britain tacitly recognises the 200-mile claim (TIME); the frigates leave the zone.',
    },
  ),
  // ===== 1 December 1976: the agreement runs out =====
  ev(
    'AgreementStatusChanged',
    'agr-oslo-end',
    { occurredAt: '1976-12-01', recordedAt: AT_RESEARCH('09:05') },
    {
      agreementId: 'oslo-1976',
      status: 'terminated',
      reason:
        'Expired by its own six-month term; the British trawlers leave the 200-mile zone, as agreed, and Britain does not contest it again.',
    },
    [S.wikiCodWars, graded(S.timeJun14, 2)],
  ),
  ev(
    'NegotiationClosed',
    'closed',
    { occurredAt: '1976-12-01', recordedAt: AT_RESEARCH('09:06') },
    {
      outcome: 'agreement',
      summary:
        "The Oslo agreement is implemented to its end; Iceland's 200-mile fishery zone stands and British distant-water fishing off Iceland ends.",
    },
    [S.wikiCodWars],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'uk-iceland-1975.jsonl',
  logEnd: '2026-12-06T12:00:00Z',
  // Declared in the order things happened; the log is in the order they were recorded.
  events: [...events].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)),
};

export default definition;
