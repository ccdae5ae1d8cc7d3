/**
 * A file of transactions read as its text comes, chunk by chunk, so that a large file is never
 * held as rows all at once: only whole records are parsed (recordBoundary.ts), the layout (the
 * delimiter, the header, the customer, date and amount columns and the date format) is decided
 * from the first line and the first 200 data rows, and every row after them is read into columns
 * as it arrives. A row that cannot be read is skipped with its line number and the reason; a file
 * that cannot be read at all is refused with one sentence. A whole text read at once
 * (readTransactions) follows the same path in one chunk. Money in the file's currency.
 */
import { COLUMN_GUESSES, columnIndex, delimiterOf, isHeader, rowsOf, type Delimiter } from './columns.ts';
import { DATE_FORMATS, dayOf, guessDateFormat, type DateFormat } from './days.ts';
import { lastRecordEnd } from './recordBoundary.ts';
import type { ColumnChoice, Read, ReadTransactions, SkippedRow } from './transactions.ts';

/** Data rows whose dates choose the date format. */
const DATE_SAMPLE_ROWS = 200;

const NOT_TEXT = 'the file is not text (it holds NUL bytes): a CSV or TSV file is needed';

/** The columns decided from the file's head, 0-based. */
interface Layout {
  customer: number;
  date: number;
  amount: number | null;
  hasHeader: boolean;
  names: string[] | null;
  dateFormat: DateFormat;
}

export class TransactionReader {
  /** Text after the last whole record, waiting for the rest of its record. */
  private pending = '';
  /** Null until the first line has come. */
  private delimiter: Delimiter | null = null;
  private error: string | null = null;
  /** The rows read before the layout is decided. */
  private head: string[][] = [];
  private layout: Layout | null = null;
  /** Rows parsed so far, the header included: the next row's line is one more. */
  private rows = 0;
  private readonly customers: string[] = [];
  private readonly days: number[] = [];
  private readonly amounts: number[] = [];
  private readonly skipped: SkippedRow[] = [];

  constructor(private readonly choice: ColumnChoice = {}) {}

  /** The next piece of the file's text, cut anywhere. */
  push(chunk: string): void {
    if (this.error !== null) return;
    let text = this.pending + chunk;
    if (this.delimiter === null) {
      if (!text.includes('\n')) {
        this.pending = text;
        return;
      }
      text = this.start(text);
      if (this.error !== null) return;
    } else if (chunk.includes('\u0000')) {
      this.error = NOT_TEXT;
      return;
    }
    const end = lastRecordEnd(text, this.delimiter!);
    this.pending = text.slice(end);
    if (end > 0) this.take(rowsOf(text.slice(0, end), this.delimiter!));
  }

  /** The transactions of the whole file, once its last chunk has been pushed. */
  finish(): Read<ReadTransactions> {
    if (this.delimiter === null && this.error === null) this.pending = this.start(this.pending);
    if (this.error === null && this.pending !== '') this.take(rowsOf(this.pending, this.delimiter!));
    this.pending = '';
    if (this.error === null && this.layout === null) this.decide();
    if (this.error !== null) return { ok: false, error: this.error };
    const layout = this.layout!;
    if (this.customers.length === 0) {
      const first = this.skipped[0];
      return { ok: false, error: `no row could be read${first ? ` (line ${first.line}: ${first.reason})` : ''}` };
    }
    return {
      ok: true,
      value: {
        transactions: { customer: this.customers, day: Int32Array.from(this.days), amount: Float64Array.from(this.amounts) },
        skipped: this.skipped,
        columns: { customer: layout.customer, date: layout.date, amount: layout.amount, names: layout.names, dateFormat: layout.dateFormat, delimiter: this.delimiter! },
      },
    };
  }

  /** The file's start: its byte-order mark dropped, its first line checked, its delimiter found. Returns the text without the mark. */
  private start(text: string): string {
    const body = text.replace(/^\uFEFF/, '');
    const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
    if (firstLine.trim() === '') this.error = 'the file is empty, or its first line is';
    else if (body.includes('\u0000')) this.error = NOT_TEXT;
    this.delimiter = this.choice.delimiter ?? delimiterOf(firstLine);
    return body;
  }

  private take(rows: string[][]): void {
    for (const row of rows) {
      const index = this.rows++;
      if (this.layout !== null) this.read(row, index);
      else {
        this.head.push(row);
        if (this.head.length > DATE_SAMPLE_ROWS) this.decide();
      }
      if (this.error !== null) return;
    }
  }

  /** The layout, from the rows read so far; then those rows read with it. */
  private decide(): void {
    const head = this.head;
    this.head = [];
    const width = head[0]!.length;
    const hasHeader = isHeader(head[0]!);
    const names = hasHeader ? head[0]!.map((cell) => cell.trim()) : null;
    const { customer: chosenCustomer, date: chosenDate, amount: chosenAmount } = this.choice;
    const customer = columnIndex(chosenCustomer, names, width, COLUMN_GUESSES.customer, 'customer');
    const date = columnIndex(chosenDate, names, width, COLUMN_GUESSES.date, 'date');
    const amount = columnIndex(chosenAmount, names, width, COLUMN_GUESSES.amount, 'amount');
    if (!customer.ok) return void (this.error = customer.error);
    if (!date.ok) return void (this.error = date.error);
    if (!amount.ok) return void (this.error = amount.error);
    // Without a header: the customer first, the date second, the amount last.
    const customerColumn = customer.value ?? (hasHeader ? null : 0);
    const dateColumn = date.value ?? (hasHeader ? null : 1);
    const amountColumn = amount.value ?? (!hasHeader && width >= 3 ? width - 1 : null);
    if (customerColumn === null || dateColumn === null) {
      this.error = `which column is the ${customerColumn === null ? 'customer' : 'date'}? None of the headers (${names!.join(', ')}) says; choose it`;
      return;
    }
    const dataRows = hasHeader ? head.slice(1) : head;
    const samples = dataRows.slice(0, DATE_SAMPLE_ROWS).map((row) => row[dateColumn] ?? '').filter((cell) => cell.trim() !== '');
    const guessed = guessDateFormat(samples);
    // Plain whole numbers are days only in a column that says so (the simulator's `day`): an id or a count is not a date.
    const daysColumn = /\bdays?\b/i.test(names?.[dateColumn] ?? '');
    const dateFormat = this.choice.dateFormat ?? (guessed === 'days' && !daysColumn ? null : guessed);
    if (dateFormat === null) {
      this.error = `column ${dateColumn + 1} (such as "${samples[0] ?? ''}") holds no dates in a format that can be told apart: choose the date column, or its format (${DATE_FORMATS.join(', ')})`;
      return;
    }
    this.layout = { customer: customerColumn, date: dateColumn, amount: amountColumn, hasHeader, names, dateFormat };
    head.forEach((row, index) => {
      if (index > 0 || !hasHeader) this.read(row, index);
    });
  }

  /** One data row, the file's row `index` from 0 (its line is index + 1). */
  private read(row: string[], index: number): void {
    const layout = this.layout!;
    const line = index + 1;
    const id = (row[layout.customer] ?? '').trim();
    if (id === '') {
      // A blank line is passed over; a row without its customer is skipped.
      if (!row.every((cell) => cell.trim() === '')) this.skipped.push({ line, reason: 'no customer' });
      return;
    }
    const dateCell = row[layout.date] ?? '';
    const day = dayOf(dateCell, layout.dateFormat);
    if (day === null) return void this.skipped.push({ line, reason: `"${dateCell}" is not a date in the form ${layout.dateFormat}` });
    let value = 0;
    if (layout.amount !== null) {
      const written = row[layout.amount] ?? '';
      // A plain number, as most cells are, is read as it is (Number() drops the spaces around it,
      // as the cleaning below would); otherwise a currency sign and spaces are taken out first.
      value = Number(written);
      if (!Number.isFinite(value) || written.trim() === '') {
        const cell = written.trim().replace(/^[$€£¥₽]|[$€£¥₽]$|\s/gu, '');
        value = cell === '' ? Number.NaN : Number(cell);
      }
      if (!Number.isFinite(value)) return void this.skipped.push({ line, reason: `the amount "${written}" is not a number` });
      if (value < 0) return void this.skipped.push({ line, reason: `the amount ${value} is negative (a return, not a purchase)` });
    }
    this.customers.push(id);
    this.days.push(day);
    this.amounts.push(value);
  }
}
