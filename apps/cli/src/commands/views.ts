/**
 * Reading: `list`, `status`, `matrix`, `escalation`, `timeline`, `changes`.
 * Every view takes `--at` (the world as it stood then) and `--known-at`
 * (what Parley knew then); `--json` prints the API's JSON unchanged.
 * Dates go to the API as given, which reads them the one way Parley reads a
 * date (README "Dates in queries"): a date-only `--at`, `--known-at`,
 * `--until` or `--to` is the end of that UTC day, `--since`/`--from` its start.
 */
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
import { type Query, errorFrom } from '../http';
import type { Runtime } from '../runtime';
import { renderEscalation } from '../render/escalation';
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
    .addOption(
      new Option('--known-at <date>', 'what Parley knew at this date (a day: its end, UTC); default now').helpGroup(
        'Time:',
      ),
    )
    .addOption(
      new Option('--min-position <n>', 'wait until the views include this global position (from a write)').helpGroup(
        'Time:',
      ),
    )
    .addOption(
      // The server names the models it has (400 with the list for any other).
      new Option('--model <version>', "escalation model to answer with, e.g. v1 (default: the server's)").helpGroup(
        'Escalation:',
      ),
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
    renderMatrix(out, matrix, { evidence: opts.evidence, at: opts.at });
  });

  asOfOptions(
    program
      .command('escalation')
      .description('escalation level, index and trend, a sparkline of the index over time, and the drivers')
      .argument('<negotiation>', 'negotiation id')
      .option('--drivers <n>', 'how many drivers (0–50)', '5')
      .addOption(
        new Option('--days <n>', 'chart the last n days (default: from the first development)').helpGroup('Chart:'),
      )
      .addOption(new Option('--from <date>', 'chart from this date (a day: its start, UTC)').helpGroup('Chart:'))
      .addOption(
        new Option('--to <date>', 'chart up to this date (a day: its end, UTC; default: --at, or now)').helpGroup(
          'Chart:',
        ),
      )
      .addOption(
        new Option('--step <duration>', 'chart step: 1d, 6h, 30m, 1w or P1D').default('1d').helpGroup('Chart:'),
      )
      .addOption(new Option('--no-chart', 'leave the chart out').helpGroup('Chart:'))
      .addOption(
        new Option('--series', 'with --json: print the series (GET …/escalation/series) instead of the view').helpGroup(
          'Chart:',
        ),
      )
      .addHelpText(
        'after',
        `\nExamples (the Pakistan–Afghanistan case):\n  $ parley escalation ${CASE} --at 2025-11-30\n  $ parley escalation ${CASE} --at 2025-10-20 --days 14\n  $ parley escalation ${CASE} --from 2025-10-01 --to 2025-11-30 --step 12h\n  $ parley escalation ${CASE} --series --json --from 2025-10-01 --to 2025-11-30`,
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
      const seriesQuery = (): Query => {
        let from = opts.from;
        if (opts.days !== undefined) {
          const days = Number(opts.days);
          if (!Number.isFinite(days) || days <= 0)
            throw new UsageError(`--days ${opts.days}: give a number of days, e.g. --days 30`);
          // The chart's end as the API will read it: a date-only --to/--at is the end of that UTC day.
          const given = opts.to ?? opts.at;
          const end = given === undefined ? Date.now() : queryInstant(given, QUERY_TIME_EDGES.to);
          if (end === undefined)
            throw new UsageError(`${opts.to ? '--to' : '--at'} ${given}: give a date, e.g. 2025-10-15`);
          from = new Date(end - days * DAY_MS).toISOString();
        }
        return { ...asOfQuery(opts), from, to: opts.to, step: opts.step };
      };
      if (out.json && opts.series)
        return out.printJson(await api.get<EscalationSeries>(path(negotiation, 'escalation/series'), seriesQuery()));
      const view = await api.get<EscalationView>(path(negotiation, 'escalation'), {
        ...asOfQuery(opts),
        drivers: opts.drivers,
      });
      if (out.json) return out.printJson(view);
      const series = opts.chart
        ? await api.get<EscalationSeries>(path(negotiation, 'escalation/series'), seriesQuery())
        : undefined;
      renderEscalation(out, view, series);
    },
  );

  asOfOptions(
    program
      .command('timeline')
      .description('every event in the order it occurred, with sources, corrections and retractions')
      .argument('<negotiation>', 'negotiation id')
      .option('--type <types>', 'only these event types (comma-separated)')
      .option('--sources', 'show every source in full (title, URL, grade) and notes')
      .addHelpText(
        'after',
        `\nExamples (the Pakistan–Afghanistan case):\n  $ parley timeline ${CASE} --at 2025-10-20\n  $ parley timeline ${CASE} --type StatementMade --sources`,
      ),
  ).action(async (negotiation: string, opts: AsOfOptions & { type?: string; sources?: boolean }, cmd: Command) => {
    const { out, api } = sessionFor(cmd, rt);
    const timeline = await api.get<TimelineView>(path(negotiation, 'timeline'), asOfQuery(opts));
    const types = opts.type
      ?.split(',')
      .map((t) => t.trim())
      .filter(Boolean);
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
      .requiredOption('--since <date>', 'the start of the briefing (a day: its start, UTC)')
      .option('--until <date>', 'the end (a day: its end, UTC; default: --at, or now)')
      .addHelpText(
        'after',
        `\nExamples (the Pakistan–Afghanistan case):\n  $ parley changes ${CASE} --since 2025-10-25 --until 2025-11-08\n  $ parley changes ${CASE} --since 2025-10-15 --until 2025-10-15   # what happened on 15 Oct`,
      ),
  ).action(async (negotiation: string, opts: AsOfOptions & { since: string; until?: string }, cmd: Command) => {
    const { out, api } = sessionFor(cmd, rt);
    const changes = await api.get<ChangesView>(path(negotiation, 'changes'), {
      ...asOfQuery(opts),
      since: opts.since,
      until: opts.until,
    });
    if (out.json) return out.printJson(changes);
    renderChanges(out, changes);
  });
}
