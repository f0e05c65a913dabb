/**
 * Escalation model v2 on a case it was never tuned on: Israel and Iran, June – November 2025 (israel-iran-2025.ts, a
 * test fixture). What it holds the model to: a short war with heavy armed action every day, in several places, tens
 * killed on both sides; a ceasefire announced by a third party and accepted by both, broken in its first hours without
 * casualties (an Israeli strike on a radar site after it took effect), that then holds; and five months of threats and
 * third parties' coercion of Iran (the IAEA, the E3's snapback) with no armed action between the two. The United
 * States' strikes of 22 June and Iran's on Al Udeid are a third party's; only Israel and Iran make the level. The calls
 * below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itCitesNone, itReadsEachCall } from './case-log';
import definition from './israel-iran-2025';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for Israel – Iran 2025: [at, level, why]. The first run: 20 calls, all 20 agreed at once; none
 * revised, none left. The model reads the war's twelve days as hostilities, the first hours of the ceasefire as
 * militarised (the Israeli strike on a radar site after it took effect is armed action "in breach of the ceasefire
 * agreed on 2025-06-24", so line 4 holds for its seven days, to 1 July, as the call of 28 June read the table's letter),
 * then coercive on armed action within the month and on each threat of war, and strained with "ceasefire in force"
 * once a month has passed without armed action or threat; no third party's act or words is a reason on any call date.
 */
const CALLS: readonly Call[] = [
  [
    '2025-06-12T20:00:00Z',
    2,
    "Nothing hostile between Israel and Iran is recorded yet: the IAEA Board's finding and Iran's answer to it are between Iran and a third party; no agreement between the two is being implemented, so not cooperative: strained",
  ],
  [
    '2025-06-13T12:00:00Z',
    5,
    "Israel's opening strikes overnight, a major operation on Tehran and Natanz, commanders and scientists killed; Iran's drones at Israel this morning: heavy armed action in several places, no ceasefire",
  ],
  [
    '2025-06-15T12:00:00Z',
    5,
    "Iran's missiles killed three in central Israel, four in Tamra and six in Bat Yam in two nights; Israel struck Mashhad: heavy armed action, tens killed, no ceasefire",
  ],
  [
    '2025-06-17T12:00:00Z',
    5,
    'Eight killed in Tel Aviv and Haifa yesterday; Israel struck the state broadcaster in Tehran: heavy armed action in several places within three days, no ceasefire',
  ],
  [
    '2025-06-20T12:00:00Z',
    5,
    "Iran's missiles on Beersheba's hospital and other cities, Israel's strike on Arak, yesterday: armed action in several places within three days, no ceasefire",
  ],
  [
    '2025-06-22T12:00:00Z',
    5,
    "Israel struck Qom and Isfahan, Iran's drones and missiles hit Beit She'an and central Israel, and Iran's missiles hit Israeli cities this morning; the US strikes overnight are a third party's: heavy armed action, no ceasefire",
  ],
  [
    '2025-06-23T20:00:00Z',
    5,
    "Israel struck Evin prison and IRGC centres in Tehran and the roads to Fordow, Iran's missiles hit Ashdod: heavy armed action today; the ceasefire is announced but not in force",
  ],
  [
    '2025-06-24T06:00:00Z',
    4,
    'The ceasefire has been in force for two hours, so no longer hostilities; but four were killed in Beersheba and nine in northern Iran before it, and Iran says Israel struck after it took effect: armed action within the week, the ceasefire has not held three days',
  ],
  [
    '2025-06-25T12:00:00Z',
    4,
    "Israel's strike on a radar site near Tehran yesterday, after the ceasefire took effect (no casualties): armed action within the week, and the ceasefire has not held three days",
  ],
  [
    '2025-06-28T12:00:00Z',
    4,
    'By the letter: armed action within the week (the radar strike of the 24th), and no ceasefire was agreed after it; the ceasefire agreed before it has held four days since, which the table does not count',
  ],
  [
    '2025-07-02T12:00:00Z',
    3,
    'The last armed action is eight days old: within the month, not the week; Katz\'s threat of a "policy of enforcement" (26 June) within two weeks; Iran\'s suspension of IAEA cooperation is between Iran and a third party',
  ],
  ['2025-07-20T12:00:00Z', 3, 'Armed action within the month (the war ended 24 June); the ceasefire holds'],
  [
    '2025-07-26T12:00:00Z',
    2,
    'The last armed action (24 June) is more than a month old, the last threat (Katz, 26 June) a month old, no ultimatum or closed border between the two; the ceasefire holds: strained',
  ],
  [
    '2025-07-29T12:00:00Z',
    3,
    'Katz to Khamenei yesterday: "our long arm will reach Tehran again, with more force": a threat of war within two weeks',
  ],
  [
    '2025-08-15T12:00:00Z',
    2,
    "Katz's threat is eighteen days old; no armed action for seven weeks; the ceasefire holds: strained",
  ],
  [
    '2025-08-21T12:00:00Z',
    3,
    'Iran\'s defence minister yesterday: new missiles to be used "without hesitation" if Israel attacks again: a threat of war within two weeks',
  ],
  [
    '2025-09-10T12:00:00Z',
    2,
    "Nasirzadeh's threat is three weeks old; the E3's snapback is a third party's ultimatum to Iran, the Cairo understanding an agreement of Iran with the IAEA: strained",
  ],
  [
    '2025-09-29T12:00:00Z',
    2,
    "Critical words at the UN General Assembly from Pezeshkian and Netanyahu; the UN sanctions restored by the E3's snapback are a third party's act: strained",
  ],
  [
    '2025-10-08T12:00:00Z',
    2,
    'Netanyahu accuses Iran of building intercontinental missiles, Araghchi calls it a made-up threat: accusations and critical rhetoric, no threat of war',
  ],
  [
    '2025-11-30T12:00:00Z',
    2,
    "No hostile act or threat between the two for over three months, but no agreement between them is being implemented (the ceasefire was never a signed agreement; the Cairo understanding, now withdrawn from, was Iran's with the IAEA): a ceasefire holding, strained",
  ],
];

describe('escalation model v2 on Israel – Iran, June – November 2025 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): what third parties do to Iran, or Iran to them, is no reason for the pair's level.
  const THIRD_PARTIES = new Set(['united-states', 'iaea', 'e3', 'qatar']);
  itCitesNone(
    escalation,
    CALLS,
    "a third party's act or words, or Iran's with a third party: the US strikes, Al Udeid, the IAEA, the E3, the Cairo understanding",
    definition.events.filter((e) => {
      const d = e.data as Record<string, unknown>;
      const speaker = (d.speaker as { actorId?: string } | undefined)?.actorId;
      return (
        THIRD_PARTIES.has(d.perpetrator as string) ||
        THIRD_PARTIES.has(d.against as string) ||
        THIRD_PARTIES.has(d.audience as string) ||
        THIRD_PARTIES.has(d.by as string) ||
        (speaker !== undefined && THIRD_PARTIES.has(speaker)) ||
        e.type === 'AgreementReached' ||
        e.type === 'AgreementStatusChanged'
      );
    }),
  );
});
