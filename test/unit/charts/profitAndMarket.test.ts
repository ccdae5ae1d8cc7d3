/**
 * The profit chart (weekly and cumulative profit on two axes) and customers by state (stacked
 * areas of customers, lapsed and prospects, and the fired when there are any): their series,
 * axes, words and tables.
 */
import { describe, expect, it } from 'vitest';
import { marketDefinition } from '../../../src/app/charts/definitions/market.ts';
import { profitDefinition } from '../../../src/app/charts/definitions/profit.ts';
import { formatNumber } from '../../../src/app/format/numbers.ts';
import { run } from '../../support/runs.ts';
import { axisTitle, compare, labels, runA, runB, single, WEEKS, ys } from './fixtures.ts';

const money = (value: number) => formatNumber(value, 'money');
const count = (value: number) => formatNumber(value, 'count');

describe('the profit chart', () => {
  it('draws cumulative profit on its own axis on the right and weekly profit on the left, both in dollars', () => {
    const config = profitDefinition.config(single());
    expect(labels(config)).toEqual(['Cumulative profit', 'Weekly profit']);
    expect(ys(config, 'Weekly profit')).toEqual(Array.from(runA.series.profit));
    expect(ys(config, 'Cumulative profit')).toEqual(Array.from(runA.series.cumulativeProfit));
    expect(axisTitle(config, 'weekly')).toBe('weekly profit ($)');
    expect(axisTitle(config, 'cumulative')).toBe('cumulative profit ($)');
    expect(axisTitle(config, 'x')).toBe('week');
  });

  it('says where cumulative profit ends and what the last week earned', () => {
    const summary = profitDefinition.summary(single());
    expect(summary).toContain(`After ${WEEKS} weeks`);
    expect(summary).toContain(money(runA.summary.cumulativeProfit));
    expect(summary).toContain(money(runA.series.profit[WEEKS - 1]));
  });

  it('speaks of the cursor week when there is one', () => {
    const summary = profitDefinition.summary(single(runA, 9));
    expect(summary).toContain('By week 10');
    expect(summary).toContain(money(runA.series.cumulativeProfit[9]));
    expect(summary).toContain(money(runA.series.profit[9]));
  });

  it('gives both runs and the difference B − A in compare mode', () => {
    const summary = profitDefinition.summary(compare());
    const difference = runB.summary.cumulativeProfit - runA.summary.cumulativeProfit;
    expect(summary).toContain(money(runA.summary.cumulativeProfit));
    expect(summary).toContain(money(runB.summary.cumulativeProfit));
    expect(summary).toContain(`${difference > 0 ? '+' : ''}${money(difference)}`);
    expect(summary).toContain('Bank − Card');
  });

  it('tabulates weekly and cumulative profit, week by week', () => {
    const table = profitDefinition.table(single());
    expect(table.columns).toEqual(['Week', 'Weekly profit', 'Cumulative profit']);
    expect(table.rows[4]).toEqual(['5', money(runA.series.profit[4]), money(runA.series.cumulativeProfit[4])]);
    expect(profitDefinition.table(compare()).columns).toEqual([
      'Week', 'Weekly profit (Card)', 'Weekly profit (Bank)', 'Cumulative profit (Card)', 'Cumulative profit (Bank)',
    ]);
  });
});

describe('customers by state', () => {
  it('stacks customers, lapsed and prospects as filled areas from the baseline, in people', () => {
    const config = marketDefinition.config(single());
    expect(labels(config)).toEqual(['Customers', 'Lapsed', 'Prospects']);
    expect(config.data.datasets.map((dataset) => (dataset as { fill?: unknown }).fill)).toEqual(['origin', '-1', '-1']);
    expect((config.options?.scales?.y as { stacked?: boolean }).stacked).toBe(true);
    expect(ys(config, 'Lapsed')).toEqual(Array.from(runA.series.lapsed));
    expect(axisTitle(config, 'y')).toBe('people');
  });

  it('draws B as dashed outlines over A in compare mode, stacked on their own', () => {
    const datasets = marketDefinition.config(compare()).data.datasets as { fill?: unknown; stack?: string; borderDash?: number[] }[];
    expect(datasets.slice(3).every((dataset) => dataset.fill === false && dataset.borderDash?.length)).toBe(true);
    expect(new Set(datasets.slice(0, 3).map((dataset) => dataset.stack)).size).toBe(1);
    expect(datasets[0].stack).not.toBe(datasets[3].stack);
  });

  it('counts the people in each state at the end of the run', () => {
    const summary = marketDefinition.summary(single());
    const last = WEEKS - 1;
    expect(summary).toContain(count(runA.series.customers[last]));
    expect(summary).toContain(count(runA.series.lapsed[last]));
    expect(summary).toContain(count(runA.series.prospects[last]));
    expect(summary).toContain(count(runA.people));
  });

  it('compares the customers of A and B at the cursor', () => {
    const summary = marketDefinition.summary(compare(30));
    expect(summary).toContain('By week 31');
    expect(summary).toContain(count(runA.series.customers[30]));
    expect(summary).toContain(count(runB.series.customers[30]));
  });

  it('adds the fired as a fourth state only in runs that fire somebody', () => {
    const firing = run({ 'firing.enabled': true, 'market.abusiveShare': 0.05 }, { weeks: WEEKS, people: 2000, seed: 3 });
    expect(labels(marketDefinition.config(single(firing)))).toEqual(['Customers', 'Lapsed', 'Prospects', 'Fired']);
    expect(ys(marketDefinition.config(single(firing)), 'Fired')).toEqual(Array.from(firing.series.fired));
    expect(marketDefinition.table(single(firing)).columns).toEqual(['Week', 'Customers', 'Lapsed', 'Prospects', 'Fired']);
  });

  it('tabulates each state, week by week', () => {
    const table = marketDefinition.table(single());
    expect(table.columns).toEqual(['Week', 'Customers', 'Lapsed', 'Prospects']);
    expect(table.rows[WEEKS - 1]).toEqual([
      String(WEEKS),
      count(runA.series.customers[WEEKS - 1]),
      count(runA.series.lapsed[WEEKS - 1]),
      count(runA.series.prospects[WEEKS - 1]),
    ]);
  });
});
