/**
 * Escalation model v2 on a case it was never tuned on: the Government of Sri Lanka and the LTTE from the Ceasefire
 * Agreement of 22 February 2002 to the fall of Vakarai in January 2007 (sri-lanka-ltte-2002.ts, a test fixture). What it
 * holds the model to that the other cases did not: a long ceasefire between a state and an armed group, watched by a
 * monitoring mission, with talks rounds and joint statements; a party's suspension of its participation in the talks; a
 * year and a half of killings and mine attacks each side blames on the other, none of them fire between the two forces;
 * a ceasefire both sides say they uphold while their forces fight; a water closure at the line of control; the A9
 * crossing closed through the war; and offensives in several places. The calls below were written from DOMAIN.md §5b
 * alone, before the model was run on the case, each with its reason. Nineteen are in CALLS, which the model must agree
 * with; one is in LEFT, kept as written.
 *
 * The first run missed seven of the twenty calls. None was a rule misread; the model is unchanged.
 * - 14 August 2005, called 3, read 4; 10 September 2005, called 2, read 3; 25 February 2006, called 3, read 4: the
 *   recording was wrong (fixed in the fixture). The Kadirgamar killing, the mine attacks of December 2005 – January
 *   2006, the army-headquarters bombing and the LTTE's charge about its Batticaloa post were recorded with the accused
 *   side as their perpetrator "as alleged", which the model rightly reads as that party's armed force on the other
 *   (§5b); but no source establishes an author for any of them (unclaimed, "unidentified gunmen", each denied). They
 *   are now attacks with no perpetrator recorded, blamed on the other side (`blamedOn`): coercion for two weeks, as
 *   called.
 * - 21 April 2006, called 3, read 2: the recording was incomplete (fixed). The LTTE's pull-out "indefinitely" was
 *   recorded only as the cancelled Geneva round; the sources report a withdrawal from the talks, now recorded as a
 *   suspension not said to be temporary (the 2003 one was "for the time being", recorded `temporary`), with the talks'
 *   resumptions at Geneva in February and October.
 * - 26 April 2006, called 4, read 5 ("5 occurrences, about 31 killed"): the recording counted facts twice (fixed). The
 *   LTTE's protest at the strikes of the 25th was a second occurrence of the same strikes (now sharing their
 *   `occurrence`), and the army-headquarters bombing was armed action (above). With both fixed it reads 4 as called.
 * - 21 January 2007, called 4, read 5: the call was wrong by §5b (revised, below): the source the fixture cites for the
 *   18th and 19th (the Sunday Observer) calls them "heavy fighting", so heavy armed action within the last ~3 days.
 * - 2 September 2006, called 5, read 4: the log cannot say it (LEFT, below).
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  type LeftCall,
  caseEntries,
  escalationAt,
  itCitesNone,
  itLeavesEachCall,
  itReadsEachCall,
} from './case-log';
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
    '2006-10-31T12:00:00Z',
    4,
    'Geneva II collapsed two days ago over the A9, which stays closed; the LTTE shelled troops advancing on Vakarai on the 29th: armed action in the last week, not heavy by its record',
  ],
  [
    '2007-01-17T12:00:00Z',
    5,
    'The army’s three-pronged offensive on the Vakarai enclave yesterday, 57 killed by the LTTE’s count, jets bombing Kathiraveli: heavy armed action in the last three days, the ceasefire not holding',
  ],
  // Written before the run as 4 ("Vakarai fell two days ago; the heavy fighting of the 16th is five days old and the
  // last recorded acts (the 18th–19th) are smaller: armed action in the last week"). Revised: the analyst weighed the
  // 18th and 19th by their recorded tolls, but their source calls them "heavy fighting" as the Tigers tried to hold
  // Vakarai, so §5b's first line holds — heavy armed action in the last ~3 days, and the ceasefire not holding.
  [
    '2007-01-21T12:00:00Z',
    5,
    'Heavy fighting on the 18th and the morning of the 19th as the army took Vakarai, after the offensive of the 16th: heavy armed action in the last three days, and a ceasefire that heavy fighting went on after is not holding',
  ],
  [
    '2007-01-27T12:00:00Z',
    3,
    'Eight days after the last recorded armed action at Vakarai: within the month, not the week; the A9 still closed against the LTTE',
  ],
];

/**
 * A call the log cannot bear out, kept as written, with what the model reads instead. 2 September 2006: the sources
 * give the Sampur offensive as a whole — begun "a week earlier" (28 August), "days of fierce artillery battles", its
 * toll at the weekend, the fall on 4 September — and no act of the days between; the log holds its start (five days
 * before the call) and its running toll reported the next day, so the model sees armed action in the week, not heavy
 * action in the last three days. No source read dates an act of 30 August – 2 September, so none is recorded.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2006-09-02T12:00:00Z',
      5,
      'The Sampur offensive in its sixth day, days of fierce artillery battles; the A9 closed; a ceasefire only on paper',
    ],
    model: 4,
    rule: 'armed-action',
  },
];

describe('escalation model v2 on Sri Lanka – LTTE, 2002–07 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // The pair matters (§5b): the Karuna faction's war with the LTTE, the EU's listing and the monitors' and donors'
  // registrations are not the pair's acts.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's or an observer's registration or act",
    definition.events.filter((e) => e.type === 'ActorRegistered' || e.type === 'ThirdPartyEngagement'),
  );
});
