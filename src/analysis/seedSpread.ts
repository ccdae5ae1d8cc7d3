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

/** The series a spread keeps of each run: money in dollars, customers in people. */
export const SPREAD_SERIES = ['cumulativeProfit', 'customers'] as const;
export type SpreadSeriesName = (typeof SPREAD_SERIES)[number];

/** What a spread keeps of one run: a copy of each kept series (a few KB, so 200 runs stay small). */
export type SpreadRunSeries = Record<SpreadSeriesName, Float64Array>;

/** The bands of one parameter set over the seeds. */
export type SpreadBands = Record<SpreadSeriesName, SeriesBand>;

/** Runs of one or two parameter sets over the same seeds, as bands. */
export interface SeedSpread {
  /** The seeds, in order; run i of A and of B used seed i. */
  seeds: number[];
  weeks: number;
  a: SpreadBands;
  /** B's bands in compare mode, else null. */
  b: SpreadBands | null;
  /** B − A of cumulative profit, seed by seed, as a band (compare mode). */
  difference: SeriesBand | null;
  /** Seeds in which B ends with more cumulative profit than A (compare mode). */
  seedsBAhead: number | null;
  /** The share of seeds in which B ends ahead, from 0 to 1 (compare mode). */
  shareBAhead: number | null;
}

/** The kept series of a run whose weekly series are named like the core's (series.ts). */
export function keepSpreadSeries(series: Readonly<Record<string, ArrayLike<number>>>): SpreadRunSeries {
  const kept = {} as SpreadRunSeries;
  for (const name of SPREAD_SERIES) kept[name] = Float64Array.from(series[name]);
  return kept;
}

function bandsOf(runs: readonly SpreadRunSeries[]): SpreadBands {
  const bands = {} as SpreadBands;
  for (const name of SPREAD_SERIES) bands[name] = seriesBand(runs.map((run) => run[name]));
  return bands;
}

const last = (values: Float64Array) => values[values.length - 1];

/** The spread of A's runs (and B's, paired seed by seed) over `seeds`. */
export function seedSpread(
  seeds: readonly number[],
  runsA: readonly SpreadRunSeries[],
  runsB: readonly SpreadRunSeries[] | null,
): SeedSpread {
  if (runsA.length !== seeds.length || (runsB && runsB.length !== seeds.length)) {
    throw new Error('seedSpread needs one run of each parameter set per seed');
  }
  const weeks = runsA[0]?.cumulativeProfit.length ?? 0;
  if (!runsB) return { seeds: [...seeds], weeks, a: bandsOf(runsA), b: null, difference: null, seedsBAhead: null, shareBAhead: null };
  const differences = runsA.map((runA, index) =>
    Float64Array.from(runA.cumulativeProfit, (value, week) => runsB[index].cumulativeProfit[week] - value),
  );
  const share = shareAhead(runsA.map((run) => last(run.cumulativeProfit)), runsB.map((run) => last(run.cumulativeProfit)));
  return {
    seeds: [...seeds],
    weeks,
    a: bandsOf(runsA),
    b: bandsOf(runsB),
    difference: seriesBand(differences),
    seedsBAhead: Math.round(share * seeds.length),
    shareBAhead: share,
  };
}
