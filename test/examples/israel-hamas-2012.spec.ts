/**
 * Escalation model v2 on a case it was never tuned on: Israel and Hamas from the border fire of late October 2012
 * through Operation Pillar of Defense (14–21 November) and the Cairo ceasefire to the end of December
 * (israel-hamas-2012.ts, a test fixture). What it holds the model to that the other cases did not: a targeted killing
 * that opens an eight-day air campaign, rockets on Tel Aviv and Jerusalem, threats of a ground invasion and reservists
 * called up while Egypt mediates, a ceasefire brokered by a third party and announced ninety minutes before it took
 * effect, a man shot dead at the fence two days into it (a violation, said Hamas), fishermen seized at sea, and the
 * return to calm. The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each
 * with its reason. Fifteen are in CALLS, which the model must agree with; two are in LEFT, kept as written.
 *
 * The first run missed two of the seventeen calls. Neither was a rule misread; the model is unchanged.
 * - 24 and 31 December 2012, called 2, read 3: left as the model reads it (LEFT): the fishermen seized at sea on 28
 *   November have no recorded release (no source read reports one), so the model keeps their detention in force.
 *   Recording the same-day seizure and release of 23 December (Al Mezan), found while checking, did not change that:
 *   it is another detention, at its own place, and ends only itself.
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  escalationAt,
  itCitesNone,
  itLeavesEachCall,
  itReadsEachCall,
  type LeftCall,
} from './case-log';
import definition from './israel-hamas-2012';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Israel – Hamas 2012: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- October – early November: the flare-ups before the war -----
  [
    '2012-10-25T12:00:00Z',
    4,
    'Israeli strikes killed four Hamas fighters on the 23rd–24th and Hamas’s armed wing claimed the rockets on the south yesterday: armed action within the week, no ceasefire; four killed, a one-day exchange, not hostilities',
  ],
  [
    '2012-11-05T12:00:00Z',
    3,
    'Twelve days since the strikes and the claimed rockets, nothing between the two since: armed action within the month, none in the last week',
  ],
  [
    '2012-11-11T12:00:00Z',
    4,
    'Israeli tank fire on Gaza City killed three or four yesterday after the jeep was hit (by another faction); Netanyahu promises aggressive action: armed action on Hamas’s territory within the week, a handful killed at one place',
  ],
  // ----- 14–21 November: Pillar of Defense -----
  [
    '2012-11-14T20:00:00Z',
    5,
    'Israel killed Jabari this afternoon and opened its offensive with strikes across the Gaza Strip (eight killed); Hamas answers with rockets: heavy armed action, no ceasefire',
  ],
  [
    '2012-11-16T20:00:00Z',
    5,
    'Third day of the offensive: Hamas rockets on Tel Aviv and Jerusalem, three Israelis killed in Kiryat Malachi yesterday, 29 killed in Gaza since Wednesday, 75,000 reservists approved: heavy armed action in several places, no ceasefire',
  ],
  [
    '2012-11-18T12:00:00Z',
    5,
    'The air campaign goes on (tens killed in Gaza in the last three days) and Netanyahu says the army is ready for a significant expansion: hostilities',
  ],
  [
    '2012-11-20T12:00:00Z',
    5,
    'Yesterday the deadliest day in Gaza (34 killed); talks in Cairo through Egypt but no ceasefire: hostilities',
  ],
  [
    '2012-11-21T18:00:00Z',
    5,
    'The ceasefire has been announced in Cairo but takes effect only at 21:00; twenty killed in Gaza today: heavy armed action, no ceasefire in force yet',
  ],
  // ----- 21 November: the ceasefire and its first week -----
  [
    '2012-11-22T12:00:00Z',
    4,
    'The ceasefire took effect last night after eight days of war: heavy armed action within three days, but a ceasefire is in force, so not hostilities; it has not yet held three days: militarised',
  ],
  [
    '2012-11-23T18:00:00Z',
    4,
    'Two days into the ceasefire Israeli troops shot a man dead at the fence east of Khan Younis and wounded many; Hamas calls it a violation: a ceasefire violated with casualties within the week, and armed action two days ago',
  ],
  [
    '2012-11-25T12:00:00Z',
    4,
    'The ceasefire has held three and a half days since the last fire between the forces, but it was violated with a death two days ago: militarised',
  ],
  [
    '2012-11-28T12:00:00Z',
    4,
    'The violation with a death is five days old, still within the week; the navy seizes fishermen today: militarised',
  ],
  [
    '2012-12-01T12:00:00Z',
    3,
    'Ten days after the last armed action, eight after the violation; the fishermen seized and Gazans wounded at the fence on the 28th: armed action within the month, nothing in the week that is armed action or a violation with casualties',
  ],
  // ----- December: the talks on the terms and the return to calm -----
  [
    '2012-12-10T12:00:00Z',
    3,
    'Nineteen days after the war ended; Meshaal in Gaza vows never to recognise Israel and hints at seizing soldiers: armed action within the month',
  ],
  [
    '2012-12-19T12:00:00Z',
    3,
    'Twenty-eight days after the last armed action: still within the month, though the ceasefire holds',
  ],
];

/**
 * Left as the model reads it (the log cannot say what the analyst sees).
 * - 24 and 31 December: the analyst sees the fishermen Israel's navy seized on 28 November as taken to Ashdod "for
 *   questioning" (Reuters), held for hours as such detentions are, and calls the calm of late December strained. The
 *   log holds their detention with no release: no source read reports when they were freed, and an analyst records no
 *   release without one. The model reads the detention as still in force, coercion while it lasts (§5b: lasting
 *   conditions weigh while they last), and reads 3. A dated report of their release, once found, belongs in the
 *   fixture.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2012-12-24T12:00:00Z',
      2,
      'More than a month since the last armed action, no ultimatum, no threat of war in the last two weeks, no border closed against the other; the ceasefire holds and the talks on its terms go on through Egypt, with critical rhetoric: strained',
    ],
    model: 3,
    rule: 'detention-in-force',
  },
  {
    call: [
      '2012-12-31T12:00:00Z',
      2,
      'The ceasefire holds and Israel let the first building materials in under the deal yesterday, but Meshaal’s threat of 8 December is within the month: strained, not yet cooperative',
    ],
    model: 3,
    rule: 'detention-in-force',
  },
];

describe('escalation model v2 on Israel – Hamas, 2012 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // The pair of actors matters (§5b): the registrations of the mediators, observers and third parties, and the acts
  // of the Palestinian Islamic Jihad, of the faction that hit the jeep, of the Tel Aviv bus bomber and of the unnamed
  // group whose rockets killed two in Eshkol are not Hamas's: none of them makes the level.
  itCitesNone(
    escalation,
    [...CALLS, ...LEFT.map((l) => l.call)],
    'a registration, or an act of a third party or of no named party',
    definition.events.filter(
      (e) =>
        e.type === 'ActorRegistered' ||
        (e.type === 'IncidentReported' && e.data.perpetrator !== 'israel' && e.data.perpetrator !== 'hamas'),
    ),
  );
});
