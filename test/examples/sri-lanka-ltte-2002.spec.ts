/**
 * Escalation model v2 on a case it was never tuned on: the Government of Sri Lanka and the LTTE from the Ceasefire
 * Agreement of 22 February 2002 to the fall of Vakarai in January 2007 (sri-lanka-ltte-2002.ts, a test fixture). What it
 * holds the model to that the other cases did not: a long ceasefire between a state and an armed group, watched by a
 * monitoring mission, with talks rounds and joint statements; a party's suspension of its participation in the talks; a
 * year and a half of killings and mine attacks each side blames on the other, none of them fire between the two forces;
 * a ceasefire both sides say they uphold while their forces fight; a water closure at the line of control; the A9
 * crossing closed through the war; and offensives in several places. The calls below were written from DOMAIN.md §5b
 * alone, before the model was run on the case, each with its reason.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itCitesNone, itReadsEachCall } from './case-log';
import definition from './sri-lanka-ltte-2002';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2002-02-26T12:00:00Z',
    1,
    'The Ceasefire Agreement signed on the 22nd is in force and being implemented, the Nordic monitors arriving; nothing hostile between the two since (both had observed truces since December)',
  ],
  [
    '2002-12-10T12:00:00Z',
    1,
    'Five days after the Oslo round: the parties agree to explore a federal solution and new de-escalation steps; the ceasefire implemented for ten months, no hostile act or threat',
  ],
  [
    '2003-04-23T12:00:00Z',
    2,
    'The LTTE has suspended its participation in the talks "for the time being" and calls its exclusion from the Washington meeting a grave breach of faith: accusations, but the ceasefire holds, the LTTE says it stays committed to a negotiated settlement, and no threat or act of force',
  ],
  [
    '2003-11-05T12:00:00Z',
    1,
    'The ceasefire agreement in force and implemented; the LTTE has just tabled its first written proposal (the ISGA); no hostile act, threat or accusation between the two for six months — the talks are suspended, but a suspension is not a hostile act',
  ],
  [
    '2005-06-28T12:00:00Z',
    1,
    'The tsunami aid mechanism (P-TOMS) signed by both four days ago, the ceasefire implemented; no hostile act or threat between the two recorded for two years',
  ],
  [
    '2005-08-14T12:00:00Z',
    3,
    'Foreign Minister Kadirgamar shot dead two days ago; the military blames the LTTE, which denies it and blames sections of the armed forces: an attack blamed on the other party in the last two weeks',
  ],
  [
    '2005-09-10T12:00:00Z',
    2,
    'Four weeks after the Kadirgamar killing: the blame is more than two weeks old, no armed action between the forces, the ceasefire holds; what remains is accusation',
  ],
  [
    '2006-02-25T12:00:00Z',
    3,
    'Two days after the Geneva statement (both recommit to the ceasefire), but three days before it the LTTE blamed uniformed men for killing one of its members in Batticaloa: an attack blamed on the other party in the last two weeks',
  ],
  [
    '2006-04-21T12:00:00Z',
    3,
    'The LTTE has called off the second Geneva round indefinitely, saying the government is pushing it towards war: talks collapsed in the last two weeks',
  ],
  [
    '2006-04-26T23:59:00Z',
    4,
    'Air and naval strikes on LTTE areas south of Trincomalee on the 25th and 26th (10–11 killed by the LTTE’s count) and LTTE shelling by the army’s account: armed action in the last week, in breach of the ceasefire with casualties; not hostilities — one district, a limited operation, and both sides say they stand by the ceasefire',
  ],
  [
    '2006-04-28T12:00:00Z',
    4,
    'Two days after the last air strikes on Trincomalee: armed action in the last week, the ceasefire violated with casualties',
  ],
  [
    '2006-04-30T12:00:00Z',
    4,
    'Four days after the last air strikes: still within the week, and no new ceasefire agreed since',
  ],
  [
    '2006-05-04T12:00:00Z',
    3,
    'Eight days after the last armed action: within the month, not the week; the talks are off',
  ],
  [
    '2006-07-24T12:00:00Z',
    3,
    'The LTTE has closed the Mavil Aru sluice gates against the government-held villages downstream (since the 21st): a closure against the other party; no armed action for three months',
  ],
  [
    '2006-07-31T23:59:00Z',
    5,
    'The army advances on Mavil Aru and Eachchilampattu behind air strikes, artillery and rockets, 15–41 killed in a day; the LTTE says the ceasefire no longer holds on the ground: heavy armed action in several places, and the ceasefire is not holding',
  ],
  [
    '2006-09-02T12:00:00Z',
    5,
    'The Sampur offensive in its sixth day, days of fierce artillery battles; the A9 closed; a ceasefire only on paper',
  ],
  [
    '2006-10-31T12:00:00Z',
    4,
    'Geneva II collapsed two days ago over the A9, which stays closed; the LTTE shelled troops advancing on Vakarai on the 29th: armed action in the last week, not heavy by its record',
  ],
  [
    '2007-01-17T12:00:00Z',
    5,
    'The army’s three-pronged offensive on the Vakarai enclave yesterday, 57 killed by the LTTE’s count, jets bombing Kathiraveli: heavy armed action in the last three days, the ceasefire not holding',
  ],
  [
    '2007-01-21T12:00:00Z',
    4,
    'Vakarai fell two days ago; the heavy fighting of the 16th is five days old and the last recorded acts (the 18th–19th) are smaller: armed action in the last week',
  ],
  [
    '2007-01-27T12:00:00Z',
    3,
    'Eight days after the last recorded armed action at Vakarai: within the month, not the week; the A9 still closed against the LTTE',
  ],
];

describe('escalation model v2 on Sri Lanka – LTTE, 2002–07 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair matters (§5b): the Karuna faction's war with the LTTE, the EU's listing and the monitors' and donors'
  // registrations are not the pair's acts.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's or an observer's registration or act",
    definition.events.filter((e) => e.type === 'ActorRegistered' || e.type === 'ThirdPartyEngagement'),
  );
});
