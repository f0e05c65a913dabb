/**
 * Operations: `export`, `import` (streamed, with a progress bar on a
 * terminal), `rebuild`, `health` and `config`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { once } from 'node:events';
import { Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { configFiles, CONFIG_HELP, resolveConnection } from '../config';
import { globalsOf, outputFor, sessionFor } from '../context';
import { ApiError, UsageError } from '../errors';
import { errorFrom } from '../http';
import type { Runtime } from '../runtime';
import { plural } from '../render/common';
import { cannotWrite, outputFile } from '../record/parse';

const CASE = 'pak-afghan-2025';

interface ImportSummary {
  readonly lines: number;
  readonly stored: number;
  readonly skipped: number;
  readonly streams: number;
  readonly position: number;
  /** Whether recordedBy/recordedAt were kept from the file or stamped by the import, and why (servers before #19 do not say). */
  readonly recorded?: { readonly kept: boolean; readonly note: string };
}

interface HealthBody {
  readonly status: string;
  readonly store: { kind: string; reachable: boolean; headPosition: number | null; error?: string };
  readonly views: { position: number; lag: number | null; rebuilding: boolean; modelVersion: string } | null;
}

export function registerAdmin(program: Command, rt: Runtime): void {
  program
    .command('export')
    .description('the whole log (or one negotiation) as JSONL, one stored event per line (admin)')
    .option('--negotiation <id>', 'only this negotiation')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .addHelpText(
      'after',
      `\nExamples (the Pakistan–Afghanistan case):\n  $ parley export -o parley-log.jsonl\n  $ parley export --negotiation ${CASE} > ${CASE}.jsonl`,
    )
    .action(async (opts: { negotiation?: string; output?: string }, cmd: Command) => {
      const { out, api } = sessionFor(cmd, rt);
      const file = opts.output === undefined ? undefined : outputFile(opts.output, rt.cwd);
      // A negotiation that is not there is the API's 404 (before any file is written), not an empty backup.
      const response = await api.send('GET', '/admin/export', {
        query: { negotiation: opts.negotiation },
        headers: { Accept: 'application/x-ndjson' },
        timeoutMs: 0,
      });
      if (!response.ok) throw await errorFrom(response);
      const stream = file ? fs.createWriteStream(file) : undefined;
      const dest: NodeJS.WritableStream = stream ?? rt.stdout;
      // A file that cannot be written fails the command as that, not as the server.
      let writeError: unknown;
      stream?.on('error', (error) => (writeError ??= error));
      let lines = 0;
      let bytes = 0;
      try {
        for await (const chunk of Readable.fromWeb(response.body as WebReadableStream<Uint8Array>)) {
          const buf = chunk as Buffer;
          bytes += buf.length;
          for (const b of buf) if (b === 10) lines++;
          if (writeError) break;
          if (!dest.write(buf)) await Promise.race([once(dest, 'drain'), once(dest, 'error')]);
        }
      } catch (error) {
        throw writeError ? cannotWrite(opts.output!, writeError) : api.unreachable(error);
      } finally {
        if (stream && !writeError) await new Promise<void>((resolve) => stream.end(resolve));
      }
      if (writeError) throw cannotWrite(opts.output!, writeError);
      if (file) {
        if (out.json) out.printJson({ file, events: lines, bytes });
        else out.line(`Exported ${plural(lines, 'event')} to ${opts.output} (${humanBytes(bytes)}).`);
      }
    });

  program
    .command('import')
    .description('load a JSONL log (as exported): idempotent, and a malformed line refuses the whole file (admin)')
    .argument('<file>', 'the JSONL file (- for stdin)')
    .addHelpText(
      'after',
      `\nImporting the same file twice stores nothing new. A malformed line is reported with its
line number and nothing of the file is stored.

Example (the Pakistan–Afghanistan case):
  $ parley import examples/pakistan-afghanistan-2025.jsonl`,
    )
    .action(async (fileArg: string, _opts: unknown, cmd: Command) => {
      const { out, api } = sessionFor(cmd, rt);
      let source: NodeJS.ReadableStream;
      let size: number | undefined;
      if (fileArg === '-') {
        source = rt.stdin;
      } else {
        const file = path.resolve(rt.cwd, fileArg);
        let stat: fs.Stats;
        try {
          stat = fs.statSync(file);
        } catch (e) {
          throw new UsageError(`cannot read ${fileArg}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        }
        if (!stat.isFile()) throw new UsageError(`${fileArg} is not a file`);
        size = stat.size;
        source = fs.createReadStream(file);
      }
      const bar =
        out.stderrIsTTY && !out.json && size !== undefined
          ? new cliProgress.SingleBar(
              {
                stream: rt.stderr,
                format: `  importing ${path.basename(fileArg)} {bar} {percentage}% · {sent} of {size}`,
                hideCursor: true,
                clearOnComplete: true,
                barsize: 30,
              },
              cliProgress.Presets.shades_classic,
            )
          : undefined;
      let sent = 0;
      bar?.start(size ?? 0, 0, { sent: humanBytes(0), size: humanBytes(size ?? 0) });
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          sent += chunk.length;
          bar?.update(sent, { sent: humanBytes(sent) });
          done(null, chunk);
        },
      });
      const body = Readable.toWeb(source.pipe(counter)) as unknown as ReadableStream<Uint8Array>;
      let summary: ImportSummary;
      try {
        ({ body: summary } = await api.json<ImportSummary>('POST', '/admin/import', {
          body,
          headers: { 'Content-Type': 'application/x-ndjson' },
          timeoutMs: 0,
        }));
      } catch (error) {
        if (error instanceof ApiError && error.status < 500)
          error.withContext(`import refused: nothing of ${fileArg} was stored`);
        throw error;
      } finally {
        bar?.stop();
      }
      if (out.json) return out.printJson(summary);
      const { c } = out;
      if (summary.stored === 0) {
        out.line(
          `${c.yellow('Nothing new')}: 0 new events stored — all ${plural(summary.lines, 'event')} of ${fileArg === '-' ? 'stdin' : fileArg} were already in the log (import is idempotent).`,
        );
      } else {
        out.line(
          `${c.green('Imported')} ${fileArg}: ${plural(summary.stored, 'new event')} stored${summary.skipped ? `, ${summary.skipped} already present` : ''} (${plural(summary.lines, 'line')}, ${plural(summary.streams, 'negotiation')}).`,
        );
      }
      if (summary.stored > 0) out.line(c.dim(`  log position ${summary.position} · ${humanBytes(sent)} sent`));
      if (summary.stored > 0 && summary.recorded) out.line(c.dim(`  ${summary.recorded.note}`));
    });

  program
    .command('rebuild')
    .description('rebuild every view from the log, e.g. after the escalation model changed (admin)')
    .addHelpText('after', '\nExample:\n  $ parley rebuild')
    .action(async (_opts: unknown, cmd: Command) => {
      const { out, api } = sessionFor(cmd, rt);
      const { body } = await api.json<{ position: number; negotiations: number; events: number; ms: number }>(
        'POST',
        '/admin/rebuild',
        { timeoutMs: 0 },
      );
      if (out.json) return out.printJson(body);
      out.line(
        `${out.c.green('Rebuilt')} every view from the log: ${plural(body.events, 'event')}, ${plural(body.negotiations, 'negotiation')}, up to position ${body.position}, in ${body.ms} ms.`,
      );
    });

  program
    .command('health')
    .description('is the server up: store reachable, subscription position, views lag')
    .addHelpText('after', '\nExample:\n  $ parley health --url http://localhost:3000')
    .action(async (_opts: unknown, cmd: Command) => {
      const { out, api } = sessionFor(cmd, rt);
      const response = await api.send('GET', '/health', { timeoutMs: 10_000 });
      let body: HealthBody;
      try {
        body = (await response.clone().json()) as HealthBody;
      } catch {
        throw await errorFrom(response);
      }
      if (out.json) out.printJson(body);
      else {
        const { c } = out;
        const ok = body.status === 'ok';
        out.line(`${ok ? c.green(c.bold('ok')) : c.red(c.bold(body.status))} ${c.dim(api.url)}`);
        out.line(
          `  store  ${body.store.kind}, ${body.store.reachable ? 'reachable' : c.red(`unreachable: ${body.store.error ?? ''}`)}, head position ${body.store.headPosition ?? '—'}`,
        );
        if (body.views) {
          out.line(
            `  views  at position ${body.views.position}, lag ${body.views.lag ?? '—'}${body.views.rebuilding ? c.yellow(', rebuilding') : ''}, model ${body.views.modelVersion}`,
          );
        }
      }
      if (!response.ok) throw await errorFrom(response);
    });

  program
    .command('config')
    .description('show the server URL and API key the CLI would use, and where each comes from')
    .addHelpText('after', `\n${CONFIG_HELP}\n\nExample:\n  $ parley config --url http://localhost:3100`)
    .action((_opts: unknown, cmd: Command) => {
      const g = globalsOf(cmd);
      const out = outputFor(cmd, rt);
      const conn = resolveConnection({ url: g.url, apiKey: g.apiKey }, rt);
      const masked = conn.apiKey ? `${conn.apiKey.slice(0, 4)}…(${conn.apiKey.length} characters)` : 'none';
      if (out.json)
        return out.printJson({
          url: conn.url,
          urlFrom: conn.from.url,
          apiKey: conn.apiKey ? masked : null,
          apiKeyFrom: conn.from.apiKey,
          files: configFiles(rt),
        });
      out.line(`url      ${conn.url}  ${out.c.dim(`(from ${conn.from.url})`)}`);
      out.line(`api key  ${masked}  ${out.c.dim(`(from ${conn.from.apiKey})`)}`);
      out.line(out.c.dim(`config files read, first match wins: ${configFiles(rt).join(', ')}`));
    });
}

export function humanBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
