/**
 * Escalation model v2 on a case it was never tuned on: Ethiopia and Eritrea over the Red Sea, from Abiy Ahmed's speech
 * of 13 October 2023 to Eritrea's withdrawal from IGAD in December 2025 (ethiopia-eritrea-2025.ts, a test fixture).
 * What it holds the model to that the other cases did not: two neighbours whose 2018 peace is formally in force but
 * hollow, one claiming access to the other's coast while saying it will not go to war for it, each aligning with the
 * other's rivals, troops moved and reservists called up on both sides, accusations carried to the United Nations — and
 * no armed action between the two at all. Every call is for the pair Ethiopia – Eritrea.
 *
 * How the analyst reads §5b here: a claim on the neighbour's coast that names no force ("existential", "the mistake will
 * be corrected") is strain, not a threat of war; troop movements and a mobilisation are shows of force with no force
 * used: strain; an alignment with the other's rivals (the Somaliland MoU, the Asmara summit) is a third party's
 * business; Mulatu Teshome's op-ed, Getachew Reda's warnings and the TPLF's words are third parties'. Ethiopia's letter
 * to the UN (2 October 2025), which holds Eritrea responsible for Fano's attack on Woldiya, is an attack blamed on the
 * other party: coercive for about two weeks. Never cooperative: no agreement is being implemented (the 2018 peace is
 * not applied in anything the sources report), and never above coercive: no armed action between the two.
 *
 * The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason;
 * the model must agree with every one.
 *
 * The first run agreed with all twenty; no call was revised, no rule changed and nothing is left as the model reads it.
 * After the run, six sources whose published date could not be confirmed (undated copies) were replaced by dated ones
 * reporting the same facts (commit "cite only sources whose published date is known"): no date or level moved.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, itReadsNoArmedAction, reasonsCiting } from './case-log';
import definition from './ethiopia-eritrea-2025';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Ethiopia – Eritrea: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- October 2023: the Red Sea speech -----
  [
    '2023-10-14T12:00:00Z',
    2,
    "Abiy told parliament yesterday that access to the Red Sea is existential and that Ethiopia has every right to it, to be pursued by peaceful means as far as possible: a territorial claim on the neighbour's coast that names no force. The 2018 peace is formally in force but nothing of it is applied: no agreement being implemented, so strained",
  ],
  [
    '2023-10-17T12:00:00Z',
    2,
    "Eritrea's Ministry of Information answered yesterday that the talk is excessive and that Eritrea will not be drawn into it: critical words, no threat",
  ],
  [
    '2023-10-24T12:00:00Z',
    2,
    "Eyewitnesses report Ethiopian heavy weapons moving towards Tsorona and Eritrea reinforcing its side; Ethiopia's letter to Western governments accuses Eritrea of occupying parts of Tigray: shows of force and accusations, no fire, no threat of war",
  ],
  // ----- 2024: alignments -----
  [
    '2024-01-03T12:00:00Z',
    2,
    'Ethiopia signed a memorandum with Somaliland two days ago for a naval base on the Gulf of Aden: an arrangement with a third party, not an act against Eritrea; Abiy had said Ethiopia would invade no one',
  ],
  [
    '2024-10-12T12:00:00Z',
    2,
    "Isaias hosted Sisi and Hassan Sheikh Mohamud in Asmara two days ago (respect for territorial integrity, Somalia's army to guard its borders): Eritrea aligning with Ethiopia's rivals, naming no one and threatening nothing",
  ],
  // ----- February – March 2025: the op-ed, the mobilisation, the troop movements -----
  [
    '2025-02-19T12:00:00Z',
    2,
    "Eritrea's information minister accuses Ethiopia yesterday of a war-mongering agenda, answering an op-ed by Ethiopia's former president (his own words, not his government's): accusations between the two, no threat of war",
  ],
  [
    '2025-03-02T12:00:00Z',
    2,
    "Eritrea is reported to be calling veterans up to 60 back to training and barring the under-50s from leaving: a mobilisation, a show of force with no force used; Ethiopia's spokesperson disowned the op-ed two days ago",
  ],
  [
    '2025-03-14T12:00:00Z',
    2,
    "Tigray's interim president warns that a new war is climbing by the day and accuses Eritrea of working with a TPLF faction: a third party's words; between the two, the mobilisation and accusations only",
  ],
  [
    '2025-03-19T12:00:00Z',
    2,
    "Ethiopian troops deployed towards the border in recent weeks (diplomatic sources), Eritrea mobilised; Yemane yesterday calls Ethiopia's ambitions misguided and the war accusations false: build-ups on both sides and accusations, no fire, no threat of war",
  ],
  [
    '2025-03-21T12:00:00Z',
    2,
    'Abiy said yesterday Ethiopia has no intention of fighting Eritrea for access to the sea; the troops stay where they are and nothing is agreed: strained',
  ],
  // ----- July – September 2025 -----
  [
    '2025-07-31T12:00:00Z',
    2,
    'An Eritrean Afar opposition group reports Eritrean heavy weapons and mechanised units moving towards Bure: a show of force, by one outlet, with no force used',
  ],
  [
    '2025-09-03T12:00:00Z',
    2,
    "Abiy said two days ago that the mistake of losing the sea 'will be corrected tomorrow': a claim on the neighbour's coast, sharpened, but naming no force, from a leader who ruled out war in March: strained",
  ],
  [
    '2025-09-27T12:00:00Z',
    2,
    "Fano's offensive in Amhara since the 24th, towards Woldiya: a third party's fighting with Ethiopia's army, blamed on no one yet; nothing between the two but the posture and the rhetoric",
  ],
  // ----- October 2025: the letter to the UN -----
  [
    '2025-10-09T12:00:00Z',
    3,
    "Ethiopia's letter to the UN Secretary-General (2 October) accuses Eritrea and the TPLF hardliners of actively preparing to wage war and holds Eritrea responsible for Fano's attack on Woldiya, warning that the army's patience is not without limit: an attack blamed on the other party within two weeks; Eritrea calls it sabre-rattling",
  ],
  [
    '2025-10-15T12:00:00Z',
    3,
    'Thirteen days after the letter that blames Eritrea for the attack on Woldiya: still within two weeks',
  ],
  [
    '2025-10-18T12:00:00Z',
    2,
    'Sixteen days after the letter: no threat, ultimatum or blame for an attack in the last two weeks, only accusations: strained',
  ],
  [
    '2025-10-29T12:00:00Z',
    2,
    'Abiy told parliament yesterday Ethiopia has no intention of war with Eritrea while the quest for the sea goes on: words both ways, no threat of war',
  ],
  // ----- November – December 2025 -----
  [
    '2025-11-16T12:00:00Z',
    2,
    "Ethiopia's foreign minister accuses Eritrea of a doctrine of destabilisation (13 Nov) and Eritrea's information minister answers that Ethiopia dresses a war of its own as self-defence: accusations, no threat, no blame for an attack",
  ],
  [
    '2025-12-14T12:00:00Z',
    2,
    'Eritrea left IGAD two days ago, and the African Union called on both to renew their commitment to the Algiers Agreement: critical words aimed at a regional bloc, a third party urging calm; nothing implemented between the two',
  ],
  [
    '2025-12-31T12:00:00Z',
    2,
    'The year ends with no fire, no talks and no agreement being applied between the two; accusations in the last months: strained',
  ],
];

describe('escalation model v2 on Ethiopia – Eritrea over the Red Sea, 2023–25 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No fire between the two in the whole case: the troop movements and the mobilisation are shows of force.
  itReadsNoArmedAction(escalation, CALLS);

  // The pair of actors matters (§5b): Mulatu Teshome's op-ed, Getachew Reda's warnings, the TPLF's answer and the AU's
  // call are third parties' words, never a reason for the pair's level.
  it("no reason for the pair's level is a third party's words", () => {
    const outside = definition.events.flatMap((e) =>
      e.type === 'StatementMade' && !['ethiopia', 'eritrea'].includes(e.data.speaker.actorId) ? [e.eventId] : [],
    );
    // Mulatu, Getachew, the TPLF, the AU.
    expect(outside).toHaveLength(4);
    expect(reasonsCiting(escalation, CALLS, outside)).toEqual([]);
  });

  // Fano's offensive is a third party's attack on Ethiopia; it weighs on the pair only once Ethiopia blames Eritrea for
  // it (the letter of 2 October), not before.
  it("Fano's offensive is no reason for the pair's level before Ethiopia blames Eritrea for it", () => {
    const fano = definition.events.filter((e) => e.type === 'IncidentReported' && e.data.perpetrator === 'fano');
    expect(fano).toHaveLength(1);
    const before = CALLS.filter(([at]) => at < '2025-10-02');
    expect(
      reasonsCiting(
        escalation,
        before,
        fano.map((e) => e.eventId),
      ),
    ).toEqual([]);
  });
});
