/**
 * Escalation model v2 on a case it was never tuned on: Chad and Libya from the offensive across the 16th parallel
 * (February 1986) through the Toyota War (1987) and the OAU truce of 11 September 1987 to the restoration of their
 * relations (October 1988) (chad-libya-1987.ts, a test fixture). What it holds the model to that the other cases did
 * not: a war of offensives and battles (Fada, Ouadi Doum, Aouzou twice, Ounianga Kebir) recorded `major` only where
 * the sources say so, a party's forces on the other's soil for years (northern Chad, given up in March 1987; the Aouzou
 * Strip, held to the end), a raid into the other's country (Maaten al-Sarra), a third party's strikes (France's) and a
 * third party's war with one of the pair (Libya and the GUNT) that are not the pair's, a ceasefire brokered by a
 * regional organisation that holds with an alleged breach on its first afternoon and a deadly skirmish ten weeks later,
 * and a slow normalisation while the strip stays held. The calls below were written from DOMAIN.md §5b (and the
 * catalogue's meaning of an occupation) alone, before the model was run on the case, each with its reason.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itCitesNone, itReadsEachCall } from './case-log';
import definition from './chad-libya-1987';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Chad – Libya: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- February 1986: the offensive across the 16th parallel -----
  [
    '1986-02-12T12:00:00Z',
    5,
    'Libyan and rebel forces attacked Kouba Olanga two days ago and Oum Chalouba yesterday, across the 16th parallel, in what the press calls an offensive; no ceasefire: hostilities',
  ],
  [
    '1986-02-18T12:00:00Z',
    4,
    'A Libyan bomber hit N’Djamena airport yesterday (no one hurt, one place); the attacks across the line were a week ago: armed action within the week, nothing heavy in the last three days, no ceasefire: militarised',
  ],
  // ----- December 1986: Libya against its former allies -----
  [
    '1986-12-22T12:00:00Z',
    3,
    'Libya’s offensive in the Tibesti is against Goukouni’s rebels, a third party, not Chad’s forces; no armed action between the pair for ten months, but Libyan forces hold northern Chad and the Aouzou Strip and Chad calls a general mobilisation against Libya: coercive',
  ],
  // ----- January – March 1987: Chad's offensive in the north -----
  [
    '1987-01-03T12:00:00Z',
    5,
    'Chad took Fada from the Libyan garrison yesterday in a fierce battle, several hundred killed; no ceasefire: hostilities',
  ],
  [
    '1987-01-09T12:00:00Z',
    4,
    'Libyan jets bombed Kouba Olanga two days ago (one place, no toll) and Arada five days ago (one killed); Fada was a week ago: armed action within the week, nothing heavy in the last three days: militarised',
  ],
  [
    '1987-02-15T12:00:00Z',
    3,
    'No armed action between the two for five weeks; Libyan forces still hold northern Chad and the Aouzou Strip, ground Chad holds its own: a lasting coercion: coercive',
  ],
  [
    '1987-03-23T12:00:00Z',
    5,
    'Chad overran Libya’s air base at Ouadi Doum yesterday in a violent battle, over a thousand killed by Chad’s count; no ceasefire: hostilities',
  ],
  [
    '1987-03-29T12:00:00Z',
    5,
    'Faya-Largeau fell two days ago, the fleeing Libyan convoy lost 88 killed in a battle near Zouar, and Libyan jets bombed Ouadi Doum and Fada yesterday: heavy armed action in the last three days, no ceasefire',
  ],
  [
    '1987-04-20T12:00:00Z',
    3,
    'Three weeks and more since the last Libyan raid; the Libyans have left the north but hold the Aouzou Strip, which Libya calls not negotiable: armed action within the month and the strip held: coercive',
  ],
  // ----- August – September 1987: Aouzou and Maaten al-Sarra -----
  [
    '1987-08-09T12:00:00Z',
    5,
    'Chad carried its offensive into the strip and took Aouzou yesterday in battle, blunted a Libyan advance near Bardai, and Libyan jets bomb Aouzou today: hostilities',
  ],
  [
    '1987-08-29T12:00:00Z',
    5,
    'Libya retook Aouzou yesterday in a two-hour battle, tens to hundreds killed; no ceasefire: hostilities',
  ],
  [
    '1987-09-08T12:00:00Z',
    5,
    'Chad’s raid destroyed the Maaten al-Sarra base inside Libya three days ago; Libya bombed that base, N’Djamena and Abeche (two civilians killed) in the last two days: heavy armed action in several places, no ceasefire',
  ],
  // ----- 11 September 1987: the OAU truce -----
  [
    '1987-09-11T18:00:00Z',
    4,
    'The OAU truce took effect at noon; Libyan jets bombed three towns yesterday and two this morning: armed action within the week, the ceasefire not yet held three days: militarised, not hostilities, for a ceasefire is in force',
  ],
  [
    '1987-09-13T12:00:00Z',
    4,
    'Two days after the last raids, of the morning of the truce; the one afternoon breach Chad alleged is denied and took no lives: armed action within the week and the ceasefire has held two days, not three',
  ],
  [
    '1987-09-15T12:00:00Z',
    3,
    'Four days after the last armed action, the truce agreed after it has held four days: armed action within the month, none in force now; Libya still holds the Aouzou Strip: coercive',
  ],
  [
    '1987-09-19T12:00:00Z',
    3,
    'Eight days after the last armed action, the truce holding and the OAU committee called to Lusaka: armed action within the month: coercive',
  ],
  // ----- The truce holds, with a skirmish -----
  [
    '1987-11-25T12:00:00Z',
    4,
    'Two days ago Chad’s troops clashed with a Libyan column from Darfur, five Libyans killed: the ceasefire violated with casualties within the week: militarised',
  ],
  [
    '1987-12-20T12:00:00Z',
    3,
    'Twenty-seven days after the Darfur skirmish, the truce otherwise holding: armed action within the month: coercive',
  ],
  // ----- 1988: recognition and relations, the strip still held -----
  [
    '1988-05-26T12:00:00Z',
    3,
    'Gaddafi recognised Habré’s government yesterday and promised a definitive end to the war, but Libyan forces still hold the Aouzou Strip Chad claims, and Libya accused Chad two days ago over its prisoners: no armed action for six months, the truce holding, the strip held: coercive',
  ],
  [
    '1988-10-05T12:00:00Z',
    3,
    'Relations were restored two days ago, with both pledged to keep the truce and settle the land dispute peacefully; no hostile act or threat for months, but Libya’s forces still hold the Aouzou Strip, a lasting coercion while it is held: coercive, not yet strained or cooperative',
  ],
];

describe('escalation model v2 on Chad – Libya, 1986–88 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): France's strikes and its Hawk, the GUNT's revolt and Libya's offensive against
  // the GUNT are acts of or against a third party, never armed action between Chad and Libya.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's act",
    definition.events.filter(
      (e) =>
        e.type === 'IncidentReported' &&
        (['france', 'gunt'].includes(e.data.perpetrator ?? '') || e.data.against === 'gunt'),
    ),
  );
});
