/**
 * Escalation model v2 on a case it was never tuned on: Bangladesh and Myanmar from the Rohingya exodus of August 2017
 * to the failed start of the repatriation in November 2018 (bangladesh-myanmar-2017.ts, a test fixture). What it holds
 * the model to that the other cases did not: a third party's war (ARSA and the Myanmar army, thousands killed) that
 * drives some 700,000 refugees into Bangladesh without any armed action between the pair; military helicopters and
 * drones in the other's airspace with no fire; mines laid on one's own side of the border, aimed at refugees; warnings
 * of "unwarranted consequences"; an arrangement signed, its start put off and, a year later, not carried out; and a
 * build-up of troops at the zero line, pulled back and renewed. The calls below were written from DOMAIN.md §5b alone,
 * before the model was run on the case, each with its reason.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itCitesNone, itReadsEachCall, itReadsNoArmedAction } from './case-log';
import definition from './bangladesh-myanmar-2017';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Bangladesh – Myanmar: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- August – September 2017: the exodus, the airspace, the mines -----
  [
    '2017-08-26T12:00:00Z',
    2,
    'ARSA attacked Myanmar’s police posts yesterday and the army has struck back in Rakhine: a war between Myanmar and a third party, not between the pair; Rohingya are fleeing into Bangladesh, but nothing hostile has passed between Bangladesh and Myanmar and no agreement is in force: strained',
  ],
  [
    '2017-09-02T12:00:00Z',
    3,
    'Myanmar military helicopters entered Bangladesh’s airspace on 27 and 28 August and three times yesterday; Bangladesh has lodged a strong protest warning of an "unwarranted situation": force short of fire against the other party, repeated, within two weeks: coercive',
  ],
  [
    '2017-09-07T12:00:00Z',
    3,
    'A week after the last helicopter intrusions, with Myanmar reported laying mines along its border fence and Bangladesh summoning its ambassador over them: coercion within two weeks, no armed action between the two',
  ],
  [
    '2017-09-16T12:00:00Z',
    3,
    'Drones and a helicopter over Bangladesh on 10, 12 and 14 September; Myanmar’s envoy summoned yesterday and warned the "provocative acts may lead to unwarranted consequences"; Myanmar denies it: coercive, not armed action',
  ],
  [
    '2017-10-01T12:00:00Z',
    2,
    'Seventeen days since the last intrusion and sixteen since the last warning; no armed action between the two at any time; talks are set for tomorrow: strained, not coercive',
  ],
  [
    '2017-10-03T12:00:00Z',
    2,
    'Talks in Dhaka yesterday: Myanmar proposes to take the refugees back and a joint working group is agreed, but no agreement is yet being implemented: talks holding, strained',
  ],
  [
    '2017-11-20T12:00:00Z',
    2,
    'China proposed a three-phase plan yesterday that both back; the security MoUs of October are signed but the return itself is not yet agreed; nothing hostile for two months: strained, talks holding',
  ],
  // ----- November 2017 – January 2018: the Arrangement -----
  [
    '2017-11-24T12:00:00Z',
    1,
    'The Arrangement on the return was signed yesterday and its clock runs (two months to start); no hostile act or threat between the two since mid-September: cooperative',
  ],
  [
    '2017-12-20T12:00:00Z',
    1,
    'The Joint Working Group was formed and its terms signed yesterday, under the Arrangement: an agreement being implemented, nothing hostile for three months',
  ],
  [
    '2018-01-17T12:00:00Z',
    1,
    'The Physical Arrangement was finalised yesterday by the Joint Working Group; the Arrangement is being carried out; nothing hostile for four months: cooperative',
  ],
  [
    '2018-01-24T12:00:00Z',
    1,
    'The start due yesterday was put off by Bangladesh because the lists and camps are not ready, not because either side stopped applying the Arrangement; nothing hostile between them: still cooperative',
  ],
  // ----- March 2018: the troops at the zero line -----
  [
    '2018-03-02T12:00:00Z',
    3,
    'Myanmar massed troops and heavy weapons at the zero line opposite Tombru yesterday, a blank fired at night; Bangladesh summoned the ambassador and demands a pull-back: a show of force against the other party, no fire at it: coercive',
  ],
  [
    '2018-03-04T12:00:00Z',
    3,
    'Myanmar pulled back after the flag meeting two days ago, but Dhaka calls its explanation unacceptable and the build-up is three days old: coercion within two weeks',
  ],
  [
    '2018-03-10T12:00:00Z',
    3,
    'Myanmar has dug bunkers and multiplied its troops at Tombru again, reported yesterday: a renewed show of force at the border: coercive',
  ],
  [
    '2018-03-25T12:00:00Z',
    2,
    'Sixteen days since the last build-up was reported; no armed action, no threat within two weeks; but a hostile act within the month: strained, not cooperative',
  ],
  [
    '2018-04-15T12:00:00Z',
    1,
    'Five weeks since the last build-up; the Arrangement stands and the Joint Working Group works; no hostile act or threat for a month: cooperative',
  ],
  // ----- October – December 2018: the map, the start that failed -----
  [
    '2018-10-07T12:00:00Z',
    2,
    'Bangladesh summoned Myanmar’s ambassador yesterday over maps claiming St Martin’s Island and calls them deliberate; the ambassador says it may be a mistake: accusations and critical rhetoric, no threat or force: strained',
  ],
  [
    '2018-11-01T12:00:00Z',
    1,
    'The Joint Working Group agreed the day before yesterday to start the returns in mid-November, both sides citing their political will; the map quarrel was words, nothing hostile in the month: cooperative',
  ],
  [
    '2018-11-16T12:00:00Z',
    2,
    'The returns that were to start yesterday did not: no refugee agreed to go; Myanmar says Bangladesh is weak in following the arrangements: the agreement signed a year ago is not being carried out, and the two trade blame: strained',
  ],
];

describe('escalation model v2 on Bangladesh – Myanmar, 2017–18 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No fire passed between the two sides' forces in the whole case: the helicopters, drones, mines and troops at the
  // zero line are force short of fire.
  itReadsNoArmedAction(escalation, CALLS);

  // The pair of actors matters (§5b): the war in Rakhine is Myanmar's with ARSA, a third party; its toll (ARSA's
  // attacks, the clearance operations, MSF's count) is not armed action between Bangladesh and Myanmar.
  itCitesNone(
    escalation,
    CALLS,
    'the war in Rakhine between Myanmar and ARSA',
    definition.events.filter(
      (e) =>
        e.type === 'IncidentReported' &&
        ['arsa-attacks-2017-08-25', 'myanmar-clearance-operations-2017-08', 'msf-count-rakhine-2017-08-09'].includes(
          (e.data as { incidentId: string }).incidentId,
        ),
    ),
  );
});
