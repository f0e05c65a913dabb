/**
 * Escalation model v2 on a third case it was never tuned on: the 2025 United
 * States – Iran nuclear talks (us-iran-2025.ts, a test fixture). What it holds
 * the model to that the first two cases did not: the pair of actors. Israel's
 * war on Iran is heavy armed action by a third party; the IAEA and the E3 act
 * on Iran as third parties; only the United States and Iran make the
 * negotiation's level. The calls below were written from DOMAIN.md §5b alone,
 * before the model was run on the case, each with its reason as in the
 * analysts' judgements file; the model must agree with every one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './us-iran-2025';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2025-03-20T12:00:00Z',
    3,
    "Trump's letter gives Iran two months to make a deal, with military action as the alternative: an ultimatum, active",
  ],
  [
    '2025-04-05T12:00:00Z',
    3,
    'Trump says "there will be bombing" if Iran makes no deal (30 March): a threat of war within two weeks; the ultimatum still runs',
  ],
  [
    '2025-05-01T12:00:00Z',
    3,
    'Three rounds held with progress, but the two-month ultimatum is still in force: a lasting condition weighs while it lasts',
  ],
  [
    '2025-06-13T06:00:00Z',
    3,
    "Israel's strikes on Iran are a third party's attack, not armed action between the pair; but Iran holds the United States responsible for them: an attack blamed on the other party. The ultimatum has lapsed, Trump's threats of that day are still to come",
  ],
  [
    '2025-06-18T12:00:00Z',
    3,
    'The Israel–Iran war rages (heavy, but a third party); between the pair: Iran suspended the talks on the 14th, Trump demands "unconditional surrender" (17th). No armed action between the United States and Iran yet',
  ],
  [
    '2025-06-22T12:00:00Z',
    5,
    'US strikes on Fordow, Natanz and Isfahan overnight: heavy armed action by one party on the other, in several places; no ceasefire',
  ],
  [
    '2025-06-23T20:00:00Z',
    5,
    "Iran's missiles at Al Udeid this evening (no casualties) after the US strikes of the 22nd: heavy armed action within three days; the ceasefire is announced but not yet in force",
  ],
  [
    '2025-06-24T12:00:00Z',
    4,
    'The ceasefire is in force since 04:00 GMT, so no longer hostilities; but armed action between the pair was yesterday and the ceasefire has not held three days',
  ],
  [
    '2025-06-28T12:00:00Z',
    3,
    'The ceasefire agreed after the Al Udeid strike has held four days; armed action within the month',
  ],
  [
    '2025-07-10T12:00:00Z',
    3,
    "Armed action between the pair within the month (22–23 June); Iran's suspension of IAEA cooperation is between Iran and the IAEA",
  ],
  [
    '2025-07-25T12:00:00Z',
    3,
    'The June armed action is more than a month old, but Trump threatens to strike again "if necessary" (21 July): a threat of war within two weeks',
  ],
  [
    '2025-08-20T12:00:00Z',
    2,
    "No armed action for two months, Trump's last threat (28 July) over three weeks old, no ultimatum between the pair; the talks are off (suspended in June) and the words critical: strained",
  ],
  [
    '2025-09-05T12:00:00Z',
    2,
    "The E3's snapback is an ultimatum by a third party to Iran, not between the pair; the United States backs it in critical words: strained",
  ],
  [
    '2025-10-01T00:00:00Z',
    2,
    "UN sanctions restored by the E3's snapback (a third party); Khamenei calls talks with the United States a dead end (an accusation, the talks long off): strained",
  ],
];

describe('escalation model v2 on the United States – Iran talks of 2025 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): what a third party does or says to Iran, or to no one, is never a reason for the
  // negotiation's level; Iran blaming the United States for Israel's strikes is (the blame, not the strikes).
  it("no reason for the level is a third party's act or words: Israel's threats and strikes, the IAEA's and E3's acts", () => {
    const PARTIES = ['united-states', 'iran'];
    const OTHERS = ['israel', 'iaea', 'e3', 'oman', 'qatar'];
    const party = (id: unknown) => typeof id === 'string' && PARTIES.includes(id);
    // By someone outside the pair, or aimed at an actor outside it, and blaming no party.
    const outsiders = new Set(
      definition.events.flatMap((e) => {
        const d = e.data as Record<string, unknown>;
        if (!['StatementMade', 'IncidentReported', 'UltimatumIssued'].includes(e.type) || party(d.blamedOn)) return [];
        const by = e.type === 'StatementMade' ? (d.speaker as { actorId: string }).actorId : (d.perpetrator ?? d.by);
        const target = d.audience ?? d.against ?? (d.to as string[] | undefined)?.[0];
        const outside = !party(by) || (typeof target === 'string' && OTHERS.includes(target));
        return outside ? [e.eventId] : [];
      }),
    );
    // Israel's strikes and Iran's on Israel, Katz's threat, the IAEA Board and Iran's answers, the E3's snapback…
    expect(outsiders.size).toBe(8);
    const cited = reasonsCiting(escalation, CALLS, outsiders);
    expect(cited).toEqual([]);
    // The blame is the reason on the day Israel struck.
    expect(escalation('2025-06-13T06:00:00Z').reasons.map((r) => r.text)).toEqual([
      'Attack blamed on United States on 2025-06-13 (less than a day ago)',
    ]);
  });
});
