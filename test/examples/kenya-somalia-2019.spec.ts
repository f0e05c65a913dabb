/**
 * Escalation model v2 on a case it was never tuned on: Kenya and Somalia from the oil-block quarrel and Kenya's recall
 * of its ambassador (February 2019) to the ICJ judgment on their maritime boundary and Kenya's rejection of it
 * (October 2021) (kenya-somalia-2019.ts, a test fixture; Ethiopia, IGAD and Qatar mediators; Jubaland, Somaliland and
 * the ICJ third parties). What it holds the model to that the other cases did not: neighbours who never fire on each
 * other, where ambassadors recalled and expelled and relations severed are hostile measures but not coercion by §5b;
 * where what reaches coercive is what §5b lists — an attack laid on the other (Somali soldiers in Mandera, by Kenya's
 * account; Jubaland's attack on Beled Hawo, blamed by Somalia on Kenya) and a border closed against the other (Kenya's
 * suspension of every flight between the two); where the Somali army's fight with Jubaland's forces is a third
 * party's, never armed action for the pair; and where a court judgment one party rejects is neither an agreement nor a
 * threat, while the agreements that restored relations make the pair cooperative once a month passes with nothing
 * hostile. The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its
 * reason; the model must agree with every one.
 *
 * The first run agreed with nineteen of the twenty. None was a rule misread; the model is unchanged.
 * - 16 March 2021, called 2, read 1 ("agreement of 2019-11-14 being implemented"): the recording was wrong (a). The
 *   fixture left the Nairobi agreement of November 2019 — to normalise relations — standing after Somalia severed
 *   relations on 15 December 2020, because no source says "withdrawn" in so many words; so the log held an agreement
 *   to normalise relations as implemented while the two had no relations at all. An analyst records the break as
 *   Somalia's withdrawal from that agreement (`AgreementStatusChanged`, `withdrawn`, by Somalia), and the call reads
 *   2, as called. The restoration of May 2021 is a new agreement.
 * One test written with the calls asserted too much of the model's words and was corrected, not the calls: that the
 * Mandera charge is no reason at all on 20 March 2020. It is still named there, as the hostile act of the last month
 * that keeps the level from 1; what the test means is that it is coercion on the 4th and not on the 20th.
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  datesCiting,
  escalationAt,
  itCitesNone,
  itReadsEachCall,
  itReadsNoArmedAction,
  reasonsCiting,
} from './case-log';
import definition from './kenya-somalia-2019';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Kenya – Somalia: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- 2019: the recall, the Nairobi agreement -----
  [
    '2019-02-18T12:00:00Z',
    2,
    'Kenya recalled its ambassador and sent Somalia’s home two days ago, calling the oil-block auction an illegal grab that "will not go unanswered", and demands the map withdrawn: a diplomatic measure, a warning and a demand — no ultimatum, no threat of war, no attack blamed, no border closed; no agreement: strained',
  ],
  [
    '2019-11-20T12:00:00Z',
    1,
    'The Nairobi agreement of six days ago is being carried out (visas on arrival at once, direct flights within the week); nothing hostile between the two since the recall of February, nine months ago: cooperative',
  ],
  // ----- 2020: Mandera, the expulsion, the break -----
  [
    '2020-02-29T12:00:00Z',
    2,
    'Somalia’s ambassador at the UN accused Kenya of interfering in its affairs two days ago: accusations, nothing of line 3: strained, no longer cooperative',
  ],
  [
    '2020-03-04T12:00:00Z',
    3,
    'Two days ago Somali soldiers fighting Jubaland’s forces crossed into Mandera, harassing residents and destroying property by Kenya’s account, and today Kenya’s security council calls it "an unwarranted attack by foreign soldiers": an attack blamed on the other within two weeks; no fire between the two’s forces, so not armed action',
  ],
  [
    '2020-03-12T12:00:00Z',
    3,
    'Ten days after Mandera, the charge eight days old: still within the two weeks, though the presidents spoke on the 5th and Kenyatta’s envoy was received in Mogadishu on the 8th',
  ],
  [
    '2020-03-20T12:00:00Z',
    2,
    'Eighteen days after Mandera and sixteen after the charge, out of the two weeks; talks under way (committees, an invitation to Nairobi) and accusations on both sides: strained',
  ],
  [
    '2020-12-01T12:00:00Z',
    2,
    'Somalia expelled Kenya’s ambassador and recalled its own two days ago, accusing Kenya of interference in Jubaland’s elections; Kenya calls it unwarranted: diplomatic measures and accusations, no threat, ultimatum, attack blamed or closure: strained',
  ],
  [
    '2020-12-17T12:00:00Z',
    2,
    'Somalia broke relations two days ago as Kenya hosted Somaliland’s president, and sent troops to the border: a break and a show of force, but no threat of war stated, no attack blamed, no border closed: strained',
  ],
  [
    '2020-12-22T12:00:00Z',
    2,
    'At the IGAD summit two days ago the presidents met and agreed to dialogue, IGAD sending a fact-finding mission; relations still broken: strained',
  ],
  // ----- 2021: Beled Hawo, the report, the hearings -----
  [
    '2021-01-26T12:00:00Z',
    3,
    'Janan’s Jubaland forces attacked Beled Hawo from across the Kenyan border yesterday, 11 killed, and Somalia blames Kenya for organising and arming them: an attack blamed on the other party within two weeks (the fighting is a third party’s, not armed action between the pair)',
  ],
  [
    '2021-02-15T12:00:00Z',
    2,
    'Somalia renewed its charge over Beled Hawo when it rejected the IGAD report on 27 January, nineteen days ago: out of the two weeks; relations broken, accusations: strained',
  ],
  [
    '2021-03-16T12:00:00Z',
    2,
    'Kenya boycotts the ICJ hearings that opened yesterday; relations still broken, nothing of line 3 in the last two weeks: strained',
  ],
  // ----- May – August 2021: restored, the flights, the embassies -----
  [
    '2021-05-07T12:00:00Z',
    1,
    'Relations restored yesterday through Qatar, on principles of non-interference and mutual respect, and welcomed by Kenya: an agreement being implemented, and nothing hostile between the two recorded for over three months: cooperative',
  ],
  [
    '2021-05-12T12:00:00Z',
    3,
    'Kenya suspended every flight between the two countries yesterday, for three months, a day after Somalia kept its khat ban: a border closed against the other party',
  ],
  [
    '2021-06-05T12:00:00Z',
    3,
    'The suspension of all flights between Kenya and Somalia still stands: a border closed against the other party, weighing while it lasts',
  ],
  [
    '2021-06-12T12:00:00Z',
    2,
    'Kenya reopened its airspace to flights to and from Somalia two days ago "as a gesture of goodwill": the border was closed against the other within the last month, so not cooperative; nothing of line 3 in force: strained',
  ],
  [
    '2021-07-15T12:00:00Z',
    1,
    'Over a month since the flights resumed; the restored relations are being carried out (embassies reopening, the ambassador invited back) and nothing hostile for a month: cooperative',
  ],
  [
    '2021-08-12T12:00:00Z',
    1,
    'The Mogadishu communiqué of the 8th (ties on trade, security and diplomacy, the joint commission) and Roble’s talks with Kenyatta on the 10th: agreements being implemented, nothing hostile for two months',
  ],
  // ----- October – December 2021: the judgment -----
  [
    '2021-10-14T12:00:00Z',
    2,
    'Two days ago the ICJ drew the boundary close to Somalia’s claim; Kenya rejects the judgment "in totality" and warns it will protect its territory, Farmajo accuses Kenya of years of pressure: a rejected demand and a warning — no threat of war, ultimatum, attack blamed or closure, so not coercive; a threat within the month, so not cooperative. A judgment is not an agreement',
  ],
  [
    '2021-12-20T12:00:00Z',
    1,
    'Two months after the judgment and Kenya’s warning, nothing hostile between the two since; relations restored and the August communiqué carried out, though the boundary stays in dispute: cooperative',
  ],
];

describe('escalation model v2 on Kenya – Somalia, 2019–21 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No fire between Kenya's and Somalia's forces in three years: the fighting at Beled Hawo is the Somali army's with
  // Jubaland's forces (a third party), and what Kenya charged at Mandera is force short of fire on its people.
  itReadsNoArmedAction(escalation, CALLS);

  // The pair of actors matters (§5b): the Somali army's clash with Jubaland's forces of 2 March 2020 is a third party's
  // fight and never a reason; what made 4 March coercive is Kenya's charge about Mandera.
  it('the Somali army’s clash with Jubaland is never a reason; the Mandera charge is', () => {
    const clash = definition.events.find(
      (e) => e.type === 'IncidentReported' && e.data.kind === 'clash' && e.data.against === 'jubaland',
    );
    const mandera = definition.events.find((e) => e.type === 'IncidentReported' && e.data.kind === 'non-lethal-force');
    expect(clash).toBeDefined();
    expect(mandera).toBeDefined();
    expect(reasonsCiting(escalation, CALLS, [clash!.eventId])).toEqual([]);
    // Coercion on the 4th; on the 20th, out of the two weeks, it is only the hostile act that bars cooperative.
    const coercive = (at: string) =>
      escalation(at).reasons.some((r) => r.rule === 'coercion' && r.eventIds.includes(mandera!.eventId));
    expect(['2020-03-04T12:00:00Z', '2020-03-20T12:00:00Z'].filter(coercive)).toEqual(['2020-03-04T12:00:00Z']);
  });

  // A border closed against the other weighs while it lasts (§5b): Kenya's suspension of every flight is a reason
  // while it stands, not once the flights resume.
  it('Kenya’s flight suspension is a reason while it stands', () => {
    const closure = definition.events.find((e) => e.type === 'IncidentReported' && e.data.kind === 'border-closure');
    expect(closure).toBeDefined();
    const dates = ['2021-05-12T12:00:00Z', '2021-06-05T12:00:00Z', '2021-07-15T12:00:00Z'];
    expect(datesCiting(escalation, dates, closure!.eventId)).toEqual(dates.slice(0, 2));
  });

  // Mediators and third parties are registered (Ethiopia, IGAD, Qatar; Jubaland, Somaliland, the ICJ); none of them
  // is a reason for the pair's level.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's or a mediator's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );
});
