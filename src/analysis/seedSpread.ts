/**
 * The spread of a weekly series across seeds: for each week, the median and the 10th and 90th
 * percentiles of the runs' values (linear interpolation between order statistics, as d3-array's
 * quantile does). And, for a comparison, the share of seeds in which B ends ahead of A. Plain
 * numbers in, plain numbers out: no DOM, usable in Node and in the app.
 */
import { quantileSorted } from 'd3-array';

export interface SeriesBand {
  median: Float64Array;
  low: Float64Array;
  high: Float64Array;
}

export const BAND = { low: 0.1, high: 0.9 } as const;

/** The band of one series over runs of equal length (one array a seed). */
export function seriesBand(runs: readonly ArrayLike<number>[]): SeriesBand {
  const weeks = runs.length > 0 ? runs[0].length : 0;
  const band: SeriesBand = { median: new Float64Array(weeks), low: new Float64Array(weeks), high: new Float64Array(weeks) };
  for (let week = 0; week < weeks; week++) {
    const column = runs.map((run) => run[week]).sort((x, y) => x - y);
    band.median[week] = quantileSorted(column, 0.5) ?? Number.NaN;
    band.low[week] = quantileSorted(column, BAND.low) ?? Number.NaN;
    band.high[week] = quantileSorted(column, BAND.high) ?? Number.NaN;
  }
  return band;
}

/** Share of paired seeds in which `b` ends strictly above `a` (e.g. cumulative profit). */
export function shareAhead(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error('shareAhead needs one value of A and one of B per seed');
  if (a.length === 0) return 0;
  let ahead = 0;
  for (let index = 0; index < a.length; index++) if (b[index] > a[index]) ahead += 1;
  return ahead / a.length;
}
