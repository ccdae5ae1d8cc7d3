/**
 * A run's transaction log (transactionLog.ts) as CSV, one row a purchase, for fitting a
 * customer-base model (BG/NBD, Pareto/NBD) to the simulation: person (global id; in an open market
 * "id-k" for the k-th newcomer who took that person's slot, catchment.ts), week, day (whole
 * days since the start of week 0), time (weeks since the start of week 0, the purchase's
 * continuous time) and amount (dollars paid, to the cent). Rows by person, then time. The text
 * comes in chunks of rows (`transactionsCsvChunks`), so a log of millions of purchases is written
 * out as it is made instead of as one string, which JavaScript caps at about 500 million characters.
 */
import type { TransactionTable } from '../model/transactionLog.ts';

const DAYS_PER_WEEK = 7;

export const TRANSACTION_COLUMNS = ['person', 'week', 'day', 'time', 'amount'] as const;

/** Whole cents as dollars with two decimals, without rounding through a float. */
export function dollars(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const whole = Math.abs(cents);
  return `${sign}${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, '0')}`;
}

/** Rows in a chunk of `transactionsCsvChunks`: about a megabyte of text. */
const ROWS_PER_CHUNK = 40_000;

function rowText(table: TransactionTable, row: number): string {
  const time = table.week[row] + table.fraction[row];
  const occupant = table.occupant[row];
  const person = occupant === 0 ? `${table.person[row]}` : `${table.person[row]}-${occupant}`;
  return `${person},${table.week[row]},${Math.floor(time * DAYS_PER_WEEK)},${time},${dollars(table.cents[row])}`;
}

/** The CSV in pieces, the header first, each piece whole lines ending in a newline. */
export function* transactionsCsvChunks(table: TransactionTable, rowsPerChunk = ROWS_PER_CHUNK): Generator<string> {
  yield `${TRANSACTION_COLUMNS.join(',')}\n`;
  const rows = table.person.length;
  for (let first = 0; first < rows; first += rowsPerChunk) {
    const lines: string[] = [];
    for (let row = first; row < Math.min(rows, first + rowsPerChunk); row++) lines.push(rowText(table, row));
    yield `${lines.join('\n')}\n`;
  }
}

