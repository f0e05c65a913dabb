/**
 * Escalation model v2 on a case it was never tuned on: the DR Congo government and the M23 rebellion of 2012–13
 * (drc-m23-2012.ts, a test fixture). What it holds the model to that the other cases did not: a mutiny's first
 * fighting under an army surrender deadline, a rebel offensive that takes a border town and holds it, a city taken
 * (Goma) and left under a regional 48-hour demand, talks that go on for a year while fighting stops and restarts,
 * fighting between the rebellion's own factions (not the pair's), a UN brigade fighting beside the army (its acts its
 * own), an offensive that ends the rebellion, and declarations signed after the defeat. The calls below were written
 * from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 *
 * The first run missed none of the twenty calls; the model is unchanged. What the run showed besides: the ICGLR's
 * 48-hour demand that M23 leave Goma (an ultimatum by a mediator to one party) is given as no reason on 28 November
 * 2012 — it is not an act between the pair (§5b: the pair of actors matters) — and the level there is coercive on the
 * armed action within the month, M23's threat of war and the ground it holds, as the call says; and the ground M23
 * held (Bunagana, Rutshuru–Kiwanja) is the only reason for the coercive level in the months with no fire.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itCitesNone, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './drc-m23-2012';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for DR Congo – M23, 2012–13: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- May – July 2012: the mutiny, Bunagana -----
  [
    '2012-05-09T12:00:00Z',
    4,
    'A four-hour gun battle between the mutineers and the army at Kibumba the night before last, one place, no toll, while the army’s surrender deadline runs: armed action within the week, no ceasefire',
  ],
  [
    '2012-07-07T12:00:00Z',
    5,
    'The army’s offensive around Jomba on the 5th (named an offensive by its source) and M23’s capture of Bunagana yesterday: heavy armed action in two places within three days, no ceasefire',
  ],
  [
    '2012-07-12T12:00:00Z',
    4,
    'Six days after Bunagana fell; the offensive of the 5th is a week old: armed action within the week, none heavy in the last three days',
  ],
  [
    '2012-10-15T12:00:00Z',
    3,
    'Three months since the last recorded fighting, but M23 still holds Bunagana and Rutshuru–Kiwanja, taken from the government, with no truce agreed: ground held by force is coercion while it lasts',
  ],
  // ----- November 2012: the advance on Goma -----
  [
    '2012-11-17T12:00:00Z',
    5,
    'Rugari two and a half days ago (113 M23 dead by the governor’s count) and Kibumba taken today: tens killed and two places within three days, no ceasefire',
  ],
  [
    '2012-11-22T12:00:00Z',
    4,
    'Goma fell two days ago, at one place and with no toll reported; Kibumba is five days back; M23 vows to march on Kinshasa: armed action within the week, not heavy in the last three days',
  ],
  [
    '2012-11-28T12:00:00Z',
    3,
    'Eight days after Goma was taken, M23 still holds it past the ICGLR’s 48-hour deadline and hedges on leaving: armed action within the month, an ultimatum in force, ground held',
  ],
  // ----- December 2012 – March 2013: the Kampala talks, the split -----
  [
    '2013-01-20T12:00:00Z',
    3,
    'The Kampala talks are in session and nothing has been fired between the two for two months, but M23 holds Bunagana and Rutshuru–Kiwanja with no truce: coercion by ground held',
  ],
  [
    '2013-03-05T12:00:00Z',
    3,
    'The fighting at Chanzu (1 March, about 23 dead) is between M23 and its own splinter, not between the pair; the army handed Rutshuru back to M23 to spare the talks; M23 still holds its ground: coercive, not militarised',
  ],
  // ----- July – September 2013: Mutaho, Kibati -----
  [
    '2013-07-15T12:00:00Z',
    5,
    'Yesterday’s fighting at Mutaho, 7 km from Goma, killed some 130 by Kinshasa’s count: tens killed within three days, no ceasefire',
  ],
  [
    '2013-08-24T12:00:00Z',
    5,
    'Dozens of M23 fighters killed at Kibati on the 22nd, M23 shells on Goma on the 22nd and this morning: tens killed and two places within three days, no ceasefire',
  ],
  [
    '2013-09-01T12:00:00Z',
    4,
    'Four days after the army’s assault on the Kibati hills (one place, no toll): armed action within the week, none in the last three days',
  ],
  [
    '2013-09-05T12:00:00Z',
    3,
    'Eight days after the last armed action; the ICGLR summit calls the parties back to Kampala; M23 still holds Bunagana and Rutshuru: armed action within the month',
  ],
  [
    '2013-10-22T12:00:00Z',
    3,
    'Kinshasa broke off the Kampala talks yesterday over the amnesty; no fire for eight weeks, but talks collapsed within two weeks and M23 holds its ground',
  ],
  // ----- 25 October – 5 November 2013: the offensive -----
  [
    '2013-10-27T12:00:00Z',
    5,
    'The army’s offensive since the 25th (so named by AFP and Al Jazeera), Kibumba retaken yesterday, Kiwanja and Rutshuru today: heavy armed action in several places, no ceasefire',
  ],
  [
    '2013-11-04T12:00:00Z',
    5,
    'A new offensive on the last M23 hills yesterday, M23’s shells on Bunagana today killing civilians, the army taking Chanzu and Runyonyi; M23’s call to end hostilities is not a ceasefire: hostilities',
  ],
  [
    '2013-11-07T12:00:00Z',
    4,
    'Three and a half days after the last fire (4 November); M23 declared the end of its rebellion on the 5th, but no ceasefire was agreed: armed action within the week',
  ],
  [
    '2013-11-13T12:00:00Z',
    3,
    'Nine days after the last armed action, the rebellion over; the signing in Kampala failed two days ago: armed action within the month',
  ],
  // ----- December 2013 – January 2014: the Nairobi declarations -----
  [
    '2013-12-10T12:00:00Z',
    2,
    'Five weeks without fire; M23 holds no ground and has renounced arms; no agreement signed yet, Kinshasa’s refusal to sign an "agreement" is rhetoric: strained, talks not dead',
  ],
  [
    '2014-01-20T12:00:00Z',
    1,
    'The Nairobi declarations signed on 12 December are being carried out (amnesty, demobilisation); no hostile act or threat between the two for over two months: cooperative',
  ],
];

describe('escalation model v2 on DR Congo – M23, 2012–13 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): the registrations of third parties and mediators make no level.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's or a mediator's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );

  // The fighting between M23 and its own splinter (March 2013) and MONUSCO's own fire are not armed action between
  // the pair: no reason on the calls' dates cites them.
  it('no reason cites the fighting of the M23 factions or MONUSCO’s own fire', () => {
    const notThePair = definition.events.filter(
      (e) =>
        e.type === 'IncidentReported' &&
        ['m23-runiga', 'monusco'].some((id) => e.data.perpetrator === id || e.data.against === id),
    );
    expect(notThePair.length).toBe(4);
    expect(
      reasonsCiting(
        escalation,
        CALLS,
        notThePair.map((e) => e.eventId),
      ),
    ).toEqual([]);
  });

  // Ground held weighs while it lasts and no longer (DOMAIN.md §5b): Goma until M23's withdrawal of 1 December 2012,
  // Bunagana and Rutshuru–Kiwanja until the army retook them (27 and 30 October 2013).
  it('ground M23 held is a reason while it holds it, and none once it has left', () => {
    const heldAt = (place: string) =>
      definition.events
        .filter((e) => e.type === 'IncidentReported' && e.data.kind === 'occupation' && e.data.place === place)
        .map((e) => e.eventId);
    const after = (day: string) => CALLS.filter(([at]) => at > day);
    const held = (r: { readonly rule: string }) => r.rule === 'occupation-in-force';
    expect(reasonsCiting(escalation, [['2013-01-20T12:00:00Z']], heldAt('Bunagana, Rutshuru'), held)).toHaveLength(1);
    expect(reasonsCiting(escalation, [['2012-11-28T12:00:00Z']], heldAt('Goma, North Kivu'), held)).toHaveLength(1);
    expect(reasonsCiting(escalation, after('2012-12-01'), heldAt('Goma, North Kivu'))).toEqual([]);
    expect(
      reasonsCiting(escalation, after('2013-10-30'), [
        ...heldAt('Bunagana, Rutshuru'),
        ...heldAt('Rutshuru and Kiwanja, Rutshuru'),
      ]),
    ).toEqual([]);
  });
});
