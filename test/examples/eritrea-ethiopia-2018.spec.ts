/**
 * Escalation model v2 on a case it was never tuned on: Eritrea and Ethiopia from the Tsorona clash (June 2016) through
 * the peace of 2018, the crossings closed again (December 2018 – April 2019) and the war in Tigray, in which Eritrea's
 * army fought the TPLF beside Ethiopia's (November 2020 – April 2021) (eritrea-ethiopia-2018.ts, a test fixture). What it
 * holds the model to that the other cases did not: the calm end of the scale — an agreement ending a state of war and
 * being implemented; a border opened and then closed again quietly by one side; two former enemies fighting side by
 * side against a third party. Every call is for the pair Eritrea – Ethiopia. The calls below were written from
 * DOMAIN.md §5b alone, before the model was run on the case, each with its reason; the model must agree with every one.
 *
 * The three questions the case puts, as the calls settle them from §5b:
 * - When the peace becomes cooperative: on the day the Joint Declaration is signed (9 July 2018). It ends the state of
 *   war, is applied from its first day (the telephone line restored the day before, the embassies, the flights), and
 *   nothing hostile has passed between the two for two years. Before it — Ethiopia's acceptance of the ruling, the
 *   delegation in Addis Ababa — talks without an agreement between them: strained.
 * - The crossings closed by Eritrea without a word (26 December 2018; April 2019): closed to Ethiopians only, by one
 *   party's own decision, never explained — a border closed against the other party, which §5b names among the
 *   coercive conditions and which weighs while it lasts (no source reports a crossing reopened after April 2019). Warm
 *   meetings, a crossing opened elsewhere and a Nobel Peace Prize do not lift it.
 * - The war in Tigray: Eritrea's army fought the TPLF beside Ethiopia's, on Ethiopia's territory with its consent; the
 *   TPLF's rockets on Asmara are a third party's armed action against Eritrea. Neither is armed action between the pair.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, itReadsNoArmedAction, reasonsCiting } from './case-log';
import definition from './eritrea-ethiopia-2018';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for Eritrea – Ethiopia: [at, level, why]. The first run of the model agreed with all twenty, each
 * for the reason the call gives (armed action at Tsorona; the agreement being implemented; the crossings closed by
 * Eritrea, read per crossing, so that Humera opened on 7 January 2019 does not lift the closure of Zalambessa and Rama).
 */
const CALLS: readonly Call[] = [
  [
    '2016-06-13T12:00:00Z',
    5,
    'Heavy fighting at Tsorona since yesterday, with artillery, each side blaming the other; Eritrea counts more than 200 Ethiopian soldiers killed, Ethiopia "significant casualties on both sides": heavy armed action, tens killed, no ceasefire',
  ],
  [
    '2016-06-17T12:00:00Z',
    4,
    'The Tsorona fighting is five days old: armed action in the last week; Ethiopia warns it could wage all-out war but will not',
  ],
  ['2016-07-05T12:00:00Z', 3, 'Tsorona is three weeks old: armed action within the month, none since'],
  [
    '2018-06-01T12:00:00Z',
    2,
    '"No war, no peace": no fire between the two since Tsorona two years ago, no talks, no agreement being applied (Ethiopia still refuses the boundary ruling); no ultimatum, threat or closure on record: strained',
  ],
  [
    '2018-06-06T12:00:00Z',
    2,
    "Ethiopia's ruling coalition accepted the Algiers agreement and the boundary ruling yesterday, without conditions; Eritrea has not answered; nothing agreed between the two yet",
  ],
  [
    '2018-06-27T12:00:00Z',
    2,
    "Eritrea's delegation in Addis Ababa, the first in twenty years: talks, but no agreement between the two yet",
  ],
  [
    '2018-07-09T18:00:00Z',
    1,
    'The Joint Declaration of Peace and Friendship signed this morning in Asmara: the state of war is over, the telephone line restored yesterday, embassies and flights agreed; nothing hostile between the two for two years',
  ],
  [
    '2018-07-20T12:00:00Z',
    1,
    "The declaration being implemented: Eritrea's embassy in Addis Ababa reopened (16 July), the first flight to Asmara in twenty years (18 July)",
  ],
  [
    '2018-09-12T12:00:00Z',
    1,
    'The Zalambessa and Bure crossings opened yesterday by both leaders, the armies pulled back from the border',
  ],
  [
    '2018-09-17T12:00:00Z',
    1,
    'The Jeddah peace agreement signed yesterday, King Salman and the UN Secretary-General present; the declaration being implemented',
  ],
  [
    '2018-12-20T12:00:00Z',
    1,
    'Three months of open crossings, trade and visits; the peace agreements being implemented, nothing hostile between the two',
  ],
  [
    '2018-12-28T12:00:00Z',
    3,
    'Eritrea closed the Zalambessa and Rama crossings to Ethiopians two days ago, without notice or reason, while Eritreans still cross: a border closed against the other party',
  ],
  [
    '2019-01-08T12:00:00Z',
    3,
    'The leaders opened the Humera crossing together yesterday, but Zalambessa and Rama stay closed to Ethiopians by Eritrea: a border still closed against the other party',
  ],
  [
    '2019-04-23T12:00:00Z',
    3,
    'Eritrea closed Humera (19 April) and Bure (yesterday), the last crossing open, only on its side and without a word: the border closed against Ethiopia',
  ],
  [
    '2019-10-12T12:00:00Z',
    3,
    'Abiy won the Nobel Peace Prize yesterday for the peace with Eritrea; the envoys met in June; but every crossing has stayed closed by Eritrea since April: a border closed against the other party',
  ],
  [
    '2020-11-05T12:00:00Z',
    3,
    "The TPLF attacked the army's Northern Command yesterday and Abiy ordered the offensive: the Ethiopia – TPLF pair's war, not the pair's; the crossings still closed by Eritrea",
  ],
  [
    '2020-11-15T12:00:00Z',
    3,
    "The TPLF fired rockets at Asmara last night: a third party's armed action against Eritrea, not armed action between Eritrea and Ethiopia; the crossings still closed",
  ],
  [
    '2020-11-30T12:00:00Z',
    3,
    "Eritrea's troops fight the TPLF beside Ethiopia's (Axum, 19 and 28–29 November): armed action by one of the pair against a third party, with the other's consent, never between the two; the crossings still closed",
  ],
  [
    '2021-03-27T12:00:00Z',
    3,
    'Abiy acknowledged the Eritrean troops and thanked Eritrea (23 March); yesterday in Asmara Eritrea agreed to withdraw them: the two cooperate, but the crossings closed since 2019 are not reported reopened',
  ],
  [
    '2021-04-27T12:00:00Z',
    3,
    "Blinken pressed Abiy yesterday for the Eritrean troops' withdrawal (a third party's words); Eritrea told the Security Council it will withdraw; the crossings still closed",
  ],
];

describe('escalation model v2 on Eritrea – Ethiopia, 2016–21 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // From the peace on, the two never fire on each other: the Tigray war is the TPLF's with each of them.
  itReadsNoArmedAction(
    escalation,
    CALLS.filter(([at]) => at >= '2018'),
  );

  // The pair of actors matters (§5b): the TPLF's acts and words, Eritrea's acts against the TPLF, and the words of the
  // United States are never a reason for the Eritrea – Ethiopia level.
  it("no reason for the pair's level is the TPLF's war, Eritrea's part in it, or the United States' words", () => {
    const PARTIES = ['eritrea', 'ethiopia'];
    const outside = new Set(
      definition.events.flatMap((e) => {
        const d = e.data as Record<string, unknown>;
        const theirs =
          (e.type === 'IncidentReported' &&
            d.perpetrator !== undefined &&
            (!PARTIES.includes(d.perpetrator as string) || !PARTIES.includes(d.against as string))) ||
          (e.type === 'StatementMade' &&
            (!PARTIES.includes((d.speaker as { actorId: string }).actorId) || d.audience === 'tplf'));
        return theirs ? [e.eventId] : [];
      }),
    );
    // The Northern Command attack, the rockets on Asmara, Axum twice; Abiy's order against the TPLF, Debretsion's
    // accusation, Nagy's and Blinken's two statements.
    expect(outside.size).toBe(9);
    const cited = reasonsCiting(escalation, CALLS, outside);
    expect(cited).toEqual([]);
  });

  // Added after the first run: the rockets on Asmara are read for the pair that fired and took them, beside the
  // headline, as the DR Congo – Rwanda case reads M23's fighting. By §5b, fire on the other's capital the night before,
  // one place and no one killed, is militarised for Eritrea – TPLF, while Eritrea – Ethiopia stays where the closed
  // crossings put it.
  it('the night after the rockets on Asmara, Eritrea – TPLF is militarised while Eritrea – Ethiopia is not', () => {
    const view = escalation('2020-11-15T12:00:00Z');
    expect(view.pair).toMatchObject({ actors: ['eritrea', 'ethiopia'], level: 3 });
    expect(view.pairs.find((p) => p.actors.join() === 'eritrea,tplf')).toMatchObject({ level: 4 });
  });
});
