/**
 * Escalation model v2 on an eleventh case it was never tuned on: Kosovo and Serbia in the EU-facilitated dialogue,
 * January 2023 – February 2024 (kosovo-serbia-2023.ts, a test fixture). What it holds the model to that the other
 * cases did not: a crisis in which the two parties' forces never fight each other. The violence is a third party's —
 * Serb protesters against KFOR at Zvečan, an armed Serb group against the Kosovo police at Banjska — or a party's
 * police against a third party (the Kosovo police against Serb protesters); each side blames the other for it, which
 * is coercion by §5b, not armed action. Serbia's arrest of three Kosovo officers without a shot is coercion too, its
 * army's readiness and build-up are posture, and Kosovo's ban on goods from Serbia is a border closed against the
 * other party that lasts to the record's end. The agreement of Brussels and Ohrid was agreed but never signed. The
 * calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason;
 * the model must agree with every one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall } from './case-log';
import definition from './kosovo-serbia-2023';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Kosovo – Serbia: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2023-01-25T12:00:00Z',
    2,
    'The Western envoys pressed the EU proposal in Pristina and Belgrade (20 Jan): Kurti calls it a good basis, Vučić accepts the concept with reservations and complains of Western pressure. Talks going on, critical words; no agreement yet, nothing coercive between the two',
  ],
  [
    '2023-02-28T12:00:00Z',
    2,
    'Both leaders accepted the EU text in Brussels yesterday, but Serbia would not sign it and each blames the other for the lack of compromise: talks holding, critical rhetoric; nothing signed, nothing being implemented yet',
  ],
  [
    '2023-03-20T12:00:00Z',
    2,
    "The Implementation Annex was agreed orally in Ohrid two days ago and neither leader signed it; Vučić says Serbia will never accept Kosovo's independence, Kurti will not agree to the association proposed: an agreement agreed but disputed, not being implemented — strained, not cooperative",
  ],
  [
    '2023-04-25T12:00:00Z',
    2,
    "The Serbs of the north boycotted the local elections (23 Apr); the Serbian List's vice-president says the Serbian people will never let the new mayors govern — a third party's warning. No threat, ultimatum or hostile act between the two: strained",
  ],
  [
    '2023-05-27T12:00:00Z',
    2,
    "Kosovo's police took the municipal buildings yesterday against Serb protesters — a third party, on the territory Kosovo administers: not armed action between the two. Serbia put its army on highest readiness and moved units toward the line: posture, and its defence minister's 'red lines' are a warning, not a threat of war; accusations both ways",
  ],
  [
    '2023-05-30T12:00:00Z',
    3,
    "Zvečan yesterday: Serb protesters attacked KFOR (about 30 soldiers and over 50 protesters injured), and Kosovo's president and prime minister say they act on Belgrade's orders: an attack blamed on the other party within two weeks. Not armed action: KFOR and the protesters are third parties",
  ],
  [
    '2023-06-11T12:00:00Z',
    3,
    "The attack at Zvečan that Kosovo blames on Belgrade is thirteen days old; Serbia's army still on alert; accusations both ways",
  ],
  [
    '2023-06-13T12:00:00Z',
    2,
    'Fifteen days since Zvečan and the blame on Belgrade: no attack blamed, threat of war, ultimatum, collapsed talks or closed border in the last two weeks; posture and accusations only',
  ],
  [
    '2023-06-15T12:00:00Z',
    3,
    "Serbia's forces arrested three armed Kosovo police officers yesterday without a shot (Kosovo: 300 m inside Kosovo, 'aggression'; Serbia: inside Serbia): coercion, not armed action — no clash, strike or shelling. Kosovo closed its crossings to Serbian goods and lorries last night: a border closed against the other party",
  ],
  [
    '2023-06-23T12:00:00Z',
    3,
    "The crisis meetings in Brussels yesterday ended without the two leaders meeting; the three officers still held; Kosovo's ban on Serbian goods stands",
  ],
  [
    '2023-06-28T12:00:00Z',
    3,
    "Serbia released the three officers (26 Jun), but Kosovo's ban on goods from Serbia stands: a border closed against the other party",
  ],
  [
    '2023-08-20T12:00:00Z',
    3,
    "Two months without talks or an incident between the two; Kosovo's ban on goods from Serbia is still in force — a lasting condition",
  ],
  [
    '2023-09-15T12:00:00Z',
    3,
    'The Brussels meeting collapsed yesterday (no way to bridge the differences, no further meeting planned); the goods ban stands',
  ],
  [
    '2023-09-25T12:00:00Z',
    3,
    "Banjska yesterday: an armed Serb group killed a Kosovo police officer (three attackers killed); Kosovo blames Belgrade, Serbia denies, and no source puts Serbia's own forces in it: an attack blamed on the other party — coercive, not militarised. The goods ban stands",
  ],
  [
    '2023-09-30T18:00:00Z',
    3,
    "The White House reports an unprecedented Serbian build-up along the line (posture) and asks it withdrawn; Radoičić admits leading the Banjska group; Kurti says Serbia's army armed it: the attack blamed six days ago, the goods ban; still no armed action between the two",
  ],
  [
    '2023-10-27T12:00:00Z',
    3,
    "The meetings with the EU, French, German and Italian leaders ended yesterday without agreement; Banjska is a month old; Kosovo's ban on Serbian goods stands",
  ],
  [
    '2023-12-28T12:00:00Z',
    3,
    "Serbia will admit cars with Kosovo plates from 1 January, a conciliatory step; but Kosovo's ban on goods from Serbia still stands: a border closed against the other party",
  ],
  [
    '2024-01-20T12:00:00Z',
    3,
    "Kosovo's central bank bans the dinar from 1 February and Vučić says Pristina means to expel the Serbs; the goods ban stands",
  ],
  [
    '2024-02-10T12:00:00Z',
    3,
    "Vučić and Kurti clash at the Security Council over the dinar (8 Feb); Kosovo's ban on goods from Serbia still stands",
  ],
];

describe('escalation model v2 on Kosovo – Serbia, 2023–24 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): the violence of this case is a third party's (Zvečan, Banjska) or a party's
  // police against a third party (the municipal buildings). None of it is armed action between Kosovo and Serbia.
  it('no call reads armed action between the parties: every act of violence is a third party’s or against one', () => {
    const violence = definition.events.flatMap((e) => {
      const d = e.data as Record<string, unknown>;
      return e.type === 'IncidentReported' && (d.kind === 'clash' || d.kind === 'militant-attack') ? [e.eventId] : [];
    });
    expect(violence).toHaveLength(3);
    const armed = CALLS.flatMap(([at]) =>
      escalation(at)
        .reasons.filter((r) => r.rule === 'armed-action')
        .map((r) => `${at}: ${r.rule}: ${r.text}`),
    );
    expect(armed).toEqual([]);
  });

  // Found after the first run: every call agreed, but on 15 September the model gave the goods ban alone as the reason,
  // not the meeting that collapsed the day before (opened and concluded `collapsed` the same day, the two were one
  // occurrence read as the opening of talks). Fixed in the model (escalation-v2.spec.ts, "a round that opened and
  // collapsed the same day"); without the ban the level would have been strained.
  it('the day after the Brussels meeting collapsed, the collapse is a reason besides the goods ban', () => {
    const reasons = escalation('2023-09-15T12:00:00Z').reasons.map((r) => `${r.rule}: ${r.text}`);
    expect(reasons).toEqual([
      'coercion: Talks collapsed on 2023-09-14 (1 day ago)',
      'border-closed: Border closed since 2023-06-14',
    ]);
  });

  // A border closed against the other party weighs while it lasts (§5b): after the summer without talks or incidents,
  // what holds the level at coercive is Kosovo's ban on goods from Serbia.
  it('two months after it began, the goods ban is a reason for the level', () => {
    const ban = definition.events.find(
      (e) => e.type === 'IncidentReported' && (e.data as { kind: string }).kind === 'border-closure',
    );
    expect(ban).toBeDefined();
    const view = escalation('2023-08-20T12:00:00Z');
    expect(view.reasons.some((r) => ban !== undefined && r.eventIds.includes(ban.eventId))).toBe(true);
  });
});
