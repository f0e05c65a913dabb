/**
 * Escalation model v2 on a case it was never tuned on: Georgia and the de-facto authorities of South Ossetia from
 * the troops sent to Tkviavi (31 May 2004) to the end of 2004 (georgia-south-ossetia-2004.ts, a test fixture). What
 * it holds the model to that the other cases did not: a de-facto authority as a party; detentions by both sides (and
 * one by a party against the mediator, which is not the pair's); ceasefires agreed at the Joint Control Commission and
 * broken within hours, one superseding the other; ground taken with fire and given up the same day (an `occupation`
 * and its `withdrawal`); and a demilitarisation agreement being carried out after. The calls below were written from
 * DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itCitesNone, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './georgia-south-ossetia-2004';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Georgia – South Ossetia: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- May – June 2004: the troops at Tkviavi, Ergneti -----
  [
    '2004-06-05T12:00:00Z',
    3,
    'Five days after Georgia sent extra interior troops into the zone at Tkviavi, Kokoity ordered his militia to meet any Georgian incursion with force: a threat of war within two weeks; no fire exchanged',
  ],
  [
    '2004-06-20T12:00:00Z',
    2,
    'Three weeks since the threat of force, no armed action; Kokoity accuses Georgia and the OSCE of destabilising South Ossetia, and South Ossetia protests at the Ergneti closure: accusations and critical rhetoric, no agreement being carried out',
  ],
  // ----- July 2004: the convoy, Vanati, Nikozi -----
  [
    '2004-07-08T18:00:00Z',
    4,
    'South Ossetian forces hold the Georgian unit disarmed at Vanati, a Georgian checkpoint was attacked today with two soldiers wounded, and Kokoity spoke of war yesterday: armed action within the week, no ceasefire',
  ],
  [
    '2004-07-12T12:00:00Z',
    4,
    'Three days after the exchange of fire at Nikozi and four after the checkpoint attack; the men of Vanati are free: armed action within the week, no ceasefire',
  ],
  [
    '2004-07-20T12:00:00Z',
    3,
    'Eleven days since the last exchange of fire; the JCC in Moscow agreed on 15 July to pull out unauthorised units; Okruashvili threatened Kokoity eleven days ago: armed action within the month, none within the week',
  ],
  [
    '2004-08-05T12:00:00Z',
    3,
    'Twenty-seven days since the clash at Nikozi, nothing since: armed action still within the month',
  ],
  // ----- 11–13 August: three nights of fire -----
  [
    '2004-08-12T18:00:00Z',
    4,
    'Two nights of shelling between Tskhinvali and the Georgian villages, three or four Georgians killed near Eredvi, and South Ossetia’s thirty-minute ultimatum today: armed action within the week with deaths, at two places and far from tens killed, no ceasefire: militarised, not yet hostilities',
  ],
  [
    '2004-08-15T12:00:00Z',
    4,
    'The JCC ceasefire took effect yesterday at midnight and was broken by dawn, a Georgian peacekeeper wounded by a sniper: a ceasefire violated with casualties within the week, and the shelling of the 12th is within the week with no ceasefire holding three days since',
  ],
  [
    '2004-08-17T12:00:00Z',
    4,
    'A night of fire at Eredvi and Sarabuki ended yesterday morning with two Georgians killed (and Georgia’s claim of fifteen Ossetians): the ceasefire violated with casualties; the new ceasefire agreed in Tbilisi today has not held three days. Short of tens killed and a ceasefire stands: militarised',
  ],
  // ----- 18–20 August: the heights -----
  [
    '2004-08-19T12:00:00Z',
    4,
    'Three Georgian soldiers killed by shelling last evening and Georgian troops took the heights at dawn, with eight dead by Georgia’s claim: heavy fighting, but the ceasefire agreed two days ago still stands, broken with casualties: militarised by the violated ceasefire, not hostilities while a ceasefire is in force',
  ],
  [
    '2004-08-20T12:00:00Z',
    4,
    'Georgia gave up the heights overnight to the peacekeepers and the JCC ceasefire holds from today, but the assault on the heights was yesterday: armed action within the week and a ceasefire not yet held three days',
  ],
  [
    '2004-08-21T12:00:00Z',
    4,
    'Two days after the last armed action (the assault on the heights), the ceasefire one and a half days old; Okruashvili threatens to be back in Tskhinvali in fifteen minutes: militarised',
  ],
  [
    '2004-08-23T12:00:00Z',
    3,
    'Four days after the last armed action; the ceasefire agreed after it (20 August) has held three and a half days. The shelling of the 18th that broke the earlier ceasefire is the same fighting that ceasefire ended, counted once: armed action within the month, none since the ceasefire',
  ],
  [
    '2004-08-27T12:00:00Z',
    3,
    'Eight days after the last armed action, the ceasefire holding: armed action within the month, none in the last week',
  ],
  [
    '2004-09-15T12:00:00Z',
    3,
    'Twenty-seven days after the assault on the heights, the ceasefire holding and no threat in the last two weeks: armed action still within the month',
  ],
  // ----- September – October 2004 -----
  [
    '2004-09-21T12:00:00Z',
    4,
    'Grenade-launcher fire on Tamarasheni two nights ago (no casualties, denied by South Ossetia) breaks a month of quiet: alleged armed action within the week, after the ceasefire was agreed, so the ceasefire does not lift it',
  ],
  [
    '2004-09-27T12:00:00Z',
    3,
    'Eight days after the fire on Tamarasheni; the four Georgian peacekeepers held on the night of the 23rd were freed next morning: armed action within the month, none within the week',
  ],
  [
    '2004-10-20T12:00:00Z',
    2,
    'A month since the fire on Tamarasheni; the ceasefire holds and the JCC met on 30 September – 2 October, though it finds its decisions unimplemented; the detention of the four peacekeepers (23–24 September) is less than a month old: strained, not cooperative',
  ],
  // ----- November – December 2004: Sochi and the demilitarisation -----
  [
    '2004-11-10T12:00:00Z',
    1,
    'The Sochi agreement of 5 November on the ceasefire and demilitarisation is signed and being carried out; no hostile act since 24 September and no threat since August: cooperative',
  ],
  [
    '2004-11-25T12:00:00Z',
    1,
    'Fortifications being dismantled since 15 November and the JCC in Vladikavkaz records progress (the 20 November deadline missed); nothing hostile for two months: cooperative',
  ],
  [
    '2004-12-31T12:00:00Z',
    1,
    'The Sochi agreement still being carried out, no hostile act or threat recorded for three months: cooperative',
  ],
];

describe('escalation model v2 on Georgia – South Ossetia, 2004 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): Russia (the mediator), the OSCE (observer) and the JPKF (third party) join the
  // picture, and nothing of theirs makes the level.
  itCitesNone(
    escalation,
    CALLS,
    "a mediator's, an observer's or a third party's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );

  // Georgia's seizure of the Russian peacekeepers' convoy (7 July) is Georgia's act against the mediator, not against
  // South Ossetia: no reason for the pair's level cites it.
  it("no reason for the level is Georgia's seizure of the Russian peacekeepers' convoy", () => {
    const convoy = definition.events.filter((e) => e.type === 'IncidentReported' && e.data.against === 'russia');
    expect(convoy.length).toBeGreaterThan(0);
    expect(
      reasonsCiting(
        escalation,
        CALLS,
        convoy.map((e) => e.eventId),
      ),
    ).toEqual([]);
  });
});
