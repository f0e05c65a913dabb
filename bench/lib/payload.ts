/**
 * Realistic events for benchmarks: a StatementMade with a speaker, a quote and
 * sources in the metadata, 300–600 bytes of JSON, varied so that compression
 * or caching of identical strings does not flatter anyone.
 */
import type { JsonObject, NewEvent } from '@parley/event-store';
import { freshEventId } from '../../apps/api/src/recording/idempotency';

const SPEAKERS = [
  { name: 'Khawaja Asif', title: 'Defence Minister', actorId: 'pakistan' },
  { name: 'Zabihullah Mujahid', title: 'Spokesman', actorId: 'afghan-taliban' },
  { name: 'Majed al-Ansari', title: 'Foreign Ministry spokesman', actorId: 'qatar' },
  { name: 'Hakan Fidan', title: 'Foreign Minister', actorId: 'turkiye' },
];
const TONES = ['conciliatory', 'neutral', 'firm', 'hostile', 'threatening'];
const PUBLISHERS = ['Dawn', 'Al Jazeera', 'Reuters', 'TOLOnews', 'Anadolu Agency', 'The Express Tribune'];
const PHRASES = [
  'talks in Istanbul ended without agreement',
  'the ceasefire will hold as long as attacks stop',
  'written guarantees against cross-border militancy are required',
  'mediators proposed a monitoring mechanism',
  'the delegation will return for a further round',
  'trade crossings at Torkham remain closed',
];

/** Deterministic variety: the n-th event always looks the same across runs. */
function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

export function statementData(n: number): JsonObject {
  const speaker = pick(SPEAKERS, n);
  return {
    speaker: { ...speaker },
    audience: n % 3 === 0 ? 'domestic audience' : pick(SPEAKERS, n + 1).actorId,
    tone: pick(TONES, n),
    summary: `${speaker.name} said ${pick(PHRASES, n)} (${n}).`,
    ...(n % 2 === 0 ? { quote: `“${pick(PHRASES, n + 2)}.”` } : {}),
  };
}

export function statementMetadata(n: number, negotiationId: string): JsonObject {
  const sources = Array.from({ length: 1 }, (_, i) => ({
    title: `Report ${n}`,
    publisher: pick(PUBLISHERS, n + i),
    url: `https://news.example.org/${n}-${i}`,
    reliability: 'B',
  }));
  return {
    schema: 1,
    negotiationId,
    occurredAt: '2025-10-25T14:00:00+03:00',
    precision: 'exact',
    recordedAt: '2025-10-26T09:12:44.120Z',
    recordedBy: 'analyst-1',
    sources,
  };
}

export function statementEvent(n: number, negotiationId = 'pakistan-afghanistan-2025'): NewEvent {
  return {
    // Ids as the service makes them (time-ordered), for the raw baselines as for our store.
    id: freshEventId(),
    type: 'StatementMade',
    data: statementData(n),
    metadata: statementMetadata(n, negotiationId),
  };
}

/** Mean JSON size of data + metadata over a sample, for the report. */
export function meanPayloadBytes(sample = 100): number {
  let total = 0;
  for (let n = 0; n < sample; n++) {
    const event = statementEvent(n);
    total += Buffer.byteLength(JSON.stringify(event.data)) + Buffer.byteLength(JSON.stringify(event.metadata));
  }
  return Math.round(total / sample);
}
