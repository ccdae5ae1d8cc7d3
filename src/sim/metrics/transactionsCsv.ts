/**
 * A run's transaction log (transactionLog.ts) as CSV, one row a purchase, for fitting a
 * customer-base model (BG/NBD, Pareto/NBD) to the simulation: person (global id; in an open market
 * "id-k" for the k-th newcomer who took that person's slot, catchment.ts), week, day (whole
 * days since the start of week 0), time (weeks since the start of week 0, the purchase's
 * continuous time) and amount (dollars paid, to the cent). Rows by person, then time.
 */
import type { TransactionTable } from '../model/transactionLog.ts';

const DAYS_PER_WEEK = 7;

export const TRANSACTION_COLUMNS = ['person', 'week', 'day', 'time', 'amount'] as const;

/** Whole cents as dollars with two decimals, without rounding through a float. */
function dollars(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const whole = Math.abs(cents);
  return `${sign}${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, '0')}`;
}

export function transactionsCsv(table: TransactionTable): string {
  const lines = [TRANSACTION_COLUMNS.join(',')];
  for (let row = 0; row < table.person.length; row++) {
    const time = table.week[row] + table.fraction[row];
    const occupant = table.occupant[row];
    const person = occupant === 0 ? `${table.person[row]}` : `${table.person[row]}-${occupant}`;
    lines.push(`${person},${table.week[row]},${Math.floor(time * DAYS_PER_WEEK)},${time},${dollars(table.cents[row])}`);
  }
  return `${lines.join('\n')}\n`;
}
