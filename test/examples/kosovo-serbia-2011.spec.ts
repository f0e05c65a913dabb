/**
 * Escalation model v2 on a case it was never tuned on: Kosovo and Serbia in the EU-facilitated dialogue, March 2011 –
 * November 2013 (kosovo-serbia-2011.ts, a test fixture; a separate negotiation from kosovo-serbia-2023). What it holds
 * the model to that the other cases did not: two parties whose forces never meet, coercing each other by trade
 * blockades (Serbia's, older than the record, and Kosovo's in reciprocity) and by seizing crossings; violence by a
 * third party — the northern Serbs against Kosovo's police and against KFOR — blamed on the other party once (the
 * burning of Jarinje); agreements reached step by step, some applied at once, some months later; and crossings closed
 * and reopened. Cooperative from when: a month after the last blockade was lifted, with an agreement being applied.
 * The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason;
 * the model must agree with every one.
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  datesCiting,
  escalationAt,
  itReadsEachCall,
  itReadsNoArmedAction,
  reasonsCiting,
} from './case-log';
import definition from './kosovo-serbia-2011';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for Kosovo – Serbia: [at, level, why]. The first run of the model missed one: on 20 September 2011
 * it read 2, the border open since Kosovo lifted its embargo on the 16th, while Serbia still barred Kosovo's goods until
 * the 22nd. The recording is as the sources have it and the call is §5b's (a border closed against the other party);
 * the model let one party's reopening lift the other party's closure. Fixed in the model (escalation-v2.spec.ts, "a
 * border closed by both parties against each other and reopened by one"); the call stands.
 */
const CALLS: readonly Call[] = [
  [
    '2011-03-10T12:00:00Z',
    3,
    "The technical dialogue opened in Brussels on 8 March in a constructive mood, but Serbia has let no goods with Kosovo's customs stamps in since December 2008: a border closed against the other party's trade, in force",
  ],
  [
    '2011-07-05T12:00:00Z',
    3,
    "The first agreements (freedom of movement, civil registry, diplomas) were agreed three days ago, not yet applied; Serbia's blockade of Kosovo's goods still stands",
  ],
  [
    '2011-07-22T12:00:00Z',
    3,
    "Kosovo banned goods from Serbia two days ago in reciprocity: the border closed both ways against the other's trade",
  ],
  [
    '2011-07-26T20:00:00Z',
    3,
    "Kosovo's special police took Jarinje and Brnjak last night and a Kosovo policeman was killed today fighting the northern Serbs — Kosovo's police against a third party on the territory it administers, not armed action between the two; both blockades in force; Tadić calls the move unacceptable",
  ],
  [
    '2011-07-29T12:00:00Z',
    3,
    "Masked Serbs burned the Jarinje crossing two days ago and fired at KFOR, and Thaçi says Belgrade ordered it: an attack blamed on the other party; both blockades in force. No fire between the parties' own forces",
  ],
  [
    '2011-09-10T12:00:00Z',
    3,
    "The customs stamps were agreed on 2 September, but Kosovo's embargo and Serbia's blockade are still in force",
  ],
  [
    '2011-09-20T12:00:00Z',
    3,
    "Kosovo lifted its embargo on the 16th, but Serbia still lets no goods from Kosovo in (Kosovo's letter to the EU, which warns it will reimpose its ban): a border still closed against the other party",
  ],
  [
    '2011-10-05T12:00:00Z',
    2,
    "Both blockades lifted (16 and 22 September) and the customs-stamp agreement is applied, but a border was closed against the other within the month and Kosovo warned on the 19th it would reimpose its ban; the Jarinje clash of 27 September is the northern Serbs' with KFOR, blamed on neither party",
  ],
  [
    '2011-10-25T12:00:00Z',
    1,
    'The customs-stamp agreement is being applied (lorries cross both ways since 22 September) and nothing hostile has passed between Kosovo and Serbia for a month',
  ],
  [
    '2011-11-25T12:00:00Z',
    1,
    'Twenty-one KFOR soldiers were hurt at a barricade near Zvečan two nights ago — the northern Serbs against KFOR, blamed on neither party in the record; between Kosovo and Serbia the customs agreement is applied and the talks go on',
  ],
  [
    '2011-12-05T12:00:00Z',
    1,
    "The integrated border management agreement was reached three days ago; the customs-stamp agreement is applied; the Jagnjenica clash (28 Nov) is again the northern Serbs' with KFOR",
  ],
  [
    '2012-03-02T12:00:00Z',
    1,
    'The regional representation agreement (24 Feb) is applied and Serbia became an EU candidate yesterday; freedom of movement in force since December; nothing hostile between the two',
  ],
  [
    '2012-06-03T12:00:00Z',
    1,
    "The Rudare clash two days ago is KFOR's with the northern Serbs at a roadblock, blamed on neither party; the agreements between Kosovo and Serbia are being applied",
  ],
  [
    '2012-12-11T12:00:00Z',
    1,
    'The first joint crossings opened yesterday at Jarinje and Merdare under the border management agreement; the prime ministers meet in Brussels; nothing hostile between the two',
  ],
  [
    '2013-04-18T12:00:00Z',
    2,
    "Yesterday's round ended after fifteen hours without agreement (not collapsed: Serbia will resume), and Dačić accuses Pristina of obstructing it and threatening to settle the north 'by other methods': accusations, talks going on",
  ],
  [
    '2013-05-28T12:00:00Z',
    1,
    'The First Agreement of 19 April and its implementation plan were approved by both governments yesterday and are being carried out; the last accusation (17 April) is six weeks old',
  ],
  [
    '2013-10-09T12:00:00Z',
    2,
    'Dačić warned two days ago he would leave the dialogue if Kosovo keeps barring Serbian officials from the campaign: a threat to the talks, not of war; the agreements are still applied — strained, not cooperative',
  ],
  [
    '2013-11-04T12:00:00Z',
    2,
    "Masked Serb hardliners stormed polling stations in north Mitrovica yesterday — a third party's attack on Kosovo's elections, blamed on no one (Belgrade had urged the Serbs to vote); Dačić's warning to leave the dialogue is four weeks old",
  ],
  [
    '2013-11-20T12:00:00Z',
    1,
    "The rerun vote in north Mitrovica (17 Nov) was peaceful; the Brussels agreement is being implemented, and Dačić's warning is more than a month old",
  ],
];

describe('escalation model v2 on the Kosovo – Serbia dialogue of 2011–13 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The parties' own forces never fought each other: the violence is the northern Serbs' (against Kosovo's police, KFOR
  // and the polling stations), and the police operation of 25 July is Kosovo's police against the northern Serbs.
  itReadsNoArmedAction(escalation, CALLS);

  // The pair of actors matters (§5b): the northern Serbs' clashes with KFOR and their attack on the polls, blamed on
  // neither party, are never a reason for the Kosovo – Serbia level.
  it("no reason for the pair's level is a clash with KFOR or an attack blamed on neither party", () => {
    const unblamed = definition.events.flatMap((e) => {
      const d = e.data as Record<string, unknown>;
      return e.type === 'IncidentReported' && d.perpetrator === 'kosovo-serbs' && d.blamedOn === undefined
        ? [e.eventId]
        : [];
    });
    // Zubin Potok (26 July), Jarinje (27 September), Zvečan, Jagnjenica, Rudare, north Mitrovica.
    expect(unblamed).toHaveLength(6);
    expect(reasonsCiting(escalation, CALLS, unblamed)).toEqual([]);
  });

  // The burning of Jarinje, which Thaçi blamed on Belgrade, is what a party blaming the other for a third party's attack
  // weighs: coercion in the two weeks after it.
  it('two days after Jarinje was burned, the attack blamed on Belgrade is a reason for the level', () => {
    const jarinje = definition.events.find(
      (e) => e.type === 'IncidentReported' && (e.data as { blamedOn?: string }).blamedOn === 'serbia',
    );
    expect(jarinje).toBeDefined();
    const view = escalation('2011-07-29T12:00:00Z');
    expect(view.reasons.some((r) => jarinje !== undefined && r.eventIds.includes(jarinje.eventId))).toBe(true);
  });

  // A lasting condition weighs while it lasts (§5b): Serbia's blockade, older than the record, holds the level at
  // coercive from the first day until Serbia lifts it (22 September), though Kosovo lifted its own embargo on the 16th.
  // Written before the run as "not a reason once lifted"; revised after it: in the month after it was lifted it is the
  // reason the level is not 1 (the lead's reading of §5b: a border closed on any day of the last month keeps the level
  // from 1), said with the day it ended, and the assertion was wrong to exclude that. The first run read the border
  // open from 16 September — Kosovo's reopening lifting Serbia's closure — fixed in the model (escalation-v2.spec.ts,
  // "a border closed by both parties against each other and reopened by one").
  it("Serbia's blockade is coercive until Serbia lifts it, keeps the level from 1 for a month after, and then no longer", () => {
    const blockade = definition.events.find(
      (e) =>
        e.type === 'IncidentReported' &&
        (e.data as { kind: string }).kind === 'border-closure' &&
        (e.data as { perpetrator?: string }).perpetrator === 'serbia',
    );
    expect(blockade).toBeDefined();
    const id = blockade?.eventId ?? '';
    const ats = CALLS.map(([at]) => at).filter((at) => at < '2012-01-01');
    const closed = ats.filter((at) =>
      escalation(at).reasons.some((r) => r.rule === 'border-closed' && r.eventIds.includes(id)),
    );
    expect(closed).toEqual([
      '2011-03-10T12:00:00Z',
      '2011-07-05T12:00:00Z',
      '2011-07-22T12:00:00Z',
      '2011-07-26T20:00:00Z',
      '2011-07-29T12:00:00Z',
      '2011-09-10T12:00:00Z',
      '2011-09-20T12:00:00Z',
    ]);
    expect(escalation('2011-10-05T12:00:00Z').reasons.map((r) => r.text)).toEqual([
      expect.stringContaining('border closed until 2011-09-22'),
    ]);
    expect(
      datesCiting(
        escalation,
        ats.filter((at) => at >= '2011-10-25'),
        id,
      ),
    ).toEqual([]);
  });
});
