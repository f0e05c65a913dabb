import type { DestinationStream } from 'pino';
import pretty from 'pino-pretty';

/** How log lines are written: one JSON object per line (for machines), or readable lines (for a person). */
export type LogFormat = 'json' | 'pretty';
export const LOG_FORMATS: readonly LogFormat[] = ['json', 'pretty'];

/**
 * `PARLEY_LOG_FORMAT` when set; otherwise readable lines for a person at a
 * terminal and JSON when stdout is a pipe or a file (a log collector, a container).
 */
export function logFormatOf(raw: string | undefined, stdoutIsTTY: boolean): LogFormat | undefined {
  if (raw === undefined || raw === '') return stdoutIsTTY ? 'pretty' : 'json';
  return LOG_FORMATS.find((format) => format === raw);
}

interface LogLine {
  readonly context?: unknown;
  readonly req?: { readonly method?: unknown; readonly url?: unknown };
  readonly res?: { readonly statusCode?: unknown };
  readonly responseTime?: unknown;
}

/** `[context] message`, and a request line as `GET /path → 200 (3 ms)`. */
function readableMessage(line: Record<string, unknown>, messageKey: string): string {
  const { context, req, res, responseTime } = line as LogLine;
  const message = String(line[messageKey] ?? '');
  const text =
    req !== undefined && res !== undefined
      ? `${String(req.method)} ${String(req.url)} → ${String(res.statusCode)} (${String(responseTime)} ms)`
      : message;
  return typeof context === 'string' ? `[${context}] ${text}` : text;
}

/**
 * The destination of the `pretty` format: `HH:MM:ss.l LEVEL [context] message` in local time,
 * written synchronously (nothing is lost when the process exits). Other fields (an error and
 * its stack) follow on their own lines.
 */
export function readableLogStream(): DestinationStream {
  return pretty({
    sync: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,context,req,res,responseTime',
    messageFormat: readableMessage,
  });
}
