/**
 * The symbol of each matrix cell value — one table for the CLI and the web
 * page, so a stance reads the same in both (the symbol always comes with a word
 * or a legend: meaning never rests on it, nor on colour, alone). The CLI
 * imports it; the page imports it as a module the API serves
 * (`GET /shared/vocabulary.js`, built from this table).
 */
import type { CellValue } from './matrix-view';

export const STANCE_SYMBOLS: Readonly<Record<CellValue, string>> = Object.freeze({
  accepted: '✔',
  'accepted-in-principle': '◐',
  conditional: '◑',
  ambiguous: '?',
  'counter-proposed': '⇄',
  rejected: '✘',
  proposer: '★',
  'no-position': '·',
});
