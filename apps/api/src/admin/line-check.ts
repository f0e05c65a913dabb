/**
 * The checks of an import line that need nothing but its text: JSON, the
 * import's envelope (`stream`, `id`, …), the codec, and the edge's verdict on
 * the HTTP write it would have been. The same function runs on the import's
 * thread and on its check worker (`check-worker.ts`): a line's first problem
 * is worded the same wherever it was found.
 *
 * What depends on the rest of the file or on the store (an id seen before, a
 * stream's revisions, the rules of `decide`) is checked by the import itself.
 */
import { isUtf8 } from 'node:buffer';
import { EVENT_ID_PATTERN, fromStoredEvent, negotiationIdFromStream, streamName } from '@parley/domain';
import { edgeAccepts, httpWriteProblems, type ImportLine, requestBody } from './import-line';

export const MAX_LINE = 2 * 1024 * 1024;

/** Stands for a line longer than MAX_LINE (which is not kept): no line of text can equal it. */
export const TOO_LONG = '\u0000(line too long)';
/** Stands for a line whose bytes are not UTF-8 (decoded, they would be stored with U+FFFD in place of its characters). */
export const NOT_UTF8 = '\u0000(not UTF-8)';

/** A new event's id: the domain's UUID pattern, in lowercase only. */
const UUID = new RegExp(EVENT_ID_PATTERN.source);

/** A line that passed every check of its own: the parsed line, and the HTTP body it stands for. */
export interface CheckedLine extends ImportLine {
  readonly stream: string;
  /** As the file has it: its type is checked with the stream's other revisions. */
  readonly revision: unknown;
  /** The HTTP body the line stands for (`requestBody`), built once: the verdict and the command read it. */
  readonly body: Record<string, unknown>;
}

/** The line's first problem, or the line checked. */
export type LineCheck =
  | { readonly problem: string; readonly line?: undefined }
  | { readonly problem?: undefined; readonly line: CheckedLine };

/**
 * The lines of `bytes` — whole lines of the file, each ended by `\n` but
 * perhaps the last of the file — as text: a `\r` before the `\n` dropped, a
 * line longer than MAX_LINE as TOO_LONG, and the first one too when
 * `firstTooLong` (the start of it was too long to keep). The import's thread
 * and its check worker read a group's lines with it, so line i is the same
 * text on both.
 */
export function linesOf(bytes: Uint8Array, firstTooLong: boolean): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lines: string[] = [];
  // Each line decoded on its own (a newline byte is never inside a character, so the text is the same as
  // the whole group's decoded and split): a line of ASCII stays a one-byte string wherever another line
  // of its group has a character beyond it, and no line is a slice holding its group's text.
  for (let start = 0; ;) {
    const newline = buffer.indexOf(10, start);
    // The text after the last newline: the file's last line if it has no newline, else nothing.
    if (newline === -1 && start > 0 && start === buffer.length) break;
    const end = newline === -1 ? buffer.length : newline;
    const cr = end > start && buffer[end - 1] === 13 ? 1 : 0;
    const line = buffer.toString('utf8', start, end - cr);
    lines.push(
      (lines.length === 0 && firstTooLong) || line.length + cr > MAX_LINE
        ? TOO_LONG
        : // A U+FFFD the decoder made for bytes that are no character (a one-byte line cannot hold one: no scan).
          line.includes('\uFFFD') && !isUtf8(buffer.subarray(start, end - cr))
          ? NOT_UTF8
          : line,
    );
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

/** The line (trimmed, not empty, as `linesOf` gives it) checked on its own. */
export function checkLine(text: string): LineCheck {
  if (text === TOO_LONG) return { problem: `longer than ${MAX_LINE} characters` };
  if (text === NOT_UTF8) return { problem: 'not UTF-8 text (save the file as UTF-8)' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'not valid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { problem: 'must be a JSON object' };
  }
  const o = parsed as Record<string, unknown>;
  if (
    o.stream === undefined ||
    o.id === undefined ||
    o.type === undefined ||
    o.data === undefined ||
    o.metadata === undefined
  ) {
    return {
      problem: `missing ${['stream', 'id', 'type', 'data', 'metadata'].filter((k) => o[k] === undefined).join(', ')}`,
    };
  }
  if (typeof o.stream !== 'string' || !negotiationIdFromStream(o.stream)) {
    return { problem: `stream must be "negotiation-<id>", got ${JSON.stringify(o.stream).slice(0, 80)}` };
  }
  if (typeof o.id !== 'string' || !UUID.test(o.id)) return { problem: 'id must be a lowercase UUID' };
  const line = unbuilt(o);
  try {
    const event = fromStoredEvent(line);
    if (streamName(event.negotiationId) !== o.stream) {
      return { problem: `metadata.negotiationId "${event.negotiationId}" does not match stream ${o.stream}` };
    }
  } catch (error) {
    return { problem: (error as Error).message };
  }
  // The body only of what the codec passed (an object's data and metadata).
  line.body = requestBody(line);
  // class-validator only for a line the shortcut does not accept: to decide, and to word what is wrong.
  const refused = edgeAccepts(line, line.body) ? [] : httpWriteProblems(line, line.body);
  if (refused.length) {
    return {
      problem: `an HTTP write would refuse it: ${refused.slice(0, 5).join('; ')}${refused.length > 5 ? ` (and ${refused.length - 5} more)` : ''}`,
    };
  }
  return { line };
}

/**
 * A line `checkLine` found nothing wrong with (on the check worker), read
 * again on the import's thread: parsing the text costs that thread less than
 * receiving the parsed line from the worker would (a structured clone of it
 * deserializes 3–5× slower than `JSON.parse`).
 */
export function checkedLine(text: string): CheckedLine {
  const line = unbuilt(JSON.parse(text) as Record<string, unknown>);
  line.body = requestBody(line);
  return line;
}

/** The parsed line, its body not built yet (`NO_BODY`). */
function unbuilt(o: Record<string, unknown>): CheckedLine & { body: Record<string, unknown> } {
  return {
    id: o.id as string,
    type: o.type as string,
    data: o.data,
    metadata: o.metadata,
    stream: o.stream as string,
    revision: o.revision,
    body: NO_BODY,
  };
}

/** Stands for the body until `requestBody` has built it (one shape for every line). */
const NO_BODY: Record<string, unknown> = Object.freeze({});
