/**
 * A file of transactions read into columns: which customer, which day (days.ts), how much. The
 * delimiter, the header and the columns are found from the file unless given (columns.ts); a row
 * that cannot be read is skipped with its line number and the reason, and a file that cannot be
 * read at all is refused with one sentence. The reading itself is TransactionReader's, which
 * takes the text in chunks as a worker reads a large file; here a whole text is read in one.
 * Money in the file's currency.
 */
import { delimiterOf, isHeader, rowsOf, type Delimiter } from './columns.ts';
import type { DateFormat } from './days.ts';
import { TransactionReader } from './transactionReader.ts';

export type { Delimiter };

export interface ColumnChoice {
  /** A header's name or a 1-based column number; found from the header when left out. */
  customer?: string | number;
  date?: string | number;
  /** Optional: without an amount column every purchase is worth 0. */
  amount?: string | number;
  dateFormat?: DateFormat;
  delimiter?: Delimiter;
}

export interface Transactions {
  customer: string[];
  day: Int32Array;
  amount: Float64Array;
}

export interface SkippedRow {
  /** The row's line in the file, from 1. */
  line: number;
  reason: string;
}

export interface ReadTransactions {
  transactions: Transactions;
  skipped: SkippedRow[];
  /** What was used, for the screen to show and the user to correct. */
  columns: { customer: number; date: number; amount: number | null; names: string[] | null; dateFormat: DateFormat; delimiter: Delimiter };
}

export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

export interface FilePreview {
  delimiter: Delimiter;
  /** The header's names, or null for a file without a header. */
  names: string[] | null;
  /** Columns in the first row. */
  width: number;
  /** The first data rows, for the reader to see what each column holds. */
  rows: string[][];
}

/** The first rows of a file, for choosing its columns before it is read. */
export function previewOf(text: string, rowCount = 5): FilePreview {
  const head = text.replace(/^\uFEFF/, '').split(/\r?\n/, rowCount + 1).join('\n');
  const delimiter = delimiterOf(head.split('\n', 1)[0] ?? '');
  const rows = rowsOf(head, delimiter).filter((row) => row.length > 0);
  const header = rows[0] !== undefined && isHeader(rows[0]);
  const first = header ? 1 : 0;
  return { delimiter, names: header ? rows[0]!.map((cell) => cell.trim()) : null, width: rows[0]?.length ?? 0, rows: rows.slice(first, first + rowCount) };
}

/** The transactions of a file's whole text. */
export function readTransactions(text: string, choice: ColumnChoice = {}): Read<ReadTransactions> {
  const reader = new TransactionReader(choice);
  reader.push(text);
  return reader.finish();
}
