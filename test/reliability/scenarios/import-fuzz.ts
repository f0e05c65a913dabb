/**
 * The import path, fuzzed (issue #19): files made from the example log, each
 * with one random change that may break a rule — a hostile link, a key named
 * like Object.prototype's, an over-long text, a missing or second opening, a
 * retracted opening, a reference to nothing, a date out of bounds, a field
 * that does not exist or has the wrong type, … — at a random line.
 *
 * The oracle is the HTTP API itself: the same events are first sent as HTTP
 * writes (an opening, then one batch) to a negotiation of their own, with ids
 * of their own. A file whose HTTP writes were refused must be refused whole by
 * `POST /admin/import`, with nothing stored; the figure that matters is
 * `acceptedBreaking`, the files the import accepted although an HTTP write
 * refused them. (The import may be stricter: a file it refuses that HTTP took
 * is counted, not failed — e.g. an event recorded before it occurred.)
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import { EXAMPLE_LOG } from '../../support/app';
import { call, type Json } from '../support/api';

export interface ImportFuzzOptions {
  readonly url: string;
  readonly adminKey: string;
  readonly analystKey: string;
  readonly files: number;
  readonly seed: number;
  readonly log?: (line: string) => void;
}

export interface ImportFuzzFigures {
  readonly files: number;
  readonly seed: number;
  /** Files whose events the HTTP API refused. */
  readonly httpRefused: number;
  /** Files the import refused (400, naming a line). */
  readonly importRefused: number;
  /** Files the import accepted although the HTTP API refused their events: must be 0. */
  readonly acceptedBreaking: number;
  /** Refused files of which the import stored something anyway: must be 0. */
  readonly refusedButStored: number;
  /** Unchanged files (every tenth) the import refused: must be 0. */
  readonly validRefused: number;
  /** Files the import refused although HTTP took them (the import is stricter there). */
  readonly importStricter: number;
  readonly byMutation: Record<string, { files: number; httpRefused: number; importRefused: number }>;
  /** The first files accepted against the oracle, described. */
  readonly findings: readonly string[];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** A small seeded generator (mulberry32): a run is replayed with its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The example log as a negotiation of its own, with event ids of its own (references follow). */
function freshLog(text: string, negotiationId: string): string {
  let out = text.replaceAll('pak-afghan-2025', negotiationId);
  for (const id of new Set(out.match(UUID))) out = out.replaceAll(id, randomUUID());
  return out;
}

type Mutation = (lines: Json[], at: number, pick: <T>(items: readonly T[]) => T) => Json[] | string[];

const TEXT_FIELDS = ['summary', 'text', 'description', 'consequences', 'reason'];
const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  '__defineGetter__',
];

/** Appends `event` as the stream's next line. */
function appended(lines: Json[], event: Json): Json[] {
  return [...lines, { ...lines[lines.length - 1], ...event, id: randomUUID(), revision: lines.length }];
}

const MUTATIONS: Record<string, Mutation> = {
  none: (lines) => lines,
  'link-scheme': (lines, at, pick) => {
    const url = pick([
      'javascript:alert(document.domain)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      ' javascript:x',
      'mailto:x@example.org',
    ]);
    lines[at].metadata.sources = [{ ...(lines[at].metadata.sources[0] ?? { title: 'A source' }), url }];
    return lines;
  },
  'proto-key': (lines, at, pick) => {
    const key = pick(PROTO_KEYS);
    const text = lines.map((l) => JSON.stringify(l));
    text[at] = text[at]!.replace(
      pick(['"data":{', '"metadata":{', '"sources":[{']),
      (m) => `${m}"${key}":${pick(['"x"', '{"isAdmin":true}', '1'])},`,
    );
    return text;
  },
  'long-text': (lines, at, pick) => {
    const field = TEXT_FIELDS.find((f) => typeof lines[at].data[f] === 'string');
    const long = 'x'.repeat(pick([4001, 10_000, 1_900_000]));
    if (field) lines[at].data[field] = long;
    else lines[at].metadata.note = long;
    return lines;
  },
  'no-opening': (lines) => lines.slice(1).map(({ revision: _r, ...rest }: Json) => rest),
  'second-opening': (lines) => appended(lines, { type: 'NegotiationOpened', data: lines[0].data }),
  'retract-opening': (lines) =>
    appended(lines, { type: 'EventRetracted', data: { eventId: lines[0].id, reason: 'never happened' } }),
  'unknown-demand': (lines) =>
    appended(lines, {
      type: 'PositionTaken',
      data: { demandId: 'no-such-demand', actorId: 'afghan-taliban', stance: 'rejected' },
    }),
  'unknown-actor': (lines) =>
    appended(lines, {
      type: 'StatementMade',
      data: { speaker: { name: 'Nobody', actorId: 'no-such-actor' }, tone: 'neutral', summary: 'Said something.' },
    }),
  'unknown-event': (lines, _at, pick) =>
    appended(lines, {
      type: pick(['EventRetracted', 'EventCorrected']),
      data: { eventId: randomUUID(), reason: 'wrong', changes: { note: 'x' } },
    }),
  'occurred-in-future': (lines, at, pick) => {
    lines[at].metadata.occurredAt = pick(['2999-01-01', '2999-12', '2999-01-01T00:00:00Z']);
    lines[at].metadata.precision = lines[at].metadata.occurredAt.length === 7 ? 'month' : 'day';
    return lines;
  },
  'occurred-too-early': (lines, at, pick) => {
    lines[at].metadata.occurredAt = pick(['0000-01-01', '1850-06-01', '1899-12']);
    lines[at].metadata.precision = lines[at].metadata.occurredAt.length === 7 ? 'month' : 'day';
    return lines;
  },
  'unknown-field': (lines, at, pick) => {
    lines[at].data[pick(['extra', 'isAdmin', 'html'])] = pick(['<b>x</b>', 1, true]);
    return lines;
  },
  'wrong-type': (lines, at, pick) => {
    const field = Object.keys(lines[at].data)[0]!;
    lines[at].data[field] = pick([42, null, [], { a: 1 }, '', '   ']);
    return lines;
  },
  'no-source': (lines, at) => {
    lines[at].metadata.sources = [];
    return lines;
  },
  'bad-cameo': (lines, at, pick) => {
    lines[at].metadata.cameo = pick(['abc', '1', '12345', '<script>']);
    return lines;
  },
  'bad-precision': (lines, at) => {
    lines[at].metadata.occurredAt = '2025-10';
    lines[at].metadata.precision = 'exact';
    return lines;
  },
};

/** The HTTP writes of a log (ids and negotiation of their own): an opening, then its developments in one batch. */
function asHttpWrites(lines: readonly Json[]): { open: Json | undefined; events: Json[] } {
  const envelope = (m: Json) => {
    const { schema: _s, negotiationId: _n, recordedAt: _a, recordedBy: _b, ...rest } = m ?? {};
    return rest;
  };
  let open: Json | undefined;
  const events: Json[] = [];
  for (const line of lines) {
    if (line === null || typeof line !== 'object') continue;
    if (line.type === 'NegotiationOpened' && open === undefined) {
      const { negotiationId, ...data } = line.data ?? {};
      open = { ...data, ...envelope(line.metadata), id: negotiationId, eventId: line.id };
    } else events.push({ ...envelope(line.metadata), eventId: line.id, type: line.type, data: line.data });
  }
  return { open, events };
}

export async function importFuzzScenario(options: ImportFuzzOptions): Promise<ImportFuzzFigures> {
  const { url } = options;
  const rand = random(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const example = fs.readFileSync(EXAMPLE_LOG, 'utf8');
  const names = Object.keys(MUTATIONS).filter((m) => m !== 'none');
  const byMutation: ImportFuzzFigures['byMutation'] = {};
  const findings: string[] = [];
  let httpRefused = 0;
  let importRefused = 0;
  let acceptedBreaking = 0;
  let refusedButStored = 0;
  let validRefused = 0;
  let importStricter = 0;

  for (let f = 0; f < options.files; f++) {
    const name = f % 10 === 0 ? 'none' : pick(names);
    const tag = `${f}-${randomUUID().slice(0, 6)}`;
    const base = freshLog(example, `fz-${tag}`)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Json);
    const at = 1 + Math.floor(rand() * (base.length - 1));
    const mutated = MUTATIONS[name]!(base, at, pick);
    const text = mutated.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';

    // The oracle: the same events, as HTTP writes, to a negotiation and with ids of their own.
    const oracleText = freshLog(text, `fh-${tag}`).replaceAll(`fz-${tag}`, `fh-${tag}`);
    let oracleLines: Json[];
    try {
      oracleLines = oracleText
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Json);
    } catch {
      oracleLines = [];
    }
    const { open, events } = asHttpWrites(oracleLines);
    let httpOk = open !== undefined;
    if (httpOk) httpOk = (await call(url, '/negotiations', { body: open, key: options.analystKey })).status === 201;
    if (httpOk && events.length > 0) {
      const negotiationId = open.id as string;
      for (let i = 0; i < events.length && httpOk; i += 500) {
        const reply = await call(url, `/negotiations/${encodeURIComponent(negotiationId)}/events:batch`, {
          body: { events: events.slice(i, i + 500) },
          key: options.analystKey,
        });
        httpOk = reply.status === 201 || reply.status === 200;
      }
    }

    const reply = await call(url, '/admin/import', {
      body: text,
      key: options.adminKey,
      headers: { 'Content-Type': 'application/x-ndjson' },
    });
    const accepted = reply.status === 200;
    const counts = (byMutation[name] ??= { files: 0, httpRefused: 0, importRefused: 0 });
    counts.files++;
    if (!httpOk) {
      httpRefused++;
      counts.httpRefused++;
    }
    if (!accepted) {
      importRefused++;
      counts.importRefused++;
      // Refused whole: nothing of the file's negotiation is stored.
      const stored = await call(url, `/negotiations/fz-${tag}/events`, { key: options.adminKey });
      if (stored.status !== 404) {
        refusedButStored++;
        findings.push(`${name} at line ${at + 1}: refused (${reply.status}) but its negotiation exists`);
      }
    }
    if (!httpOk && accepted) {
      acceptedBreaking++;
      if (findings.length < 10) findings.push(`${name} at line ${at + 1}: refused over HTTP, accepted by the import`);
    }
    if (name === 'none' && !accepted) {
      validRefused++;
      findings.push(`an unchanged file was refused: ${reply.text.slice(0, 300)}`);
    }
    if (httpOk && !accepted && name !== 'none') importStricter++;
    if ((f + 1) % 20 === 0)
      options.log?.(`import fuzz: ${f + 1} files, ${acceptedBreaking} accepted against the oracle`);
  }
  return {
    files: options.files,
    seed: options.seed,
    httpRefused,
    importRefused,
    acceptedBreaking,
    refusedButStored,
    validRefused,
    importStricter,
    byMutation,
    findings,
  };
}
