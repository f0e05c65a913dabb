/**
 * Escalation model v2 on a case it was never tuned on: Armenia and Türkiye from "football diplomacy" to the suspension
 * of the Zurich Protocols, September 2008 – December 2010 (armenia-turkey-2008.ts, a test fixture; Switzerland the
 * mediator; the United States, Russia, France, the EU and Azerbaijan third parties). What it holds the model to that
 * the other cases did not: a border closed by one party against the other fifteen years before the case opens and
 * never reopened, through presidential visits, a roadmap, two protocols initialled and signed, a court ruling, a
 * threat, and a suspended ratification — with no force at all between the two. By §5b a border closed against the
 * other party is coercive while it lasts (DOMAIN.md: lasting conditions weigh while they last), and, as the lead has
 * settled, keeps the level from 1 in any case; so every call is 3, and the case asks whether the model holds a closure
 * of 1993 as in force in 2008–10, whatever warmth surrounds it. Whether a signed but unratified agreement is "being
 * implemented" (the catalogue counts `signed` as such) does not decide any call here: the closure stands before it.
 * The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 *
 * The first run agreed with all eighteen; the model is unchanged. On every call date its one reason is the closure of
 * 1993 ("Border closed since 1993-04-03"): Erdoğan's threat to send Armenians home (a threat short of war) and
 * Armenia's suspension of the ratification (a hostile act below coercion) are not in §5b's list for line 3 and add no
 * reason of their own while the closure already holds the level there.
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
} from './case-log';
import definition from './armenia-turkey-2008';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Armenia – Türkiye: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- September 2008: football diplomacy -----
  [
    '2008-09-05T12:00:00Z',
    3,
    "Gül has accepted Sargsyan's invitation to the match in Yerevan: a conciliatory step, but Türkiye's border has been closed against Armenia since 1993 — a border closed against the other party",
  ],
  [
    '2008-09-08T12:00:00Z',
    3,
    'Two days after the first visit of a Turkish president to Armenia, talks that made progress; nothing hostile said, but the border stays closed against Armenia, so coercive by §5b',
  ],
  [
    '2008-12-15T12:00:00Z',
    3,
    'Three months of quiet talks after Yerevan, no threat, no accusation; the closure of 1993 still stands',
  ],
  // ----- April – May 2009: the roadmap and the border tied to Karabakh -----
  [
    '2009-04-21T12:00:00Z',
    3,
    'Erdoğan said two days ago the border will not open until the Karabakh conflict is solved: critical words and a condition, not a threat of war; the border closed against Armenia',
  ],
  [
    '2009-04-24T12:00:00Z',
    3,
    'Two days after the roadmap was announced: a framework agreed in text, not signed, not being implemented; the border still closed',
  ],
  [
    '2009-05-15T12:00:00Z',
    3,
    'Two days after Erdoğan told Baku the border gates stay closed until the occupation ends: the closure is the coercive condition, restated',
  ],
  // ----- August – October 2009: the protocols -----
  [
    '2009-09-02T12:00:00Z',
    3,
    'The protocols were initialled two days ago under Swiss mediation and go to six weeks of consultations: progress in talks, but the border is closed against Armenia',
  ],
  [
    '2009-10-12T12:00:00Z',
    3,
    'Two days after the protocols were signed in Zurich: an agreement signed but not ratified, whose border clause is not carried out; the border closed against Armenia',
  ],
  [
    '2009-10-16T12:00:00Z',
    3,
    "Two days after Sargsyan's visit to Bursa, the warmest moment of the case; still the border Türkiye closed in 1993 is closed",
  ],
  [
    '2009-11-20T12:00:00Z',
    3,
    'Over a month since anything hostile was said between the two and the protocols signed; not cooperative, because the border closed against Armenia stands on every day of the month (the lead’s reading) and is itself coercive',
  ],
  // ----- January – April 2010: the court, the objection, the threat, the suspension -----
  [
    '2010-01-14T12:00:00Z',
    3,
    "Two days after Armenia's Constitutional Court upheld the protocols with its reading of paragraph 11; the border closed",
  ],
  [
    '2010-01-20T12:00:00Z',
    3,
    'Türkiye\'s foreign ministry objected two days ago to the court\'s "preconditions": critical words; the border closed against Armenia',
  ],
  [
    '2010-03-18T12:00:00Z',
    3,
    'Two days after Erdoğan threatened to send 100,000 Armenians home: a threat, though not of war, within two weeks; the border closed',
  ],
  [
    '2010-04-14T12:00:00Z',
    3,
    'The day after the Washington meetings, urged on by Obama, with no step on ratification; the border closed',
  ],
  [
    '2010-04-24T12:00:00Z',
    3,
    'Two days after Armenia suspended the ratification and called the phase of normalisation exhausted, keeping its signature: no talks collapsed, no force; the border closed against Armenia',
  ],
  ['2010-04-30T12:00:00Z', 3, 'Eight days after the suspension; Davutoğlu hopes for a resumption; the border closed'],
  [
    '2010-07-01T12:00:00Z',
    3,
    'Two months with nothing new between the two; the protocols suspended, the border closed against Armenia',
  ],
  [
    '2010-12-31T12:00:00Z',
    3,
    'The end of 2010: the protocols unratified and suspended, the border Türkiye closed in 1993 still closed',
  ],
];

describe('escalation model v2 on Armenia – Türkiye, 2008–10 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No force at all between the two (§5b): no call date is militarised or worse, no reason is armed action.
  itReadsNoArmedAction(escalation, CALLS);

  // A border closed against the other party weighs while it lasts (§5b): the closure of 1993, never reopened in the
  // record, is a reason for the level on every call date.
  it('the closure of 1993 is a reason for the level on every call date', () => {
    const closure = definition.events.find((e) => e.type === 'IncidentReported' && e.data.kind === 'border-closure');
    expect(closure).toBeDefined();
    const dates = CALLS.map(([at]) => at);
    expect(datesCiting(escalation, dates, closure?.eventId ?? '')).toEqual(dates);
  });

  // The pair of actors matters (§5b): what the United States, Russia, France, the EU and Azerbaijan did or said is
  // never a reason for the Armenia – Türkiye level.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's act, statement or registration",
    definition.events.filter(
      (e) =>
        e.type === 'ActorRegistered' ||
        e.type === 'ThirdPartyEngagement' ||
        (e.type === 'StatementMade' && !['armenia', 'turkiye'].includes(e.data.speaker.actorId)),
    ),
  );
});
