/**
 * Exit codes and the errors that carry them. Every failure of the CLI ends as
 * one of these, so a script can tell "the server said no" from "I typed it
 * wrong" from "the server is not there".
 */

export const EXIT = {
  /** Done. */
  ok: 0,
  /** The API refused the request (4xx): the message and each field problem are printed. */
  refused: 1,
  /** The command line is wrong: unknown command or flag, a value the CLI must parse, a missing file. */
  usage: 2,
  /** The server cannot be reached, or failed (5xx). */
  unavailable: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODES_HELP = `Exit codes:
  0  done
  1  the API refused the request (4xx): its message and each bad field are printed
  2  usage error: unknown command or flag, a malformed flag value, a missing file
  3  cannot reach the server, or the server failed (5xx)`;

export const EXIT_CODES_SHORT =
  'Exit codes: 0 done · 1 refused by the API (4xx) · 2 usage error · 3 server unreachable or failed (5xx)';

/** One bad field, as the API reports it. */
export interface FieldProblem {
  readonly field: string;
  readonly problems: readonly string[];
}

/** The API's error body (apps/api/src/errors/http-exception.filter.ts). */
export interface ApiErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly code: string;
  readonly details?: Record<string, unknown>;
  readonly errors?: readonly FieldProblem[];
}

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.usage);
  }
}

export class UnreachableError extends CliError {
  /**
   * @param delivered whether the request may have reached the server before the failure (a dropped connection, a
   * timeout), so that a write may have been stored; false when no connection was ever made.
   */
  constructor(
    message: string,
    readonly delivered = true,
  ) {
    super(message, EXIT.unavailable);
  }
}

/** The server answered with an error status. */
export class ApiError extends CliError {
  /** What the refusal means for this command, e.g. "import refused: nothing of x.jsonl was stored". */
  context?: string;
  /** The flag that sets a field the API names (`data.speaker.actorId` → `--speaker-actor`), where there is one. */
  flagOf?: (field: string) => string | undefined;

  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message, status >= 500 ? EXIT.unavailable : EXIT.refused);
  }

  withContext(context: string): this {
    this.context = context;
    return this;
  }

  withFlags(flagOf: (field: string) => string | undefined): this {
    this.flagOf = flagOf;
    return this;
  }
}
