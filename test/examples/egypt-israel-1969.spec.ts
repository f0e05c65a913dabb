/**
 * Escalation model v2 on a case it was never tuned on: Egypt and Israel from the artillery duels that opened the War
 * of Attrition along the Suez Canal (March 1969) to Sadat's thirty days (February – March 1971) (egypt-israel-1969.ts,
 * a test fixture). What it holds the model to that the other cases did not: a long low-intensity war of artillery and
 * raids at one front, commando raids and deep air raids far from it with civilians killed, a third party's forces in
 * the fight (the Soviet-flown MiGs, 30 July 1970), a temporary ceasefire with a standstill zone, a violation alleged
 * as missiles moved without fire, talks suspended in protest and resumed, the ceasefire's extensions, and an extension
 * given with a deadline. The calls below were written from DOMAIN.md §5b alone, before the model was run on the case,
 * each with its reason. Eighteen are in CALLS, which the model must agree with; two are in LEFT, kept as written.
 *
 * The first run missed two of the twenty calls. Neither was a rule misread.
 * - Found beside the calls, not fixed: the charge that Egypt moved missiles into the standstill zone, recorded as a
 *   violation without casualties and, of the same occurrence, as Egypt's `force-posture` (no shot fired), is read as
 *   an alleged exchange of fire: armed action within 30 days on 8 September 1970 (the level is 3 that day on the
 *   suspended talks anyway, so no call turns on it). Reading it as the show of force it is recorded as (as a
 *   violation reported of non-lethal force already reads) broke a settled call of Georgia – Russia 2008, whose
 *   analyst reads the Russian advance into Gori, recorded the same way, as a breach that keeps the truce from having
 *   held three days. Both readings cannot be had without a new rule (a violation without fire breaks a truce's hold
 *   but is not armed action for the 30 days): left to the lead, and the check below asserts only what both readings
 *   share — the charge never raises the level to militarised.
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
  reasonsCiting,
} from './case-log';
import definition from './egypt-israel-1969';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Egypt – Israel, 1969–71: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- March 1969: the duels that opened the war -----
  [
    '1969-03-10T12:00:00Z',
    4,
    'Two days of artillery duels along the canal (8–9 March) killed three Israeli soldiers and Egypt’s chief of staff: armed action within the week, at one front, a handful killed (not tens), no ceasefire: militarised',
  ],
  // ----- July 1969: Green Island -----
  [
    '1969-07-21T12:00:00Z',
    4,
    'Israeli commandos stormed Green Island (six Israelis killed) and air action along the canal rose: armed action within the days, at two places with under ten killed reported: militarised, not yet heavy',
  ],
  // ----- September 1969: the Raviv raid -----
  [
    '1969-09-10T18:00:00Z',
    5,
    'The ten-hour Israeli raid on the Gulf of Suez coast yesterday killed 100–150 Egyptians (Israel’s count), and Israeli jets struck the coast again today; no ceasefire (Egypt has declared the 1967 one void): hostilities',
  ],
  [
    '1969-09-11T20:00:00Z',
    5,
    'Two days after the raid that killed a hundred or more, Israeli jets on the Gulf coast yesterday and Egyptian air raids on the canal today: heavy armed action in several places and tens killed within three days, no ceasefire',
  ],
  [
    '1969-09-17T12:00:00Z',
    4,
    'Six days after the last recorded exchange (the Egyptian air raids of the 11th) and eight after the Raviv raid: armed action within the week, no ceasefire, nothing heavy in the last three days',
  ],
  [
    '1969-09-21T12:00:00Z',
    3,
    'Ten days after the last recorded armed action: armed action within the month, none in the last week',
  ],
  // ----- January – April 1970: the deep raids -----
  [
    '1970-01-08T12:00:00Z',
    5,
    'Israel’s first deep raids yesterday, on Tel el-Kebir in the Delta and Inshas near Cairo, with the bombing of both ends of the canal: armed action in several places within three days, no ceasefire: hostilities',
  ],
  [
    '1970-02-13T12:00:00Z',
    5,
    'Israeli jets bombed the Abu Zaabal metal works near Cairo yesterday, killing 70 or more workers: tens killed within three days, no ceasefire',
  ],
  [
    '1970-04-09T12:00:00Z',
    5,
    'Israeli Phantoms struck the Bahr el-Baqar school yesterday, killing 46 children: tens killed within three days, no ceasefire',
  ],
  [
    '1970-04-14T12:00:00Z',
    4,
    'Six days after the Bahr el-Baqar raid, nothing heavy recorded since: armed action within the week, no ceasefire',
  ],
  // ----- May 1970: the canal -----
  [
    '1970-05-21T12:00:00Z',
    4,
    'An Egyptian commando raid across the canal was repulsed yesterday (seven raiders and two Israeli soldiers killed) and Israeli jets pounded the canal zone: armed action within the week at one front, under ten killed, no ceasefire',
  ],
  // ----- August 1970: the last fire and the ceasefire -----
  [
    '1970-08-05T12:00:00Z',
    4,
    'Two days after the Israeli raid on a missile base on the canal and the Phantom shot down (its two airmen taken), no ceasefire yet in force; the dogfight with Soviet-flown MiGs is a third party’s: armed action within the week at one front',
  ],
  [
    '1970-08-07T12:00:00Z',
    4,
    'Four days after the last armed action; the ceasefire both accepted takes effect only tonight: armed action within the week, no ceasefire in force',
  ],
  [
    '1970-08-09T12:00:00Z',
    4,
    'The ceasefire took effect a day and a half ago, six days after the last armed action: armed action within the week and the ceasefire has not yet held three days',
  ],
  [
    '1970-08-11T12:00:00Z',
    3,
    'Eight days after the last armed action, the ceasefire agreed after it has held three and a half days: armed action within the month, none since',
  ],
  // ----- September 1970: the missiles and the talks -----
  [
    '1970-09-08T18:00:00Z',
    3,
    'Israel suspended its part in the Jarring talks two days ago over the missiles moved into the standstill zone (a violation without fire), and warns it may act "by other means": talks broken off within two weeks; no armed action for a month',
  ],
  // ----- February – March 1971: Sadat's thirty days -----
  [
    '1971-02-05T12:00:00Z',
    3,
    'Sadat extended the ceasefire yesterday for thirty days only, to 7 March, with no further extension unless Israel gives a timetable for withdrawal, after threatening to renew the war: an ultimatum and a threat of war within two weeks',
  ],
  [
    '1971-03-05T12:00:00Z',
    3,
    'Sadat’s deadline of 7 March is two days away and no timetable has come: an ultimatum in force',
  ],
];

/**
 * Left as the model reads it (the log cannot say what the analyst sees).
 * - 20 October 1970 and 10 January 1971: the analyst sees a ceasefire holding with no shot fired, talks suspended
 *   (then resumed) and accusations over the standstill, and calls strained. The model reads coercive on the detention
 *   of the two Israeli airmen captured on 3 August 1970, which lasts to the end of the log (no source read dates
 *   their release). They are prisoners of war, held under the ceasefire's point on the Geneva Convention, as Egypt's
 *   soldiers are held by Israel; the catalogue's `detention` cannot tell a prisoner of war from a hostage or a seized
 *   crew, and the analyst does not read them as coercion between the two.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '1970-10-20T12:00:00Z',
      2,
      'The ceasefire has held since 7 August with no shot fired; Israel still stays out of the talks and charges violations of the standstill (Eban, 14 October): accusations and critical rhetoric, a ceasefire holding: strained',
    ],
    model: 3,
    rule: 'detention-in-force',
  },
  {
    call: [
      '1971-01-10T12:00:00Z',
      2,
      'The ceasefire, extended in November, holds; the Jarring talks resumed five days ago, but Israel still says the standstill was violated from the start and is not rectified, and Egypt holds Israeli airmen: a ceasefire and talks holding with accusations: strained, not yet cooperative',
    ],
    model: 3,
    rule: 'detention-in-force',
  },
];

describe('escalation model v2 on Egypt – Israel, 1969–71 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // The standstill violation charged without fire (missiles moved into the zone) carries no casualties: from the
  // ceasefire's fourth day on, no call date reads militarised or worse, and no reason that cites the charge is heavy.
  it('the missiles moved into the standstill zone, charged without fire, never raise the level to militarised', () => {
    const after = [...CALLS, ...LEFT.map((l) => l.call)].filter(([at]) => at >= '1970-08-11');
    expect(after.filter(([at]) => escalation(at).level >= 4).map(([at]) => at)).toEqual([]);
    const charge = definition.events.find((e) => e.type === 'CeasefireViolationReported');
    expect(charge).toBeDefined();
    expect(reasonsCiting(escalation, after, [charge?.eventId ?? ''], (r) => r.rule === 'heavy-armed-action')).toEqual(
      [],
    );
  });

  itCitesNone(
    escalation,
    [...CALLS, ...LEFT.map((l) => l.call)],
    "a third party's or the mediator's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );

  // The dogfight with the Soviet-flown MiGs (30 July 1970) is Israel's act against a third party, not armed action
  // between the pair: no reason on the calls' dates cites it.
  itCitesNone(
    escalation,
    [...CALLS, ...LEFT.map((l) => l.call)],
    'the clash with the Soviet pilots',
    definition.events.filter((e) => e.type === 'IncidentReported' && e.data.against === 'soviet-union'),
  );
});
