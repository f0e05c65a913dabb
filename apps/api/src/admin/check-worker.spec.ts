/**
 * The import's check worker vouches for a group of lines only when every line
 * of it passes `checkLine` — the same checks the import's thread runs when it
 * checks a line itself — and a vouched line read again on the import's thread
 * (`checkedLine`) is the line `checkLine` gave. Real worker thread, the
 * shipped example logs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CheckWorker } from './check-worker';
import { checkedLine, checkLine, linesOf, MAX_LINE, NOT_UTF8, TOO_LONG } from './line-check';

const EXAMPLES = join(__dirname, '../../../../examples');
const shipped = ['pakistan-afghanistan-2025.jsonl', 'india-pakistan-2025.jsonl'].flatMap((file) =>
  readFileSync(join(EXAMPLES, file), 'utf8').trim().split('\n'),
);

/** The bytes of whole lines, as the import hands a group over. */
const bytesOf = (lines: readonly string[]): Uint8Array[] => [Buffer.from(`${lines.join('\n')}\n`)];

describe('CheckWorker', () => {
  let worker: CheckWorker;
  beforeAll(() => {
    worker = new CheckWorker();
  });
  afterAll(() => worker.stop());

  const verdict = async (lines: readonly string[]): Promise<boolean> => {
    const parts = bytesOf(lines);
    const group = worker.offer(
      parts,
      parts.reduce((n, p) => n + p.length, 0),
    )!;
    await worker.checked(group);
    return worker.passed(group);
  };

  it('given groups of good lines, when the worker has checked them, then it vouches for each', async () => {
    for (let i = 0; i < shipped.length; i += 25) {
      expect(await verdict(shipped.slice(i, i + 25))).toBe(true);
    }
  });

  it('given a group with one bad line of any kind, when checked, then the worker does not vouch for it (and checkLine names the problem)', async () => {
    const good = shipped[3] as string;
    const o = JSON.parse(good) as Record<string, unknown>;
    const bad = [
      '{"stream":',
      '[1,2]',
      JSON.stringify({ ...o, id: undefined }),
      JSON.stringify({ ...o, stream: 'negotiations-x' }),
      JSON.stringify({ ...o, id: (o.id as string).toUpperCase() }),
      JSON.stringify({ ...o, type: 'NoSuchType' }),
      JSON.stringify({ ...o, data: null }),
      JSON.stringify({ ...o, metadata: null }),
      JSON.stringify({ ...JSON.parse(shipped[0]!), data: null }),
      JSON.stringify({ ...o, metadata: { ...(o.metadata as object), sources: 'none' } }),
      JSON.stringify({ ...o, data: { ...(o.data as object), unknownField: 1 } }),
      TOO_LONG,
    ];
    for (const line of bad) {
      expect(checkLine(line).problem).toEqual(expect.any(String));
      expect(await verdict([good, line, good])).toBe(false);
    }
  });

  it('given a group the import claimed first, when the worker reaches it, then it leaves it alone (the import checks it)', async () => {
    // A worker just started is still loading its checks (hundreds of ms), so the claim below comes first: with a
    // worker already waiting, it could wake and vouch for the group between the offer and the claim (seen in CI).
    const fresh = new CheckWorker();
    try {
      const parts = bytesOf(shipped.slice(0, 5));
      const group = fresh.offer(parts, parts[0]!.length)!;
      const claimedFirst = fresh.passed(group);
      const later = fresh.offer(parts, parts[0]!.length)!;
      await fresh.checked(later);
      // The worker is past the claimed group: it never marked it, so the import's claim stands.
      expect(claimedFirst).toBe(false);
      expect(fresh.passed(group)).toBe(false);
      expect(fresh.passed(later)).toBe(true);
    } finally {
      fresh.stop();
    }
  });
});

describe('checkedLine', () => {
  it('given every shipped line, when read again after the worker vouched for it, then it is the line checkLine gave', () => {
    for (const text of shipped) expect(checkedLine(text)).toEqual(checkLine(text).line);
  });
});

describe('linesOf', () => {
  it('given whole lines, when read, then CRLF ends a line as LF does, the last line needs no newline and a line over MAX_LINE is TOO_LONG', () => {
    const long = 'x'.repeat(MAX_LINE + 1);
    expect(linesOf(Buffer.from('a\r\nb\n\nc'), false)).toEqual(['a', 'b', '', 'c']);
    expect(linesOf(Buffer.from(`a\n${long}\nb\n`), false)).toEqual(['a', TOO_LONG, 'b']);
    expect(linesOf(Buffer.from('tail of a long one\nb\n'), true)).toEqual([TOO_LONG, 'b']);
  });

  it('given multibyte text, when read, then a line of MAX_LINE characters is kept whatever its bytes', () => {
    const euros = '€'.repeat(MAX_LINE);
    expect(linesOf(Buffer.from(`${euros}\n`), false)).toEqual([euros]);
  });

  it('given ASCII lines beside lines of other characters and bytes that are no UTF-8, when read, then each line is the text of the whole decoded and split, or NOT_UTF8', () => {
    const text = Buffer.from('{"a":1}\r\nTürkiye – 😀 \uFFFD\n\n');
    const bytes = Buffer.concat([text, Buffer.from([0xe2, 0x82, 0x0a, 0xff, 0x0d, 0x0a, 0xf0, 0x9f, 0x98])]);
    const whole = text.toString('utf8').split(/\r?\n/).slice(0, -1);
    expect(linesOf(bytes, false)).toEqual([...whole, NOT_UTF8, NOT_UTF8, NOT_UTF8]);
    expect(checkLine(NOT_UTF8).problem).toContain('UTF-8');
    expect(linesOf(bytes, false)[0]).toBe('{"a":1}');
    expect(linesOf(Buffer.alloc(0), true)).toEqual([TOO_LONG]);
  });
});
