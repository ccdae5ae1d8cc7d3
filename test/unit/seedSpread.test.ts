/**
 * The spread across seeds: medians and 10–90% bands per week, and the share of seeds in which one
 * policy ends ahead of the other.
 */
import { describe, expect, it } from 'vitest';
import { seedSpread, seriesBand, shareAhead } from '../../src/analysis/seedSpread.ts';
import { LIMITS } from '../../src/sim/index.ts';
import { spreadSeeds } from '../../src/analysis/seeds.ts';
import { simulate } from '../../src/sim/run/simulate.ts';
import { params } from '../support/runs.ts';

describe('the spread across seeds', () => {
  it('gives the median and the 10th and 90th percentiles of each week', () => {
    const runs = Array.from({ length: 11 }, (_, seed) => [seed * 10, 100 - seed]);
    const band = seriesBand(runs);
    expect(Array.from(band.median)).toEqual([50, 95]);
    expect(Array.from(band.low)).toEqual([10, 91]);
    expect(Array.from(band.high)).toEqual([90, 99]);
  });

  it('keeps the band around the median for real runs', () => {
    const runs = [1, 2, 3, 4, 5, 6].map((seed) => simulate({ seed, weeks: 30, people: 800, params: params() }).series.cumulativeProfit);
    const band = seriesBand(runs);
    for (let week = 0; week < 30; week++) {
      expect(band.low[week]).toBeLessThanOrEqual(band.median[week]);
      expect(band.median[week]).toBeLessThanOrEqual(band.high[week]);
    }
    expect(band.high[29] - band.low[29]).toBeGreaterThan(0);
  });

  it('counts the seeds in which B ends ahead of A', () => {
    expect(shareAhead([1, 2, 3, 4], [2, 2, 1, 5])).toBe(0.5);
    expect(() => shareAhead([1], [])).toThrow();
  });
});

describe('a spread of paired runs', () => {
  const run = (profit: number[], customers: number[]) => ({
    cumulativeProfit: Float64Array.from(profit),
    customers: Float64Array.from(customers),
  });

  it('bands each series and counts the seeds where B ends ahead of A', () => {
    const a = [run([1, 2], [10, 10]), run([1, 4], [10, 12]), run([1, 6], [10, 14])];
    const b = [run([1, 3], [10, 11]), run([1, 3], [10, 11]), run([1, 7], [10, 15])];
    const spread = seedSpread([7, 8, 9], a, b);
    expect(spread.seeds).toEqual([7, 8, 9]);
    expect(spread.weeks).toBe(2);
    expect(Array.from(spread.a.cumulativeProfit.median)).toEqual([1, 4]);
    expect(Array.from(spread.b?.customers.median ?? [])).toEqual([10, 11]);
    // B − A per seed: +1, −1, +1.
    expect(Array.from(spread.difference?.median ?? [])).toEqual([0, 1]);
    expect(spread.seedsBAhead).toBe(2);
    expect(spread.shareBAhead).toBeCloseTo(2 / 3, 12);
  });

  it('needs one run of each set per seed', () => {
    expect(() => seedSpread([1, 2], [run([1], [1])], null)).toThrow();
  });
});

describe('the seeds of a spread', () => {
  it('start at the seed on screen and wrap past the highest seed', () => {
    expect(spreadSeeds(5, 3)).toEqual([5, 6, 7]);
    expect(spreadSeeds(LIMITS.seed.max - 1, 3)).toEqual([LIMITS.seed.max - 1, LIMITS.seed.max, LIMITS.seed.min]);
  });
});
