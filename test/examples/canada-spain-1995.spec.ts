/**
 * Escalation model v2 on a case it was never tuned on: Canada and Spain in the Turbot War, March – April 1995, with the
 * agreement's aftermath to the Court's judgment of December 1998 (canada-spain-1995.ts, a test fixture; the European
 * Union negotiated and signed for Spain and is a mediator, NAFO, the United Kingdom and the Court third parties). What
 * it holds the model to that the other cases did not: a trawler seized on the high seas after bursts of machine-gun
 * fire across its bow by the other state's fisheries vessels, and nets cut at sea — force on the other party's vessels,
 * not armed action between its forces (§5b), so coercion (level 3) for about two weeks each, never militarised; navy
 * patrol boats sent to guard the fleet (a show of force); a vessel held for six days and released on bond; an agreement
 * negotiated and signed by a third party on one side's behalf; and the fall of the level once it is implemented and a
 * month has passed without a hostile act or threat.
 *
 * The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 * Fifteen are in CALLS, which the model must agree with; three are in LEFT, kept as written.
 *
 * The first run agreed with fifteen of the eighteen calls and missed three; none was a rule misread, and the model is
 * unchanged.
 * - 20 May 1995, 15 September 1995 and 10 December 1998, called 1, read 2: left as the model reads them (LEFT). The
 *   analyst sees the dispute settled by an agreement being implemented, with no hostile act or threat for a month; but
 *   the agreement was negotiated and signed by the European Union for Spain (the Union's competence in fisheries), so
 *   its signatories, as recorded, are Canada and the EU, and the catalogue has no way to say that the EU signed on
 *   Spain's behalf. The model reads line 1 for the pair whose agreement it is (both among its signatories), which is
 *   right for any case where a third party signs its own deal with one side; recording Spain as a signatory would not
 *   be true (Spain voted for it in the EU Council, and said it accepted it). With Spain added to the signatories, the
 *   model reads 1 on all three dates, citing the agreement: the gap is the recording's vocabulary, not the rule.
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  escalationAt,
  itCitesNone,
  itLeavesEachCall,
  itReadsEachCall,
  itReadsNoArmedAction,
  type LeftCall,
} from './case-log';
import definition from './canada-spain-1995';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Canada – Spain: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- Before the seizure: the Act and the quota -----
  [
    '1995-02-15T12:00:00Z',
    2,
    "A quota dispute: NAFO has split the 1995 turbot catch against the EU's wishes and Canada's Act claims enforcement beyond 200 miles, but no act of force, threat or ultimatum; no agreement being implemented between the two: strain",
  ],
  [
    '1995-03-05T12:00:00Z',
    2,
    "Canada's regulation of two days ago applies its Act to Spanish and Portuguese vessels outside 200 miles: a warning aimed at Spain, not a threat of war nor an ultimatum; nothing done at sea yet",
  ],
  [
    '1995-03-08T12:00:00Z',
    2,
    'The eve of the seizure: the regulation is in force, the Spanish fleet fishes on, no force used and no talks broken: strain',
  ],
  // ----- The Estai seized and held -----
  [
    '1995-03-10T12:00:00Z',
    3,
    "Yesterday Canadian fisheries vessels fired bursts across the Estai's bow on the high seas, boarded it and took it to St. John's: force against the other party's vessel, blamed on Canada by Spain and the EU (\"piracy\"), but no one was fired upon and it was not between the two states' forces nor on Spain's territory — coercion, not armed action",
  ],
  [
    '1995-03-12T12:00:00Z',
    3,
    'Three days after the seizure; the Estai and its captain are held, Spain says it must reconsider its relations, the EU has suspended an agreement: coercion',
  ],
  [
    '1995-03-14T12:00:00Z',
    3,
    'The EU refused talks until the Estai is freed (talks broken off), Spain threatens to break relations and sends a navy patrol boat, and the EU gives Canada until tomorrow morning to release it (an ultimatum): coercion',
  ],
  [
    '1995-03-17T12:00:00Z',
    3,
    'The Estai was released on bond two days ago and talks resumed in Brussels, but the seizure is eight days old and the talks were broken off four days ago: still coercive',
  ],
  [
    '1995-03-22T12:00:00Z',
    3,
    'The seizure is 13 days old, within the two weeks; the Brussels talks made little progress and the Spanish patrol boat guards the fleet',
  ],
  [
    '1995-03-24T12:00:00Z',
    3,
    "The seizure is 15 days old, but the EU's deadline for the Estai (14 March) and its refusal of talks (13 March) are within two weeks, and Tobin warns of warp cutters while the Vancouver talks go on: coercive",
  ],
  // ----- The net cut, the navy, the Court -----
  [
    '1995-03-27T12:00:00Z',
    3,
    "Yesterday a Canadian coast guard ship cut the Pescamar Uno's net, the day after the Vancouver talks broke down; Spain orders its patrol boats to protect the trawlers by all means: an attack blamed on Canada and collapsed talks — coercive, nobody hurt",
  ],
  [
    '1995-04-04T12:00:00Z',
    3,
    'The net-cutting is nine days old and the Vancouver breakdown ten; Spain has taken Canada to the World Court and its patrol boats guard the fleet: coercion within the two weeks',
  ],
  // ----- The alleged net-cutting, the draft deal -----
  [
    '1995-04-07T12:00:00Z',
    3,
    'Spain and the EU accuse Canada of cutting the nets of the José Antonio Nores two nights ago (Canada denies it): an attack blamed on the other party',
  ],
  [
    '1995-04-13T12:00:00Z',
    3,
    "The alleged net-cutting of 5 April is eight days old; the deal is near and Canada's patrol boats hold off, but the blame is within the two weeks",
  ],
  // ----- The agreement and after -----
  [
    '1995-04-22T12:00:00Z',
    2,
    'The Canada–EU agreement was signed two days ago and is being applied; the alleged net-cutting is 17 days old and Tobin\'s "set your alarm clocks" a week old (a threat of force at sea, not of war): strain — an agreement being implemented, but not yet a month without a hostile act or threat',
  ],
  [
    '1995-05-03T12:00:00Z',
    2,
    "The agreement is being implemented, but Tobin's threat of 15 April is 18 days old: not yet a month without a hostile act or threat",
  ],
];

/**
 * Calls the log cannot bear out: the agreement that settled the dispute was signed by the European Union for Spain, and
 * the catalogue cannot say so (see the header); the model reads the pair strained, with no agreement of theirs.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '1995-05-20T12:00:00Z',
      1,
      "The agreement is being implemented (observers on board, the quota shared) and nothing hostile between Canada and Spain since Tobin's threat of about 15 April, more than a month ago; his warning of 17 April was aimed at Belize, the flag state: cooperative",
    ],
    model: 2,
    rule: 'strained',
  },
  {
    call: ['1995-09-15T12:00:00Z', 1, 'Five months into the agreement, implemented without incident: cooperative'],
    model: 2,
    rule: 'strained',
  },
  {
    call: [
      '1998-12-10T12:00:00Z',
      1,
      "The Court declined jurisdiction in Spain's case six days ago; the agreement has been applied since 1995 and nothing hostile has passed between the two: settled",
    ],
    model: 2,
    rule: 'strained',
  },
];

describe('escalation model v2 on Canada – Spain, the Turbot War, 1995 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // Shots across a trawler's bow and nets cut at sea are not armed action between the parties' forces (§5b).
  itLeavesEachCall(escalation, LEFT);

  itReadsNoArmedAction(escalation, [...CALLS, ...LEFT.map((l) => l.call)]);

  // The third parties' registrations and acts (NAFO's quota meeting, Hurd's calls, the Court) do not weigh on the level.
  itCitesNone(
    escalation,
    [...CALLS, ...LEFT.map((l) => l.call)],
    "a third party's registration or act",
    definition.events.filter(
      (e) =>
        (e.type === 'ActorRegistered' && e.data.role === 'third-party') ||
        (e.type === 'ThirdPartyEngagement' && e.data.actorId !== 'canada' && e.data.actorId !== 'spain'),
    ),
  );
});
