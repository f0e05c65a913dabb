/**
 * Escalation model v2 on a case it was never tuned on: India and Pakistan from the Rann of Kutch clashes of April 1965
 * to the months after the Tashkent Declaration (india-pakistan-1965.ts, a test fixture). What it holds the model to
 * that the other cases did not: a border clash in the Rann ended by a British-brokered agreement whose ceasefire covers
 * one area only (and must not be read as a ceasefire in force during the war of September), the Pakistani hold on
 * Biar Bet ended by the withdrawal the agreement provided for, infiltrators' attacks that India blames on Pakistan, a
 * full war with offensives on several fronts (`scale: 'major'` where its sources name an offensive or a full-scale
 * battle), a third party's ultimatum (China's to India) in the middle of it, a ceasefire demanded by the Security
 * Council and the violations after it, the ground each side held after the ceasefire, a declaration mediated by the
 * Soviet Union, the withdrawals carried out under it, and the level in the months after. The calls below were written
 * from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itCitesNone, itReadsEachCall } from './case-log';
import definition from './india-pakistan-1965';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for India – Pakistan 1965–66: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- April – July 1965: the Rann of Kutch -----
  [
    '1965-04-10T12:00:00Z',
    5,
    'A Pakistani brigade attacked Sardar Post in the Rann yesterday; 34 attackers and six defenders killed by the CRPF’s count: heavy armed action (tens killed) in the last three days, no ceasefire',
  ],
  [
    '1965-04-14T12:00:00Z',
    4,
    'Five days after the attack on Sardar Post, nothing since: armed action within the week, none heavy in the last three days, no ceasefire',
  ],
  [
    '1965-04-25T12:00:00Z',
    5,
    'Pakistan attacked on a 60-mile front in the Rann on the 23rd — near Point 84, towards Sardar Post and Vigokot, shelling Chhad Bet — with tanks and heavy artillery: heavy armed action in several places in the last three days, no ceasefire',
  ],
  [
    '1965-06-15T12:00:00Z',
    3,
    'Six weeks without recorded fire in the Rann, talks through British intermediaries; Pakistani troops still hold Biar Bet, taken in April: no armed action within the month, but ground taken from the other still held — coercive',
  ],
  [
    '1965-07-20T12:00:00Z',
    2,
    'The Kutch agreement of 30 June is being carried out: the ceasefire has held since 1 July and the withdrawal was completed on 8 July; but Pakistan held Biar Bet until twelve days ago, so a month free of hostile acts has not passed: strained, not cooperative',
  ],
  // ----- August 1965: Operation Gibraltar, Kargil, Haji Pir -----
  [
    '1965-08-14T12:00:00Z',
    3,
    'Raiders have attacked police and troops across the Kashmir Valley this week, killing 29 Indians; India blames a Pakistani guerrilla force, Pakistan speaks of local rebels; no fire between the two armies yet: attacks blamed on the other party within two weeks',
  ],
  [
    '1965-08-30T12:00:00Z',
    4,
    'Indian troops took the Haji Pir pass across the ceasefire line two days ago after a 37-hour battle: armed action within the week, at one place, no toll reported, no ceasefire',
  ],
  // ----- September 1965: the war -----
  [
    '1965-09-02T12:00:00Z',
    5,
    'Pakistan launched Operation Grand Slam yesterday, an armoured offensive on Chhamb aimed at Akhnoor: heavy armed action in the last three days, no ceasefire',
  ],
  [
    '1965-09-10T12:00:00Z',
    5,
    'India’s offensive toward Lahore since the 6th, its drives toward Sialkot and into Sind on the 8th, Pakistan’s armoured offensive at Khem Karan since the 8th: heavy armed action in several places, no ceasefire',
  ],
  [
    '1965-09-16T12:00:00Z',
    5,
    'The war goes on on every front: the tank battles of the Sialkot sector, fighting around Lahore, thousands killed by India’s count of yesterday; China’s ultimatum to India (a third party’s) adds nothing to the pair’s level: hostilities, no ceasefire',
  ],
  [
    '1965-09-22T12:00:00Z',
    5,
    'Indian troops retook Dograi on the outskirts of Lahore overnight, with some 400 killed, and the Chawinda tank battle ended yesterday; the ceasefire takes effect only tonight: heavy armed action in the last three days, no ceasefire in force',
  ],
  [
    '1965-09-23T12:00:00Z',
    4,
    'The UN ceasefire took effect fourteen hours ago, after fighting at Dograi the day before: armed action within the week, and the ceasefire has not yet held three days',
  ],
  [
    '1965-09-26T12:00:00Z',
    3,
    'The ceasefire agreed after the last battles has held three and a half days; both armies still stand on the other’s ground (Haji Pir, Burki; Chhamb, Khem Karan): armed action within the month, none since the ceasefire',
  ],
  // ----- October 1965 – January 1966: violations, good offices, Tashkent -----
  [
    '1965-10-12T12:00:00Z',
    4,
    'Skirmishes along the ceasefire line every day since the ceasefire, soldiers dying almost daily (reported on the 10th): a ceasefire violated with casualties, and armed action, in the last week',
  ],
  [
    '1965-10-14T12:00:00Z',
    4,
    'Four days after the last reported fighting on the ceasefire line: armed action within the week, after the ceasefire was agreed',
  ],
  [
    '1965-10-18T12:00:00Z',
    3,
    'Eight days after the last reported fighting on the ceasefire line: armed action within the month, none in the last week; each side still holds the other’s ground',
  ],
  [
    '1965-11-26T12:00:00Z',
    3,
    'No fighting reported for six weeks and Pakistan has accepted Soviet good offices; but both armies still hold ground taken from the other, as the Security Council’s withdrawal demand goes unmet: coercive for the ground held',
  ],
  [
    '1966-01-12T12:00:00Z',
    3,
    'The Tashkent Declaration was signed two days ago, but the troops are to pull back only by 25 February and each still holds the other’s ground: the lasting condition weighs while it lasts',
  ],
  // ----- February – March 1966: the withdrawals -----
  [
    '1966-02-27T12:00:00Z',
    2,
    'Both armies have withdrawn to the lines of 5 August by the deadline of the 25th; the Declaration is being carried out and nothing hostile is reported, but the ground was held until two days ago: strained, not yet a month free of hostile acts',
  ],
  [
    '1966-03-30T12:00:00Z',
    1,
    'The Tashkent Declaration is being carried out — withdrawals done, prisoners exchanged, diplomatic relations restored — and nothing hostile between the two for over a month; the Rawalpindi ministers’ talks made no progress but did not break down: cooperative',
  ],
];

describe('escalation model v2 on India – Pakistan, 1965–66 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): China's demand and ultimatum to India are a third party's, and the third parties'
  // and the mediator's registrations and engagements are not the pair's acts.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's or the mediator's act",
    definition.events.filter(
      (e) =>
        e.type === 'ActorRegistered' ||
        e.type === 'ThirdPartyEngagement' ||
        e.type === 'MediationAction' ||
        e.type === 'DemandTabled' ||
        e.type === 'UltimatumIssued' ||
        e.type === 'UltimatumResolved',
    ),
  );
});
