/**
 * Escalation model v2 on a case it was never tuned on: Egypt and Israel from the Israeli raid on Gaza (28 February
 * 1955) to the weeks after Israel's last withdrawal from Egyptian ground (March – April 1957) (egypt-israel-1956.ts, a
 * test fixture; the UN and the Mixed Armistice Commission as mediators, the fedayeen, Czechoslovakia, the United
 * Kingdom, France, the United States and the Soviet Union as third parties). What it holds the model to that the other
 * cases did not: reprisal raids answering raids blamed on the other; waterways closed to the other's ships (the Suez
 * Canal all through, the Straits of Tiran until Israel took the guns); a ceasefire mission's orders broken by an
 * invasion fought beside a third party's war; a ceasefire by UN resolution; and ground held under it and given up in
 * phases, with prisoners held and exchanged. The calls below were written from DOMAIN.md §5b alone, before the model
 * was run on the case, each with its reason; all twenty are in CALLS, which the model must agree with.
 *
 * The first run agreed with all twenty calls: nothing was revised, nothing left. What the run showed besides: Egypt's
 * bar on Israeli ships in the Suez Canal (recorded as a border closed against Israel, see the fixture's header) holds
 * every quiet date at coercive, to the end of the log; and Israel's hold on Sinai, Gaza and Sharm el-Sheikh under the
 * ceasefire is coercion for two weeks from the taking and then, as the model reads ground a truce froze, no longer
 * coercion while the ceasefire is in force (no reason cites it in December 1956 or February 1957). The level on those
 * dates is coercive either way (the canal); an analyst would still name the held ground as coercion, which the model
 * reads otherwise by design (escalation-v2.ts, `Holding`: ground a truce froze is not coercion while it holds).
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, datesCiting, escalationAt, itCitesNone, itReadsEachCall } from './case-log';
import definition from './egypt-israel-1956';

const entries = caseEntries(definition);
/** The id of the incident recorded with `incidentId`. */
const incident = (incidentId: string): string =>
  definition.events.find((e) => e.type === 'IncidentReported' && e.data.incidentId === incidentId)?.eventId ?? '';
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Egypt – Israel: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- 1955: the Gaza raid, the quiet spring -----
  [
    '1955-03-01T12:00:00Z',
    5,
    'Israeli paratroopers raided Gaza last night, 39 Egyptians and 8 Israelis killed: heavy armed action (tens killed) within three days, no ceasefire',
  ],
  [
    '1955-03-05T12:00:00Z',
    4,
    'Five days after the Gaza raid, nothing since: armed action within the week, no ceasefire: militarised',
  ],
  [
    '1955-03-12T12:00:00Z',
    3,
    'Twelve days after the Gaza raid: armed action within the month; the Suez Canal barred to Israeli ships: coercive',
  ],
  [
    '1955-06-15T12:00:00Z',
    3,
    'No fire between the two for more than three months, but Egypt keeps the Suez Canal closed to ships bound to or from Israel: a border closed against the other: coercive',
  ],
  // ----- Late 1955: Khan Yunis, Tiran, El Sabha -----
  [
    '1955-09-02T12:00:00Z',
    5,
    'Israel raided Khan Yunis on the night of 31 August, 72 Egyptian soldiers killed, after the fedayeen raids blamed on Egypt: heavy armed action (tens killed) within three days, no ceasefire',
  ],
  [
    '1955-11-04T12:00:00Z',
    5,
    'The battle at El Sabha in the Nitzana zone on 2–3 November, 50 to 70 Egyptians killed by the two sides’ counts, Egypt claiming a counter-attack: heavy armed action within three days, no ceasefire',
  ],
  [
    '1955-11-09T12:00:00Z',
    4,
    'Six days after the last fighting at El Sabha (3 November): armed action within the week, no ceasefire: militarised',
  ],
  // ----- April 1956: the Gaza shelling, the truce chief's ceasefire, Hammarskjöld -----
  [
    '1956-04-06T12:00:00Z',
    4,
    'Yesterday’s artillery duel killed 42 in Gaza (heavy), but General Burns’s ceasefire took effect yesterday evening, so the shelling is not hostilities with no ceasefire; that ceasefire has not held three days (Israel reports Egyptian fire this morning): militarised',
  ],
  [
    '1956-04-08T12:00:00Z',
    4,
    'Three days after the Gaza shelling, the ceasefire of the 5th not yet three days old and Israel reporting Egyptian fire on the 6th and 7th: armed action within the week: militarised',
  ],
  [
    '1956-04-14T12:00:00Z',
    3,
    'Nine days after the shelling; fedayeen raids deep into Israel blamed on Egypt and Cairo Radio’s boast that the war goes on inside Israel this week; Hammarskjöld in the region: armed action within the month, attacks blamed on the other: coercive',
  ],
  [
    '1956-04-22T12:00:00Z',
    3,
    'The ceasefire orders obtained by Hammarskjöld have held four days; the last fire was on 7 April: armed action within the month, and the canal and the straits closed to Israeli ships: coercive',
  ],
  // ----- October – November 1956: the Sinai campaign -----
  [
    '1956-10-25T12:00:00Z',
    3,
    'No fire between the armies for six months, but fedayeen incursions blamed on Egypt in the last fortnight and the Suez Canal and the Straits of Tiran closed to Israel: coercive',
  ],
  [
    '1956-10-30T12:00:00Z',
    5,
    'Israel invaded Sinai yesterday (the Mitla Pass drop) and took Kusseima today; the April ceasefire is broken: heavy armed action (an invasion), no ceasefire: hostilities',
  ],
  [
    '1956-11-03T20:00:00Z',
    5,
    'Fighting at Rafah, El Arish and Khan Yunis in three days, hundreds killed at Khan Yunis, Gaza surrendered; the General Assembly has called for a ceasefire but none is in force: hostilities',
  ],
  [
    '1956-11-07T12:00:00Z',
    4,
    'The ceasefire both accepted is in force since the night of 5–6 November, after Sharm el-Sheikh was taken on the 5th: no longer hostilities, but it has not held three days: militarised',
  ],
  [
    '1956-11-09T12:00:00Z',
    3,
    'The ceasefire has held three and a half days, the last fire four days ago; Israel holds Sinai, Gaza and Sharm el-Sheikh and thousands of Egyptian prisoners: armed action within the month, ground and people held: coercive',
  ],
  [
    '1956-11-13T12:00:00Z',
    3,
    'Eight days after the last fire, the ceasefire holding; Israel still holds Sinai, Gaza and Sharm el-Sheikh and the prisoners: coercive',
  ],
  // ----- 1957: the withdrawals -----
  [
    '1957-02-10T12:00:00Z',
    3,
    'Three months without fire; Israel has left most of Sinai and the prisoners are exchanged, but it still holds Gaza and Sharm el-Sheikh, and the Suez Canal is closed to Israel: coercive',
  ],
  [
    '1957-03-10T12:00:00Z',
    3,
    'Israel left Gaza and Sharm el-Sheikh on the 7th and 8th, UNEF in its place, the ceasefire holding; but Egypt still bars Israeli ships from the Suez Canal: a border closed against the other: coercive',
  ],
  [
    '1957-04-25T12:00:00Z',
    3,
    'Six weeks after the last withdrawal, all quiet under UNEF, Israeli ships passing Tiran; the Suez Canal still closed to Israeli shipping: a border closed against the other: coercive',
  ],
];

describe('escalation model v2 on Egypt – Israel, 1955–57 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // Lasting conditions weigh while they last (§5b): the Straits of Tiran while Egypt's guns closed them, not once Israel
  // took them (5 November 1956); the Suez Canal, never reopened to Israeli ships, to the end of the log.
  it('the Straits of Tiran are a reason while closed and not after 5 November 1956; the Suez Canal to the end', () => {
    const ats = ['1956-04-22T12:00:00Z', '1956-10-25T12:00:00Z', '1956-11-13T12:00:00Z', '1957-03-10T12:00:00Z'];
    expect(datesCiting(escalation, ats, incident('egypt-straits-of-tiran-closed-1955-09'))).toEqual(ats.slice(0, 2));
    const quiet = ['1955-06-15T12:00:00Z', '1957-03-10T12:00:00Z', '1957-04-25T12:00:00Z'];
    expect(datesCiting(escalation, quiet, incident('egypt-suez-canal-closed-to-israel'))).toEqual(quiet);
  });

  // The prisoners each side held are coercion while held, and no longer once exchanged (January 1957).
  it('the prisoners are a reason while held and not after the exchange', () => {
    const ats = ['1956-11-09T12:00:00Z', '1956-11-13T12:00:00Z', '1957-02-10T12:00:00Z'];
    for (const id of ['israel-holds-egyptian-pows-1956', 'egypt-holds-israeli-pows-1956']) {
      expect(datesCiting(escalation, ats, incident(id))).toEqual(ats.slice(0, 2));
    }
  });

  // The pair of actors matters (§5b): the fedayeen, Czechoslovakia, the UK, France, the US and the USSR are third
  // parties; their registration never makes the pair's level.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );
});
