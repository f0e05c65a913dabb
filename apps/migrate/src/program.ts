/**
 * `npm run migrate -- --from <store> --to <store>`: copies the whole log from
 * one store to another, preserving event ids, order, data, metadata and
 * stream revisions (`copyLog`, libs/event-store/src/migrate.ts). Resumable: run
 * the same command again after an interruption; a checkpoint file remembers
 * how far the source was read, and the target's own streams say what it
 * already holds.
 *
 * Exit codes: 0 done, 1 failed, 2 usage error, 130 interrupted (resumable).
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import cliProgress from 'cli-progress';
import {
  copyLog,
  readCheckpoint,
  writeCheckpoint,
  type CopyProgress,
  type CopySummary,
} from '@parley/event-store/migrate';
import type { EventStore } from '@parley/event-store';
import { describeStore, openStore, parseStoreSpec, sameStore, StoreSpecError, type StoreSpec } from './stores';

/** Under `.parley/`, which git ignores. */
export const DEFAULT_CHECKPOINT = '.parley/migrate.checkpoint.json';

/** What the program touches of the outside world; tests pass their own. */
export interface MigrateIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  /** Draw a progress bar (on stderr). */
  readonly tty: boolean;
  /** Aborted on Ctrl-C: the copy stops after the current append. */
  readonly signal?: AbortSignal;
  readonly openStore?: (spec: StoreSpec) => Promise<EventStore>;
}

interface Options {
  readonly from: string;
  readonly to: string;
  readonly checkpoint: string;
  readonly restart: boolean;
  readonly batchSize: number;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('not a positive integer');
  return n;
}

function command(io: MigrateIo): Command {
  return new Command('migrate')
    .description(
      'Copy the whole event log from one store to another, preserving event ids, order, data, metadata ' +
        '(with the domain recordedAt) and stream revisions. Resumable: re-run the same command after an interruption.',
    )
    .requiredOption('--from <store>', 'source: sqlite:<file> | esdb://… | esdb+discover://… | memory:')
    .requiredOption('--to <store>', 'target: sqlite:<file> | esdb://… | esdb+discover://… | memory:')
    .option('--checkpoint <file>', 'where the progress is remembered between runs', DEFAULT_CHECKPOINT)
    .option(
      '--restart',
      'ignore the checkpoint file and re-read the source from the start (still copies nothing twice)',
      false,
    )
    .addOption(
      new Option('--batch-size <n>', 'events per read and at most per append').default(500).argParser(positiveInteger),
    )
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s.trimEnd()), writeErr: (s) => io.stderr(s.trimEnd()) });
}

export async function run(argv: readonly string[], io: MigrateIo): Promise<number> {
  const program = command(io);
  let options: Options;
  let from: StoreSpec;
  let to: StoreSpec;
  try {
    program.parse([...argv], { from: 'user' });
    options = program.opts<Options>();
    from = parseStoreSpec(options.from);
    to = parseStoreSpec(options.to);
    if (sameStore(from, to)) throw new StoreSpecError(`--from and --to name the same store (${describeStore(from)})`);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    io.stderr(`migrate: ${(error as Error).message}`);
    return 2;
  }

  const open = io.openStore ?? openStore;
  const fromName = describeStore(from);
  const toName = describeStore(to);
  let source: EventStore | undefined;
  let target: EventStore | undefined;
  let bar: cliProgress.SingleBar | undefined;
  try {
    source = await open(from);
    target = await open(to);

    let fromPosition = 0;
    if (!options.restart) {
      const verdict = await readCheckpoint(options.checkpoint, { from: fromName, to: toName, source, target });
      if (verdict.use) {
        fromPosition = verdict.fromPosition;
        io.stderr(`resuming after source position ${verdict.checkpoint.position} (${options.checkpoint})`);
      } else if (verdict.reason !== 'no checkpoint file') {
        io.stderr(`not using ${options.checkpoint}: ${verdict.reason}; reading the source from the start`);
      }
    }
    io.stderr(`copying ${fromName} → ${toName}`);

    let lastSaved = 0;
    let lastLine = Date.now();
    const save = (progress: CopyProgress): void => {
      if (progress.eventId === undefined) return;
      writeCheckpoint(options.checkpoint, {
        from: fromName,
        to: toName,
        position: progress.position,
        eventId: progress.eventId,
      });
    };
    let latest: CopyProgress | undefined;
    const summary: CopySummary = await copyLog(source, target, {
      fromPosition,
      batchSize: options.batchSize,
      ...(io.signal ? { signal: io.signal } : {}),
      onProgress: (progress) => {
        latest = progress;
        if (bar === undefined && io.tty && progress.total !== undefined) {
          bar = new cliProgress.SingleBar(
            {
              stream: process.stderr,
              format:
                ' {bar} {percentage}% | {value}/{total} events | copied {copied}, skipped {skipped} | {eta_formatted} left',
              hideCursor: true,
            },
            cliProgress.Presets.shades_classic,
          );
          bar.start(progress.total, 0, { copied: 0, skipped: 0 });
        }
        bar?.update(progress.done, { copied: progress.copied, skipped: progress.skipped });
        const now = Date.now();
        if (now - lastSaved >= 500) {
          save(progress);
          lastSaved = now;
        }
        if (!io.tty && now - lastLine >= 10_000) {
          io.stderr(
            `${progress.done}/${progress.total ?? '?'} events (copied ${progress.copied}, skipped ${progress.skipped})`,
          );
          lastLine = now;
        }
      },
    });
    if (latest !== undefined) save(latest);
    bar?.stop();
    bar = undefined;

    const line =
      `${summary.aborted ? 'interrupted' : 'done'}: ${summary.copied} copied, ${summary.skipped} already there, ` +
      `${summary.streams} streams, ${summary.read} read from position ${fromPosition}, in ${(summary.ms / 1000).toFixed(1)} s`;
    io.stdout(line);
    if (summary.aborted) {
      io.stderr('run the same command again to resume');
      return 130;
    }
    return 0;
  } catch (error) {
    bar?.stop();
    io.stderr(`migrate failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    io.stderr('what was copied stays copied; fix the cause and run the same command again to resume');
    return 1;
  } finally {
    await Promise.allSettled([source?.close(), target?.close()]);
  }
}
