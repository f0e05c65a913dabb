/**
 * The symbol of each matrix cell value — one table for the CLI and the web
 * page, so a stance reads the same in both (the symbol always comes with a word
 * or a legend: meaning never rests on it, nor on colour, alone). The CLI
 * imports it; the page imports it compiled, as the API serves the domain's
 * browser modules (`/assets/domain/stance-symbols.js`).
 */
import type { Stance } from './events';

/** A matrix cell: a stance, the demand's proposer, or no position taken. */
export type StanceSymbolKey = Stance | 'proposer' | 'no-position';

export const STANCE_SYMBOLS: Readonly<Record<StanceSymbolKey, string>> = Object.freeze({
  accepted: '✔',
  'accepted-in-principle': '◐',
  conditional: '◑',
  ambiguous: '?',
  'counter-proposed': '⇄',
  rejected: '✘',
  proposer: '★',
  'no-position': '·',
});
