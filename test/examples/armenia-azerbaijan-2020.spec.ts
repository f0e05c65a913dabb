/**
 * Escalation model v2 on a case it was never tuned on: Armenia and Azerbaijan
 * from the Tovuz clashes of July 2020 through the 44-day war, its three broken
 * humanitarian ceasefires, the trilateral statement that ended it and its
 * implementation, to the border incidents of May 2021
 * (armenia-azerbaijan-2020.ts, a test fixture). What it holds the model to that
 * the other cases did not: a full war between two states; ceasefires agreed
 * and broken at once — in force, and militarised, until the sources report
 * them failed, then hostilities again; and the agreement that ends a war,
 * implemented step by step (3 while the war is within the month, 4 again for
 * each violation with deaths, 1 once a month passes with nothing hostile).
 * The Nagorno-Karabakh forces are Armenia's side (the fixture's header says
 * why). The calls below were written from DOMAIN.md §5b alone, before the model
 * was run on the case, each with its reason; the model must agree with every
 * one.
 *
 * The first run missed one call of twenty, none of them revised and the model
 * unchanged: on 16 July 2020 the analyst calls 4 and the model read 5 ("heavy
 * armed action … after the ceasefire of 1994 was agreed: it is not holding").
 * It was the recording's. The first pass recorded Azerbaijan's allegations of
 * a violation of the 1994 ceasefire for the two deadliest days at Tovuz only,
 * though its source for the fire on Nakhchivan says the fire was "the
 * ceasefire violation" and the same Trend report puts the night battle of
 * 12–13 July under "grossly violating the ceasefire regime"; so three of the
 * five occurrences (the night battle, Nakhchivan, the drones on Berd) read as
 * fighting outside the ceasefire that broke it. Recorded as the sources report
 * them, each with its violation as one occurrence (the drones on Berd, which
 * Armenia's account calls aggression, not a violation, stay as they were), the
 * Tovuz fighting is a ceasefire violated with casualties, and 16 July reads 4.
 * Whether the 1994 ceasefire was in force at all is the judgement the call
 * rests on (the fixture's header): an analyst who records it as gone reads
 * Tovuz and Nakhchivan, several places in three days, as 5.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './armenia-azerbaijan-2020';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2020-07-13T12:00:00Z',
    4,
    'Artillery duels on the state border at Tovuz since yesterday noon, four Azerbaijani soldiers killed, fire on Nakhchivan overnight; both sides call it a violation of the 1994 ceasefire regime, which neither renounces: a ceasefire violated with casualties, one front, short of tens killed — militarised',
  ],
  [
    '2020-07-16T12:00:00Z',
    4,
    'Two days after the heaviest day at Tovuz (a general, a colonel and five more Azerbaijanis and a civilian killed, four Armenian soldiers in three days), still one stretch of the border and fewer than twenty dead, under the 1994 ceasefire both call violated; Baku threatens Metsamor today: militarised',
  ],
  [
    '2020-07-22T12:00:00Z',
    3,
    'Eight days since the last armed action at Tovuz, which is within the month; the threat to strike the Metsamor nuclear plant six days ago; Baku says the border is calm: coercive',
  ],
  [
    '2020-08-20T12:00:00Z',
    2,
    'Tovuz is over a month old and the Metsamor threat over two weeks; no talks, no agreement, the line quiet under the 1994 ceasefire: strained',
  ],
  [
    '2020-09-27T18:00:00Z',
    5,
    "War along the whole line of contact: Azerbaijan's offensive in the north and the south, Stepanakert and Azerbaijani villages shelled, 16 Karabakh soldiers and civilians on both sides killed; martial law on both sides, the 1994 ceasefire gone: hostilities",
  ],
  [
    '2020-10-10T18:00:00Z',
    4,
    'The Moscow humanitarian ceasefire took effect at noon today and has not been reported failed; since then Armenia alleges drone strikes and an attack towards Hadrut, 28 more Karabakh soldiers reported killed: a ceasefire in force and violated with casualties — militarised, not hostilities',
  ],
  [
    '2020-10-13T12:00:00Z',
    5,
    'The Moscow truce failed from its first hours (never respected, the sources say): a missile killed nine or ten in Ganja on the night of the 10th–11th, 45 Karabakh soldiers reported killed yesterday on several sections: heavy armed action, no ceasefire in force',
  ],
  [
    '2020-10-18T12:00:00Z',
    4,
    'The Paris truce has been in force since midnight, local time, and is violated from its first minutes: rocket fire north and south, an Azerbaijani attack at Khudaferin with casualties on both sides; Ganja (13 killed) was struck the night before it: a ceasefire in force violated with casualties — militarised',
  ],
  [
    '2020-10-20T12:00:00Z',
    5,
    'The Paris truce failed within hours and was reported fraying yesterday as Azerbaijan took 13 more villages in Jabrayil after the fighting at Khudaferin, Ganja struck three days ago: the war goes on, no ceasefire in force',
  ],
  [
    '2020-10-28T18:00:00Z',
    5,
    'Smerch rockets with cluster munitions killed 21 civilians in Barda today; the Washington ceasefire failed on the 26th, Pashinyan says so: tens killed, no ceasefire in force',
  ],
  [
    '2020-11-08T18:00:00Z',
    5,
    'Aliyev announces the capture of Shusha while Armenia reports heavy fighting for it; Stepanakert and Shushi shelled two days ago (three civilians killed), Tartar shelled: heavy armed action in several places, no ceasefire',
  ],
  [
    '2020-11-10T12:00:00Z',
    4,
    "The trilateral statement's complete ceasefire took effect at 00:00 Moscow time, fifteen hours ago, after fighting yesterday around Shusha and Stepanakert (44 more Karabakh soldiers reported killed): armed action within the week, and the ceasefire agreed after it has not held three days. Russia's helicopter downed by Azerbaijan is Russia's pair, not this one",
  ],
  [
    '2020-11-13T12:00:00Z',
    3,
    'The ceasefire has held three and a half days, Russian peacekeepers deploying; the war ended on the 9th, within the month: coercive',
  ],
  [
    '2020-11-22T12:00:00Z',
    3,
    'The trilateral statement is being implemented (Aghdam handed over two days ago), but the war between the two is less than a month old: armed action in the last ~30 days keeps it coercive',
  ],
  [
    '2020-11-28T12:00:00Z',
    4,
    "Azerbaijan says Armenian troops who stayed in the Khojavend forests killed three of its soldiers at Sur two days ago: the trilateral ceasefire violated with casualties within the week (one side's claim, made public on 13 December: it counts)",
  ],
  [
    '2020-12-13T12:00:00Z',
    4,
    'Azerbaijani forces attacked Hin Tagher and Khtsaberd in Hadrut yesterday with artillery (six Armenian soldiers wounded); a soldier killed near Hadrut on the 8th, Baku says: armed action and a violation with casualties within the week; the trilateral ceasefire, which neither side declares over and the peacekeepers restore, stays in force — militarised, not hostilities',
  ],
  [
    '2020-12-21T12:00:00Z',
    3,
    'Nine days after Hadrut, armed action within the month; the exchange of prisoners began on the 14th, the handovers are done: coercive',
  ],
  [
    '2021-01-20T12:00:00Z',
    1,
    'The trilateral statement is being implemented (the districts handed over, prisoners exchanged) and the leaders signed the Moscow statement on transport links on the 11th; the last hostile act, Hadrut, is over a month old: cooperative',
  ],
  [
    '2021-05-14T12:00:00Z',
    2,
    "Azerbaijani troops advanced 3.5 km into Armenia near Lake Sev on the 12th and near Vardenis and Sisian yesterday, without a shot: a force posture, not armed action; Armenia demands their withdrawal, accuses Baku and turns to the CSTO, whose warning is a third party's; no threat of war between the two: strained, the hostile act barring 1",
  ],
  [
    '2021-05-28T12:00:00Z',
    4,
    "An Armenian soldier was killed by Azerbaijani fire in Gegharkunik three days ago (Armenia's account), and six Armenian soldiers were surrounded and captured yesterday: armed action within the week, no ceasefire agreed after it — militarised",
  ],
];

describe('escalation model v2 on Armenia – Azerbaijan, 2020–21 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): Azerbaijan's downing of Russia's helicopter is that pair's; the CSTO's and
  // Türkiye's words are third parties'. None is ever a reason for the Armenia – Azerbaijan level.
  it("no reason for the pair's level is the helicopter downed over Armenia or a third party's act", () => {
    const PARTIES = ['armenia', 'azerbaijan'];
    const outside = new Set(
      definition.events.flatMap((e) => {
        const d = e.data as Record<string, unknown>;
        const theirs =
          (e.type === 'IncidentReported' && !PARTIES.includes(d.against as string)) ||
          (e.type === 'StatementMade' && !PARTIES.includes((d.speaker as { actorId: string }).actorId)) ||
          e.type === 'ActorRegistered';
        return theirs ? [e.eventId] : [];
      }),
    );
    // The Mi-24 and the registrations of Türkiye and the CSTO.
    expect(outside.size).toBe(3);
    const cited = reasonsCiting(escalation, CALLS, outside);
    expect(cited).toEqual([]);
  });
});
