/**
 * TransientNegotiation — a state its one holder decides into in place — is
 * the pure `decide` + `evolve` by another road: on the example logs and on
 * generated command sequences (refusals, retries, commands of several
 * developments, corrections and retractions among them) it decides the same
 * events, refuses with the same rule, and reaches the same state; with an
 * EventKeeper it holds no event itself and reads back what a rule needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { fromStoredEvent } from './codec';
import { isDomainError } from './errors';
import type { NegotiationEvent } from './events';
import {
  decideAndEvolve,
  type DecisionContext,
  evolve,
  type EventKeeper,
  initialState,
  type NegotiationCommand,
  type NegotiationState,
  type RecordedFact,
  TransientNegotiation,
} from './negotiation';
import { PersistentMap } from './persistent-map';
import { commandFor } from './replay';
import { context, developmentOf, history, openCommand, record, samples } from './testing';

/** A state as plain data: every map's entries by key, every fact's fields read (a kept fact's events read back). */
function plain(state: NegotiationState): unknown {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(state)) {
    if (!(value instanceof PersistentMap)) {
      out[field] = value;
      continue;
    }
    const entries = [...(value as PersistentMap<unknown>).entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    out[field] = entries.map(([key, v]) => [key, field === 'events' ? plainFact(v as RecordedFact) : v]);
  }
  return out;
}

function plainFact(fact: RecordedFact): unknown {
  const { eventId, type, seq, original, current, retracted, correctedBy } = fact;
  return { eventId, type, seq, original, current, retracted, correctedBy };
}

/** A keeper that holds copies elsewhere and counts how often a rule read one back. */
function copyingKeeper(): EventKeeper & { readonly recalls: () => number } {
  const kept: string[] = [];
  let recalls = 0;
  return {
    keep: (event) => kept.push(JSON.stringify(event)) - 1,
    recall(handle) {
      recalls++;
      return JSON.parse(kept[handle]!) as NegotiationEvent;
    },
    recalls: () => recalls,
  };
}

type Outcome = { readonly events: NegotiationEvent[] } | { readonly refused: string };

function outcomeOf(run: () => NegotiationEvent[]): Outcome {
  try {
    return { events: run() };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { refused: error.code };
  }
}

/** Each command decided both ways from the empty state; the outcomes of each, and the states reached. */
function bothWays(steps: readonly { command: NegotiationCommand; context: DecisionContext }[], keeper?: EventKeeper) {
  let pure = initialState;
  const transient = new TransientNegotiation(initialState, keeper);
  const pureOutcomes: Outcome[] = [];
  const transientOutcomes: Outcome[] = [];
  for (const { command, context: ctx } of steps) {
    pureOutcomes.push(
      outcomeOf(() => {
        const decided = decideAndEvolve(command, pure, ctx);
        pure = decided.state;
        return decided.events;
      }),
    );
    transientOutcomes.push(outcomeOf(() => transient.decide(command, ctx)));
  }
  return { pureOutcomes, transientOutcomes, pure, transient: transient.persistent() };
}

const exampleLog = (file: string): NegotiationEvent[] =>
  readFileSync(join(__dirname, '../../../examples', file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => fromStoredEvent(JSON.parse(line)));

describe('TransientNegotiation', () => {
  it.each(['pakistan-afghanistan-2025.jsonl', 'india-pakistan-2025.jsonl'])(
    'decides the example log %s as decide does, and reaches the state evolve folds, its events kept elsewhere',
    (file) => {
      const events = exampleLog(file);
      const steps = events.map((e) => ({
        command: commandFor(e),
        context: { now: e.recordedAt, recordedBy: e.recordedBy },
      }));
      const keeper = copyingKeeper();
      const { pureOutcomes, transientOutcomes, transient } = bothWays(steps, keeper);
      expect(transientOutcomes).toEqual(pureOutcomes);
      expect(transientOutcomes).toEqual(events.map((e) => ({ events: [e] })));
      expect(plain(transient)).toEqual(plain(events.reduce(evolve, initialState)));
      // The corrections in the log were checked against events read back from the keeper.
      if (events.some((e) => e.type === 'EventCorrected')) expect(keeper.recalls()).toBeGreaterThan(0);
    },
  );

  // Developments drawn from the story and one of every type, in any order, one to three per command, some twice:
  // unknown references, retries, conflicts in a batch, corrections and retractions all come up.
  const pool = [...history.slice(1), ...Object.values(samples).filter((e) => e.type !== 'NegotiationOpened')].map((e) =>
    developmentOf(e as NegotiationEvent),
  );
  const commands = fc.array(fc.array(fc.nat(pool.length - 1), { minLength: 1, maxLength: 3 }), { maxLength: 40 });

  it('decides generated command sequences as decideAndEvolve does, with and without a keeper', () => {
    fc.assert(
      fc.property(commands, fc.boolean(), fc.boolean(), (picks, openFirst, keep) => {
        const steps = [
          ...(openFirst ? [openCommand] : []),
          ...picks.map((pick) => record(...pick.map((i) => pool[i]!))),
        ].map((command) => ({ command, context }));
        const { pureOutcomes, transientOutcomes, pure, transient } = bothWays(
          steps,
          keep ? copyingKeeper() : undefined,
        );
        expect(transientOutcomes).toEqual(pureOutcomes);
        expect(plain(transient)).toEqual(plain(pure));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves the state it started from as it was, and is spent once persistent', () => {
    const start = history.slice(0, 4).reduce(evolve, initialState);
    const before = plain(start);
    const transient = new TransientNegotiation(start);
    for (const e of history.slice(4)) transient.evolve(e);
    expect(plain(start)).toEqual(before);
    const reached = transient.persistent();
    expect(reached.events.size).toBe(history.length);
    expect(() => transient.decide(record(developmentOf(samples.StatementMade)), context)).toThrow(/persistent\(\)/);
    // What it handed back is persistent: deciding on it copies, as on any state.
    const next = decideAndEvolve(record(developmentOf(samples.StatementMade)), reached, context).state;
    expect([reached.events.size, next.events.size]).toEqual([history.length, history.length + 1]);
  });
});
