/**
 * The spread across seeds: medians and 10–90% bands per week, and the share of seeds in which one
 * policy ends ahead of the other.
 */
import { describe, expect, it } from 'vitest';
import { seriesBand, shareAhead } from '../../src/analysis/seedSpread.ts';
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
