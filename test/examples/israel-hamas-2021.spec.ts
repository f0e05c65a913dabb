/**
 * Escalation model v2 on a case it was never tuned on: Israel – Hamas in 2021 (israel-hamas-2021.ts, a test fixture),
 * from the exchange of fire of 24 April over the Jerusalem clashes, Hamas's ultimatum of 10 May (an hour's deadline,
 * enforced at once by rockets on Jerusalem) and the eleven-day war, to the Egyptian-brokered ceasefire of 21 May, the
 * balloons and Israel's strikes on empty sites under it, the crossings closed and reopened, the easing of the autumn
 * and the exchange of fire of 29 December. The calls below were written from DOMAIN.md §5b alone, before the model was
 * run on the case, each with its reason as in the analysts' judgements file.
 *
 * The first run missed one of the twenty calls. It was not a rule misread; the model is unchanged.
 * - 23 December, called 3, read 2: the recording was wrong (fixed in the fixture, see its header): Hamas's warning to
 *   Egypt's delegation that Israel's delay would bring an "explosion" and "escalation measures against Israel" was
 *   recorded with the tone `threat` (a threat short of force) where its words threaten force (`military-threat`); the
 *   call read it as a threat of war from the start.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './israel-hamas-2021';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2021-04-27T12:00:00Z',
    4,
    "Israel's aircraft and tanks struck Hamas's underground sites and launchers three days ago, after rockets over the Jerusalem clashes: armed action within the week, no ceasefire; not heavy (one place, no one hurt)",
  ],
  [
    '2021-05-06T12:00:00Z',
    3,
    "The strikes of 24 April are twelve days old: armed action within the month; the al-Qassam Brigades' warning stands",
  ],
  [
    '2021-05-10T14:30:00Z',
    3,
    "Hamas's ultimatum (withdraw from al-Aqsa and Sheikh Jarrah by 18:00, 15:00 GMT) is in force, half an hour to go; no armed action since 24 April: coercive",
  ],
  [
    '2021-05-10T22:00:00Z',
    5,
    "Hamas enforced its ultimatum with rockets on Jerusalem minutes after the deadline, then over 150 on Ashkelon and the south; Israel's strikes killed 20 in Beit Hanoun: heavy armed action in several places with tens killed, no ceasefire",
  ],
  [
    '2021-05-12T12:00:00Z',
    5,
    'The Hanadi tower brought down in Gaza City, 130 rockets on Tel Aviv (a woman killed), two women killed in Ashkelon: war in many places, no ceasefire',
  ],
  [
    '2021-05-16T12:00:00Z',
    5,
    'The strikes on al-Wehda Street kill 42 overnight, the al-Jalaa tower was levelled yesterday, Sinwar\'s home in Khan Younis struck: hostilities',
  ],
  [
    '2021-05-20T18:00:00Z',
    5,
    'Rockets resumed after an eight-hour pause, Israel bombs Gaza City; Egypt proposes a ceasefire but none is agreed or in force yet: hostilities',
  ],
  [
    '2021-05-21T12:00:00Z',
    4,
    'The Egyptian-brokered ceasefire is in force since 02:00: no longer hostilities; but the fire of last night is hours old and the ceasefire has not held three days',
  ],
  [
    '2021-05-24T12:00:00Z',
    3,
    'The ceasefire agreed after the last fire has held three and a half days; the war is within the month: coercive',
  ],
  [
    '2021-06-14T12:00:00Z',
    3,
    'The ceasefire holds and Egypt hosts talks on it and on a prisoner exchange; the last armed action (20 May) is within the month',
  ],
  [
    '2021-06-18T12:00:00Z',
    4,
    "Israel struck Hamas compounds on the 16th and the 17th after the balloons, the first strikes since the ceasefire: armed action within the week, the ceasefire agreed before it; no one killed and the ceasefire in force, so not hostilities",
  ],
  [
    '2021-06-21T12:00:00Z',
    4,
    'The strikes of 17 June are four days old: armed action within the week; no ceasefire agreed since',
  ],
  [
    '2021-06-26T12:00:00Z',
    3,
    'Eight and a half days since the last strikes, nothing since: armed action within the month; the ceasefire holds',
  ],
  [
    '2021-08-25T12:00:00Z',
    4,
    "A Border Police sniper shot at the fence (21 August), Israel's strikes on Hamas sites on the 21st and the 23rd: armed action within the week; the May ceasefire is kept by both, no one killed by the strikes: not hostilities",
  ],
  [
    '2021-09-06T20:00:00Z',
    3,
    'The last strikes, near Jabalia before dawn on 29 August, are nearly eight days old: armed action within the month',
  ],
  [
    '2021-09-13T12:00:00Z',
    4,
    'A third night of Israeli strikes on Hamas targets after rockets following the Gilboa escape: armed action within the week, under the ceasefire',
  ],
  [
    '2021-10-20T12:00:00Z',
    1,
    "The Egyptian-brokered ceasefire is kept and its understandings carried out (Erez reopened to traders, 7,000 work permits); no strike, threat or closure since 13 September, over a month: cooperative, whatever Hamas's refusal on the captives",
  ],
  [
    '2021-11-20T12:00:00Z',
    1,
    'Over two months without a hostile act or threat; the ceasefire and the easing hold: cooperative',
  ],
  [
    '2021-12-23T12:00:00Z',
    3,
    "Hamas warns through the Egyptian delegation (21 December) that Israel's delay will lead to an explosion and escalation is possible soon: a threat of war within two weeks",
  ],
  [
    '2021-12-31T12:00:00Z',
    4,
    "Israeli tanks shelled Hamas posts two days ago after gunfire from Gaza wounded a contractor at the fence: armed action within the week; the ceasefire is older than it",
  ],
];

describe('escalation model v2 on Israel – Hamas, 2021 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // An ultimatum with an hour's deadline, enforced at once: active before 18:00 (and the reason for the level with the
  // strikes of April), gone from the conditions once Hamas fired, the war that follows read as heavy armed action.
  it("Hamas's ultimatum of 10 May weighs until its deadline, then the war it opened is the reason", () => {
    const before = escalation('2021-05-10T14:30:00Z');
    expect(before.conditions.map((c) => c.kind)).toEqual(['ultimatum']);
    expect(before.reasons.map((r) => r.rule)).toContain('ultimatum-active');
    const after = escalation('2021-05-10T22:00:00Z');
    expect(after.conditions.map((c) => c.kind)).not.toContain('ultimatum');
    expect(after.reasons.map((r) => r.rule)).toEqual(['heavy-armed-action']);
  });

  // The crossings closed on 11 May weigh while they are closed (under the ceasefire too), and no longer once reopened.
  it('the closure of Erez and Kerem Shalom is a condition from 11 May until their reopening on 24 May', () => {
    const kinds = (T: string) => escalation(T).conditions.map((c) => c.kind);
    expect(kinds('2021-05-22T12:00:00Z')).toEqual(['ceasefire', 'border-closed']);
    expect(kinds('2021-05-25T12:00:00Z')).toEqual(['ceasefire']);
  });

  // The pair of actors matters (§5b): the mediators' requests and warnings (Biden's call for de-escalation, the UN
  // envoy's "full scale war"), Egypt's proposals and visits are theirs, not the parties'.
  it("no reason for the level is a mediator's act or words", () => {
    const PARTIES = ['israel', 'hamas'];
    const outsiders = definition.events.flatMap((e) => {
      const d = e.data as Record<string, unknown>;
      const by =
        e.type === 'StatementMade'
          ? (d.speaker as { actorId: string }).actorId
          : e.type === 'MediationAction'
            ? d.mediator
            : undefined;
      return typeof by === 'string' && !PARTIES.includes(by) ? [e.eventId] : [];
    });
    // Wennesland's warning, Biden's request, Egypt's proposal, monitors, invitations and visits.
    expect(outsiders.length).toBe(7);
    expect(reasonsCiting(escalation, CALLS, outsiders)).toEqual([]);
  });
});
