/**
 * A file of transactions read into columns: which customer, which day (days.ts), how much. The
 * delimiter (comma, semicolon, tab or runs of spaces), the header and the columns are found from
 * the file unless given; a row that cannot be read is skipped with its line number and the
 * reason, and a file that cannot be read at all is refused with one sentence. Parsing of quoted
 * fields is d3-dsv's. Money in the file's currency.
 */
import { dsvFormat } from 'd3-dsv';
import { DATE_FORMATS, dayOf, guessDateFormat, type DateFormat } from './days.ts';

export type Delimiter = ',' | ';' | '\t' | 'spaces';

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

const GUESSES = {
  customer: /^((customer|cust|client|user|buyer|member|person)([ _-]?(id|no|number|code))?|id)$/i,
  date: /date|day|time/i,
  amount: /amount|value|spend|revenue|price|total|sales|sum/i,
};

function delimiterOf(firstLine: string): Delimiter {
  const counts = ([',', ';', '\t'] as const).map((delimiter) => [delimiter, firstLine.split(delimiter).length - 1] as const);
  const best = counts.reduce((left, right) => (right[1] > left[1] ? right : left));
  return best[1] > 0 ? best[0] : 'spaces';
}

function rowsOf(text: string, delimiter: Delimiter): string[][] {
  if (delimiter === 'spaces') return text.split(/\r?\n/).map((line) => line.trim()).map((line) => (line === '' ? [] : line.split(/\s+/)));
  return dsvFormat(delimiter).parseRows(text);
}

export interface FilePreview {
  delimiter: Delimiter;
  /** The header's names, or null for a file without a header. */
  names: string[] | null;
  /** Columns in the first row. */
  width: number;
  /** The first data rows, for the reader to see what each column holds. */
  rows: string[][];
}

/** A header is a first row none of whose cells reads as a date or a number. */
function isHeader(row: readonly string[]): boolean {
  return !row.some((cell) => guessDateFormat([cell]) !== null || (cell.trim() !== '' && Number.isFinite(Number(cell))));
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

/** The 0-based index of a column chosen by name or number, or the first header matching `guess`. */
function columnIndex(choice: string | number | undefined, names: string[] | null, width: number, guess: RegExp, what: string): Read<number | null> {
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

/** The transactions of a file's text. */
export function readTransactions(text: string, choice: ColumnChoice = {}): Read<ReadTransactions> {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.trim() === '') return { ok: false, error: 'the file is empty, or its first line is' };
  if (body.includes('\u0000')) return { ok: false, error: 'the file is not text (it holds NUL bytes): a CSV or TSV file is needed' };
  const delimiter = choice.delimiter ?? delimiterOf(firstLine);
  const rows = rowsOf(body, delimiter);
  const width = rows[0]!.length;
  const hasHeader = isHeader(rows[0]!);
  const names = hasHeader ? rows[0]!.map((cell) => cell.trim()) : null;
  const customer = columnIndex(choice.customer, names, width, GUESSES.customer, 'customer');
  const date = columnIndex(choice.date, names, width, GUESSES.date, 'date');
  const amount = columnIndex(choice.amount, names, width, GUESSES.amount, 'amount');
  if (!customer.ok) return customer;
  if (!date.ok) return date;
  if (!amount.ok) return amount;
  // Without a header: the customer first, the date second, the amount last.
  const customerColumn = customer.value ?? (hasHeader ? null : 0);
  const dateColumn = date.value ?? (hasHeader ? null : 1);
  const amountColumn = amount.value ?? (!hasHeader && width >= 3 ? width - 1 : null);
  if (customerColumn === null || dateColumn === null) {
    return { ok: false, error: `which column is the ${customerColumn === null ? 'customer' : 'date'}? None of the headers (${names!.join(', ')}) says; choose it` };
  }
  const dataRows = hasHeader ? rows.slice(1) : rows;
  const firstLineOf = hasHeader ? 2 : 1;
  const samples = dataRows.slice(0, 200).map((row) => row[dateColumn] ?? '').filter((cell) => cell.trim() !== '');
  const guessed = guessDateFormat(samples);
  // Plain whole numbers are days only in a column that says so (the simulator's `day`): an id or a count is not a date.
  const daysColumn = /\bdays?\b/i.test(names?.[dateColumn] ?? '');
  const dateFormat = choice.dateFormat ?? (guessed === 'days' && !daysColumn ? null : guessed);
  if (dateFormat === null) {
    return { ok: false, error: `column ${dateColumn + 1} (such as "${samples[0] ?? ''}") holds no dates in a format that can be told apart: choose the date column, or its format (${DATE_FORMATS.join(', ')})` };
  }

  const customers: string[] = [];
  const days: number[] = [];
  const amounts: number[] = [];
  const skipped: SkippedRow[] = [];
  dataRows.forEach((row, index) => {
    const line = firstLineOf + index;
    if (row.length === 0 || row.every((cell) => cell.trim() === '')) return;
    const id = (row[customerColumn] ?? '').trim();
    if (id === '') return void skipped.push({ line, reason: 'no customer' });
    const day = dayOf(row[dateColumn] ?? '', dateFormat);
    if (day === null) return void skipped.push({ line, reason: `"${row[dateColumn] ?? ''}" is not a date in the form ${dateFormat}` });
    let value = 0;
    if (amountColumn !== null) {
      const cell = (row[amountColumn] ?? '').trim().replace(/^[$€£¥₽]|[$€£¥₽]$|\s/gu, '');
      value = cell === '' ? Number.NaN : Number(cell);
      if (!Number.isFinite(value)) return void skipped.push({ line, reason: `the amount "${row[amountColumn] ?? ''}" is not a number` });
      if (value < 0) return void skipped.push({ line, reason: `the amount ${value} is negative (a return, not a purchase)` });
    }
    customers.push(id);
    days.push(day);
    amounts.push(value);
  });
  if (customers.length === 0) return { ok: false, error: `no row could be read${skipped[0] ? ` (line ${skipped[0].line}: ${skipped[0].reason})` : ''}` };
  return {
    ok: true,
    value: {
      transactions: { customer: customers, day: Int32Array.from(days), amount: Float64Array.from(amounts) },
      skipped,
      columns: { customer: customerColumn, date: dateColumn, amount: amountColumn, names, dateFormat, delimiter },
    },
  };
}
