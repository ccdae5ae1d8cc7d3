/**
 * What the fitted models say of the customers as a whole, from each one's forecast
 * (fit/predictions.ts): how many are probably still customers, and how P(alive) is spread over
 * them (in tenths, for its histogram); the purchases and revenue to expect over the horizon, in
 * total and per customer; and how much of that revenue the most valuable fifth of customers brings.
 * Time in weeks, money in the data's currency.
 */
import type { CustomerPredictions } from '../fit/predictions.ts';
import { sumOf } from '../sumOf.ts';

/** P(alive) in ten bins: 0–0.1, 0.1–0.2 … 0.9–1. */
export const ALIVE_BINS = 10;

/** The share of customers counted as "the most valuable" (a fifth, as in the 80/20 rule). */
export const TOP_SHARE = 0.2;

export interface Forecast {
  customers: number;
  horizonWeeks: number;
  /** Σ P(alive): the number of customers expected to be still active. */
  expectedAlive: number;
  /** Customers whose P(alive) falls in each tenth (the last bin includes 1). */
  aliveBins: number[];
  expectedPurchases: number;
  /** Null without a spend model. */
  expectedRevenue: number | null;
  /** The share of the expected revenue from the TOP_SHARE of customers who bring the most; null without spend. */
  topShareOfRevenue: number | null;
}

export function forecastOf(predictions: CustomerPredictions, horizonWeeks: number): Forecast {
  const customers = predictions.probabilityAlive.length;
  const aliveBins = new Array<number>(ALIVE_BINS).fill(0);
  for (const probability of predictions.probabilityAlive) aliveBins[Math.min(ALIVE_BINS - 1, Math.floor(probability * ALIVE_BINS))]! += 1;
  const revenue = predictions.expectedRevenue;
  let topShareOfRevenue: number | null = null;
  if (revenue && customers > 0) {
    const sorted = Float64Array.from(revenue).sort().reverse();
    const total = sumOf(sorted);
    topShareOfRevenue = total > 0 ? sumOf(sorted.subarray(0, Math.ceil(customers * TOP_SHARE))) / total : null;
  }
  return {
    customers,
    horizonWeeks,
    expectedAlive: sumOf(predictions.probabilityAlive),
    aliveBins,
    expectedPurchases: sumOf(predictions.expectedPurchases),
    expectedRevenue: revenue ? sumOf(revenue) : null,
    topShareOfRevenue,
  };
}
