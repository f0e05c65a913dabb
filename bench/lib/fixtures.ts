/**
 * The generated negotiation logs shared by the import and rebuild workloads,
 * made once per size and run: a JSONL export, and a SQLite store file holding
 * the same events in the same order. The import workload registers the store
 * it filled through `POST /admin/import`, so a full run writes each log once.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeLogToJsonl, writeLogToStore } from './log-files';
import { type LogShape, shapeFor, totalOf, validateNegotiation } from './negotiation-log';
import type { BenchContext } from './types';

/** Event counts of the growth tables. */
export function logSizes(quick: boolean): number[] {
  return quick ? [2_000, 5_000, 20_000] : [10_000, 100_000, 1_000_000];
}

export function label(events: number): string {
  return events >= 1_000_000 ? `${events / 1_000_000}M` : events >= 1000 ? `${events / 1000}k` : String(events);
}

const jsonl = new Map<number, string>();
const stores = new Map<number, string>();
let dir: string | undefined;
let validated = false;

async function fixtureDir(context: BenchContext): Promise<string> {
  dir ??= await context.tempDir('logs');
  return dir;
}

export function shapeOf(events: number): LogShape {
  const shape = shapeFor(events);
  if (totalOf(shape) !== events) throw new Error(`no log shape for ${events} events`);
  return shape;
}

function validateOnce(shape: LogShape): void {
  if (validated) return;
  // The longest negotiation of the run, replayed through decide: the script is valid per the domain rules.
  validateNegotiation({ ...shape, eventsPerNegotiation: 1000 });
  validated = true;
}

export async function jsonlFixture(context: BenchContext, events: number): Promise<string> {
  const known = jsonl.get(events);
  if (known && existsSync(known)) return known;
  const shape = shapeOf(events);
  validateOnce(shape);
  const file = join(await fixtureDir(context), `log-${events}.jsonl`);
  const started = Date.now();
  await writeLogToJsonl(file, shape);
  context.log(`   wrote ${label(events)} events as JSONL (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  jsonl.set(events, file);
  return file;
}

export async function storeFixture(context: BenchContext, events: number): Promise<string> {
  const known = stores.get(events);
  if (known && existsSync(known)) return known;
  const shape = shapeOf(events);
  validateOnce(shape);
  const file = join(await fixtureDir(context), `log-${events}.sqlite`);
  const started = Date.now();
  await writeLogToStore(file, shape);
  context.log(`   wrote ${label(events)} events into a store file (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  stores.set(events, file);
  return file;
}

/** A store file known to hold exactly the log of this size (e.g. filled by an import). */
export function registerStore(events: number, file: string): void {
  stores.set(events, file);
}
