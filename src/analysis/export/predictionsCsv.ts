/**
 * The per-customer predictions as CSV, one row a customer: the id as the user's file had it, the
 * history the models read (x, tₓ, T in weeks, mean repeat spend) and the predictions
 * (predictions.ts). An id is text from someone's file, so a cell a spreadsheet would run as a
 * formula (starting with =, +, −, @, a tab or a carriage return) is written with a leading
 * apostrophe, as OWASP advises; quoting is d3-dsv's.
 */
import { csvFormatRows } from 'd3-dsv';
import type { CustomerPredictions } from '../fit/predictions.ts';
import type { RecencyFrequency } from '../fit/recencyFrequency.ts';

/** A text cell that no spreadsheet will evaluate. */
export function inertCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const number = (value: number) => (Number.isFinite(value) ? Number(value.toPrecision(6)).toString() : '');

export function predictionsCsv(
  base: RecencyFrequency & { ids: readonly string[]; meanSpend: ArrayLike<number> | null },
  predictions: CustomerPredictions,
  horizon: number,
): string {
  const spend = predictions.expectedSpend !== null;
  const header = ['customer', 'x', 't_x', 'T', ...(base.meanSpend ? ['mean_spend'] : []), 'p_alive', `purchases_next_${horizon}_weeks`];
  if (spend) header.push('expected_spend', `revenue_next_${horizon}_weeks`);
  const rows = base.ids.map((id, customer) => {
    const row = [inertCell(id), number(base.x[customer]!), number(base.tx[customer]!), number(base.T[customer]!)];
    if (base.meanSpend) row.push(number(base.meanSpend[customer]!));
    row.push(number(predictions.probabilityAlive[customer]!), number(predictions.expectedPurchases[customer]!));
    if (spend) row.push(number(predictions.expectedSpend![customer]!), number(predictions.expectedRevenue![customer]!));
    return row;
  });
  return `${csvFormatRows([header, ...rows])}\n`;
}
