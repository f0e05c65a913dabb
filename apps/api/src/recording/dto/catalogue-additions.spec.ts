/**
 * The catalogue additions at the edge (issue #14, items 5–6): each new field
 * is accepted when well formed and refused with a 400 naming it otherwise —
 * including the rules across fields, which are the domain's
 * (`crossFieldProblems`) asked once the fields pass.
 */
import type { FieldProblem } from '../../errors/validation';
import { EXAMPLE_EVENTS, developmentWith } from '@parley/domain/testing/examples';
import { validateRecordEvent } from './validate';

/** What the edge says of `data` as a development of `type` (the rest of the body valid). */
const validateEventData = (type: string, data: unknown) => validateRecordEvent(developmentWith(type, data));
type Body = Record<string, unknown>;

const incident = (data: Body = {}): Body => ({ ...structuredClone(EXAMPLE_EVENTS.IncidentReported.data), ...data });
const violation = (data: Body = {}): Body => ({
  ...structuredClone(EXAMPLE_EVENTS.CeasefireViolationReported.data),
  ...data,
});
const statement = (envelope: Body = {}): Body => ({ ...structuredClone(EXAMPLE_EVENTS.StatementMade), ...envelope });

function problemsOf(problems: readonly FieldProblem[], field: string): readonly string[] {
  return problems.find((p) => p.field === field)?.problems ?? [];
}

describe('IncidentReported: against, blamedOn, harmed, injured, civilianFatalities, period and the new kinds', () => {
  it('accepts them when well formed', () => {
    const data = incident({ blamedOn: 'afghan-taliban', harmed: 'qatar', civilianFatalities: { min: 0, max: 23 } });
    expect(validateEventData('IncidentReported', data)).toEqual([]);
    for (const kind of ['shelling', 'drone-strike', 'missile-strike', 'border-reopening']) {
      expect(validateEventData('IncidentReported', incident({ kind }))).toEqual([]);
    }
  });

  it('checks against, blamedOn and harmed as actor ids, and injured as a range', () => {
    const problems = validateEventData(
      'IncidentReported',
      incident({ against: 'Pakistan', blamedOn: 7, harmed: 'Azerbaijan Airlines', injured: { min: 5, max: 2 } }),
    );
    expect(problemsOf(problems, 'data.against')).toEqual([expect.stringMatching(/^against must be an actor id/)]);
    expect(problemsOf(problems, 'data.blamedOn')).toEqual(['blamedOn must be a string']);
    expect(problemsOf(problems, 'data.harmed')).toEqual([expect.stringMatching(/^harmed must be an actor id/)]);
    expect(problemsOf(problems, 'data.injured.max')).toEqual(['max (2) must not be less than min (5)']);
  });

  it('refuses more civilian dead than dead, naming data.civilianFatalities', () => {
    const problems = validateEventData(
      'IncidentReported',
      incident({ fatalities: { min: 23, max: 58 }, civilianFatalities: { min: 10, max: 60 } }),
    );
    expect(problems).toEqual([
      {
        field: 'data.civilianFatalities',
        problems: [
          'civilianFatalities.max (60) must not exceed fatalities.max (58): the civilians are counted among them',
        ],
      },
    ]);
  });

  it('needs a period on a casualty report, and only there', () => {
    expect(validateEventData('IncidentReported', incident({ kind: 'casualty-report' }))).toEqual([
      {
        field: 'data.period',
        problems: ['period is required when kind is casualty-report: the span its counts cover'],
      },
    ]);
    expect(
      validateEventData(
        'IncidentReported',
        incident({ kind: 'casualty-report', period: { from: '2025-10-01', to: '2025-12-31' } }),
      ),
    ).toEqual([]);
    expect(
      validateEventData('IncidentReported', incident({ period: { from: '2025-10-01', to: '2025-12-31' } })),
    ).toEqual([{ field: 'data.period', problems: ['period is only for kind casualty-report, not clash'] }]);
  });

  it('takes a scale on armed action only, and only one it knows, naming data.scale', () => {
    expect(validateEventData('IncidentReported', incident({ kind: 'shelling', scale: 'major' }))).toEqual([]);
    expect(validateEventData('IncidentReported', incident({ kind: 'border-closure', scale: 'major' }))).toEqual([
      {
        field: 'data.scale',
        problems: [
          'scale is only for armed action (kind clash, airstrike, shelling, drone-strike, missile-strike), not border-closure',
        ],
      },
    ]);
    expect(problemsOf(validateEventData('IncidentReported', incident({ scale: 'war' })), 'data.scale')).toEqual([
      expect.stringMatching(/^scale must be one of/),
    ]);
  });

  it('checks the period: days or instants, from not after to, nothing else in it', () => {
    const check = (period: unknown) =>
      validateEventData('IncidentReported', incident({ kind: 'casualty-report', period }));
    expect(problemsOf(check({ from: '2025-12-31', to: '2025-10-01' }), 'data.period.to')).toEqual([
      'to (2025-10-01) must not be before from (2025-12-31)',
    ]);
    expect(problemsOf(check({ from: '2025-10', to: '2025-12-31' }), 'data.period.from')).toEqual([
      'from must be a date: YYYY-MM-DD or an ISO date-time with a zone (2025-10-15T18:00:00+05:00 or …Z); 2025-10 names only a month',
    ]);
    expect(problemsOf(check({ from: '2025-10-01', to: '2025-12-31', quarter: 4 }), 'data.period.quarter')).toEqual([
      'quarter is not a field here; the fields are: from, to',
    ]);
    expect(problemsOf(check('Q4 2025'), 'data.period')).toEqual(['period must be an object']);
  });
});

describe('StatementMade: blames, a blame laid in the statement', () => {
  const blaming = (blames: unknown): Body => ({ ...structuredClone(EXAMPLE_EVENTS.StatementMade.data), blames });

  it('accepts an incident id and an actor id', () => {
    const blames = { incidentId: 'islamabad-court-bombing-2025-11-11', on: 'afghan-taliban' };
    expect(validateEventData('StatementMade', blaming(blames))).toEqual([]);
  });

  it('checks each of its fields, names each bad one, and refuses a field it does not have', () => {
    const problems = validateEventData('StatementMade', blaming({ incidentId: 'Islamabad bombing', by: 'pakistan' }));
    expect(problemsOf(problems, 'data.blames.incidentId')).toEqual([expect.stringMatching(/^incidentId must be/)]);
    expect(problemsOf(problems, 'data.blames.on')).toEqual([expect.stringMatching(/^on /)]);
    expect(problemsOf(problems, 'data.blames.by')).toEqual([expect.stringMatching(/^by is not a field here/)]);
  });
});

describe('CeasefireViolationReported: injured and civilianFatalities', () => {
  it('accepts civilians up to the casualties, and refuses more, naming data.civilianFatalities', () => {
    expect(
      validateEventData(
        'CeasefireViolationReported',
        violation({ injured: { min: 3, max: 3 }, civilianFatalities: { min: 8, max: 17 } }),
      ),
    ).toEqual([]);
    expect(
      validateEventData('CeasefireViolationReported', violation({ civilianFatalities: { min: 8, max: 18 } })),
    ).toEqual([
      {
        field: 'data.civilianFatalities',
        problems: [
          'civilianFatalities.max (18) must not exceed casualties.max (17): the civilians are counted among them',
        ],
      },
    ]);
  });
});

describe('CeasefireDeclared: coverage, all hostilities or partial', () => {
  const ceasefire = (data: Body): Body => ({ ...structuredClone(EXAMPLE_EVENTS.CeasefireDeclared.data), ...data });

  it('accepts a partial ceasefire and one of all hostilities, and refuses anything else, naming data.coverage', () => {
    expect(validateEventData('CeasefireDeclared', ceasefire({ coverage: 'partial' }))).toEqual([]);
    expect(validateEventData('CeasefireDeclared', ceasefire({ coverage: 'all-hostilities' }))).toEqual([]);
    const problems = validateEventData('CeasefireDeclared', ceasefire({ coverage: 'energy' }));
    expect(problemsOf(problems, 'data.coverage')).toEqual([
      'coverage must be one of the following values: all-hostilities, partial',
    ]);
  });
});

describe('the new values of existing enums', () => {
  it.each([
    ['MediationAction', 'action', 'requested-pause'],
    ['CeasefireDeclared', 'duration', 'until-talks-conclude'],
    ['CeasefireExtended', 'duration', 'until-talks-conclude'],
    ['TalksRoundScheduled', 'format', 'technical'],
    ['TalksRoundOpened', 'format', 'informal'],
  ] as const)('%s accepts %s %s', (type, field, value) => {
    expect(validateEventData(type, { ...structuredClone(EXAMPLE_EVENTS[type].data), [field]: value })).toEqual([]);
  });

  it('refuses a round format outside formal, informal, technical', () => {
    const problems = validateEventData('TalksRoundOpened', {
      ...structuredClone(EXAMPLE_EVENTS.TalksRoundOpened.data),
      format: 'plenary',
    });
    expect(problemsOf(problems, 'data.format')).toEqual([
      'format must be one of the following values: formal, informal, technical',
    ]);
  });
});

describe('the envelope: occurrence, and a CAMEO code the shipped table weighs', () => {
  it('accepts an occurrence key and refuses one that is not an id, naming the field', () => {
    expect(validateRecordEvent(statement({ occurrence: 'doha-agreement-2025-10-19' }))).toEqual([]);
    expect(validateRecordEvent(statement({ occurrence: 'Doha agreement' }))).toEqual([
      {
        field: 'occurrence',
        problems: [
          "occurrence must be an occurrence id: letters, digits, '.', '_', ':' or '-' (no spaces), starting with a letter or digit, at most 100 characters",
        ],
      },
    ]);
  });

  it.each(['999', '1213'])('refuses the CAMEO code %s with a 400 naming it', (cameo) => {
    expect(validateRecordEvent(statement({ cameo }))).toEqual([
      {
        field: 'cameo',
        problems: [
          `cameo ${cameo} is not in the shipped CAMEO table (311 codes with a Goldstein weight, e.g. 0871, 138, 190): the escalation model could not weigh it`,
        ],
      },
    ]);
  });

  it('accepts a code of the table, and says only the form is wrong for a code of the wrong form', () => {
    expect(validateRecordEvent(statement({ cameo: '0871' }))).toEqual([]);
    expect(problemsOf(validateRecordEvent(statement({ cameo: '13a' })), 'cameo')).toEqual([
      'cameo must be a CAMEO event code of 2 to 4 digits (e.g. 138)',
    ]);
  });

  it('refuses an unknown code and a bad occurrence in a correction too', () => {
    const correction = {
      ...structuredClone(EXAMPLE_EVENTS.EventCorrected.data),
      changes: { cameo: '999', occurrence: 'a b' },
    };
    const problems = validateEventData('EventCorrected', correction);
    expect(problemsOf(problems, 'data.changes.cameo')).toEqual([
      expect.stringMatching(/^cameo 999 is not in the shipped CAMEO table/),
    ]);
    expect(problemsOf(problems, 'data.changes.occurrence')).toEqual([
      expect.stringMatching(/^occurrence must be an occurrence id/),
    ]);
  });
});
