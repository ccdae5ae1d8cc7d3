/**
 * The histogram of repeat purchases in the calibration period: how many customers made 0, 1, 2 …
 * repeat purchases, and how many the fitted BG/NBD model expects, each customer over their own
 * time T: Σᵢ P(X(Tᵢ) = x) (Fader, Hardie & Lee 2005, figure 2). The last bar gathers the rest
 * ("7+"), so the expected counts add up to the number of customers.
 */
import type { BgNbdParameters } from '../fit/bgnbd.ts';
import { bgnbdCountProbabilities } from '../fit/bgnbdCounts.ts';
import type { RecencyFrequency } from '../fit/recencyFrequency.ts';

/** Bars for 0 … 6 repeat purchases, then 7 or more, as in the paper. */
export const HISTOGRAM_BARS = 8;

export interface RepeatHistogram {
  /** Customers with x repeat purchases, x = 0 … bars − 2, then those with more. */
  actual: number[];
  expected: number[];
}

export function repeatHistogram(base: RecencyFrequency, parameters: BgNbdParameters, bars = HISTOGRAM_BARS): RepeatHistogram {
  const actual = new Array<number>(bars).fill(0);
  for (const x of Array.from(base.x)) actual[Math.min(x, bars - 1)]! += 1;
  // Customers observed for the same time share their probabilities: T is whole days over 7.
  const sameTime = new Map<number, number>();
  for (const T of Array.from(base.T)) sameTime.set(T, (sameTime.get(T) ?? 0) + 1);
  const expected = new Array<number>(bars).fill(0);
  for (const [T, customers] of sameTime) {
    const probabilities = bgnbdCountProbabilities(parameters, T, bars - 1);
    const below = probabilities.reduce((sum, probability) => sum + probability, 0);
    probabilities.forEach((probability, x) => (expected[x]! += customers * probability));
    expected[bars - 1]! += customers * Math.max(0, 1 - below);
  }
  return { actual, expected };
}
