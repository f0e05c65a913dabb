/** cli-table3 presets: a boxed table for views, a borderless one for lists. */
import Table from 'cli-table3';

const NO_BORDER = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: '  ',
};

/** Borderless, columns two spaces apart: for lists that are read line by line. */
export function listTable(
  head: string[],
  options: { colWidths?: (number | null)[]; wordWrap?: boolean } = {},
): Table.Table {
  return new Table({
    head,
    chars: NO_BORDER,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
    ...(options.colWidths ? { colWidths: options.colWidths, wordWrap: options.wordWrap ?? true } : {}),
  });
}

/** Boxed, wrapping: for the matrix. */
export function boxTable(head: string[], colWidths: number[]): Table.Table {
  return new Table({ head, colWidths, wordWrap: true, style: { head: [], border: [] } });
}
