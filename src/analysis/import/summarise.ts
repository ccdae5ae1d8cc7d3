/**
 * From transactions to the customer base the models read (recencyFrequency.ts), as lifetimes'
 * summary_data_from_transaction_data does it: purchases on the same day are one purchase (their
 * amounts added); the first purchase starts a customer's clock; x counts the later days with a
 * purchase up to the end of calibration (inclusive), tₓ is the last of them and T the end, in
 * weeks from the first; the mean spend is over the repeat purchases only. Customers who first buy
 * after the calibration period are left out. What each customer bought after it is counted for
 * checking the forecast (the holdout), and the base's repeat purchases are counted week by week
 * over the whole file for the tracking plot (diagnostics/tracking.ts). Time in weeks (days / 7).
 */
import type { RecencyFrequency } from '../fit/recencyFrequency.ts';
import type { Transactions } from './transactions.ts';

export interface CustomerBase extends RecencyFrequency {
  ids: string[];
  /** Mean amount of the repeat purchases (0 for a customer with none). */
  meanSpend: Float64Array;
  /** Purchase days after the calibration period, per customer. */
  holdoutPurchases: Float64Array;
  /** The calibration period's last day and the file's, as day numbers (days.ts). */
  calibrationEnd: number;
  lastDay: number;
  /** The day of the base's earliest first purchase: week 0 of `weeklyRepeats` starts on it. */
  origin: number;
  /** Each customer's first purchase, in days after `origin`. */
  firstDay: Int32Array;
  /** The base's repeat purchases (days with a purchase after the first) in each week from `origin` to the file's last day. */
  weeklyRepeats: Float64Array;
}

const DAYS_PER_WEEK = 7;

/** The customer base of `transactions`, with calibration ending on `calibrationEnd` (default: the file's last day). */
export function summarise(transactions: Transactions, calibrationEnd?: number): CustomerBase {
  let lastDay = Number.NEGATIVE_INFINITY;
  for (const day of transactions.day) lastDay = Math.max(lastDay, day);
  const end = calibrationEnd ?? lastDay;
  // Each customer's days and the amounts bought on them.
  const byCustomer = new Map<string, Map<number, number>>();
  transactions.customer.forEach((id, row) => {
    let days = byCustomer.get(id);
    if (!days) byCustomer.set(id, (days = new Map()));
    const day = transactions.day[row]!;
    days.set(day, (days.get(day) ?? 0) + transactions.amount[row]!);
  });
  const ids: string[] = [];
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const meanSpend: number[] = [];
  const holdout: number[] = [];
  const firstDays: number[] = [];
  const repeatDays: number[] = [];
  for (const [id, days] of byCustomer) {
    const sorted = [...days.keys()].sort((left, right) => left - right);
    const first = sorted[0]!;
    if (first > end) continue;
    let repeats = 0;
    let last = first;
    let repeatSpend = 0;
    let after = 0;
    for (const day of sorted.slice(1)) {
      repeatDays.push(day);
      if (day > end) {
        after++;
        continue;
      }
      repeats++;
      last = day;
      repeatSpend += days.get(day)!;
    }
    ids.push(id);
    x.push(repeats);
    tx.push((last - first) / DAYS_PER_WEEK);
    T.push((end - first) / DAYS_PER_WEEK);
    meanSpend.push(repeats > 0 ? repeatSpend / repeats : 0);
    holdout.push(after);
    firstDays.push(first);
  }
  let origin = Number.POSITIVE_INFINITY;
  for (const day of firstDays) origin = Math.min(origin, day);
  const weeklyRepeats = new Float64Array(firstDays.length === 0 ? 0 : Math.floor((lastDay - origin) / DAYS_PER_WEEK) + 1);
  for (const day of repeatDays) weeklyRepeats[Math.floor((day - origin) / DAYS_PER_WEEK)]! += 1;
  return {
    ids,
    x: Float64Array.from(x),
    tx: Float64Array.from(tx),
    T: Float64Array.from(T),
    meanSpend: Float64Array.from(meanSpend),
    holdoutPurchases: Float64Array.from(holdout),
    calibrationEnd: end,
    lastDay,
    origin: firstDays.length === 0 ? end : origin,
    firstDay: Int32Array.from(firstDays, (day) => day - origin),
    weeklyRepeats,
  };
}
