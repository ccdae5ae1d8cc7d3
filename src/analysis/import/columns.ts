/**
 * How a file of transactions is laid out, found from its text: the delimiter (comma, semicolon,
 * tab or runs of spaces) from its first line, whether its first row is a header, and which column
 * is the customer, the date and the amount, chosen by the reader or guessed from the header's
 * names. Rows are parsed by d3-dsv (quoted fields included).
 */
import { dsvFormat } from 'd3-dsv';
import { guessDateFormat } from './days.ts';
import type { Read } from './transactions.ts';

export type Delimiter = ',' | ';' | '\t' | 'spaces';

/** Header names that say which column is which, when the reader has not chosen. */
export const COLUMN_GUESSES = {
  customer: /^((customer|cust|client|user|buyer|member|person)([ _-]?(id|no|number|code))?|id)$/i,
  date: /date|day|time/i,
  amount: /amount|value|spend|revenue|price|total|sales|sum/i,
};

/** The delimiter a first line uses most; runs of spaces where it holds none of the others. */
export function delimiterOf(firstLine: string): Delimiter {
  const counts = ([',', ';', '\t'] as const).map((delimiter) => [delimiter, firstLine.split(delimiter).length - 1] as const);
  const best = counts.reduce((left, right) => (right[1] > left[1] ? right : left));
  return best[1] > 0 ? best[0] : 'spaces';
}

/** The rows of whole records of text, cells as written (a blank line is a row of one empty cell, or none). */
export function rowsOf(text: string, delimiter: Delimiter): string[][] {
  if (delimiter === 'spaces') return text.split(/\r?\n/).map((line) => line.trim()).map((line) => (line === '' ? [] : line.split(/\s+/)));
  return dsvFormat(delimiter).parseRows(text);
}

/** A header is a first row none of whose cells reads as a date or a number. */
export function isHeader(row: readonly string[]): boolean {
  return !row.some((cell) => guessDateFormat([cell]) !== null || (cell.trim() !== '' && Number.isFinite(Number(cell))));
}

/** The 0-based index of a column chosen by name or number, or the first header matching `guess`. */
export function columnIndex(choice: string | number | undefined, names: string[] | null, width: number, guess: RegExp, what: string): Read<number | null> {
  if (typeof choice === 'number') {
    return Number.isInteger(choice) && choice >= 1 && choice <= width
      ? { ok: true, value: choice - 1 }
      : { ok: false, error: `the ${what} column ${choice} is not one of the file's columns 1 to ${width}` };
  }
  if (typeof choice === 'string') {
    const index = names?.findIndex((name) => name.trim().toLowerCase() === choice.trim().toLowerCase()) ?? -1;
    return index >= 0 ? { ok: true, value: index } : { ok: false, error: `the file has no column named "${choice}"${names ? ` (its columns: ${names.join(', ')})` : ' (it has no header row)'}` };
  }
  const found = names?.findIndex((name) => guess.test(name.trim())) ?? -1;
  return { ok: true, value: found >= 0 ? found : null };
}
