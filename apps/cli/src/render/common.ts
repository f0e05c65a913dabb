/** Symbols, colours and formats shared by the view renderers. Meaning never rests on colour alone. */
import { isHttpUrl, STANCE_SYMBOLS } from '@parley/domain';
import type { Consensus, LevelNumber, ThinEvidence, TrendDirection } from '@parley/projections';
import type { Colors } from '../output';

export type CellValue =
  | 'accepted'
  | 'accepted-in-principle'
  | 'conditional'
  | 'ambiguous'
  | 'rejected'
  | 'counter-proposed'
  | 'proposer'
  | 'no-position';

interface StanceStyle {
  readonly symbol: string;
  readonly label: string;
  readonly color: (c: Colors, s: string) => string;
}

export const STANCE_STYLE: Readonly<Record<CellValue, StanceStyle>> = {
  accepted: { symbol: STANCE_SYMBOLS.accepted, label: 'accepted', color: (c, s) => c.green(c.bold(s)) },
  'accepted-in-principle': {
    symbol: STANCE_SYMBOLS['accepted-in-principle'],
    label: 'in principle',
    color: (c, s) => c.green(s),
  },
  conditional: { symbol: STANCE_SYMBOLS.conditional, label: 'conditional', color: (c, s) => c.yellow(s) },
  ambiguous: { symbol: STANCE_SYMBOLS.ambiguous, label: 'ambiguous', color: (c, s) => c.yellow(c.dim(s)) },
  'counter-proposed': { symbol: STANCE_SYMBOLS['counter-proposed'], label: 'counter', color: (c, s) => c.magenta(s) },
  rejected: { symbol: STANCE_SYMBOLS.rejected, label: 'rejected', color: (c, s) => c.red(c.bold(s)) },
  proposer: { symbol: STANCE_SYMBOLS.proposer, label: 'proposer', color: (c, s) => c.blue(s) },
  'no-position': { symbol: STANCE_SYMBOLS['no-position'], label: '—', color: (c, s) => c.dim(s) },
};

export function stanceCell(c: Colors, value: CellValue, withLabel: boolean): string {
  const style = STANCE_STYLE[value] ?? STANCE_STYLE['no-position'];
  return style.color(c, withLabel ? `${style.symbol} ${style.label}` : style.symbol);
}

export function stanceLegend(c: Colors): string {
  const order: CellValue[] = [
    'accepted',
    'accepted-in-principle',
    'conditional',
    'ambiguous',
    'counter-proposed',
    'rejected',
    'proposer',
    'no-position',
  ];
  const names: Record<CellValue, string> = {
    accepted: 'accepted',
    'accepted-in-principle': 'accepted in principle',
    conditional: 'conditional',
    ambiguous: 'ambiguous',
    'counter-proposed': 'counter-proposed',
    rejected: 'rejected',
    proposer: 'proposer (tabled it)',
    'no-position': 'no position',
  };
  return order.map((v) => `${stanceCell(c, v, false)} ${names[v]}`).join('  ');
}

export function consensusText(c: Colors, consensus: Consensus | string): string {
  switch (consensus) {
    case 'agreed':
      return c.green(c.bold('agreed'));
    case 'contested':
      return c.red('contested');
    case 'partial':
      return c.yellow('partial');
    default:
      return c.dim(consensus);
  }
}

export function levelColor(c: Colors, level: LevelNumber | number): (s: string) => string {
  switch (level) {
    case 1:
      return c.green;
    case 2:
      return c.yellow;
    case 3:
      return (s) => c.yellow(c.bold(s));
    case 4:
      return c.red;
    default:
      return (s) => c.red(c.bold(s));
  }
}

export function trendArrow(direction: TrendDirection | string): string {
  return direction === 'rising' ? '↑' : direction === 'falling' ? '↓' : '→';
}

/**
 * A ceasefire's state in words, coloured by how it stands: "in force", "violated", "ended", "none"; a partial one
 * (`coverage`: it covers only part of the hostilities, e.g. energy infrastructure) is said so: "partial, in force".
 */
export function ceasefireState(c: Colors, state: string, coverage: string | null = null): string {
  const partial = coverage === 'partial' && state !== 'none' ? `${c.bold('partial')}, ` : '';
  if (state === 'in-force') return partial + c.green(c.bold('in force'));
  if (state === 'violated') return partial + c.yellow(c.bold('violated'));
  if (state === 'ended') return partial + c.red(c.bold('ended'));
  return c.dim(state);
}

export function trendText(c: Colors, direction: TrendDirection | string, delta: number): string {
  const text = `${trendArrow(direction)} ${direction} (${signed(delta)} in 7 days)`;
  return direction === 'rising' ? c.red(text) : direction === 'falling' ? c.green(text) : c.dim(text);
}

/** `+5.3`, `−7.6`, `0.0` (a value that rounds to zero gets no sign). */
export function signed(n: number, digits = 1): string {
  const s = Math.abs(n).toFixed(digits);
  if (Number(s) === 0) return s;
  return n > 0 ? `+${s}` : `−${s}`;
}

/** `2025-11-30` for midnight UTC, else `2025-11-30 14:05 UTC`. */
export function instantText(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2})(?:\.(\d+))?)?Z$/.exec(iso);
  if (!m) return iso;
  if (m[2] === '00:00' && (m[3] ?? '00') === '00' && Number(m[4] ?? 0) === 0) return m[1]!;
  return `${m[1]} ${m[2]} UTC`;
}

export interface SourceLike {
  readonly title: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly publishedAt?: string;
  readonly reliability?: string;
  readonly credibility?: number;
}

export function gradeOf(s: SourceLike): string {
  return `${s.reliability ?? ''}${s.credibility ?? ''}`;
}

/** `Dawn (B2)` — or the title when there is no publisher. */
export function sourceShort(s: SourceLike): string {
  const grade = gradeOf(s);
  return `${s.publisher ?? s.title}${grade ? ` (${grade})` : ''}`;
}

/**
 * A source's link as a terminal may show it: an http(s) URL, normalised (so
 * that no control character or escape sequence in it reaches the terminal);
 * any other scheme (`javascript:`, `data:`, an old log's) is not printed.
 */
export function linkText(c: Colors, url: string | undefined): string {
  if (url === undefined) return '';
  return isHttpUrl(url) ? c.dim(new URL(url).href) : c.dim('(link not shown: not an http(s) URL)');
}

export function sourceLong(c: Colors, s: SourceLike): string {
  const grade = gradeOf(s);
  return [grade ? c.bold(grade) : '', s.publisher ?? '', s.publishedAt ?? '', `“${s.title}”`, linkText(c, s.url)]
    .filter(Boolean)
    .join(' · ');
}

export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}

/** The mark of a judgement resting on thin evidence (`ThinEvidence`): one source only, or only sources below C3. */
export const THIN_MARK = '△';

/** ` △ one source only` after a judgement resting on thin evidence; '' otherwise. */
export function thinNote(c: Colors, thin: ThinEvidence | null | undefined): string {
  return thin ? ` ${c.yellow(`${THIN_MARK} ${thin.text}`)}` : '';
}
