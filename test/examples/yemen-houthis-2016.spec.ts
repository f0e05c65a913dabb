/**
 * Escalation model v2 on a case it was never tuned on: Yemen's internationally recognised government and the Houthis
 * (Ansar Allah, with Saleh's GPC), April – October 2016 (yemen-houthis-2016.ts, a test fixture), with the UN envoy
 * Ismail Ould Cheikh Ahmed mediating and Kuwait hosting. What it holds the model to: a cessation of hostilities agreed
 * for the length of the talks, violated with casualties in its first days and by the Houthis' seizure of the Umaliqa
 * camp; talks suspended and resumed twice, adjourned and reconvened; talks that end in an offensive on the day they
 * end, taking the ceasefire with them; a 72-hour truce for a fixed term, violated and expired unrenewed; and the
 * Saudi-led coalition as a third party, whose air strikes on the Houthis are its pair's, not the negotiation's. The
 * calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 *
 * First run: 20 calls, 14 agreed at once. Two misses were the record's, fixed in the fixture: on 31 July the model read
 * 3 (the government's departure of 30 July read as talks broken off) where the call is 2 — the record had left out
 * al-Mikhlafi's own account that the delegation was leaving Kuwait "until the Houthi delegation signed", not abandoning
 * the talks (the suspension is now `temporary`); and on 18 October the model read 1 (the truce agreement of the 17th
 * being implemented) where the call is 2 — the record had the agreement applied from the day the parties gave their
 * assurances, where the sources say the truce would enter into force on the 19th (the agreement is now reached
 * `text-agreed` and put `in-force` at 20:59 GMT on the 19th). One call revised: 10 August, first called 4, the model
 * read 5 (the government's offensive, launched on the 6th, still advancing on Sanaa on the 9th). Three calls left: 5
 * and 30 June (called 1, the model reads 2: it no longer reads the April cessation agreement as being implemented once
 * the government had suspended its participation on 1 and 17 May, not said to be for a time, though the talks resumed
 * and the ceasefire held) and 23 October (called 5, the model reads 4: the day of fighting on the approaches to Sanaa
 * is recorded with no toll and at one place, and one shelling at Taiz is not several places).
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itLeavesEachCall, itReadsEachCall, type LeftCall } from './case-log';
import definition from './yemen-houthis-2016';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for the government – the Houthis, 2016: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2016-04-11T12:00:00Z',
    4,
    'The cessation of hostilities took effect last night; the government already alleges Houthi breaches on several fronts, a civilian killed in Taiz: a ceasefire violated with casualties within the week',
  ],
  [
    '2016-04-16T12:00:00Z',
    4,
    'A government commander was killed in a clash in Nehm three days ago, the government says in a Houthi breach of the truce: armed action and a violation with casualties within the week',
  ],
  [
    '2016-04-22T12:00:00Z',
    3,
    'The Kuwait talks opened yesterday after the Houthis held out over violations; the last armed action (Nehm, the 13th) is nine days old: armed action within the month, not within the week',
  ],
  [
    '2016-04-28T12:00:00Z',
    3,
    'The talks go on and the envoy reports real improvement in the truce, but the clash in Nehm is fifteen days old: armed action within the month',
  ],
  [
    '2016-05-02T12:00:00Z',
    4,
    'The Houthis stormed the Umaliqa camp yesterday, several soldiers killed, and the government suspended its participation calling it a breach: armed action and a violation with casualties within the week; one camp, no count of tens, the cessation still nominally in force: not hostilities',
  ],
  [
    '2016-05-05T12:00:00Z',
    4,
    'The talks resumed yesterday, but the seizure of the Umaliqa camp is four days old: armed action within the week, and no ceasefire agreed after it',
  ],
  [
    '2016-05-10T12:00:00Z',
    3,
    'Umaliqa nine days ago: armed action within the month, not the week; the talks are back in session',
  ],
  [
    '2016-05-19T12:00:00Z',
    3,
    'The government suspended its participation again two days ago; the Umaliqa assault, eighteen days old, is still armed action within the month',
  ],
  [
    '2016-07-12T12:00:00Z',
    2,
    'Hadi warned two days ago that the government would boycott the talks if the envoy insisted on a unity government with the Houthis: critical rhetoric and a threat to the talks, so not a month without a threat; the cessation holds, the talks adjourned',
  ],
  [
    '2016-07-31T12:00:00Z',
    2,
    "The government's delegation left Kuwait yesterday, the envoy says the Houthis' political council jeopardises the talks, and Kuwait has set a 15-day deadline: talks suspended and critical rhetoric, but no armed action between them for three months, no ultimatum between the pair, the talks not collapsed: strained",
  ],
  [
    '2016-08-07T12:00:00Z',
    5,
    'The Kuwait talks ended yesterday without agreement, the cessation of hostilities with them, and the government launched an offensive at Nehm east of Sanaa the same day: heavy armed action within three days, no ceasefire in force',
  ],
  // Revised after the first run: first called 4 — "The Nehm offensive is four days old and the government's army shelled
  // the Houthis north-east of Sanaa yesterday (one front, no toll); the coalition's strikes on Sanaa that killed 14–16 are
  // a third party's: armed action within the week, none heavy in the last three days". The model read 5: heavy armed
  // action within the week, one occurrence a major operation, and armed action since. The call had read the offensive as
  // the day it was launched; the shelling of the 9th is the same offensive's advance on Sanaa (Xinhua: the government's
  // army "advancing in military attempts to recapture" the capital), so the offensive is heavy armed action within ~3
  // days by the table's letter.
  [
    '2016-08-10T12:00:00Z',
    5,
    "The government's offensive east of Sanaa, launched four days ago, was still advancing on the capital yesterday under its artillery: heavy armed action going on within ~3 days, no ceasefire in force; the coalition's strikes on Sanaa are a third party's",
  ],
  [
    '2016-08-20T12:00:00Z',
    3,
    'The last armed action between the pair (the shelling north-east of Sanaa) is eleven days old and the talks collapsed two weeks ago: armed action within the month, no ceasefire',
  ],
  [
    '2016-09-15T12:00:00Z',
    2,
    'Nothing between the pair is recorded since the fighting north-east of Sanaa five weeks ago; the talks collapsed more than a month ago and no ceasefire or agreement is in force: strained, no longer coercive by the record',
  ],
  [
    '2016-10-18T12:00:00Z',
    2,
    'The parties assured the envoy yesterday that they will cease hostilities for 72 hours from tomorrow night, on the terms of April: agreed, not yet in force or implemented; no armed action recorded for over two months: strained',
  ],
  [
    '2016-10-21T12:00:00Z',
    2,
    "The 72-hour truce has held since the night of the 19th, but the Houthis' military spokesman warned as it began that their fighters must be ready to retaliate: a truce holding, with a warning two days old, not a month of calm",
  ],
  [
    '2016-10-31T12:00:00Z',
    3,
    'The truce expired nine days ago; the last armed action recorded between the pair (the shelling near Taiz) is eight days old: armed action within the month, no ceasefire, no talks',
  ],
];

/**
 * Calls the model reads differently, left as written, each with the model's level and the rule of its first reason.
 *
 * 5 and 30 June: the analyst reads the cessation of hostilities agreed in April as an agreement being implemented — the
 * ceasefire it set up is in force, the talks resumed after each of the government's walk-outs and are in session or
 * adjourned for Eid — and nothing hostile between the two since Umaliqa (1 May): line 1. The model reads 2: the
 * government's suspensions of 1 and 17 May, recorded as sources give them (not said to be for a time: "indefinitely",
 * "until the Houthis comply"), are collapsed talks to it, and an agreement with a collapse of the talks recorded after
 * it is never again one being implemented, though the talks resumed within days. The analyst would not read a walk-out
 * reversed within a week as the end of the agreement; the suspension of 17 May also falls within the month before 5
 * June, which the call did not weigh (the table lists no suspension among hostile acts).
 *
 * 23 October: the analyst reads the last day of the truce as heavy fighting in several places (Reuters: "a day of heavy
 * fighting"; the Houthis repelling government advances on Sanaa "from multiple directions") with the shelling at Taiz
 * the next morning: line 5 once the truce had expired. The model reads 4: the fighting on the approaches to Sanaa is an
 * alleged exchange of fire recorded with no toll at one place (never heavy), and the shelling at Taiz alone is one
 * place, not several. No source found gives a toll or the places of that day's fighting, so the record stands.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2016-06-05T12:00:00Z',
      1,
      'The cessation of hostilities agreed in April holds and the talks are in session again since 23 May; the last hostile act between the two (Umaliqa) is five weeks old: an agreement being implemented, no hostile act or threat for a month',
    ],
    model: 2,
    rule: 'strained',
  },
  {
    call: [
      '2016-06-30T12:00:00Z',
      1,
      "The talks adjourned yesterday for Eid, to resume on 15 July (adjourned, not collapsed); the coalition's air strike that killed 25 in Taiz two days ago is a third party's, not armed action between the pair; the cessation between them holds, two months without a hostile act",
    ],
    model: 2,
    rule: 'strained',
  },
  {
    call: [
      '2016-10-23T12:00:00Z',
      5,
      'The truce expired last night unrenewed after a day of fighting on the approaches to Sanaa from several directions, and the Houthis shelled government forces near Taiz this morning: heavy armed action in several places within three days, no ceasefire in force',
    ],
    model: 4,
    rule: 'armed-action',
  },
];

describe('escalation model v2 on the Yemen government – Houthi talks of 2016 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // The pair of actors matters (§5b): the coalition's air strikes on the Houthis are the coalition – Houthi pair's armed
  // action, never a reason for the government – Houthi level.
  it("the coalition's air strikes are a third party's, and no reason for the negotiation's level", () => {
    const strikes = definition.events.filter(
      (e) => e.type === 'IncidentReported' && e.data.perpetrator === 'saudi-arabia',
    );
    expect(strikes).toHaveLength(3);
    const ids = new Set(strikes.map((e) => e.eventId));
    for (const at of ['2016-06-30T12:00:00Z', '2016-08-10T12:00:00Z', '2016-10-23T12:00:00Z']) {
      const view = escalation(at);
      expect(view.pair).toMatchObject({ actors: ['houthis', 'yemen-government'] });
      expect(view.reasons.filter((r) => r.eventIds.some((id) => ids.has(id)))).toEqual([]);
    }
    expect(
      escalation('2016-06-30T12:00:00Z').pairs.find((p) => p.actors.join() === 'houthis,saudi-arabia'),
    ).toMatchObject({ level: 5 });
  });
});
