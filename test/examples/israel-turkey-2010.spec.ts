/**
 * Escalation model v2 on a case it was never tuned on: Israel and Türkiye from the raid on the Mavi Marmara (31 May
 * 2010) to the ambassadors' return under the normalisation agreement (December 2016) (israel-turkey-2010.ts, a test
 * fixture; the United States, the United Nations and Hamas as third parties). What it holds the model to that the other
 * cases did not: lethal force by one party's navy on the other's nationals at sea, outside any fighting between their
 * forces (coercion with its toll, not armed action); a break of relations with demands; a one-day ultimatum, enforced;
 * a threat of naval escort; a mediated apology meeting one demand; talks put on hold during a war with a third party;
 * an agreement signed and carried out; and six years of strained relations with no force. The calls below were
 * written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason. All twenty are in
 * CALLS, which the model must agree with.
 *
 * The first run missed none of the twenty calls, and the model is unchanged. It reads the raid as coercion by Israel
 * against Türkiye for two weeks (lethal force, with its toll, not armed action), the ultimatum and the threat of naval
 * escort as coercive for their fortnight, the apology, the talks and their pause as strained, and cooperative from the
 * signed agreement on; Erdoğan's accusation of November 2016 keeps it from 1 for the month after it (the model cites
 * it up to 20 December, 29 days on), as the call of 25 November reads it. One check written beside the calls (not a
 * call) was wrong by the lead's settled reading of an ultimatum, and was revised (see its comment).
 */
import { foldViews, matrixView } from '@parley/projections';
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  datesCiting,
  escalationAt,
  itReadsEachCall,
  itReadsNoArmedAction,
  reasonsCiting,
} from './case-log';
import definition from './israel-turkey-2010';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Israel – Türkiye: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- 2010: the raid, the recall, the demands -----
  [
    '2010-05-31T20:00:00Z',
    3,
    "Israeli commandos killed nine or ten Turkish nationals on the Mavi Marmara today, in international waters: lethal force by one party's forces on the other's people, blamed on it — not armed action between their forces, but coercion within the fortnight; Turkey recalls its ambassador",
  ],
  [
    '2010-06-12T12:00:00Z',
    3,
    'Twelve days after the raid that killed Turkish nationals: an attack blamed on the other party within the last two weeks; no force since: coercive',
  ],
  [
    '2010-06-21T12:00:00Z',
    2,
    'Three weeks after the raid: no force, ultimatum or threat of war since; the ambassador recalled, drills cancelled, accusations: strained',
  ],
  [
    '2010-07-05T12:00:00Z',
    2,
    'Erdoğan restated the demands (apology, compensation, the blockade lifted) and confirmed the ban on Israeli military flights a week ago: a sanction, not a border closed (civil flights and trade go on, no land border); no threat of force: strained',
  ],
  [
    '2010-12-08T12:00:00Z',
    2,
    'After Turkey’s firefighting planes and Netanyahu’s thanks, the envoys met in Geneva two days ago, "very positive", nothing signed; relations still downgraded, no agreement being carried out: strained',
  ],
  // ----- September 2011: the ultimatum, the downgrade, the warships -----
  [
    '2011-09-01T20:00:00Z',
    3,
    'Davutoğlu’s ultimatum is in force: an apology by the release of the UN report tomorrow, or "Plan B" sanctions; Israel has decided not to apologise: an ultimatum within two weeks',
  ],
  [
    '2011-09-03T12:00:00Z',
    3,
    'The ultimatum was enforced yesterday — Israel’s ambassador expelled, military agreements suspended, measures for "freedom of navigation" announced: an ultimatum within the last two weeks',
  ],
  [
    '2011-09-09T12:00:00Z',
    3,
    'Erdoğan said yesterday that Turkish warships will escort aid ships to Gaza and "will not let these ships be attacked by Israel": a threat of force against the other party’s navy, and the ultimatum a week old: coercive',
  ],
  [
    '2011-09-20T12:00:00Z',
    3,
    'Twelve days after Erdoğan’s threat of naval escort: a threat of force within the last two weeks; no shot fired: coercive',
  ],
  [
    '2011-10-01T12:00:00Z',
    2,
    'Three weeks after the threat of escort, four since the ultimatum; no flotilla sailed and no force used: relations at second-secretary level, strained',
  ],
  // ----- 2012 – 2013: the long freeze, the apology -----
  [
    '2012-06-01T12:00:00Z',
    2,
    'Nothing recorded between the two for eight months; relations downgraded, military agreements suspended, the demands unmet, no agreement being implemented: strained',
  ],
  [
    '2013-03-01T12:00:00Z',
    2,
    'Erdoğan called Zionism a crime against humanity two days ago and Netanyahu’s office condemned it: accusations and critical rhetoric, no threat: strained',
  ],
  [
    '2013-03-25T12:00:00Z',
    2,
    'Netanyahu apologised by telephone three days ago, Obama present, and Erdoğan accepted; compensation agreed in principle, talks to come, no ambassador back and nothing signed: talks holding, not yet an agreement carried out: strained',
  ],
  // ----- 2014 – 2015: the Gaza war, the talks on hold, Zurich -----
  [
    '2014-07-21T12:00:00Z',
    2,
    'Erdoğan put normalisation on hold while the Gaza war goes on and says Israel "surpassed Hitler in barbarism": accusations and talks paused, not broken off; the war is Israel’s with Hamas, a third party; no force or threat between the two: strained',
  ],
  [
    '2015-12-20T12:00:00Z',
    2,
    'The talks resumed in Zurich four days ago with "understandings", but "we have not reached an agreement yet": talks holding, nothing signed: strained',
  ],
  // ----- 2016: the agreement and the ambassadors -----
  [
    '2016-06-27T20:00:00Z',
    2,
    'Yıldırım announced the deal today, to be signed tomorrow: talks concluded, but no agreement signed or carried out yet: strained',
  ],
  [
    '2016-07-05T12:00:00Z',
    1,
    'The normalisation agreement was signed on 28 June and approved by Israel’s cabinet the next day: an agreement being implemented, and no hostile act or threat between the two since August 2014: cooperative',
  ],
  [
    '2016-10-05T12:00:00Z',
    1,
    'Ratified by Turkey’s parliament, the $20 million paid five days ago: the agreement carried out, nothing hostile for two years: cooperative',
  ],
  [
    '2016-11-25T12:00:00Z',
    2,
    'Ambassadors named ten days ago, but Erdoğan likened Israel’s conduct in Gaza to Hitler’s on Israeli television four days ago: an accusation within the month, so not "no hostile act for a month": strained',
  ],
  [
    '2016-12-28T12:00:00Z',
    1,
    'Both ambassadors in post (Ökem’s credentials on 12 December), the agreement carried out, five weeks since Erdoğan’s accusation and nothing hostile since: cooperative',
  ],
];

describe('escalation model v2 on Israel – Türkiye, 2010–16 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No fire between the two states' forces (§5b): the raid was on the other's nationals at sea, and the warships
  // never sailed. No call date is militarised, and no reason is armed action.
  itReadsNoArmedAction(escalation, CALLS);

  // The pair of actors matters (§5b): the United States, the UN's panel and Hamas are third parties; none of their
  // registrations or acts makes the level.
  it("no reason for the level is a third party's act or registration", () => {
    const outsiders = ['united-states', 'united-nations', 'hamas'];
    const theirs = definition.events.filter(
      (e) =>
        (e.type === 'ActorRegistered' && outsiders.includes(e.data.actor.id)) ||
        (e.type === 'StatementMade' && outsiders.includes(e.data.speaker.actorId)) ||
        (e.type === 'ThirdPartyEngagement' && outsiders.includes(e.data.actorId)),
    );
    expect(theirs.length).toBeGreaterThanOrEqual(5);
    expect(
      reasonsCiting(
        escalation,
        CALLS,
        theirs.map((e) => e.eventId),
      ),
    ).toEqual([]);
  });

  // A lasting condition weighs while it lasts: the ultimatum of 1 September 2011 (in force until its enforcement on the
  // 2nd) is the coercive reason on its day and the day after its enforcement; on 1 October, 29 days after its last
  // day in force, it still keeps the level from 1 (the lead's settled reading: an ultimatum in force on any day of the
  // last month keeps the level from 1), and on 5 October, a month and more after, it is no longer cited.
  // Revised after the first run: written as "cited on 1 and 3 September only", forgetting that 1 October is still
  // within a month of the ultimatum's last day in force; the level there (2) was the call's, and the model read it.
  it('the "Plan B" ultimatum is a reason around its deadline and within the month after it, and not after', () => {
    const ultimatum = definition.events.find((e) => e.type === 'UltimatumIssued');
    expect(ultimatum).toBeDefined();
    const id = ultimatum?.eventId ?? '';
    const ats = [
      '2011-08-31T12:00:00Z',
      '2011-09-01T20:00:00Z',
      '2011-09-03T12:00:00Z',
      '2011-10-01T12:00:00Z',
      '2011-10-05T12:00:00Z',
    ];
    expect(datesCiting(escalation, ats, id)).toEqual([
      '2011-09-01T20:00:00Z',
      '2011-09-03T12:00:00Z',
      '2011-10-01T12:00:00Z',
    ]);
    const coercive = (at: string) =>
      escalation(at).level === 3 && (escalation(at).reasons[0]?.eventIds ?? []).includes(id);
    expect(['2011-09-01T20:00:00Z', '2011-09-03T12:00:00Z'].filter(coercive)).toHaveLength(2);
  });

  // The demand-acceptance matrix (DOMAIN.md §5): the apology met in 2013, compensation and the Gaza demand (as
  // amended) met by the agreement; Israel's demand on Hamas agreed in principle only.
  it('the matrix shows the three Turkish demands agreed and the Hamas demand partial', () => {
    const m = matrixView(foldViews(entries));
    const consensus = Object.fromEntries(m.rows.map((r) => [r.demandId, r.consensus]));
    expect(consensus).toEqual({
      'apology-for-the-raid': 'agreed',
      'compensation-for-the-victims': 'agreed',
      'lift-the-gaza-blockade': 'agreed',
      'close-hamas-command-in-turkey': 'partial',
    });
  });
});
