/**
 * A realistic negotiation log for the rebuild and import benchmarks: N
 * negotiations of M events each, of mixed types (statements, incidents,
 * positions, rounds, demands, mediation, ceasefires, ultimatums), valid per
 * the domain rules, interleaved across negotiations the way several analysts
 * recording at once would leave them.
 *
 * Every negotiation follows the same script of "episodes" (a round is
 * scheduled, demands are tabled, the parties take positions, the round opens,
 * statements and incidents pile up, the round concludes…), with ids, speakers,
 * tones, sources and texts varied by index so that no two events are alike.
 * occurredAt rises within a negotiation (live recording), so every event
 * folds incrementally; recordedAt follows it by two hours.
 *
 * `validateNegotiation` replays one negotiation through the domain's `decide`
 * so a change to the rules that the script breaks fails the bench loudly.
 */
import { createHash } from 'node:crypto';
import {
  decide,
  type Development,
  evolve,
  initialState,
  type NegotiationEvent,
  type NegotiationState,
  type OpenNegotiation,
  type Source,
} from '@parley/domain';
import type { JsonObject } from '@parley/event-store';

/** One line of the log as the store and JSONL export hold it. */
export interface StoredRow {
  readonly stream: string;
  readonly id: string;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
}

export interface LogShape {
  readonly negotiations: number;
  readonly eventsPerNegotiation: number;
  /** Consecutive events of one negotiation before the next negotiation's turn. */
  readonly runLength: number;
}

/** 10k → 100k → 1M events: 1,000 negotiations, 10 → 100 → 1,000 events each (quick runs scale it down). */
export function shapeFor(totalEvents: number, negotiations = 1000): LogShape {
  const n = Math.min(negotiations, Math.max(1, Math.floor(totalEvents / 10)));
  return { negotiations: n, eventsPerNegotiation: Math.floor(totalEvents / n), runLength: 10 };
}

export function totalOf(shape: LogShape): number {
  return shape.negotiations * shape.eventsPerNegotiation;
}

// ---------------------------------------------------------------------------
// Vocabulary

const PARTIES = [
  { id: 'pakistan', name: 'Pakistan', kind: 'state', aliases: ['Islamic Republic of Pakistan'] },
  {
    id: 'afghan-taliban',
    name: 'Afghan Taliban government',
    kind: 'de-facto-authority',
    aliases: ['Islamic Emirate of Afghanistan'],
  },
];
const MEDIATORS = [
  { id: 'qatar', name: 'Qatar', kind: 'state', aliases: ['State of Qatar'] },
  { id: 'turkiye', name: 'Türkiye', kind: 'state', aliases: ['Turkey'] },
];
const PEOPLE = [
  { name: 'Khawaja Asif', title: 'Defence Minister', actorId: 'pakistan' },
  { name: 'Zabihullah Mujahid', title: 'Spokesman', actorId: 'afghan-taliban' },
  { name: 'Majed al-Ansari', title: 'Foreign Ministry spokesman', actorId: 'qatar' },
  { name: 'Hakan Fidan', title: 'Foreign Minister', actorId: 'turkiye' },
  { name: 'Attaullah Tarar', title: 'Information Minister', actorId: 'pakistan' },
  { name: 'Mullah Mohammad Yaqoob', title: 'Defence Minister', actorId: 'afghan-taliban' },
];
const TONES = ['conciliatory', 'neutral', 'critical', 'accusation', 'warning', 'threat', 'military-threat'];
const STANCES = ['accepted', 'accepted-in-principle', 'conditional', 'ambiguous', 'rejected', 'counter-proposed'];
const INCIDENTS = ['clash', 'airstrike', 'militant-attack', 'border-closure', 'force-posture'];
const PLACES = ['Chaman', 'Torkham', 'Kurram', 'Paktika', 'Khost', 'Bajaur', 'Spin Boldak', 'North Waziristan'];
const OUTCOMES = ['progress', 'no-progress', 'adjourned', 'progress', 'agreement', 'collapsed'];
const CATEGORIES = ['security', 'territorial', 'political', 'economic', 'humanitarian', 'procedural'];
const MEDIATION = ['offered', 'requested-resumption', 'proposed', 'visited', 'acknowledged-evidence'];
const VENUES = ['Doha', 'Istanbul', 'Riyadh', 'Tehran'];
const PUBLISHERS = [
  'Dawn',
  'Al Jazeera',
  'Reuters',
  'TOLOnews',
  'Anadolu Agency',
  'The Express Tribune',
  'Geo News',
  'TRT World',
];
const RELIABILITY = ['A', 'B', 'B', 'C', 'C', 'F'];
const PHRASES = [
  'talks ended without agreement on written guarantees',
  'the ceasefire will hold as long as cross-border attacks stop',
  'written guarantees against militant sanctuaries are required',
  'mediators proposed a joint monitoring and verification mechanism',
  'the delegation will return for a further round next week',
  'trade crossings at Torkham and Chaman remain closed to traffic',
  'any violation of sovereignty will be answered in kind',
  'refugee returns must be orderly and voluntary',
];

function pick<T>(list: readonly T[], n: number): T {
  return list[((n % list.length) + list.length) % list.length] as T;
}

/** A version-4-shaped UUID derived from a label: the same log every run, no random-number cost. */
export function uuidFor(label: string): string {
  const h = createHash('md5').update(label).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16] as string, 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const HOUR = 3_600_000;
/** Negotiation k starts k hours after this; its events are one hour apart. */
const EPOCH = Date.parse('2021-01-04T06:00:00Z');

function sources(n: number): Source[] {
  const count = 1 + (n % 3 === 0 ? 1 : 0);
  return Array.from({ length: count }, (_, i) => ({
    title: `${pick(PHRASES, n + i)} (report ${n}-${i})`,
    publisher: pick(PUBLISHERS, n + 3 * i),
    url: `https://news.example.org/${pick(PUBLISHERS, n + 3 * i)
      .toLowerCase()
      .replace(/\W+/g, '-')}/${n}-${i}`,
    reliability: pick(RELIABILITY, n + i) as Source['reliability'],
    credibility: (1 + ((n + i) % 4)) as Source['credibility'],
  }));
}

/**
 * The k-th event of a negotiation as (type, data) plus what it needs from the
 * script's state. One episode is 40 events; `episode` numbers rounds, demands,
 * ceasefires and ultimatums so that every reference resolves.
 */
function development(k: number, salt: number): { type: string; data: JsonObject; cameo?: string } {
  const episode = Math.floor((k - 1) / 40);
  const step = (k - 1) % 40;
  const n = k * 7919 + salt;
  const round = `round-${episode}`;
  const demandA = `demand-${episode}-a`;
  const demandB = `demand-${episode}-b`;
  const ceasefire = `ceasefire-${Math.floor(episode / 2)}`;
  const ultimatum = `ultimatum-${episode}`;
  const speaker = pick(PEOPLE, n);
  switch (step) {
    case 0:
      return {
        type: 'TalksRoundScheduled',
        data: {
          roundId: round,
          label: `${pick(VENUES, episode)} round ${episode + 1}`,
          venue: pick(VENUES, episode),
          hosts: ['qatar', 'turkiye'],
          plannedFor: '2030-01-01',
        },
      };
    case 1:
      return {
        type: 'DemandTabled',
        data: {
          demandId: demandA,
          by: 'pakistan',
          addressedTo: ['afghan-taliban'],
          text: `Verifiable action: ${pick(PHRASES, n)} (${episode})`,
          category: pick(CATEGORIES, episode),
        },
      };
    case 2:
      return {
        type: 'DemandTabled',
        data: {
          demandId: demandB,
          by: 'afghan-taliban',
          addressedTo: ['pakistan'],
          text: `Reopen the crossings and stop strikes: ${pick(PHRASES, n + 1)} (${episode})`,
          category: pick(CATEGORIES, episode + 2),
        },
      };
    case 4:
      return {
        type: 'TalksRoundOpened',
        data: {
          roundId: round,
          delegations: [
            { actorId: 'pakistan', head: PEOPLE[0] as JsonObject },
            { actorId: 'afghan-taliban', head: PEOPLE[5] as JsonObject },
          ],
        },
      };
    case 8:
    case 20:
    case 32:
      return {
        type: 'PositionTaken',
        data: {
          demandId: demandA,
          actorId: step === 20 ? 'qatar' : 'afghan-taliban',
          stance: pick(STANCES, n),
          quote: `“${pick(PHRASES, n + 2)}.”`,
          speaker: PEOPLE[step === 20 ? 2 : 1] as JsonObject,
        },
      };
    case 12:
    case 24:
    case 36:
      return {
        type: 'PositionTaken',
        data: {
          demandId: demandB,
          actorId: step === 24 ? 'turkiye' : 'pakistan',
          stance: pick(STANCES, n + 1),
          ...(step === 12 ? { conditions: 'only with third-party monitoring' } : {}),
        },
      };
    case 6:
    case 18:
    case 30:
      return {
        type: 'MediationAction',
        data: {
          mediator: step === 18 ? 'turkiye' : 'qatar',
          action: pick(MEDIATION, n),
          summary: `${pick(MEDIATORS, n).name}: ${pick(PHRASES, n + 3)}`,
        },
      };
    case 10:
    case 15:
    case 22:
    case 27:
    case 34:
      return {
        type: 'IncidentReported',
        data: {
          incidentId: `incident-${episode}-${step}`,
          kind: pick(INCIDENTS, n),
          perpetrator: pick(['pakistan', 'afghan-taliban'], n),
          target: pick(['afghan-taliban', 'pakistan'], n),
          place: pick(PLACES, n),
          fatalities: { min: n % 5, max: (n % 5) + (n % 7) },
          description: `Exchange of fire reported near ${pick(PLACES, n)}; ${pick(PHRASES, n + 4)}.`,
        },
      };
    case 14:
      return episode % 2 === 0
        ? {
            type: 'CeasefireDeclared',
            data: {
              ceasefireId: ceasefire,
              parties: ['pakistan', 'afghan-taliban'],
              duration: 'temporary',
              until: '2030-01-01',
              mediatedBy: ['qatar', 'turkiye'],
            },
          }
        : {
            type: 'CeasefireViolationReported',
            data: {
              ceasefireId: ceasefire,
              allegedBy: 'pakistan',
              against: 'afghan-taliban',
              casualties: { min: 1, max: 3 },
            },
          };
    case 16:
      return {
        type: 'UltimatumIssued',
        data: {
          ultimatumId: ultimatum,
          by: 'pakistan',
          to: ['afghan-taliban'],
          demandIds: [demandA],
          deadline: '2030-01-01',
          consequences: 'military operations against sanctuaries',
        },
      };
    case 26:
      return episode % 2 === 1
        ? {
            type: 'CeasefireEnded',
            data: {
              ceasefireId: ceasefire,
              reason: pick(['expired', 'collapsed'], episode),
              summary: 'the truce lapsed after renewed clashes',
            },
          }
        : {
            type: 'ThirdPartyEngagement',
            data: {
              actorId: 'qatar',
              counterparts: ['pakistan', 'afghan-taliban'],
              kind: 'meeting',
              summary: 'joint meeting of the mediators with both delegations',
            },
          };
    case 28:
      return {
        type: 'UltimatumResolved',
        data: {
          ultimatumId: ultimatum,
          resolution: pick(['rejected', 'lapsed', 'partially-complied'], episode),
          summary: 'no written guarantee was given',
        },
      };
    case 38:
      return {
        type: 'TalksRoundConcluded',
        data: {
          roundId: round,
          outcome: pick(OUTCOMES, episode),
          summary: `${pick(PHRASES, n)}.`,
          nextSteps: 'technical teams to meet',
        },
      };
    default: {
      const tone = pick(TONES, n);
      return {
        type: 'StatementMade',
        data: {
          speaker: speaker as JsonObject,
          audience: n % 3 === 0 ? 'domestic audience' : pick(PEOPLE, n + 1).actorId,
          tone,
          summary: `${speaker.name} said ${pick(PHRASES, n)} (${k}).`,
          ...(n % 2 === 0 ? { quote: `“${pick(PHRASES, n + 2)}.”` } : {}),
        },
        ...(n % 11 === 0 ? { cameo: '112' } : {}),
      };
    }
  }
}

/** Event k (0-based) of negotiation `index`. */
export function storedEvent(prefix: string, index: number, k: number): StoredRow {
  const negotiationId = `${prefix}-${index}`;
  const at = EPOCH + index * HOUR + k * HOUR;
  const occurredAt = new Date(at).toISOString().replace('.000Z', 'Z');
  const recordedAt = new Date(at + 2 * HOUR).toISOString();
  const n = index * 1_000_003 + k;
  let type: string;
  let data: JsonObject;
  let cameo: string | undefined;
  if (k === 0) {
    type = 'NegotiationOpened';
    data = {
      negotiationId,
      title: `Pakistan – Afghan Taliban talks, track ${index}`,
      subject: 'Cross-border militancy, border security and a durable ceasefire',
      parties: PARTIES as unknown as JsonObject[],
      mediators: MEDIATORS as unknown as JsonObject[],
    };
  } else {
    ({ type, data, cameo } = development(k, index));
  }
  const metadata: JsonObject = {
    schema: 1,
    negotiationId,
    occurredAt,
    precision: 'exact',
    recordedAt,
    recordedBy: `analyst-${index % 7}`,
    sources: sources(n) as unknown as JsonObject[],
    ...(cameo !== undefined ? { cameo } : {}),
    ...(n % 13 === 0 ? { note: 'Details disputed between the two sides; figures as reported.' } : {}),
  };
  return { stream: `negotiation-${negotiationId}`, id: uuidFor(`${prefix}/${index}/${k}`), type, data, metadata };
}

/**
 * The whole log in order: runs of `runLength` events per negotiation, taking
 * turns, so a page of the log holds many negotiations. Yields runs (one
 * stream each) so writers can append a run as one batch.
 */
export function* logRuns(shape: LogShape, prefix = 'track'): Generator<StoredRow[]> {
  const { negotiations, eventsPerNegotiation, runLength } = shape;
  for (let from = 0; from < eventsPerNegotiation; from += runLength) {
    const to = Math.min(eventsPerNegotiation, from + runLength);
    for (let index = 0; index < negotiations; index++) {
      const run: StoredRow[] = [];
      for (let k = from; k < to; k++) run.push(storedEvent(prefix, index, k));
      yield run;
    }
  }
}

/**
 * Replays negotiation `index` through the domain's `decide`, event by event,
 * as the API would have recorded it; throws on the first refusal.
 */
export function validateNegotiation(shape: LogShape, index = 0, prefix = 'track'): void {
  let state: NegotiationState = initialState;
  for (let k = 0; k < shape.eventsPerNegotiation; k++) {
    const row = storedEvent(prefix, index, k);
    const m = row.metadata as unknown as NegotiationEvent & { cameo?: string; note?: string };
    const context = { now: m.recordedAt, recordedBy: m.recordedBy };
    const envelope = {
      occurredAt: m.occurredAt,
      precision: m.precision,
      sources: m.sources,
      cameo: m.cameo,
      note: m.note,
    };
    const decided =
      k === 0
        ? decide(
            {
              type: 'OpenNegotiation',
              negotiationId: m.negotiationId,
              eventId: row.id,
              ...(row.data as object),
              ...envelope,
            } as OpenNegotiation,
            state,
            context,
          )
        : decide(
            {
              type: 'RecordDevelopments',
              negotiationId: m.negotiationId,
              developments: [{ eventId: row.id, type: row.type, data: row.data, ...envelope } as Development],
            },
            state,
            context,
          );
    if (decided.length !== 1)
      throw new Error(`bench log: event ${k} of ${row.stream} decided ${decided.length} events`);
    state = evolve(state, decided[0] as NegotiationEvent);
  }
}

/** JSONL line as `GET /admin/export` writes it (position and revision are informational on import). */
export function jsonlLine(row: StoredRow, position: number, revision: number): string {
  return `${JSON.stringify({ position, stream: row.stream, revision, id: row.id, type: row.type, data: row.data, metadata: row.metadata, recordedAt: (row.metadata as { recordedAt: string }).recordedAt })}\n`;
}
