/**
 * Reading: `list`, `status`, `matrix`, `escalation`, `timeline`, `changes`.
 * Every view takes `--at` (the world as it stood then) and `--known-at`
 * (what Parley knew then); `--json` prints the API's JSON unchanged.
 * Dates go to the API as given, which reads them the one way Parley reads a
 * date (README "Dates in queries"): a date-only `--at`, `--known-at`,
 * `--until` or `--to` is the end of that UTC day, `--since`/`--from` its start.
 */
import * as fs from 'node:fs/promises';
import { DAY_MS, QUERY_TIME_EDGES, queryInstant } from '@parley/domain';
import { type Command, Option } from 'commander';
import type {
  EscalationSeries,
  EscalationView,
  MatrixView,
  NegotiationSummary,
  StatusView,
  TimelineView,
  ChangesView,
} from '@parley/projections';
import { sessionFor } from '../context';
import { UsageError } from '../errors';
import { cannotWrite, outputFile, parseEventTypes } from '../record/parse';
import { type Query, errorFrom } from '../http';
import type { Runtime } from '../runtime';
import { renderEscalation, renderSeriesTable } from '../render/escalation';
import { renderMatrix } from '../render/matrix';
import { renderStatus } from '../render/status';
import { renderChanges, renderList, renderTimeline } from '../render/views';

const CASE = 'pak-afghan-2025';

interface AsOfOptions {
  at?: string;
  knownAt?: string;
  minPosition?: string;
  model?: string;
}

function asOfOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('--at <date>', 'the world as it stood at this date (a day: its end, UTC); default now').helpGroup(
        'Time:',
      ),
    )
    .addOption(knownAtOption())
    .addOption(
      new Option('--min-position <n>', 'wait until the views include this global position (from a write)').helpGroup(
        'Time:',
      ),
    )
    .addOption(modelOption());
}

function knownAtOption(): Option {
  return new Option('--known-at <date>', 'what Parley knew at this date (a day: its end, UTC); default now').helpGroup(
    'Time:',
  );
}

/** The server names the models it has (400 with the list for any other). */
function modelOption(): Option {
  return new Option('--model <version>', "escalation model to answer with, e.g. v1 (default: the server's)").helpGroup(
    'Escalation:',
  );
}

function asOfQuery(o: AsOfOptions): Query {
  return { at: o.at, knownAt: o.knownAt, minPosition: o.minPosition, model: o.model };
}

function path(negotiation: string, view: string): string {
  return `/negotiations/${encodeURIComponent(negotiation)}/${view}`;
}

export function registerViews(program: Command, rt: Runtime): void {
  asOfOptions(
    program
      .command('list')
      .alias('ls')
      .description('all negotiations with phase, rounds, ceasefire, ultimatums and escalation')
      .addHelpText(
        'after',
        `\nExamples:\n  $ parley list\n  $ parley list --at 2025-10-20    # each negotiation as it stood then`,
      ),
  ).action(async (opts: AsOfOptions, cmd: Command) => {
    const { out, api } = sessionFor(cmd, rt);
    const list = await api.get<{ position: number; negotiations: NegotiationSummary[] }>(
      '/negotiations',
      asOfQuery(opts),
    );
    if (out.json) return out.printJson(list);
    renderList(out, list);
  });

  asOfOptions(
    program
      .command('status')
      .description('where the talks stand: phase, rounds, ceasefire, ultimatums, demands, escalation')
      .argument('<negotiation>', 'negotiation id')
      .addHelpText(
        'after',
        `\nExamples (the Pakistan–Afghanistan case):\n  $ parley status ${CASE}\n  $ parley status ${CASE} --at 2025-10-20          # just after the Doha ceasefire\n  $ parley status ${CASE} --known-at 2025-11-01    # what an analyst knew on 1 Nov`,
      ),
  ).action(async (negotiation: string, opts: AsOfOptions, cmd: Command) => {
    const { out, api } = sessionFor(cmd, rt);
    const status = await api.get<StatusView>(path(negotiation, 'status'), asOfQuery(opts));
    if (out.json) return out.printJson(status);
    renderStatus(out, status, { knownAt: opts.knownAt });
  });

  asOfOptions(
    program
      .command('matrix')
      .description('the demand-acceptance matrix: every demand × every party, with stances and consensus')
      .argument('<negotiation>', 'negotiation id')
      .option('--csv', 'print the matrix as CSV (from the API)')
      .option('--evidence', 'list the quotes, conditions, sources and history behind each stance')
      .addHelpText(
        'after',
        `\nExamples (the Pakistan–Afghanistan case):\n  $ parley matrix ${CASE}\n  $ parley matrix ${CASE} --evidence\n  $ parley matrix ${CASE} --at 2025-10-31 --csv > matrix.csv`,
      ),
  ).action(async (negotiation: string, opts: AsOfOptions & { csv?: boolean; evidence?: boolean }, cmd: Command) => {
    const { out, api } = sessionFor(cmd, rt);
    if (opts.csv) {
      const response = await api.send('GET', path(negotiation, 'matrix'), {
        query: { ...asOfQuery(opts), format: 'csv' },
        headers: { Accept: 'text/csv' },
      });
      if (!response.ok) throw await errorFrom(response);
      return out.raw(await response.text());
    }
    const matrix = await api.get<MatrixView>(path(negotiation, 'matrix'), asOfQuery(opts));
    if (out.json) return out.printJson(matrix);
    renderMatrix(out, matrix, { evidence: opts.evidence, at: opts.at, knownAt: opts.knownAt });
  });

  asOfOptions(
    program
      .command('escalation')
      .description('escalation level, index and trend, a sparkline of the index over time, and the drivers')
      .argument('<negotiation>', 'negotiation id')
      .option('--drivers <n>', 'how many drivers (0–50)', '5')
      .addOption(
        new Option(
          '--days <n>',
          "chart the last n days (default: the case's active period — its opening to its latest development, with a margin — as the dashboard charts it)",
        ).helpGroup('Chart:'),
      )
      .addOption(new Option('--from <date>', 'chart from this date (a day: its start, UTC)').helpGroup('Chart:'))
      .addOption(
        new Option(
          '--to <date>',
          'chart up to this date (a day: its end, UTC; default: --at, or now — the end of the active period when that is over)',
        ).helpGroup('Chart:'),
      )
      .addOption(
        new Option('--step <duration>', 'chart step: 1d, 6h, 30m, 1w or P1D').default('1d').helpGroup('Chart:'),
      )
      .addOption(new Option('--no-chart', 'leave the chart out').helpGroup('Chart:'))
      .addOption(
        new Option(
          '--series',
          'print the series instead of the view: one line per point (with --json: GET …/escalation/series)',
        ).helpGroup('Chart:'),
      )
      .addHelpText(
        'after',
        `\nExamples (the Pakistan–Afghanistan case):\n  $ parley escalation ${CASE} --at 2025-11-30\n  $ parley escalation ${CASE} --at 2025-10-20 --days 14\n  $ parley escalation ${CASE} --from 2025-10-01 --to 2025-11-30 --step 12h\n  $ parley escalation ${CASE} --series --from 2025-10-10 --to 2025-10-25        # day by day\n  $ parley escalation ${CASE} --series --json --from 2025-10-01 --to 2025-11-30`,
      ),
  ).action(
    async (
      negotiation: string,
      opts: AsOfOptions & {
        drivers: string;
        days?: string;
        from?: string;
        to?: string;
        step: string;
        chart: boolean;
        series?: boolean;
      },
      cmd: Command,
    ) => {
      const { out, api } = sessionFor(cmd, rt);
      const seriesQuery = async (): Promise<Query> => {
        const range: Query = { ...asOfQuery(opts), from: opts.from, to: opts.to, step: opts.step };
        // The chart's end as the API will read it: a date-only --to/--at is the end of that UTC day.
        const given = opts.to ?? opts.at;
        const end = given === undefined ? Date.now() : queryInstant(given, QUERY_TIME_EDGES.to);
        if (end === undefined)
          throw new UsageError(`${opts.to ? '--to' : '--at'} ${given}: give a date, e.g. 2025-10-15`);
        if (opts.days !== undefined) {
          const days = Number(opts.days);
          if (!Number.isFinite(days) || days <= 0)
            throw new UsageError(`--days ${opts.days}: give a number of days, e.g. --days 30`);
          return { ...range, from: new Date(end - days * DAY_MS).toISOString() };
        }
        if (opts.from !== undefined) return range;
        return { ...range, ...(await activeRange(negotiation, end, opts)) };
      };
      /**
       * By default the chart is the case's active period, as the dashboard's chart shows it (the status view's
       * `activePeriod`: the whole case as recorded, whatever date is asked about): from its start, up to the date
       * asked about — or, when that is after the period, the period's end.
       */
      const activeRange = async (
        negotiation: string,
        end: number,
        o: AsOfOptions & { to?: string },
      ): Promise<Query> => {
        const { activePeriod } = await api.get<StatusView>(path(negotiation, 'status'), { minPosition: o.minPosition });
        if (activePeriod === null) return {};
        const from = queryInstant(activePeriod.from, QUERY_TIME_EDGES.from)!;
        const periodEnd = queryInstant(activePeriod.to, QUERY_TIME_EDGES.to)!;
        // A date before the active period (background recorded before the opening): the whole case up to it.
        if (end < from) return { from: activePeriod.caseFrom };
        // Now, long after the latest development: the period's end, as the dashboard's chart ends there.
        return {
          from: activePeriod.from,
          to: o.to ?? (o.at === undefined && end > periodEnd ? activePeriod.to : undefined),
        };
      };
      if (opts.series) {
        const series = await api.get<EscalationSeries>(path(negotiation, 'escalation/series'), await seriesQuery());
        return out.json ? out.printJson(series) : renderSeriesTable(out, series);
      }
      const view = await api.get<EscalationView>(path(negotiation, 'escalation'), {
        ...asOfQuery(opts),
        drivers: opts.drivers,
      });
      if (out.json) return out.printJson(view);
      const series = opts.chart
        ? await api.get<EscalationSeries>(path(negotiation, 'escalation/series'), await seriesQuery())
        : undefined;
      renderEscalation(out, view, series, { knownAt: opts.knownAt });
    },
  );

  asOfOptions(
    program
      .command('timeline')
      .description('every event in the order it occurred, with sources, corrections and retractions')
      .argument('<negotiation>', 'negotiation id')
      .option('--type <types>', 'only these event types (comma-separated; a type or its short name, e.g. statement)')
      .option('--sources', 'show every source in full (title, URL, grade) and notes')
      .addHelpText(
        'after',
        `\nEach event shows its weight: how hard it pushes towards conflict (down to −10, e.g. an armed attack) or cooperation (up to +10, e.g. an agreement) — the Goldstein score of its CAMEO event type, which the escalation index adds up.\n\nExamples (the Pakistan–Afghanistan case):\n  $ parley timeline ${CASE} --at 2025-10-20\n  $ parley timeline ${CASE} --type StatementMade --sources`,
      ),
  ).action(async (negotiation: string, opts: AsOfOptions & { type?: string; sources?: boolean }, cmd: Command) => {
    const { out, api } = sessionFor(cmd, rt);
    const types: readonly string[] | undefined = opts.type === undefined ? undefined : parseEventTypes(opts.type);
    const timeline = await api.get<TimelineView>(path(negotiation, 'timeline'), asOfQuery(opts));
    const shown = types ? { ...timeline, items: timeline.items.filter((i) => types.includes(i.type)) } : timeline;
    if (out.json) return out.printJson(shown);
    renderTimeline(out, shown, { sources: opts.sources });
  });

  asOfOptions(
    program
      .command('changes')
      .description(
        'what changed between two dates, for a briefing: phase, escalation, stances, ultimatums, developments',
      )
      .argument('<negotiation>', 'negotiation id')
      // Required, but checked in the action: commander would report a missing --since before an unknown option
      // (`--from`), and the unknown option is what the user needs to hear about.
      .option('--since <date>', 'the start of the briefing (a day: its start, UTC; required)')
      .option('--until <date>', 'the end (a day: its end, UTC; default: --at, or now)')
      // The names other views use for a range: refused with the names this command uses.
      .addOption(new Option('--from <date>').hideHelp())
      .addOption(new Option('--to <date>').hideHelp())
      .addHelpText(
        'after',
        `\nExamples (the Pakistan–Afghanistan case):\n  $ parley changes ${CASE} --since 2025-10-25 --until 2025-11-08\n  $ parley changes ${CASE} --since 2025-10-15 --until 2025-10-15   # what happened on 15 Oct`,
      ),
  ).action(
    async (
      negotiation: string,
      opts: AsOfOptions & { since?: string; until?: string; from?: string; to?: string },
      cmd: Command,
    ) => {
      if (opts.from !== undefined) throw new UsageError("unknown option '--from' (did you mean --since?)");
      if (opts.to !== undefined) throw new UsageError("unknown option '--to' (did you mean --until?)");
      if (opts.since === undefined)
        throw new UsageError("required option '--since <date>' not specified: the date the briefing starts from");
      const { out, api } = sessionFor(cmd, rt);
      const changes = await api.get<ChangesView>(path(negotiation, 'changes'), {
        ...asOfQuery(opts),
        since: opts.since,
        until: opts.until,
      });
      if (out.json) return out.printJson(changes);
      renderChanges(out, changes);
    },
  );

  program
    .command('brief')
    .description(
      'a briefing to take away (Markdown): status, what changed, escalation with its drivers, the matrix, sources cited',
    )
    .argument('<negotiation>', 'negotiation id')
    .addOption(
      new Option(
        '--from <date>',
        'the start of the period (a day: its start, UTC; default: 7 days before --to)',
      ).helpGroup('Time:'),
    )
    .addOption(
      new Option(
        '--to <date>',
        'the end of the period, and the date of the status and matrix (a day: its end, UTC; default: now)',
      ).helpGroup('Time:'),
    )
    .addOption(knownAtOption())
    .addOption(modelOption())
    .option('-o, --output <file>', 'write the Markdown to this file instead of stdout')
    // The name other views use for their date: refused with the one this command uses.
    .addOption(new Option('--at <date>').hideHelp())
    .addHelpText(
      'after',
      `\nExamples (the Pakistan–Afghanistan case):\n  $ parley brief ${CASE} --from 2025-11-01 --to 2025-11-30\n  $ parley brief ${CASE} --to 2025-10-20 -o doha-brief.md`,
    )
    .action(
      async (
        negotiation: string,
        opts: { from?: string; to?: string; knownAt?: string; model?: string; output?: string; at?: string },
        cmd: Command,
      ) => {
        if (opts.at !== undefined)
          throw new UsageError(
            "unknown option '--at' (did you mean --to? a briefing's date is the end of its period, --to)",
          );
        const { out, api } = sessionFor(cmd, rt);
        const file = opts.output === undefined ? undefined : outputFile(opts.output, rt.cwd);
        const response = await api.send('GET', path(negotiation, 'brief'), {
          query: { from: opts.from, to: opts.to, knownAt: opts.knownAt, model: opts.model },
          headers: { Accept: 'text/markdown, application/json' },
        });
        if (!response.ok) throw await errorFrom(response);
        const markdown = await response.text();
        if (file === undefined) return out.raw(markdown);
        await fs.writeFile(file, markdown).catch((error: unknown) => {
          throw cannotWrite(opts.output!, error);
        });
        if (out.json) out.printJson({ file, bytes: Buffer.byteLength(markdown) });
        else out.line(`Wrote the briefing to ${opts.output} (${Buffer.byteLength(markdown)} bytes).`);
      },
    );
}
