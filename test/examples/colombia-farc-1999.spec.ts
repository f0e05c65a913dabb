/**
 * Escalation model v2 on a case it was never tuned on: Colombia and the FARC from Pastrana's meeting with Marulanda
 * (July 1998) to the end of the Caguán talks and the retaking of the zone (February 2002) (colombia-farc-1999.ts, a
 * test fixture). What it holds the model to that the other cases did not: a zone ceded to one party for the talks,
 * which is not a ceasefire (there was none); talks frozen and resumed while both sides fight on; agreements on an
 * agenda and a prisoner exchange; ultimatums with deadlines that the other side met; the FARC's captives (soldiers,
 * police, a senator, a candidate) held as bargaining chips while the talks go on; and the end of the talks in an air
 * and ground offensive. The calls below were written from DOMAIN.md §5b alone, before the model was run on the case,
 * each with its reason.
 *
 * The first run read all twenty calls as the analyst did; the model is unchanged and no call is left (no `LEFT`). One
 * reason differs (see the comment at 12 January 1999): a threat to kidnap is not a threat of war, and the level there is
 * held at 3 by the captives the FARC holds. The captives (detentions, each ended only by its holder's release) are what
 * keeps the months without recorded fighting at coercive rather than strained: the soldiers and police in the FARC's
 * camps until 28 June 2001, the police taken at Mitú throughout, Gechem and Betancourt from February 2002.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, datesCiting, escalationAt, itCitesNone, itReadsEachCall } from './case-log';
import definition from './colombia-farc-1999';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Colombia – FARC, 1998–2002: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- July – November 1998: before the zone -----
  [
    '1998-08-05T12:00:00Z',
    4,
    'The FARC levelled the police anti-narcotics base at Miraflores two days ago: armed action within the week, at one place with no toll reported, and no ceasefire: militarised, not heavy',
  ],
  [
    '1998-08-17T12:00:00Z',
    5,
    'Two days of combat in Chocó this weekend: 36 soldiers and some 63 guerrillas killed by the defence minister’s count, tens killed within three days, no ceasefire: hostilities',
  ],
  [
    '1998-11-02T12:00:00Z',
    5,
    'The FARC has held Mitú since yesterday morning: 37 to 80 police killed and dozens taken, no ceasefire: hostilities',
  ],
  [
    '1998-11-12T12:00:00Z',
    3,
    'Eight days since the army retook Mitú; the zone has been cleared for the talks since the 7th, but it is no ceasefire, and the FARC holds the Mitú police it took: armed action within the month, coercive',
  ],
  // ----- January – May 1999: the opening, the freeze, the agenda -----
  // After the run: the level agrees, but the threat is not what holds it at 3. Briceño threatened kidnappings, not war
  // (§5b's "threats of war"); the model reads the statement as hostile rhetoric and gives the captives the FARC holds
  // (the camps, Mitú) as the reasons. The call is kept as written.
  [
    '1999-01-12T12:00:00Z',
    3,
    'The talks opened on the 7th with Marulanda’s chair empty; yesterday Briceño threatened to kidnap congresspeople if the exchange is refused and Pastrana warned the process would end: a threat within two weeks. The paramilitaries’ massacres are a third party’s. Last armed act between the two two months ago',
  ],
  [
    '1999-03-15T12:00:00Z',
    3,
    'The FARC froze the talks in January until the government acts against the paramilitaries, and still holds hundreds of soldiers and police it took in its attacks to trade for its fighters: a lasting coercion, the talks not holding',
  ],
  // ----- July – November 1999: the offensives -----
  [
    '1999-07-10T12:00:00Z',
    5,
    'The FARC’s offensive since the 8th, the army’s "biggest guerrilla offensive in 40 years": a hundred dead on its first day south of Bogotá and attacks in some two dozen places: heavy armed action, no ceasefire',
  ],
  [
    '1999-07-15T12:00:00Z',
    4,
    'Four days since the air force bombed the FARC’s trucks and the army claimed some 200 guerrillas killed; nothing since: armed action within the week, not within three days',
  ],
  [
    '1999-07-19T12:00:00Z',
    3,
    'Eight days since the last armed action of the offensive; the talks are to resume on the 20th: armed action within the month',
  ],
  [
    '1999-11-18T12:00:00Z',
    5,
    'The FARC’s offensive of the 16th–17th on 13 towns and the capital of Guainía, its largest since July, nine police and (by the army) 86 guerrillas killed: heavy armed action, no ceasefire',
  ],
  // ----- December 2000 – February 2001: the second freeze, Los Pozos -----
  [
    '2000-12-12T12:00:00Z',
    4,
    'The FARC froze the talks a month ago; its raid on Granada (6–7 December) killed 21 people at one place six days ago: armed action within the week',
  ],
  [
    '2001-02-12T12:00:00Z',
    3,
    'Pastrana and Marulanda agreed at Los Pozos three days ago and the talks resume; the last armed act recorded is Turbay’s murder six weeks ago, but the FARC still holds hundreds of soldiers and police as bargaining chips: coercive while they are held',
  ],
  // ----- June – August 2001: the exchange and the army's offensive -----
  [
    '2001-07-20T12:00:00Z',
    3,
    'The exchange agreement was carried out and the FARC freed 242 soldiers and police three weeks ago, but it still holds the police officers it took at Mitú: a lasting coercion, so not strained',
  ],
  [
    '2001-08-13T12:00:00Z',
    5,
    'The FARC column attacked La Cooperativa on the 10th and the army launched one of its biggest offensives yesterday, 6,000 troops dropped along the Guaviare: heavy armed action by its size, no ceasefire',
  ],
  // ----- January 2002: the crisis -----
  [
    '2002-01-11T12:00:00Z',
    3,
    'Pastrana suspended the talks two days ago and gave the FARC a deadline (now Saturday night, then 48 hours to leave the zone), troops massing: an ultimatum in force and collapsed talks within two weeks; the last armed act eleven days ago',
  ],
  [
    '2002-01-31T12:00:00Z',
    4,
    'The timetable was agreed on the 20th, but two days ago seven soldiers and four guerrillas died at the FARC’s dynamite dump in Meta and a car bomb aimed at a convoy killed five civilians in Florencia: armed action within the week, at two places, sixteen dead: militarised, not heavy',
  ],
  // ----- February – March 2002: the end of the talks -----
  [
    '2002-02-21T18:00:00Z',
    5,
    'Pastrana ended the talks last night; since midnight the armed forces have been bombing the zone in "an air and ground invasion", 85 installations destroyed: heavy armed action, no ceasefire',
  ],
  [
    '2002-02-24T12:00:00Z',
    5,
    'Two days since the troops stormed the zone in an offensive to reconquer it, under rebel fire, with the bombing going on: heavy armed action within three days',
  ],
  [
    '2002-02-27T12:00:00Z',
    4,
    'Five days since the last recorded fighting in the zone: armed action within the week, not within three days',
  ],
  [
    '2002-03-25T12:00:00Z',
    3,
    'A month since the last recorded fighting and the end of the talks, but the FARC holds Senator Gechem and Íngrid Betancourt to trade with the state: coercive while they are held',
  ],
];

/** The id of the incident recorded with `incidentId` (a detention or a release). */
function incident(incidentId: string): string {
  const found = definition.events.find((e) => e.type === 'IncidentReported' && e.data.incidentId === incidentId);
  if (!found) throw new Error(`no incident ${incidentId} in the fixture`);
  return found.eventId;
}

describe('escalation model v2 on Colombia – FARC, 1998–2002 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // Lasting conditions weigh while they last (§5b): the soldiers and police held in the FARC's camps until it freed them
  // on 28 June 2001; the police taken at Mitú, never freed in these years; the senator and the candidate of February
  // 2002 from the day they were seized.
  it('each detention is a reason on the coercive call dates while it lasts, and none after its release', () => {
    const release = '2001-06-28';
    const coercive = CALLS.filter(([at, level]) => level === 3 && at >= '1998-11-02').map(([at]) => at);
    const camps = datesCiting(escalation, coercive, incident('farc-holds-soldiers-police'));
    expect(camps).toEqual(coercive.filter((at) => at < release));
    expect(datesCiting(escalation, coercive, incident('farc-mitu-captives-1998-11-01'))).toEqual(coercive);
    const seized = '2002-02-23';
    const after = coercive.filter((at) => at > seized);
    expect(after.length).toBeGreaterThan(0);
    expect(datesCiting(escalation, after, incident('gechem-kidnapping-2002-02-20'))).toEqual(after);
    expect(datesCiting(escalation, after, incident('betancourt-kidnapping-2002-02-23'))).toEqual(after);
  });

  // The pair of actors matters (§5b): the paramilitaries' massacres are a third party's acts, and the registrations of
  // third parties and mediators are nobody's hostile act.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's act or a registration",
    definition.events.filter(
      (e) =>
        e.type === 'ActorRegistered' ||
        (e.type === 'IncidentReported' && e.data.perpetrator !== 'colombia' && e.data.perpetrator !== 'farc'),
    ),
  );
});
