/**
 * Escalation model v2 on an eighth case it was never tuned on: Israel and Syria's transitional government through
 * 2025 (israel-syria-2025.ts, a test fixture). What it holds the model to that the other cases did not: one side's
 * strikes on the other's territory while the two talk and the other hardly fires back (every armed act recorded is
 * Israel's; Damascus answers with condemnations); a ceasefire agreed for one crisis (Sweida, 18 July) that nobody
 * declares over when the strikes come back; talks that go on without an agreement. The calls below were written from
 * DOMAIN.md §5b alone, before the model was run on the case, each with its reason; the model must agree with every one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './israel-syria-2025';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for Israel – Syria: [at, level, why]. The first run agreed with all twenty. One was revised
 * after it, for a fact, not for the model: on 5 September the call was 3 ("eight days since the last armed action,
 * the strikes and the landing at Kisweh on 27 August"). Looking after the run for what the record lacked, a dated
 * report (The National, 3 September) of Israel bombing a site in Quneitra and raiding two villages was found and
 * recorded, as an analyst following the news would have recorded it on the day; the call's premise no longer held:
 * armed action two days before is militarised by §5b, 4.
 */
const CALLS: readonly Call[] = [
  [
    '2024-12-10T12:00:00Z',
    5,
    "Assad fell on the 8th; since then Israel has taken the buffer zone and struck Syria day after day — Mezzeh, Khalkhala, Kafr Sousa, the research centre, the navy at Latakia (about 480 strikes in 48 hours): heavy armed action in several places on the other's territory, and no ceasefire (Israel calls the 1974 agreement collapsed)",
  ],
  [
    '2025-02-24T12:00:00Z',
    2,
    "Netanyahu demands the complete demilitarisation of southern Syria and says Israeli troops stay in the buffer zone: a demand and a warning, a force posture, not armed action, an ultimatum or a threat of war; the last strikes recorded are December's, over a month old",
  ],
  [
    '2025-02-26T12:00:00Z',
    4,
    'Strikes on Kisweh and in Daraa last night kill two; Katz: any attempt by Syrian forces to enter the security zone "will be met with fire". Armed action today, one night, two killed: not hostilities',
  ],
  [
    '2025-04-03T12:00:00Z',
    5,
    'Last night the Hama airbase was put out of service, T4 and Barzeh struck (four killed), troops pushed to Nawa and killed nine who fired on them; more strikes near Damascus this morning: heavy armed action in several places, no ceasefire',
  ],
  [
    '2025-05-02T06:00:00Z',
    4,
    'Israel struck near the presidential palace after midnight, "a clear message" on the Druze: armed action, one strike, no one reported killed; the last strikes before it a month ago',
  ],
  [
    '2025-07-13T12:00:00Z',
    2,
    "A Syrian and an Israeli official met in Baku yesterday; Sa'ar spoke of peace and normalisation; the last armed action (2 May) is over two months old and nothing coercive since",
  ],
  [
    '2025-07-16T18:00:00Z',
    5,
    'Three days of strikes on Syrian forces around Sweida (ten killed by the Observatory) and today on the General Staff, the defence ministry and near the palace in Damascus (three killed, 34 wounded), and in Daraa and Qatana; Katz promises "painful blows": heavy armed action in several places, no ceasefire between the two',
  ],
  [
    '2025-07-19T12:00:00Z',
    4,
    "Barrack announced last night that Netanyahu and al-Sharaa agreed a ceasefire: in force, so not hostilities; but Israel's strikes of the 16th are within the week and the ceasefire has not held three days",
  ],
  [
    '2025-07-22T12:00:00Z',
    3,
    'The ceasefire agreed after the last strikes (16 July) has held three and a half days: no longer militarised; armed action within the month',
  ],
  [
    '2025-08-20T12:00:00Z',
    2,
    'Dermer and al-Shaibani met in Paris yesterday on de-escalation; the July ceasefire holds; the last armed action (16 July) is over a month old; condemnations only',
  ],
  [
    '2025-08-27T12:00:00Z',
    4,
    "Israeli drone strikes killed six to eight Syrian soldiers at Kisweh yesterday and a man at Taranja: armed action on the other's territory within the week, the July ceasefire breached; two places, under ten killed: not hostilities",
  ],
  [
    '2025-09-05T12:00:00Z',
    4,
    // Called 3 before the run; revised after it: see the note on CALLS.
    'Israel bombed a site at Al Tawahine in Quneitra two days ago while a convoy raided Al Asbah (no one reported killed): armed action within the week, the July ceasefire breached; the strikes and the landing at Kisweh are nine days old',
  ],
  [
    '2025-09-09T12:00:00Z',
    4,
    "A night of strikes on military sites near Homs, Latakia and Palmyra, no one reported killed, while the July ceasefire stands and a ministers' meeting is planned: armed action, not hostilities",
  ],
  [
    '2025-09-27T12:00:00Z',
    3,
    "The talks hit a snag over Israel's demand for a corridor to Sweida, which Syria rejects; not collapsed (Washington works on a smaller de-escalation deal); the strikes of 8 September are within the month",
  ],
  [
    '2025-10-20T12:00:00Z',
    2,
    'Six weeks since the last armed action recorded; the July ceasefire holds and the talks are stuck, not ended; no ultimatum or threat in two weeks',
  ],
  [
    '2025-11-20T12:00:00Z',
    2,
    'Netanyahu toured the buffer zone yesterday and Damascus condemned it; Israeli sources say the talks are at a dead end; incursions without fire: a posture and accusations, no armed action for over two months, the talks not declared over',
  ],
  [
    '2025-11-28T18:00:00Z',
    4,
    'The Beit Jinn raid before dawn: villagers fire on Israeli troops, six soldiers wounded, air and artillery strikes kill thirteen; one village, thirteen dead: armed action on Syrian territory, in breach of the July ceasefire, not hostilities',
  ],
  ['2025-11-30T12:00:00Z', 4, 'The Beit Jinn raid is two days old; no ceasefire agreed since'],
  [
    '2025-12-02T12:00:00Z',
    4,
    'The Beit Jinn raid is four and a half days old; Trump tells Israel to keep a "strong and true dialogue" with Syria (the mediator\'s words)',
  ],
  [
    '2025-12-06T12:00:00Z',
    3,
    'Eight days since the Beit Jinn raid: armed action within the month; no ultimatum or threat of war in two weeks',
  ],
];

/*
 * Seen after the run, on a date no call was written for (so not a call, and no rule was changed for it): on 28 August
 * the model reads 5, "heavy armed action … after the ceasefire of 2025-07-18 was agreed: it is not holding", from three
 * recorded acts in three days — the Kisweh drone strikes (6–8 killed), the strike at Taranja (1) and the strikes and
 * landing at Kisweh the next evening (none). That is two places and under ten killed, and a ceasefire nobody declared
 * over: an analyst reading §5b would say 4. The model counts "several places" as three occurrences, and heavy fighting
 * not reported as a violation as the end of a ceasefire. Recorded for whoever next revisits the line for 5.
 */
describe('escalation model v2 on Israel – Syria in 2025 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // A ceasefire agreed for one crisis: nobody declares the one of 18 July over when the strikes come back, so it stays
  // in force and Kisweh is read as armed action beside it, not as the end of it.
  it('the ceasefire of 18 July is still in force when Israel strikes Kisweh in August', () => {
    const view = escalation('2025-08-27T12:00:00Z');
    expect(view.conditions.filter((c) => c.kind === 'ceasefire').map((c) => c.since.slice(0, 10))).toEqual([
      '2025-07-18',
    ]);
    expect(view.reasons[0]?.rule).toBe('armed-action');
  });

  // The pair of actors matters (§5b): what the United States says and does (Barrack's proposal, the White House
  // meeting, Trump's words to Israel) is the mediator's, never a reason for the Israel – Syria level.
  it("no reason for the level is the mediator's act or words", () => {
    const mediators = new Set(
      definition.events.flatMap((e) => {
        const d = e.data as Record<string, unknown>;
        const by =
          e.type === 'StatementMade'
            ? (d.speaker as { actorId: string }).actorId
            : e.type === 'ThirdPartyEngagement'
              ? d.actorId
              : e.type === 'MediationAction'
                ? d.mediator
                : undefined;
        return by === 'united-states' ? [e.eventId] : [];
      }),
    );
    // Barrack's de-escalation proposal, the White House meeting, Trump's post.
    expect(mediators.size).toBe(3);
    const cited = reasonsCiting(escalation, CALLS, mediators);
    expect(cited).toEqual([]);
  });
});
