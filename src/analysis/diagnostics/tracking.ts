/**
 * The tracking plot's numbers: the base's repeat purchases week by week over the whole file,
 * against what a fitted purchase model expects of the same customers, each from their own first
 * purchase: Σᵢ E[X(tᵢ)], tᵢ the time customer i has been a customer (Fader, Hardie & Lee 2005,
 * figure 3). The weeks after the end of calibration are the holdout, which the model never saw.
 * Weeks count from the base's earliest first purchase; a purchase on day d is at (d − first)/7,
 * as in the fit (import/summarise.ts).
 */
import type { CustomerBase } from '../import/summarise.ts';

const DAYS_PER_WEEK = 7;

export interface Tracking {
  /** Repeat purchases made in each week from the origin. */
  actual: Float64Array;
  /** What each purchase model expects in each of those weeks. */
  expected: { model: string; weekly: Float64Array }[];
  /** The week (from 0) in which calibration ends: the weeks after it are the holdout. */
  calibrationWeek: number;
}

/** A model's E[X(t)]: a new customer's expected repeat purchases in their first t weeks. */
export type ExpectedPurchases = (t: number) => number;

type TrackedBase = Pick<CustomerBase, 'firstDay' | 'weeklyRepeats' | 'origin' | 'calibrationEnd'>;

/**
 * Each week's expected repeat purchases under `expectedPurchases`. E[X] is evaluated once per
 * whole number of days a customer can have been one (so a million customers cost no more than a
 * thousand), and the customers are grouped by their first day.
 */
export function expectedWeekly(base: TrackedBase, expectedPurchases: ExpectedPurchases): Float64Array {
  const weeks = base.weeklyRepeats.length;
  const longest = weeks * DAYS_PER_WEEK;
  const byDays = Float64Array.from({ length: longest }, (_, days) => expectedPurchases(days / DAYS_PER_WEEK));
  const joined = new Map<number, number>();
  for (const day of base.firstDay) joined.set(day, (joined.get(day) ?? 0) + 1);
  const cumulative = new Float64Array(weeks);
  for (const [first, customers] of joined) {
    // By the end of week k (its last day 7k + 6) the customer has been one for 7k + 6 − first days.
    for (let week = 0; week < weeks; week++) {
      const days = week * DAYS_PER_WEEK + DAYS_PER_WEEK - 1 - first;
      if (days > 0) cumulative[week]! += customers * byDays[Math.min(days, longest - 1)]!;
    }
  }
  return Float64Array.from(cumulative, (total, week) => total - (week > 0 ? cumulative[week - 1]! : 0));
}

/** The tracking plot of `base` for each model's E[X(t)]. */
export function trackingOf(base: TrackedBase, models: readonly { model: string; expectedPurchases: ExpectedPurchases }[]): Tracking {
  return {
    actual: base.weeklyRepeats,
    expected: models.map(({ model, expectedPurchases }) => ({ model, weekly: expectedWeekly(base, expectedPurchases) })),
    calibrationWeek: Math.floor((base.calibrationEnd - base.origin) / DAYS_PER_WEEK),
  };
}
