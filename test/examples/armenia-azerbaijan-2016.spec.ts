/**
 * Escalation model v2 on a case it was never tuned on: Armenia and Azerbaijan
 * from the line-of-contact incidents of December 2015 through the four-day war
 * of April 2016, Azerbaijan's unilateral ceasefire, the Moscow ceasefire of
 * 5 April and its violations, the Vienna and St Petersburg summits, the
 * fighting at Chinari (December 2016) and the skirmishes of February 2017
 * (armenia-azerbaijan-2016.ts, a test fixture). What it holds the model to: a
 * war on a line whose 1994 ceasefire had been in force for decades (recorded
 * as collapsed when the war broke out: hostilities, not a ceasefire violated);
 * a unilateral ceasefire that binds one side and that the fighting ignores (no
 * ceasefire in force); a brokered ceasefire that holds with violations (4 for
 * each violation with deaths the parties allege, 3 while they blame each other
 * within two weeks); summits with commitments but no agreement implemented (2,
 * never 1); and a proxy: the Nagorno-Karabakh forces are a third party (the
 * fixture's header says when their acts are recorded as theirs), so their
 * fighting with Azerbaijan that neither government takes up is not the pair's.
 * The calls below were written from DOMAIN.md §5b alone, before the model was
 * run on the case, each with its reason; the model must agree with every one.
 *
 * The first run missed one call of twenty, the model unchanged: on 18 May 2016
 * (two days after Vienna) the analyst called 2 and the model read 3 ("armed
 * action between Armenia and Azerbaijan on 2016-04-27 … within 30 days",
 * citing Armenia's allegation of a deadly violation that night). The call was
 * wrong by §5b: armed action counts as alleged, and each government alleged
 * the other's fire with a death on 27–28 April as a breach of their ceasefire;
 * the call had set it aside as the Karabakh forces' fight, against the
 * fixture's own rule that a violation either government alleges is the
 * pair's. Revised to 3, with the reason beside it.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './armenia-azerbaijan-2016';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2015-12-10T12:00:00Z',
    4,
    "Armenia's defence minister reports to the OSCE that an Azerbaijani tank fired on the line two days ago and a soldier was killed: the 1994 ceasefire violated with casualties in the last week, as Armenia alleges — militarised",
  ],
  [
    '2015-12-22T12:00:00Z',
    3,
    'Armenia blamed Baku for the tank fire and the killing thirteen days ago; since then only the Karabakh forces report raids on their own line (their fight, no government takes it up): an attack blamed on the other party within two weeks — coercive',
  ],
  [
    '2016-01-20T12:00:00Z',
    2,
    'Six weeks after the tank fire and the blame, nothing between the two governments since: the 1994 ceasefire holds with accusations — strained',
  ],
  [
    '2016-04-02T18:00:00Z',
    5,
    "War along the line of contact since the night: Azerbaijan's offensive at Talysh and Madagiz, Lala Tepe taken, Martuni shelled (a child killed), 18 Armenian and 12 Azerbaijani soldiers killed, a helicopter shot down; the 1994 ceasefire swept away — hostilities",
  ],
  [
    '2016-04-03T20:00:00Z',
    5,
    'Azerbaijan declared this morning that it halts its operations — unilaterally, with a warning to resume; the Karabakh side calls it false and the fighting goes on, Baku alleging Armenian fire in Fuzuli, Terter and Aghdam: a one-sided declaration the fighting ignores is no ceasefire in force; tens killed yesterday — hostilities',
  ],
  [
    '2016-04-04T12:00:00Z',
    5,
    'The unilateral halt is over in all but name, fighting through the night, Baku threatening a major attack on Stepanakert; tens killed within three days, no ceasefire in force — hostilities',
  ],
  [
    '2016-04-05T18:00:00Z',
    4,
    'The chiefs of general staff agreed in Moscow to stop the fighting at noon today; it is six hours old: armed action this week and the ceasefire agreed after it has not held three days — militarised',
  ],
  [
    '2016-04-08T12:00:00Z',
    4,
    "Three days into the Moscow ceasefire, but Azerbaijani forces fired on Armenian positions and villages near Vardenis, in Armenia itself, the day after it began (Armenia's account, no casualties): armed action within the week that the ceasefire did not follow — militarised",
  ],
  [
    '2016-04-16T12:00:00Z',
    4,
    "Each side accuses the other of breaking the Moscow ceasefire with deaths: Baku's soldier killed on the 14th, Yerevan's two Karabakh soldiers killed the same night: a ceasefire violated with casualties within the week — militarised",
  ],
  [
    '2016-04-24T12:00:00Z',
    3,
    'Nine days since the last deadly violations alleged, the ceasefire holding; the war and the fire on Vardenis are within the month, and the mutual blame within two weeks — coercive',
  ],
  [
    '2016-04-29T12:00:00Z',
    4,
    'Overnight shelling on the 27th–28th: Armenia says a Karabakh soldier was killed by Azerbaijani fire, Baku that a civilian in Aghdam died of Armenian shelling — the ceasefire violated with casualties two days ago — militarised',
  ],
  [
    '2016-05-10T12:00:00Z',
    3,
    'Twelve days after the Aghdam shelling Baku blamed on Armenia and the Karabakh soldier killed that Yerevan blamed on Baku: attacks blamed on the other party within two weeks; no deadly violation alleged since — coercive',
  ],
  [
    '2016-05-18T12:00:00Z',
    3,
    // Revised after the first run (written as 2, "the last violation either government alleged is three weeks old"):
    // by §5b armed action counts as alleged, and on 27–28 April each government alleged the other's fire, with a death,
    // in breach of their ceasefire — Baku, Armenian shelling that killed a civilian in Aghdam district. That is armed
    // action between the two, 21 days ago; the first call read it as the proxy's fight, which the fixture's own rule
    // (a violation alleged by either government is the pair's) says it is not.
    'Two days after Vienna: the presidents recommitted to the ceasefire and agreed an OSCE investigative mechanism, not yet set up; but the deadly fire of 27–28 April that each government alleges the other shot in breach of the ceasefire is three weeks old, within the month — coercive',
  ],
  [
    '2016-06-22T12:00:00Z',
    2,
    'The St Petersburg summit two days ago: more observers agreed, satisfaction that the ceasefire holds, no agreement being implemented; nothing hostile between the two for weeks — strained, not cooperative',
  ],
  [
    '2016-10-28T12:00:00Z',
    2,
    "A Karabakh soldier killed by Azerbaijani fire in the Talysh direction two days ago, as the Karabakh defence ministry reports it; neither Armenia nor Azerbaijan takes it up: the proxy's fight, not the pair's; the ceasefire holds — strained",
  ],
  [
    '2016-12-31T12:00:00Z',
    4,
    "Fighting at Chinari on Armenia's state border two days ago: an Azerbaijani infiltration beaten back, three Armenian soldiers and one Azerbaijani killed; armed action between the two within the week, no ceasefire agreed after it — militarised",
  ],
  ['2017-01-06T12:00:00Z', 3, 'Eight days after Chinari: armed action within the month, nothing since — coercive'],
  [
    '2017-02-13T12:00:00Z',
    4,
    'Baku says an Azerbaijani soldier was killed two days ago by Armenian fire breaking the ceasefire: a ceasefire violated with casualties within the week, as one party alleges — militarised',
  ],
  [
    '2017-02-27T12:00:00Z',
    4,
    'Armenian troops with the Karabakh forces clashed with Azerbaijani troops in the Khojavend–Fuzuli sector two days ago, about five Azerbaijani soldiers killed: armed action within the week, one section and short of tens killed — militarised',
  ],
  [
    '2017-03-10T12:00:00Z',
    3,
    'Thirteen days after the Khojavend–Fuzuli clash, within the month; no deadly violation since: the ceasefire holds again — coercive',
  ],
];

describe('escalation model v2 on Armenia – Azerbaijan, 2015–17 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): what the Karabakh forces and Azerbaijan's forces do to each other, as only the
  // Karabakh side reports it and neither government takes it up, is that pair's. None is ever a reason for the
  // Armenia – Azerbaijan level. (Fire between them that Armenia or Azerbaijan alleges as a violation, or that Baku
  // blames on Armenia, shares an occurrence with the government's record or names Armenia, and may be one.)
  it("no reason for the pair's level is the Karabakh side's own fight with Azerbaijan", () => {
    const NKR = 'nagorno-karabakh';
    const own = (e: (typeof definition.events)[number]): boolean => {
      const d = e.data as Record<string, unknown>;
      if (e.type === 'IncidentReported')
        return (d.perpetrator === NKR || d.against === NKR) && d.blamedOn === undefined;
      if (e.type === 'CeasefireViolationReported') return d.allegedBy === NKR || d.against === NKR;
      return false;
    };
    const sharedWithPair = new Set(definition.events.filter((e) => !own(e)).flatMap((e) => e.occurrence ?? []));
    const theirs = new Set(
      definition.events.filter((e) => own(e) && !sharedWithPair.has(e.occurrence ?? '')).map((e) => e.eventId),
    );
    // The raids of 4 and 18 December, the Grad fire on Martakert (3 April), the soldiers killed on 11 May and
    // 26 October, and the Karabakh side's allegation of a violation that day.
    expect(theirs.size).toBe(6);
    expect(reasonsCiting(escalation, CALLS, theirs)).toEqual([]);
  });
});
