/**
 * The spread across seeds on a chart: for each run and series a shaded band between the 10th and
 * 90th percentiles under its median line, B's band dashed, the B − A panel in compare mode, and
 * words that say in how many seeds B ends ahead.
 */
import { describe, expect, it } from 'vitest';
import { spreadDefinition } from '../../../src/app/charts/definitions/spread.ts';
import { compare, labels, single, SPREAD_SEEDS, WEEKS, withSpread, ys } from './fixtures.ts';

describe('the spread chart', () => {
  it('shades the 10–90% band under the median of each series', () => {
    const input = withSpread(single());
    const config = spreadDefinition.config(input);
    expect(labels(config)).toEqual([
      'Cumulative profit: 10th percentile',
      'Cumulative profit: 90th percentile',
      'Cumulative profit: median',
      'Customers: 10th percentile',
      'Customers: 90th percentile',
      'Customers: median',
    ]);
    const band = input.spread?.a.customers;
    expect(ys(config, 'Customers: median')).toEqual(Array.from(band?.median ?? []));
    expect(ys(config, 'Customers: 90th percentile')).toEqual(Array.from(band?.high ?? []));
    const [low, high] = config.data.datasets as { fill?: unknown }[];
    expect(low.fill).toBe(false);
    expect(high.fill).toBe('-1');
    const lows = ys(config, 'Customers: 10th percentile');
    const highs = ys(config, 'Customers: 90th percentile');
    expect(lows.every((value, week) => value <= highs[week])).toBe(true);
  });

  it('adds B dashed and a panel for B − A in compare mode', () => {
    const input = withSpread(compare());
    const config = spreadDefinition.config(input);
    expect(labels(config)).toContain('Cumulative profit (Bank): median');
    expect(labels(config)).toContain('Cumulative profit, Bank − Card: median');
    const dashOf = (label: string) =>
      (config.data.datasets.find((dataset) => dataset.label === label) as { borderDash?: number[] }).borderDash ?? [];
    expect(dashOf('Customers (Bank): median').length).toBeGreaterThan(0);
    expect(dashOf('Customers (Card): median')).toEqual([]);
    expect(Object.keys(config.options?.scales ?? {})).toEqual(['x', 'cumulativeProfit', 'customers', 'difference']);
  });

  it('says in how many seeds B ends ahead of A, and the spread of the difference', () => {
    const input = withSpread(compare());
    const spread = input.spread;
    const summary = spreadDefinition.summary(input);
    expect(summary).toContain(`over ${SPREAD_SEEDS.length} seeds`);
    expect(summary).toContain(`ahead in ${spread?.seedsBAhead} of ${SPREAD_SEEDS.length} seeds`);
    expect(summary).toMatch(/10–90%: [−-]?\$[\d,]+ to [+−-]?\$[\d,]+/);
  });

  it('tables the median and both percentiles of every band, week by week', () => {
    const table = spreadDefinition.table(withSpread(compare()));
    // Cumulative profit and customers for two runs, and the difference: five bands of three columns.
    expect(table.columns).toHaveLength(1 + 5 * 3);
    expect(table.rows).toHaveLength(WEEKS);
    expect(table.caption).toContain(`${SPREAD_SEEDS.length} seeds`);
  });
});
