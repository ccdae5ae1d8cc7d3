/**
 * B − A taken apart lever by lever. A scenario's A is run, then A with its first lever, then with
 * the first two, and so on to B, on the same seeds; a lever's share of B − A in a seed is what its
 * step adds to the final value there (cumulative profit, in dollars). Seed by seed the shares add
 * up to B − A exactly. Over the seeds each lever gets a median, a 10–90% range and the count of
 * seeds in which it pays. The order of the levers matters when they interact: a lever's share is
 * measured with the levers before it in place.
 */
import { quantileSorted } from 'd3-array';
import type { RunResult } from '../sim/run/config.ts';
import { BAND } from './seedSpread.ts';

/** What a debrief keeps of a run: its final cumulative profit, in dollars. */
export function finalCumulativeProfit(result: Pick<RunResult, 'series'>): number {
  const series = result.series.cumulativeProfit;
  return series[series.length - 1]!;
}

export interface LeverShare {
  label: string;
  /** What the lever adds, seed by seed (in the order of the seeds run). */
  bySeed: number[];
  median: number;
  low: number;
  high: number;
  /** Seeds in which the lever adds more than nothing. */
  seedsAhead: number;
}

/** A gain seed by seed (B − A, or one lever's step) summed up over the seeds. */
export function shareOf(label: string, bySeed: number[]): LeverShare {
  const sorted = [...bySeed].sort((one, other) => one - other);
  return {
    label,
    bySeed,
    median: quantileSorted(sorted, 0.5) ?? Number.NaN,
    low: quantileSorted(sorted, BAND.low) ?? Number.NaN,
    high: quantileSorted(sorted, BAND.high) ?? Number.NaN,
    seedsAhead: bySeed.filter((value) => value > 0).length,
  };
}

/**
 * Each lever's share, then the whole of B − A (labelled `total`). `finals[k][s]` is the final value
 * of the k-th run of the chain (0 is A, the last is B) in seed s; `labels` names the levers 1 to K.
 */
export function leverBreakdown(labels: readonly string[], finals: readonly (readonly number[])[], total: string): LeverShare[] {
  if (finals.length !== labels.length + 1) throw new Error(`leverBreakdown needs A and one run per lever: ${labels.length + 1} runs, not ${finals.length}`);
  const seeds = finals[0].length;
  if (seeds === 0 || finals.some((runs) => runs.length !== seeds)) throw new Error('leverBreakdown needs the same seeds, at least one, for every run');
  const step = (from: number, to: number) => finals[to].map((value, seed) => value - finals[from][seed]);
  return [...labels.map((label, index) => shareOf(label, step(index, index + 1))), shareOf(total, step(0, labels.length))];
}
