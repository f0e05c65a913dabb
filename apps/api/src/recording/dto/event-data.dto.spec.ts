import fc from 'fast-check';
import {
  DEVELOPMENT_TYPES,
  EVENT_TYPES,
  eventDataProblems,
  sourceProblems,
  type DevelopmentType,
} from '@parley/domain';
import type { FieldProblem } from '../../errors/validation';
import { DATA_DTO_BY_TYPE } from './event-data.dto';
import { EXAMPLE_EVENTS, developmentWith } from '@parley/domain/testing/examples';
import { validateRecordEvent } from './validate';

/** What the edge says of `data` as a development of `type` (the rest of the body valid). */
const validateEventData = (type: string, data: unknown) => validateRecordEvent(developmentWith(type, data));
type Data = Record<string, unknown>;

/** The example's data for a type, changed by `edit` (a deep copy, so examples stay intact). */
function dataOf(type: DevelopmentType, edit: (d: Data) => void = () => undefined): Data {
  const data = structuredClone(EXAMPLE_EVENTS[type].data) as Data;
  edit(data);
  return data;
}

function problemsOf(problems: readonly FieldProblem[], field: string): readonly string[] {
  return problems.find((p) => p.field === field)?.problems ?? [];
}

interface Case {
  /** A required field, deleted. */
  readonly missing?: string;
  /** A wrong value: the field path (under `data.`), how to break it, and what the message must say. */
  readonly wrong: { readonly field: string; readonly edit: (d: Data) => void; readonly says: string };
}

const CASES: { readonly [T in DevelopmentType]: Case } = {
  ActorRegistered: {
    missing: 'role',
    wrong: {
      field: 'actor.kind',
      edit: (d) => ((d.actor as Data).kind = 'country'),
      says: 'kind must be one of the following values: state, de-facto-authority',
    },
  },
  TalksRoundScheduled: {
    missing: 'plannedFor',
    wrong: {
      field: 'plannedFor',
      edit: (d) => (d.plannedFor = '2025-11-31'),
      says: 'plannedFor 2025-11-31 is not a calendar date: November 2025 has 30 days',
    },
  },
  TalksRoundOpened: {
    missing: 'roundId',
    wrong: { field: 'hosts', edit: (d) => (d.hosts = 'qatar'), says: 'hosts must be an array' },
  },
  TalksRoundConcluded: {
    missing: 'outcome',
    wrong: {
      field: 'outcome',
      edit: (d) => (d.outcome = 'success'),
      says: 'outcome must be one of the following values: agreement, progress, no-progress, collapsed, adjourned',
    },
  },
  TalksRoundPostponed: {
    missing: 'roundId',
    wrong: {
      field: 'plannedFor',
      edit: (d) => (d.plannedFor = '2025-11-06T10:00'),
      says: 'plannedFor 2025-11-06T10:00 has no time zone: add Z or an offset such as +05:00',
    },
  },
  TalksRoundCancelled: {
    missing: 'roundId',
    wrong: { field: 'roundId', edit: (d) => (d.roundId = 'round 4'), says: 'roundId must be a round id' },
  },
  TalksSuspended: {
    missing: 'by',
    wrong: { field: 'by', edit: (d) => (d.by = 'Pakistan'), says: 'by must be an actor id' },
  },
  // Every field of TalksResumed is optional: nothing can be missing.
  TalksResumed: {
    wrong: { field: 'by', edit: (d) => (d.by = 42), says: 'by must be a string' },
  },
  AgreementReached: {
    missing: 'textPublic',
    wrong: { field: 'textPublic', edit: (d) => (d.textPublic = 'no'), says: 'textPublic must be a boolean value' },
  },
  AgreementStatusChanged: {
    missing: 'status',
    wrong: {
      field: 'status',
      edit: (d) => (d.status = 'in-abeyance'),
      says: 'status must be one of text-agreed (the text agreed, nothing initialled or signed: not yet being implemented), initialled (initialled, not yet signed: not yet being implemented), signed (signed: being implemented)',
    },
  },
  NegotiationClosed: {
    missing: 'outcome',
    wrong: {
      field: 'outcome',
      edit: (d) => (d.outcome = 'peace'),
      says: 'outcome must be one of the following values: agreement, collapsed, abandoned, superseded',
    },
  },
  DemandTabled: {
    missing: 'category',
    wrong: {
      field: 'category',
      edit: (d) => (d.category = 'military'),
      says: 'category must be one of the following values: security, territorial',
    },
  },
  DemandAmended: {
    missing: 'demandId',
    wrong: {
      field: 'addressedTo',
      edit: (d) => (d.addressedTo = ['afghan-taliban', 'afghan-taliban']),
      says: 'addressedTo lists the actor afghan-taliban more than once',
    },
  },
  DemandWithdrawn: {
    missing: 'demandId',
    wrong: { field: 'reason', edit: (d) => (d.reason = '   '), says: 'reason must not be empty or blank' },
  },
  PositionTaken: {
    missing: 'stance',
    wrong: {
      field: 'stance',
      edit: (d) => (d.stance = 'refused'),
      says: 'stance must be one of the following values: accepted, accepted-in-principle, conditional, ambiguous, rejected, counter-proposed',
    },
  },
  UltimatumIssued: {
    missing: 'consequences',
    wrong: {
      field: 'deadline',
      edit: (d) => (d.deadline = '2025-13'),
      says: 'deadline 2025-13 is not a calendar date: there is no month 13',
    },
  },
  UltimatumResolved: {
    missing: 'resolution',
    wrong: {
      field: 'resolution',
      edit: (d) => (d.resolution = 'ignored'),
      says: 'resolution must be one of the following values: complied, partially-complied, withdrawn, rejected, lapsed, enforced',
    },
  },
  StatementMade: {
    missing: 'speaker',
    wrong: {
      field: 'tone',
      edit: (d) => (d.tone = 'angry'),
      says: 'tone must be one of the following values: conciliatory, neutral, critical, accusation, warning, threat, military-threat',
    },
  },
  CeasefireDeclared: {
    missing: 'duration',
    wrong: { field: 'parties', edit: (d) => (d.parties = []), says: 'parties must contain at least 1 item' },
  },
  CeasefireExtended: {
    missing: 'ceasefireId',
    wrong: {
      field: 'duration',
      edit: (d) => (d.duration = 'forever'),
      says: 'duration must be one of the following values: temporary, indefinite',
    },
  },
  CeasefireViolationReported: {
    missing: 'against',
    wrong: {
      field: 'casualties.max',
      edit: (d) => (d.casualties = { min: 17, max: 8 }),
      says: 'max (8) must not be less than min (17)',
    },
  },
  CeasefireEnded: {
    missing: 'reason',
    wrong: {
      field: 'reason',
      edit: (d) => (d.reason = 'violated'),
      says: 'reason must be one of the following values: expired, collapsed, superseded',
    },
  },
  IncidentReported: {
    missing: 'description',
    wrong: {
      field: 'fatalities.max',
      edit: (d) => (d.fatalities = { min: 2, max: 2.5 }),
      says: 'max must be an integer number',
    },
  },
  MediationAction: {
    missing: 'summary',
    wrong: {
      field: 'action',
      edit: (d) => (d.action = 'mediated'),
      says: 'action must be one of the following values: offered, requested-resumption, proposed, visited, acknowledged-evidence',
    },
  },
  ThirdPartyEngagement: {
    missing: 'counterparts',
    wrong: {
      field: 'kind',
      edit: (d) => (d.kind = 'trade'),
      says: 'kind must be one of the following values: visit, outreach, meeting, recognition, support',
    },
  },
  EventCorrected: {
    missing: 'reason',
    wrong: {
      field: 'changes',
      edit: (d) => (d.changes = {}),
      says: 'changes must name at least one field to replace: occurredAt, precision, sources, cameo, note, occurrence, data',
    },
  },
  EventRetracted: {
    missing: 'eventId',
    wrong: { field: 'eventId', edit: (d) => (d.eventId = 42), says: 'eventId must be the UUID of an event' },
  },
};

describe('per-type data DTOs', () => {
  it('cover every catalogue type except NegotiationOpened', () => {
    expect(Object.keys(DATA_DTO_BY_TYPE).sort()).toEqual(EVENT_TYPES.filter((t) => t !== 'NegotiationOpened').sort());
    expect(DEVELOPMENT_TYPES).toHaveLength(EVENT_TYPES.length - 1);
  });

  describe.each(DEVELOPMENT_TYPES.map((t) => [t] as const))('%s', (type) => {
    const testCase = CASES[type];

    it('accepts the example', () => {
      expect(validateEventData(type, dataOf(type))).toEqual([]);
    });

    if (testCase.missing !== undefined) {
      const missing = testCase.missing;
      it(`names data.${missing} when it is missing`, () => {
        const problems = validateEventData(
          type,
          dataOf(type, (d) => delete d[missing]),
        );
        expect(problemsOf(problems, `data.${missing}`)).toContain(`${missing} is required`);
      });
    }

    it(`names data.${testCase.wrong.field} when it is wrong`, () => {
      const problems = validateEventData(type, dataOf(type, testCase.wrong.edit));
      const messages = problemsOf(problems, `data.${testCase.wrong.field}`);
      expect(messages.join(' | ')).toContain(testCase.wrong.says);
    });

    it('refuses a field the type does not have, naming the fields it has', () => {
      const problems = validateEventData(
        type,
        dataOf(type, (d) => (d.sentiment = 'hostile')),
      );
      const [message] = problemsOf(problems, 'data.sentiment');
      expect(message).toMatch(/^sentiment is not a field here; the fields are: /);
      const listed = (message ?? '').replace(/^.*the fields are: /, '').split(', ');
      expect(listed).toEqual(expect.arrayContaining(Object.keys(dataOf(type))));
    });

    it('refuses a number where data should be an object', () => {
      expect(validateEventData(type, 42)).toEqual([
        { field: 'data', problems: ['data must be an object holding the fields of the event type'] },
      ]);
    });
  });
});

describe('data: details that the table does not show', () => {
  it('requires every required field of a type at once, and only those', () => {
    const problems = validateEventData('DemandTabled', {});
    expect(problems.map((p) => p.field).sort()).toEqual([
      'data.addressedTo',
      'data.by',
      'data.category',
      'data.demandId',
      'data.text',
    ]);
  });

  it('accepts a TalksResumed with no fields at all', () => {
    expect(validateEventData('TalksResumed', {})).toEqual([]);
  });

  it('refuses null for an optional field (leave it out instead)', () => {
    const problems = validateEventData(
      'PositionTaken',
      dataOf('PositionTaken', (d) => (d.quote = null)),
    );
    expect(problemsOf(problems, 'data.quote')).toEqual(['quote must not be null: leave the field out instead']);
  });

  it('validates the nested speaker, and refuses unknown fields inside it', () => {
    const problems = validateEventData(
      'StatementMade',
      dataOf('StatementMade', (d) => (d.speaker = { name: 'Khawaja Asif', actorId: 'Pakistan', rank: 'minister' })),
    );
    expect(problemsOf(problems, 'data.speaker.actorId')[0]).toMatch(/^actorId must be an actor id: lowercase letters/);
    expect(problemsOf(problems, 'data.speaker.rank')[0]).toBe(
      'rank is not a field here; the fields are: name, title, actorId',
    );
  });

  it('validates delegations one by one, naming the index', () => {
    const problems = validateEventData(
      'TalksRoundOpened',
      dataOf(
        'TalksRoundOpened',
        (d) =>
          (d.delegations = [{ actorId: 'pakistan', members: [{ name: '', actorId: 'pakistan' }] }, 'afghan-taliban']),
      ),
    );
    expect(problemsOf(problems, 'data.delegations.0.members.0.name')).toEqual(['name must not be empty or blank']);
    expect(problemsOf(problems, 'data.delegations.1')).toEqual(['item 1 must be an object']);
  });

  it('refuses two delegations of one actor', () => {
    const problems = validateEventData(
      'TalksRoundOpened',
      dataOf('TalksRoundOpened', (d) => (d.delegations = [{ actorId: 'pakistan' }, { actorId: 'pakistan' }])),
    );
    expect(problemsOf(problems, 'data.delegations')).toEqual([
      'delegations lists a delegation of actor pakistan more than once',
    ]);
  });

  it('bounds lists at 100 items and texts at 4000 characters', () => {
    const hosts = Array.from({ length: 101 }, (_, i) => `actor-${i}`);
    const problems = validateEventData(
      'TalksRoundScheduled',
      dataOf('TalksRoundScheduled', (d) => {
        d.hosts = hosts;
        d.label = 'x'.repeat(201);
      }),
    );
    expect(problemsOf(problems, 'data.hosts')).toEqual(['hosts must contain at most 100 items (it has 101)']);
    expect(problemsOf(problems, 'data.label')).toEqual(['label must be at most 200 characters (it has 201)']);
    const long = validateEventData(
      'StatementMade',
      dataOf('StatementMade', (d) => (d.quote = 'q'.repeat(1_000_000))),
    );
    expect(problemsOf(long, 'data.quote')).toEqual(['quote must be at most 4000 characters (it has 1000000)']);
  });

  it('checks each actor id in a list', () => {
    const problems = validateEventData(
      'UltimatumIssued',
      dataOf('UltimatumIssued', (d) => (d.to = ['afghan-taliban', 'Kabul regime', 7])),
    );
    expect(problemsOf(problems, 'data.to')).toEqual(
      expect.arrayContaining([
        'each value in to must be a string',
        expect.stringMatching(/^each value in to must be an actor id/),
      ]),
    );
  });

  it('refuses negative counts and counts beyond ten million', () => {
    const problems = validateEventData(
      'IncidentReported',
      dataOf('IncidentReported', (d) => (d.fatalities = { min: -1, max: 1e300 })),
    );
    expect(problemsOf(problems, 'data.fatalities.min')).toEqual(['min must not be less than 0']);
    expect(problemsOf(problems, 'data.fatalities.max')).toEqual(['max must not be greater than 10000000']);
  });

  it('requires numbers in a range, not numeric strings', () => {
    const problems = validateEventData(
      'IncidentReported',
      dataOf('IncidentReported', (d) => (d.fatalities = { min: '23', max: 58 })),
    );
    expect(problemsOf(problems, 'data.fatalities.min')).toContain('min must be an integer number');
  });

  describe('EventCorrected', () => {
    const corrected = (changes: unknown) => dataOf('EventCorrected', (d) => (d.changes = changes));

    it('accepts replacing envelope fields', () => {
      expect(
        validateEventData(
          'EventCorrected',
          corrected({ occurredAt: '2025-10-17T20:30:00+04:30', precision: 'approximate', note: 'Kabul time' }),
        ),
      ).toEqual([]);
    });

    it('validates replaced sources like any source', () => {
      const problems = validateEventData(
        'EventCorrected',
        corrected({ sources: [{ title: 'UNAMA update', url: 'javascript:alert(1)' }] }),
      );
      expect(problemsOf(problems, 'data.changes.sources.0.url')[0]).toMatch(/^url must be an http\(s\) URL/);
      expect(
        problemsOf(validateEventData('EventCorrected', corrected({ sources: [] })), 'data.changes.sources'),
      ).toEqual(['sources must contain at least 1 item']);
    });

    it('refuses unknown fields in changes', () => {
      const problems = validateEventData('EventCorrected', corrected({ recordedAt: '2025-10-01' }));
      expect(problemsOf(problems, 'data.changes.recordedAt')[0]).toBe(
        'recordedAt is not a field here; the fields are: occurredAt, precision, sources, cameo, note, occurrence, data',
      );
    });

    it('takes changes.data as a free object, but a plain one with at most 50 field names', () => {
      expect(
        validateEventData(
          'EventCorrected',
          corrected({ data: { casualties: { min: 10, max: 17 }, anyFieldTheDomainChecks: true } }),
        ),
      ).toEqual([]);
      const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`f${i}`, i]));
      expect(problemsOf(validateEventData('EventCorrected', corrected({ data: many })), 'data.changes.data')).toEqual([
        'data must name at most 50 fields (it has 51)',
      ]);
      expect(problemsOf(validateEventData('EventCorrected', corrected({ data: [1, 2] })), 'data.changes.data')).toEqual(
        ['data must be an object of field names and their new values'],
      );
      expect(problemsOf(validateEventData('EventCorrected', corrected({ data: {} })), 'data.changes.data')).toEqual([
        'data must name at least one field',
      ]);
      expect(
        problemsOf(
          validateEventData('EventCorrected', corrected({ data: { 'fatalities.min': 3 } })),
          'data.changes.data',
        )[0],
      ).toMatch(/is not a field name/);
    });

    it('refuses prototype keys in changes.data', () => {
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        const data = JSON.parse(
          `{"eventId":"6f1c2b9e-8d3a-4f5e-9b7c-1a2d3e4f5a6b","reason":"r","changes":{"data":{"${key}":{"polluted":true}}}}`,
        ) as unknown;
        const problems = validateEventData('EventCorrected', data);
        expect(problemsOf(problems, `data.changes.data.${key}`)).toEqual([`"${key}" is not allowed as a field name`]);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('requires a precision that fits the corrected date', () => {
      const problems = validateEventData('EventCorrected', corrected({ occurredAt: '2025-11', precision: 'exact' }));
      expect(problemsOf(problems, 'data.changes.precision')).toEqual([
        'precision exact does not fit occurredAt 2025-11: use month or approximate (or leave precision out)',
      ]);
    });
  });

  it('refuses an unknown type, and NegotiationOpened with a pointer to its route', () => {
    expect(validateEventData('TalksHeld', {})).toEqual([
      {
        field: 'type',
        problems: [expect.stringMatching(/^type must be one of the following values: ActorRegistered, /)],
      },
    ]);
    expect(validateEventData('NegotiationOpened', {})).toEqual([
      {
        field: 'type',
        problems: ['type NegotiationOpened is not recorded here: open a negotiation with POST /negotiations'],
      },
    ]);
  });
});

describe('the edge never accepts what the domain refuses', () => {
  it('every example passes the domain shape checks too', () => {
    for (const type of DEVELOPMENT_TYPES) {
      expect(eventDataProblems(type, EXAMPLE_EVENTS[type].data)).toEqual([]);
      for (const source of EXAMPLE_EVENTS[type].sources) expect(sourceProblems(source)).toEqual([]);
    }
  });

  it('data the edge accepts after a random change, the domain accepts too', () => {
    const mutation = fc.record({
      type: fc.constantFrom(...DEVELOPMENT_TYPES),
      pick: fc.nat(),
      value: fc.oneof(
        fc.jsonValue(),
        fc.constantFrom('', ' ', 'x', 'pakistan', 'Doha-1', '2025-02-30', '2025-11', [], ['pakistan'], {
          min: 3,
          max: 1,
        }),
      ),
    });
    fc.assert(
      fc.property(mutation, ({ type, pick, value }) => {
        const data = dataOf(type);
        const keys = Object.keys(data);
        const key = keys[pick % keys.length]!;
        data[key] = value;
        if (validateEventData(type, data).length === 0) expect(eventDataProblems(type, data)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
