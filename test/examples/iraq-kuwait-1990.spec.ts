/**
 * Escalation model v2 on a case it was never tuned on: Iraq and Kuwait from Iraq's charges of July 1990 to its
 * recognition of Kuwait in November 1994 (iraq-kuwait-1990.ts, a test fixture). What it holds the model to that the
 * other cases did not: a build-up and talks that collapse the day before an invasion, an invasion heavy by its size,
 * a whole country held for seven months without a shot between the two after its first days, a war fought mostly by
 * third parties in which the occupied party's own forces took part, a ceasefire that is the coalition's and then the
 * Security Council's, years of a demand rejected, a raid across the border without fire, a second build-up that pulls
 * back, and a recognition. The calls below were written from DOMAIN.md §5b alone, before the model was run on the
 * case, each with its reason.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './iraq-kuwait-1990';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Iraq – Kuwait: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- July 1990: the charges and the build-up -----
  [
    '1990-07-20T12:00:00Z',
    3,
    "Saddam threatened military action against Kuwait three days ago, after Aziz's memorandum charging Kuwait with theft and conspiracy: a threat of war within two weeks",
  ],
  [
    '1990-08-01T20:00:00Z',
    3,
    'The Jeddah talks collapsed today with 100,000 Iraqi troops on the border: collapsed talks and a build-up; no armed action yet',
  ],
  // ----- August 1990: the invasion -----
  [
    '1990-08-02T20:00:00Z',
    5,
    'Iraq invaded Kuwait at 02:00 this morning and is overrunning its forces, hundreds killed: heavy armed action, no ceasefire',
  ],
  [
    '1990-08-04T12:00:00Z',
    5,
    "The invasion of the 2nd and the fighting in Kuwait City yesterday: heavy armed action in the last three days, no ceasefire; Kuwait's army overrun or fled",
  ],
  [
    '1990-08-07T12:00:00Z',
    4,
    'Four days after the last fighting in Kuwait City, five after the invasion: armed action within the week, no ceasefire; Iraq holds the whole country',
  ],
  [
    '1990-08-11T12:00:00Z',
    3,
    'Eight days after the last armed action; Iraq holds Kuwait and declared it merged into Iraq three days ago: armed action within the month, an occupation and a threat to the state itself within two weeks',
  ],
  // ----- The occupation -----
  [
    '1990-10-15T12:00:00Z',
    3,
    'No fire between the two for over two months, but Iraq holds all of Kuwait, annexed: the occupation is a lasting coercive condition, like a border closed against the other',
  ],
  [
    '1990-12-10T12:00:00Z',
    3,
    "The Security Council's ultimatum (resolution 678, deadline 15 January) is the Council's, not the pair's; Iraq still occupies Kuwait: coercive",
  ],
  // ----- The war: January – February 1991 -----
  [
    '1991-01-20T12:00:00Z',
    5,
    'The air war opened on the 17th and the Kuwaiti air force flies in it, striking Iraqi positions inside Kuwait among 1,200 sorties a day: Kuwait at war with the Iraq that occupies it, heavy armed action, no ceasefire',
  ],
  [
    '1991-02-10T12:00:00Z',
    5,
    'Three weeks into the air war, in which Kuwaiti aircraft fly daily against Iraqi forces in Kuwait; no ceasefire, Iraq still occupies Kuwait',
  ],
  [
    '1991-02-25T12:00:00Z',
    5,
    'The ground offensive to liberate Kuwait began yesterday, Kuwaiti troops with the Arab forces of the coalition — a major offensive by its sources: heavy armed action, no ceasefire',
  ],
  [
    '1991-03-02T12:00:00Z',
    4,
    "The coalition, Kuwait's forces included, suspended offensive operations on the 28th; Iraq has left Kuwait. The offensive in which Kuwait's forces fought was six days ago and the suspension agreed after it has held two days: militarised",
  ],
  [
    '1991-03-03T18:00:00Z',
    3,
    'The suspension has held three and a half days; at Safwan today Iraq accepted all the ceasefire terms. Armed action within the month, none in the last week',
  ],
  [
    '1991-03-20T12:00:00Z',
    3,
    'Twenty-four days after the last armed action between them; the ceasefire holds, Iraq out of Kuwait: armed action within the month',
  ],
  // ----- After the war -----
  [
    '1991-05-15T12:00:00Z',
    1,
    "Resolution 687's ceasefire, accepted by Iraq on 6 April, is being implemented; no armed action, threat, ultimatum or closure between the two for over two months",
  ],
  [
    '1992-06-05T12:00:00Z',
    2,
    'Iraq rejected the boundary commission\'s line four days ago, warning of "boiling tension": a demand rejected and critical rhetoric, no threat of war; the ceasefire holds',
  ],
  [
    '1993-01-12T12:00:00Z',
    3,
    'Two hundred Iraqis crossed into Kuwait at Umm Qasr two days ago and carried off missiles from the demilitarised zone, brushing the UN observers aside: ground entered without fire, coercion within two weeks',
  ],
  // ----- October – November 1994 -----
  [
    '1994-10-09T12:00:00Z',
    3,
    'Tens of thousands of Iraqi troops and two Republican Guard divisions massed near the border since the 6th, Kuwait moving 15,000 troops up: a build-up that threatens invasion, coercive; no fire',
  ],
  [
    '1994-10-14T12:00:00Z',
    3,
    'Iraq has been pulling back since the 11th, but the build-up is a week old: a threat of war within two weeks',
  ],
  [
    '1994-11-15T12:00:00Z',
    1,
    "Iraq recognised Kuwait's sovereignty and the UN line five days ago; the ceasefire of resolution 687 is being implemented; the build-up ended over a month ago and nothing hostile between them since: cooperative",
  ],
];

describe('escalation model v2 on Iraq – Kuwait, 1990–94 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): the coalition's own air war and airport battle, the Security Council's
  // ultimatum and the mediators' acts are not the pair's and never make its level.
  it("no reason for the level is a third party's or a mediator's act", () => {
    const PARTIES = ['iraq', 'kuwait'];
    const outside = definition.events.flatMap((e) => {
      const d = e.data as Record<string, unknown>;
      const by =
        e.type === 'IncidentReported'
          ? d.perpetrator
          : e.type === 'UltimatumIssued'
            ? d.by
            : e.type === 'MediationAction'
              ? d.mediator
              : e.type === 'ActorRegistered'
                ? (d.actor as { id: string }).id
                : undefined;
      return typeof by === 'string' && !PARTIES.includes(by) ? [e.eventId] : [];
    });
    // The coalition air campaign, the airport battle, resolution 678, the mediations of Mubarak and Kozyrev, and the
    // registrations of the United States, the Council and Russia.
    expect(outside.length).toBe(8);
    expect(reasonsCiting(escalation, CALLS, outside)).toEqual([]);
  });
});
