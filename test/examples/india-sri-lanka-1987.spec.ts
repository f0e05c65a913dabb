/**
 * Escalation model v2 on a case it was never tuned on: India and Sri Lanka from Sri Lanka's Vadamarachchi offensive
 * against the LTTE (May 1987) through Operation Poomalai and the Indo-Sri Lanka Accord to the end of 1987
 * (india-sri-lanka-1987.ts, a test fixture; the LTTE and the sailor who struck Rajiv Gandhi as third parties). What it
 * holds the model to that the other cases did not: a convoy of the other's turned back at sea without fire; the other's
 * military aircraft in one's airspace without consent, dropping supplies under a threat that opposition would be met by
 * force, with no shot fired (force short of armed action); an accord signed and implemented; a lone assailant's attack
 * on a leader, disowned by his own government; one party's forces on the other's soil at its invitation (not an
 * occupation), and their war with a third party there. The calls below were written from DOMAIN.md §5b alone, before
 * the model was run on the case, each with its reason; all seventeen are in CALLS, which the model must agree with.
 *
 * The first run missed three of the seventeen calls. None was a rule misread; the model is unchanged.
 * - 31 July and 5 August 1987, called 1, read 2: the recording was wrong (fixed in the fixture). The IPKF's landings at
 *   Palaly and Trincomalee were recorded as `force-posture` by India with no `against` ("aimed at no one"), which the
 *   catalogue reads as a show of force toward the other party — a hostile act that ends the month of calm. The force
 *   was sent at Sri Lanka's invitation to make the Tamil militants surrender their arms (Dixit: "to ensure the surrender
 *   of arms"; Prabhakaran: "If we don't, there will be an armed confrontation with the Indian army"): it is recorded
 *   against the LTTE, as its sources give it, and both calls read as written.
 * - 10 July 1987, called 2, read 1: the call was wrong by §5b (revised, see its comment): critical words are not a
 *   hostile act or threat, and the relief arrangement was being carried out.
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  escalationAt,
  itCitesNone,
  itReadsEachCall,
  itReadsNoArmedAction,
} from './case-log';
import definition from './india-sri-lanka-1987';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for India – Sri Lanka: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- Late May – early June 1987: the offensive, the flotilla -----
  [
    '1987-05-28T12:00:00Z',
    2,
    "Sri Lanka's offensive in Vadamarachchi is against the LTTE, a third party, on its own soil: not armed action between the pair; India condemns it on the radio: critical rhetoric, no hostile act or threat between the two: strained",
  ],
  [
    '1987-06-02T12:00:00Z',
    2,
    "India announces a relief flotilla to Jaffna whether Colombo likes it or not; Colombo calls it an attempt to infringe its sovereignty but offers to take the cargoes once the modalities are agreed: critical words, no force, threat or ultimatum: strained",
  ],
  [
    '1987-06-03T20:00:00Z',
    3,
    "The Sri Lankan navy has stopped the Indian Red Cross flotilla and made it turn back after a four-hour stand-off, after warning against vessels entering its waters: force against the other's vessels short of fire — coercion, no armed action: coercive",
  ],
  // ----- 4 June: Operation Poomalai -----
  [
    '1987-06-04T18:00:00Z',
    3,
    "Indian transports escorted by fighters have flown into Sri Lanka's airspace without its consent and dropped supplies over Jaffna, Colombo having been told that opposition would be met by force: a threat of force today and a violation of airspace by military aircraft, but no shot fired — force short of armed action: coercive, not militarised",
  ],
  [
    '1987-06-06T12:00:00Z',
    3,
    'Two days after the airdrop; Colombo denounces "a naked violation of our sovereignty" and will go to the United Nations, ruling out military retaliation: the threat of force is within two weeks: coercive',
  ],
  [
    '1987-06-12T12:00:00Z',
    3,
    'Eight days after the airdrop and the threat that opposition would be met by force; nothing hostile since, no talks yet: the threat is within two weeks: coercive',
  ],
  // ----- 15 June – early July: the relief arrangement -----
  [
    '1987-06-17T12:00:00Z',
    3,
    "The relief arrangement was agreed two days ago (Indian ships allowed in under Sri Lanka's inspection and escort), but the threat of force of 4 June is thirteen days old, still within two weeks: coercive",
  ],
  [
    '1987-06-19T12:00:00Z',
    2,
    'Fifteen days after the airdrop and the threat: nothing coercive within two weeks, the relief arrangement agreed and not yet broken; but the hostile act is not a month old: strained, not yet cooperative',
  ],
  [
    '1987-06-26T12:00:00Z',
    2,
    'The first Indian relief ships unloaded yesterday at Kankesanthurai under Sri Lankan supervision, as agreed; the airdrop was 22 days ago, less than a month: strained',
  ],
  [
    '1987-07-01T12:00:00Z',
    2,
    "The two governments dispute in public whether the Bhoruka is the last relief ship, and India's High Commissioner is summoned home; no force or threat for four weeks: critical rhetoric, strained",
  ],
  // Revised after the first run (b): written as 2 ("eleven days since the two governments were at odds in public over the
  // relief ships; the relief deliveries are over and no accord is yet signed: critical rhetoric, strained rather than
  // cooperative"). §5b's line 1 asks for an agreement being implemented and no hostile act or threat for a month; the
  // dispute of 29 June over whether more ships would come is critical words, neither a hostile act nor a threat, and
  // the relief arrangement was carried out as agreed, with no source saying either side stopped it (India said more
  // ships would come). One agreement being implemented is enough; the accord still to come does not lower the level.
  [
    '1987-07-10T12:00:00Z',
    1,
    'Five weeks since the airdrop and the threat of force; the relief arrangement of 15 June carried out, ships unloaded under Sri Lankan supervision; the public dispute of 29 June over the last ship is critical words, not a hostile act or threat: cooperative',
  ],
  // ----- 29 July – August: the accord, the attack, the IPKF -----
  [
    '1987-07-29T18:00:00Z',
    1,
    'Gandhi and Jayewardene have signed the accord in Colombo today ("It heralds peace"); no hostile act or threat between the two for 55 days: an agreement being implemented: cooperative',
  ],
  [
    '1987-07-31T12:00:00Z',
    1,
    "Yesterday's blow at Gandhi by a sailor of the guard of honour is a lone man's act, overpowered on the spot, apologized for by Colombo, blamed by India on no one: not the state's; Indian troops are in Jaffna at Jayewardene's invitation to receive the militants' arms — not an occupation; the accord is carried out: cooperative",
  ],
  [
    '1987-08-05T12:00:00Z',
    1,
    'More Indian troops have landed at Trincomalee at Sri Lanka’s invitation, the ceasefire holds, the two leaders jointly extended the deadline for the surrender of arms and the LTTE accepts it: the accord being implemented, nothing hostile between the two: cooperative',
  ],
  // ----- October – December 1987: the IPKF's war with the LTTE -----
  [
    '1987-10-13T12:00:00Z',
    1,
    "The IPKF is fighting the LTTE in Jaffna (36 Indian soldiers killed at Jaffna University yesterday): India's armed action against a third party on Sri Lanka's soil with Sri Lanka's consent, not armed action between the pair; the two governments still carry out the accord: cooperative",
  ],
  [
    '1987-11-16T12:00:00Z',
    1,
    "Sri Lanka's Parliament passed the 13th Amendment and the Provincial Councils Act two days ago, as the accord provides; nothing hostile between the two since June: cooperative",
  ],
  [
    '1987-12-31T12:00:00Z',
    1,
    'The accord in force between the two governments, the IPKF still in the north at Sri Lanka’s invitation; no hostile act or threat between India and Sri Lanka for six months: cooperative',
  ],
];

/** Developments that are a third party's, or against one: no reason for the pair's level may cite them. */
const THIRD_PARTY = definition.events.filter(
  (e) =>
    e.type === 'ActorRegistered' ||
    (e.type === 'IncidentReported' &&
      (e.data.against === 'ltte' || e.data.perpetrator === 'ltte' || e.data.perpetrator === 'vijitha-rohana')),
);

describe('escalation model v2 on India – Sri Lanka, 1987 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No fire passed between India's and Sri Lanka's forces: the flotilla turned back and the airdrop are force short
  // of armed action, and the IPKF's war is with the LTTE.
  itReadsNoArmedAction(escalation, CALLS);

  // The pair of actors matters (§5b): Sri Lanka's offensive against the LTTE, the IPKF's war with it, and the sailor's
  // blow (his own act, disowned by Colombo) are not the pair's.
  itCitesNone(escalation, CALLS, "a third party's act or registration", THIRD_PARTY);
});
