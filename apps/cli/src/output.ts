/**
 * Printing: human text on stdout (coloured only on a terminal, never with
 * NO_COLOR or --no-color), raw API JSON with --json, errors on stderr.
 */
import pc from 'picocolors';
import { ApiError, CliError, EXIT, type ExitCode } from './errors';
import type { Runtime } from './runtime';

export type Colors = ReturnType<typeof pc.createColors>;

export interface OutputOptions {
  readonly json: boolean;
  /** false for --no-color */
  readonly color: boolean;
}

export class Output {
  readonly c: Colors;
  /** Colour on stderr (progress, reconnect notices). */
  readonly ce: Colors;
  readonly json: boolean;

  constructor(
    private readonly rt: Runtime,
    options: OutputOptions,
  ) {
    this.json = options.json;
    this.c = pc.createColors(useColor(rt, rt.stdout.isTTY === true, options.color));
    this.ce = pc.createColors(useColor(rt, rt.stderr.isTTY === true, options.color));
  }

  /** Terminal width for tables (COLUMNS, the terminal, else 120). */
  get width(): number {
    const fromEnv = Number(this.rt.env.COLUMNS);
    if (Number.isInteger(fromEnv) && fromEnv >= 40) return fromEnv;
    return this.rt.stdout.columns && this.rt.stdout.columns >= 40 ? this.rt.stdout.columns : 120;
  }

  get stdoutIsTTY(): boolean {
    return this.rt.stdout.isTTY === true;
  }

  get stderrIsTTY(): boolean {
    return this.rt.stderr.isTTY === true;
  }

  line(text = ''): void {
    this.rt.stdout.write(`${text}\n`);
  }

  raw(text: string): void {
    this.rt.stdout.write(text);
  }

  /** Notices that are not the result (progress, reconnects): stderr, so stdout stays clean for pipes. */
  note(text: string): void {
    this.rt.stderr.write(`${text}\n`);
  }

  printJson(value: unknown): void {
    this.rt.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** Prints an error the way a person (or with --json, a script) can act on it; returns its exit code. */
  error(error: unknown): ExitCode {
    const ce = this.ce;
    if (error instanceof ApiError) {
      if (this.json) {
        this.rt.stderr.write(`${JSON.stringify(error.body, null, 2)}\n`);
        return error.exitCode;
      }
      const b = error.body;
      this.rt.stderr.write(`${ce.red(ce.bold('error'))} ${ce.dim(`${b.statusCode} ${b.error} · ${b.code}`)}\n`);
      if (error.context) this.rt.stderr.write(`  ${error.context}\n`);
      // With field errors the message is only their concatenation: list them one per line instead.
      if (b.errors?.length) {
        for (const f of b.errors) for (const p of f.problems) this.rt.stderr.write(`  ${ce.yellow(f.field)}: ${p}\n`);
      } else {
        this.rt.stderr.write(`  ${b.message}\n`);
      }
      const details = b.details ? Object.entries(b.details) : [];
      if (details.length)
        this.rt.stderr.write(
          `  ${ce.dim(details.map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' · '))}\n`,
        );
      return error.exitCode;
    }
    if (error instanceof CliError) {
      this.rt.stderr.write(`${ce.red(ce.bold('error'))} ${error.message}\n`);
      if (error.exitCode === EXIT.usage)
        this.rt.stderr.write(ce.dim('  (see parley --help, or parley <command> --help)\n'));
      return error.exitCode;
    }
    const e = error as Error;
    this.rt.stderr.write(`${ce.red(ce.bold('error'))} unexpected: ${e?.message ?? String(error)}\n`);
    if (this.rt.env.PARLEY_DEBUG && e?.stack) this.rt.stderr.write(`${e.stack}\n`);
    return EXIT.refused;
  }
}

/** Colour only for a terminal; NO_COLOR (any value) and --no-color turn it off, FORCE_COLOR on. */
export function useColor(rt: Pick<Runtime, 'env'>, isTTY: boolean, flag: boolean): boolean {
  if (!flag) return false;
  if ('NO_COLOR' in rt.env && rt.env.NO_COLOR !== undefined) return false;
  if (rt.env.FORCE_COLOR !== undefined && rt.env.FORCE_COLOR !== '0') return true;
  if (rt.env.TERM === 'dumb') return false;
  return isTTY;
}
