/**
 * Escalation model v2 on a case it was never tuned on: the government of Mozambique and RENAMO, February 2016 –
 * December 2019 (mozambique-renamo-2016.ts, a test fixture). What it holds the model to that the other cases did not: a
 * unilateral truce by one side, extended twice for a term and then made indefinite, that is never an agreement; two
 * and a half years of talks with no armed action between the parties; a partial agreement (the memorandum on military
 * affairs), then a ceasefire agreement and a comprehensive one, signed and implemented; and a splinter (the RENAMO
 * Military Junta) whose threats against RENAMO's leader and whose ambushes on the government's roads are the Junta's,
 * not RENAMO's. The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with
 * its reason; the model must agree with every one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall } from './case-log';
import definition from './mozambique-renamo-2016';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for Mozambique – RENAMO, 2016–19: [at, level, why]. First run: 20 calls, all 20 agreed at once;
 * no call revised, none left, no fixture fix. The model read the unilateral truce as a ceasefire holding (2, "strained")
 * through its three extensions and never as an agreement; the memorandum of August 2018 and the two agreements of August
 * 2019 as agreements being implemented (1); the Nhamatanda killings of September 2016 as coercion (lethal force) beside
 * armed action within the month (3); and the Junta's ambushes and the government's attack on its base as the
 * Mozambique – Junta pair's (4), leaving the Mozambique – RENAMO pair at 1.
 */
const CALLS: readonly Call[] = [
  [
    '2016-02-13T12:00:00Z',
    4,
    'RENAMO gunmen fired on vehicles on the EN1 in Sofala on the 11th and 12th, five days after RENAMO announced armed road blocks: armed action by one party on the other’s territory within the week, no ceasefire; one stretch of road and no one killed, not hostilities',
  ],
  [
    '2016-03-07T12:00:00Z',
    4,
    'RENAMO gunmen killed two and injured eight on a bus at Honde two days ago: armed action within the week, no ceasefire; one place, two dead',
  ],
  [
    '2016-08-16T12:00:00Z',
    4,
    'Four days ago RENAMO burnt six civilians to death in an ambushed vehicle and raided Morrumbala town: armed action within the week, no ceasefire (the mediators only propose one); more than three days old, so not hostilities',
  ],
  [
    '2016-08-23T12:00:00Z',
    4,
    'RENAMO ambushed an escorted convoy at Guta two days ago, four wounded, and the forces returned fire: armed action within the week; the mediators speak of advances on a cessation, but none is agreed',
  ],
  [
    '2016-09-05T12:00:00Z',
    3,
    'RENAMO gunmen seized two local officials at Nhamatanda three days ago and shot them dead: an attack on the other party’s people within two weeks (a killing of captives, not a clash or a strike); the last armed action, Guta, is fifteen days old, within the month',
  ],
  [
    '2016-09-15T12:00:00Z',
    4,
    'The army destroyed a RENAMO base at Morrumbala about four days ago (0–8 dead) and RENAMO killed two on the EN1 near Caia two days ago: armed action within the week, no ceasefire; one place in the last three days, under tens dead',
  ],
  [
    '2016-12-29T12:00:00Z',
    2,
    'Dhlakama’s truce holds since midnight on the 27th; the mediated talks collapsed in early December, more than two weeks ago, and the last armed action recorded is three months old: a ceasefire holding, no agreement',
  ],
  [
    '2017-01-05T12:00:00Z',
    2,
    'The truce went well and was extended two days ago for 60 days: a ceasefire holding; a unilateral truce, not an agreement being implemented',
  ],
  [
    '2017-03-06T12:00:00Z',
    2,
    'The truce extended again to 4 May; working groups on decentralisation and military questions, and a contact group of ambassadors to assist them: talks and a ceasefire holding, still no agreement',
  ],
  [
    '2017-05-06T12:00:00Z',
    2,
    'Dhlakama made the truce indefinite two days ago, government forces withdraw from Gorongosa and verification centres are set up; still RENAMO’s own truce, not an agreement: talks and a ceasefire holding',
  ],
  [
    '2017-08-08T12:00:00Z',
    2,
    'Nyusi met Dhlakama in the Gorongosa mountains two days ago and the talks progress; the truce holds, nothing hostile for eleven months; no agreement yet',
  ],
  [
    '2018-05-07T12:00:00Z',
    2,
    'Dhlakama died four days ago; Momade, his interim successor, pledges to continue what he began and Nyusi mourns a partner: talks and the truce holding, no agreement signed yet',
  ],
  [
    '2018-08-08T12:00:00Z',
    1,
    'Nyusi and Momade signed the memorandum of understanding on military affairs two days ago: an agreement being implemented, and no hostile act or threat between them for twenty months',
  ],
  [
    '2019-01-15T12:00:00Z',
    1,
    'Five months into the memorandum’s implementation; the truce holds, no hostile act or threat between the two for over two years',
  ],
  [
    '2019-06-20T12:00:00Z',
    1,
    'Nyusi and Momade agreed at Chimoio on 2 June to begin DDR in July and sign the peace in August; Nhongo’s threat to kill Momade is a splinter’s threat to RENAMO, which disowns him as a deserter, not an act between the parties: the memorandum being implemented',
  ],
  [
    '2019-07-25T12:00:00Z',
    1,
    'The Junta warned the government two days ago to stop talking to Momade: a third party’s warning, not RENAMO’s; between the parties, the memorandum being implemented and nothing hostile',
  ],
  [
    '2019-08-02T12:00:00Z',
    1,
    'The definitive cessation of military hostilities was signed yesterday at Gorongosa, DDR begun; the ambush at Nhamapadza on the eve (one dead) is suspected to be the Junta’s, and no one blames RENAMO: agreements being implemented',
  ],
  [
    '2019-08-08T12:00:00Z',
    1,
    'The peace and national reconciliation agreement was signed in Maputo two days ago, after the cessation of the 1st: agreements being implemented, nothing hostile between the parties',
  ],
  [
    '2019-09-08T12:00:00Z',
    1,
    'An ambush near the Pungue river four days ago (the Junta suspected, and denying it) and the government’s attack on a Junta base two days ago are the government’s fight with the splinter, not with RENAMO: between the parties, agreements being implemented',
  ],
  [
    '2019-12-02T12:00:00Z',
    1,
    'The Junta’s ambushes on the Manica roads go on (a bus at Muda Serração three days ago, two dead near Gondola in November) and the forces hunt Nhongo: the splinter’s war, not RENAMO’s; between the parties the agreements are being implemented',
  ],
];

describe('escalation model v2 on Mozambique – RENAMO, 2016–19 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): the Junta's ambushes and the government's attack on its base are the Mozambique –
  // Junta pair's armed action, never a reason for the Mozambique – RENAMO level.
  it("the Junta's ambushes are that pair's armed action, and no reason for the negotiation's level", () => {
    const junta = definition.events.filter(
      (e) =>
        e.type === 'IncidentReported' &&
        (e.data.perpetrator === 'renamo-military-junta' || e.data.against === 'renamo-military-junta'),
    );
    expect(junta.length).toBeGreaterThan(0);
    const ids = new Set(junta.map((e) => e.eventId));
    // Four days after the Pungue ambush and two after the attack on Chipindaumwe; three days after Muda Serração.
    for (const at of ['2019-09-08T12:00:00Z', '2019-12-02T12:00:00Z']) {
      const view = escalation(at);
      expect(view.pair).toMatchObject({ actors: ['mozambique', 'renamo'], level: 1 });
      expect(view.pairs.find((p) => p.actors.join() === 'mozambique,renamo-military-junta')).toMatchObject({
        level: 4,
      });
      expect(view.reasons.filter((r) => r.eventIds.some((id) => ids.has(id)))).toEqual([]);
    }
  });
});
