/**
 * Escalation model v2 on a case it was never tuned on: Israel and Hezbollah from the raid of 12 July 2006 through the
 * July war, resolution 1701 and the cessation of hostilities of 14 August, the blockade kept until 7–8 September, the
 * withdrawal of 1 October, the quiet of 2006–07, the threats of February 2008 and the exchange of 16 July 2008
 * (israel-hezbollah-2006.ts, a test fixture). What it holds the model to: a war begun by one raid; a partial, one-sided
 * suspension of air strikes that is no ceasefire; a ceasefire that holds while an air and sea blockade is kept for
 * three weeks after it; a raid under the ceasefire that Lebanon and the UN call a violation; a demand for an exchange
 * refused and met two years later; months of calm after a 34-day war, and a third party's exchange of fire (the
 * Lebanese army's) that is not the pair's. The calls below were written from DOMAIN.md §5b alone, before the model was
 * run on the case, each with its reason as in the analysts' judgements file.
 *
 * The first run missed two of the twenty, both reading 4 where the analyst reads 5; both were the recording (a), fixed
 * as the analyst would have recorded it anyway, and no call and no rule changed:
 * - 12 July 2006: the raid's record folded into the ambush the rocket and mortar barrage on the Nourit post and Shlomi
 *   that covered it — another weapon, another target, another place — where every other barrage in the log is its own
 *   act. Recorded as its own `missile-strike` in "Northern Israel", the day's fighting is in three places, as the
 *   sources (UPI, AP) report it.
 * - 26 July 2006: the Bint Jbeil record's toll held only the nine soldiers Israel named, while its description (and the
 *   call's reason) gives the army's estimate of close to fifty fighters killed that day, and the log's other clashes
 *   (Aita al-Shaab, 12 August) count both sides' dead as a range; the range now runs from the soldiers alone to both
 *   counts together.
 */
import { caseKit, caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, datesCiting, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './israel-hezbollah-2006';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2006-07-12T20:00:00Z',
    5,
    "Hezbollah's raid this morning killed eight soldiers and took two; Israel answers by air, land and sea, its strikes on the south killing civilians, and rockets fall on border towns: heavy armed action in several places, no ceasefire",
  ],
  [
    '2006-07-14T12:00:00Z',
    5,
    "Israel strikes Beirut airport and the south (26–35 killed), bombs Dahieh and blockades Lebanon by air and sea; Hezbollah's rockets kill two in the north and reach Haifa: heavy armed action, tens killed, no ceasefire",
  ],
  [
    '2006-07-26T18:00:00Z',
    5,
    "Nine to fourteen soldiers killed in the Bint Jbeil ambush today, dozens of fighters by Israel's count; the Rome conference declines to call for an immediate ceasefire: hostilities",
  ],
  [
    '2006-07-31T12:00:00Z',
    5,
    "Qana yesterday (28–56 killed); Israel's 48-hour suspension of air strikes is partial and its own — ground operations go on, and it keeps striking launchers: no ceasefire in force, heavy armed action within three days",
  ],
  [
    '2006-08-13T20:00:00Z',
    5,
    'Both cabinets and Nasrallah have accepted resolution 1701, but the cessation starts only tomorrow at 05:00 GMT: 250 rockets today, Dahieh bombed, 30 or more killed in the ground fighting yesterday. Hostilities until the hour',
  ],
  [
    '2006-08-14T12:00:00Z',
    4,
    'The cessation of hostilities has been in force since 05:00 GMT: no hostilities while it holds; but the fighting ended this morning and troops fired on fighters hours into the truce: armed action within the week, the ceasefire not three days old',
  ],
  [
    '2006-08-17T12:00:00Z',
    4,
    'Three days into the ceasefire, the Lebanese army crosses the Litani; but Israeli troops killed one to four Hezbollah fighters in clashes hours after it took effect: armed action after the ceasefire was agreed, within the week',
  ],
  [
    '2006-08-21T12:00:00Z',
    4,
    "Two days after Israel's commando raid at Boudai in the Bekaa (an officer killed, Hezbollah fighters reported killed), which Lebanon and Annan call a violation of the ceasefire: a ceasefire violated with casualties within the week",
  ],
  [
    '2006-08-23T12:00:00Z',
    4,
    'Four days after the Bekaa raid: still a violation of the ceasefire with casualties within the week, though the truce holds',
  ],
  [
    '2006-08-27T12:00:00Z',
    3,
    'Eight days after the Bekaa raid, nothing armed since: armed action within the month, the ceasefire holding; and the air and sea blockade is still in force against Hezbollah',
  ],
  [
    '2006-09-06T12:00:00Z',
    3,
    'Nasrallah says he would not have ordered the raid had he known, and contacts on an exchange have begun; but the blockade Israel imposed on 13 July is still in force three weeks into the ceasefire, and the Bekaa raid is 18 days old: coercive',
  ],
  [
    '2006-09-10T12:00:00Z',
    3,
    'The blockade was lifted by air (7 September) and sea (8 September); the Bekaa raid (19 August) is still within the month: armed action in the last 30 days',
  ],
  [
    '2006-09-22T12:00:00Z',
    2,
    'More than a month since the last armed action (19 August); no blockade, no threat in two weeks; the ceasefire holds while Israel withdraws and the Lebanese army and UNIFIL deploy. Not cooperative: the blockade ended only two weeks ago, and Israel still refuses the exchange',
  ],
  [
    '2006-10-04T12:00:00Z',
    2,
    "Israel withdrew on 1 October (but for Ghajar); Halutz warns it will use all means if Hezbollah returns armed to the border, Hezbollah that Israel's violations will have consequences: warnings both ways within the month, the ceasefire holding",
  ],
  [
    '2006-11-15T12:00:00Z',
    1,
    'The cessation of hostilities is being implemented (Israel out, the Lebanese army and UNIFIL in the south); no armed action since 19 August, no closure since 8 September, no warning or threat since 1 October — over a month',
  ],
  [
    '2007-02-09T12:00:00Z',
    2,
    'The fire exchanged at Maroun al-Ras on the 7th was between Israel and the Lebanese army, a third party, no one killed; Israel accuses Hezbollah of planting the bombs it was clearing: an accusation, not armed action between the two',
  ],
  [
    '2007-10-17T12:00:00Z',
    1,
    "The UN-brokered exchange of 15 October (a fighter and two bodies for an Israeli's remains), 'a confidence-building process'; the cessation implemented, no hostile act or threat for eight months",
  ],
  [
    '2008-02-16T12:00:00Z',
    3,
    "Hezbollah blames Israel for Mughniyeh's killing in Damascus (12 February) and Nasrallah threatens 'open war' (14 February); Israel reinforces the border: a threat of war and an attack blamed on the other, within two weeks",
  ],
  [
    '2008-03-05T12:00:00Z',
    2,
    "Three weeks since Nasrallah's 'open war': the threat is older than two weeks and nothing followed it; not cooperative while it is within the month",
  ],
  [
    '2008-07-20T12:00:00Z',
    1,
    "The exchange agreed on 29 June was carried out on 16 July (the two soldiers' bodies for Kuntar and four others): the demand of 12 July 2006 met, the deal implemented; no hostile act or threat since February. Israel's criticism of Kuntar's welcome is rhetoric, not a threat",
  ],
];

describe('escalation model v2 on Israel – Hezbollah, 2006–08 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The key question: a ceasefire that holds while the blockade of its war is kept. The closure weighs every day it
  // lasts, after the fighting stopped, and ends only when its last half (the sea) is lifted, not with the air.
  it('the blockade is a closure in force three weeks into the ceasefire, until the sea is reopened on 8 September', () => {
    const { idOf } = caseKit(definition.negotiationId, 'test-analyst', 2006);
    const dates = ['2006-08-27T12:00:00Z', '2006-09-06T12:00:00Z', '2006-09-08T06:00:00Z', '2006-09-09T12:00:00Z'];
    // After the air was reopened (7 September, 18:00 local) and before the sea was: the sea closure holds.
    expect(datesCiting(escalation, dates, idOf('inc-blockade-sea'))).toEqual(dates.slice(0, 3));
    expect(escalation('2006-09-06T12:00:00Z').conditions.map((c) => c.kind)).toEqual(['ceasefire', 'border-closed']);
    expect(escalation('2006-09-09T12:00:00Z').conditions.map((c) => c.kind)).toEqual(['ceasefire']);
  });

  // The pair of actors matters (§5b): the Lebanese army's fire on an Israeli bulldozer (7 February 2007), Siniora's
  // protest of the Bekaa raid as a party to nothing, the mediators' proposals, are not Israel's and Hezbollah's acts.
  it("no reason for the level is a third party's or a mediator's act: the Lebanese army's fire, the UN's and the US's proposals", () => {
    const outsiders = definition.events.flatMap((e) => {
      const d = e.data as Record<string, unknown>;
      const by =
        e.type === 'IncidentReported'
          ? d.perpetrator
          : e.type === 'MediationAction'
            ? d.mediator
            : e.type === 'StatementMade'
              ? (d.speaker as { actorId: string }).actorId
              : undefined;
      return typeof by === 'string' && by !== 'israel' && by !== 'hezbollah' ? [e.eventId] : [];
    });
    // The Lebanese army's fire of 7 February 2007, Rice's visit, the Rome conference, resolution 1701.
    expect(outsiders).toHaveLength(4);
    expect(reasonsCiting(escalation, CALLS, outsiders)).toEqual([]);
  });
});
