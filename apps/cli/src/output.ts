/**
 * Printing: human text on stdout (coloured only on a terminal, never with
 * NO_COLOR or --no-color), raw API JSON with --json, errors on stderr.
 *
 * Human text fits the width (`Output.width`): every line longer than it is
 * wrapped at word boundaries, its continuation indented under the text
 * (wrap-ansi, so colours survive the wrap); renderers truncate with "…"
 * where a column must stay on one line.
 */
import { stripVTControlCharacters } from 'node:util';
import pc from 'picocolors';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { ApiError, CliError, EXIT, type ExitCode } from './errors';
import type { Runtime } from './runtime';

export type Colors = ReturnType<typeof pc.createColors>;

export interface OutputOptions {
  readonly json: boolean;
  /** false for --no-color */
  readonly color: boolean;
  /** --wide: lines as long as their content (no wrapping to the terminal or to 80 columns). */
  readonly wide?: boolean;
}

/** The width of text piped to another program (or a file) when neither COLUMNS nor --wide says otherwise. */
export const PIPED_WIDTH = 80;
/** The narrowest layout the renderers make; a narrower COLUMNS or terminal is laid out at this. */
export const MIN_WIDTH = 40;
/** What --wide lays out for: wide enough for any line, finite so that tables can size their columns. */
export const WIDE = 1000;

/** Columns `text` takes on a terminal (colour codes take none, wide characters two). */
export function textWidth(text: string): number {
  return stringWidth(text);
}

export class Output {
  readonly c: Colors;
  /** Colour on stderr (progress, reconnect notices). */
  readonly ce: Colors;
  readonly json: boolean;
  readonly wide: boolean;

  constructor(
    private readonly rt: Runtime,
    options: OutputOptions,
  ) {
    this.json = options.json;
    this.wide = options.wide === true;
    this.c = pc.createColors(useColor(rt, rt.stdout.isTTY === true, options.color));
    this.ce = pc.createColors(useColor(rt, rt.stderr.isTTY === true, options.color));
  }

  /**
   * The width human output fits: --wide (no limit), else COLUMNS, else the
   * terminal's width, else (piped) 80 — never under MIN_WIDTH.
   */
  get width(): number {
    if (this.wide) return WIDE;
    const fromEnv = Number(this.rt.env.COLUMNS);
    if (this.rt.env.COLUMNS && Number.isInteger(fromEnv) && fromEnv > 0) return Math.max(MIN_WIDTH, fromEnv);
    if (this.rt.stdout.isTTY === true && this.rt.stdout.columns) return Math.max(MIN_WIDTH, this.rt.stdout.columns);
    return PIPED_WIDTH;
  }

  get stdoutIsTTY(): boolean {
    return this.rt.stdout.isTTY === true;
  }

  get stderrIsTTY(): boolean {
    return this.rt.stderr.isTTY === true;
  }

  /**
   * One or more lines of human text, each wrapped to the width at word
   * boundaries (a word longer than a line is broken). A continuation is
   * indented by `hang` columns (default: the line's own indentation + 2).
   */
  line(text = '', options: { hang?: number } = {}): void {
    this.rt.stdout.write(`${this.fit(text, options.hang)}\n`);
  }

  /** `text` wrapped to the width as `line` prints it (without the final newline). */
  fit(text: string, hang?: number): string {
    return text
      .split('\n')
      .map((l) => wrapLine(l, this.width, hang))
      .join('\n');
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
        for (const f of b.errors) {
          // The field as the API names it, and the flag that sets it: what to type again.
          const flag = error.flagOf?.(f.field);
          const field = `${ce.yellow(f.field)}${flag ? ` (${flag})` : ''}`;
          for (const p of f.problems) this.rt.stderr.write(`  ${field}: ${p}\n`);
        }
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

/**
 * Help text fitted to `width`, as `Output.fit` fits a result: prose wraps at
 * word boundaries, a line of a two-column list ("  --url <url>   the Parley
 * server …") under its second column; a shell example (`$ parley …` and the
 * lines its trailing backslash continues) wraps between its arguments with
 * backslash continuations (a flag beside its value), so it still pastes. An
 * argument longer than a line (a long quoted source) is left whole: breaking
 * it would break the command.
 */
export function fitHelp(text: string, width: number): string {
  let shell = false;
  return text
    .split('\n')
    .map((line) => {
      const example = shell || /^\s*\$ /.test(line);
      shell = example && / \\$/.test(line);
      if (textWidth(line) <= width) return line;
      if (example) return wrapShell(line, width);
      // The second column of a list: after the first run of two spaces or more.
      const column = /^(\s*\S.*?\s{2,})\S/.exec(line)?.[1]?.length;
      // Prose goes on at its own indentation.
      return wrapLine(line, width, column ?? /^ */.exec(line)![0].length);
    })
    .join('\n');
}

/** A shell command line broken between its arguments (quotes kept whole), each break a ` \` continuation. */
function wrapShell(line: string, width: number): string {
  const indent = /^ */.exec(line)![0].length;
  const continued = / \\$/.test(line);
  const tokens =
    line
      .trim()
      .replace(/ \\$/, '')
      .match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? [];
  // A flag stays with its value on one line: `--source "…"`, never `--source \` and then the value.
  const words: string[] = [];
  for (const [i, token] of tokens.entries()) {
    // A comment is one word to the end of the line: a backslash inside it would not continue the command.
    if (token.startsWith('#')) {
      words.push(tokens.slice(i).join(' '));
      break;
    }
    const last = words[words.length - 1];
    if (last !== undefined && /^--?[\w-]+$/.test(last) && !token.startsWith('-'))
      words[words.length - 1] = `${last} ${token}`;
    else words.push(token);
  }
  const pad = ' '.repeat(indent + 4);
  const lines: string[] = [];
  let current = ' '.repeat(indent);
  for (const word of words) {
    const next = current.trim() ? `${current} ${word}` : `${current}${word}`;
    // Room for the backslash that ends every line but the last.
    if (current.trim() && textWidth(next) > width - 2) {
      lines.push(`${current} \\`);
      current = `${pad}${word}`;
    } else current = next;
  }
  lines.push(continued ? `${current} \\` : current);
  return lines.join('\n');
}

function wrapLine(line: string, width: number, hang: number | undefined): string {
  if (textWidth(line) <= width) return line;
  const indent = /^ */.exec(line)![0].length;
  const pad = Math.min(hang ?? indent + 2, Math.floor(width / 2));
  const room = width - indent;
  const [head = '', ...tail] = wrapAnsi(line.slice(indent), room, SOFT).split('\n');
  let first = head;
  let rest = tail.join(' ');
  if (textWidth(head) > room && !isLink(head)) {
    // A word longer than the line (not a link) is broken; what is left of it goes on below.
    const [piece = '', ...pieces] = wrapAnsi(head, room, HARD).split('\n');
    first = piece;
    rest = [pieces.join(''), rest].filter(Boolean).join(' ');
  }
  if (!rest) return `${' '.repeat(indent)}${first}`;
  // The continuation is re-wrapped to the narrower room its indentation leaves.
  const more = wrapWords(rest, width - pad);
  return [`${' '.repeat(indent)}${first}`, ...more.map((l) => `${' '.repeat(pad)}${l}`)].join('\n');
}

const SOFT = { hard: false, trim: true } as const;
const HARD = { hard: true, trim: true } as const;

/**
 * `text` wrapped at word boundaries to `room` columns. A word longer than the
 * room is broken, except a link: that stays whole on a line of its own, wider
 * than the room, since a link broken over two lines no longer opens when
 * copied.
 */
function wrapWords(text: string, room: number): string[] {
  return wrapAnsi(text, room, SOFT)
    .split('\n')
    .flatMap((row) => (textWidth(row) > room && !isLink(row) ? wrapAnsi(row, room, HARD).split('\n') : [row]));
}

/** A line that is one http(s) link (colour aside). */
function isLink(row: string): boolean {
  return /^https?:\/\/\S+$/.test(stripVTControlCharacters(row).trim());
}

/** Colour only for a terminal; NO_COLOR (any value) and --no-color turn it off, FORCE_COLOR on. */
export function useColor(rt: Pick<Runtime, 'env'>, isTTY: boolean, flag: boolean): boolean {
  if (!flag) return false;
  if ('NO_COLOR' in rt.env && rt.env.NO_COLOR !== undefined) return false;
  if (rt.env.FORCE_COLOR !== undefined && rt.env.FORCE_COLOR !== '0') return true;
  if (rt.env.TERM === 'dumb') return false;
  return isTTY;
}
