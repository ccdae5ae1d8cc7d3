/**
 * Who comes and goes (joiners above zero, leavers below, as 4-week averages) and money by
 * ledger line (income above zero, costs below, profit across).
 */
import { describe, expect, it } from 'vitest';
import { movingAverage } from '../../../src/app/charts/common.ts';
import { flowsDefinition } from '../../../src/app/charts/definitions/flows.ts';
import { ledgerDefinition } from '../../../src/app/charts/definitions/ledger.ts';
import { formatNumber } from '../../../src/app/format/numbers.ts';
import { ledgerLines } from '../../../src/sim/index.ts';
import { axisTitle, compare, labels, runA, single, sumTo, WEEKS, ys } from './fixtures.ts';
import { run } from '../../support/runs.ts';

const count = (value: number) => formatNumber(value, 'count');
const money = (value: number) => formatNumber(value, 'money');

describe('a moving average', () => {
  it('averages the last weeks, fewer at the start so the first weeks are not understated', () => {
    expect(Array.from(movingAverage([4, 8, 0, 4, 12], 4))).toEqual([4, 6, 4, 4, 6]);
    expect(Array.from(movingAverage([4, 8], 4, -1))).toEqual([-4, -6]);
  });
});

describe('new customers and leavers', () => {
  const config = flowsDefinition.config(single());

  it('draws joiners above zero and leavers below, as 4-week averages, and says so on the axis', () => {
    expect(labels(config)).toEqual(expect.arrayContaining(['Joined: marketing', 'Joined: a friend', 'Left: rival', 'Left: drifted away']));
    expect(ys(config, 'Joined: marketing')).toEqual(Array.from(movingAverage(runA.series.newPaid, 4)));
    expect(ys(config, 'Left: rival')).toEqual(Array.from(movingAverage(runA.series.leftCompetitor, 4, -1)));
    expect(ys(config, 'Left: rival').every((value) => value <= 0)).toBe(true);
    expect(axisTitle(config, 'y')).toBe('people a week (4-week average)');
  });

  it('stacks joiners and leavers apart, so that a week with no leavers of a kind does not jump to the joiners', () => {
    const stacks = config.data.datasets.map((dataset) => (dataset as { stack?: string }).stack);
    const joined = stacks[labels(config).indexOf('Joined: marketing')];
    const left = stacks[labels(config).indexOf('Left: rival')];
    expect(joined).not.toBe(left);
  });

  it('leaves out reasons nobody left for', () => {
    const quiet = run({}, { weeks: 30, people: 500 });
    const shown = labels(flowsDefinition.config(single(quiet)));
    for (const [series, label] of [['leftConflict', 'Left: conflict'], ['wonBack', 'Won back']] as const) {
      expect(shown.includes(label)).toBe(sumTo(quiet.series[series]) > 0);
    }
  });

  it('counts who joined, by channel, and who left, with the commonest reason', () => {
    const summary = flowsDefinition.summary(single());
    const joined = sumTo(runA.series.newPaid) + sumTo(runA.series.newReferred) + sumTo(runA.series.wonBack);
    expect(summary).toContain(`${count(joined)} customers joined`);
    expect(summary).toContain(`${count(sumTo(runA.series.newPaid))} through marketing`);
    expect(summary).toContain(`${count(sumTo(runA.series.leavers))} left`);
    const reasons = { leftCompetitor: 'for the rival', leftNeglect: 'because they drifted away', leftServiceFailure: 'after a service failure', leftBrokenPromise: 'after a broken promise', leftConflict: 'after a conflict over a complaint' };
    const [main] = Object.keys(reasons).sort((x, y) => sumTo(runA.series[y]) - sumTo(runA.series[x]));
    expect(summary).toContain(`most often ${reasons[main as keyof typeof reasons]} (${count(sumTo(runA.series[main]))})`);
  });

  it('counts up to the cursor week only', () => {
    const summary = flowsDefinition.summary(single(runA, 9));
    expect(summary).toContain(`${count(sumTo(runA.series.leavers, 9))} left`);
  });

  it('tabulates the raw weekly counts, not the averages', () => {
    const table = flowsDefinition.table(single());
    const column = table.columns.indexOf('Left: rival');
    expect(table.rows.map((row) => row[column])).toEqual(Array.from(runA.series.leftCompetitor, count));
    expect(table.caption).toMatch(/not averaged/);
  });

  it('compares what A and B won and lost', () => {
    const summary = flowsDefinition.summary(compare());
    expect(summary).toContain(`Card has won ${count(sumTo(runA.series.newCustomers))} customers and lost ${count(sumTo(runA.series.leavers))}`);
  });
});

describe('income and costs by ledger line', () => {
  const config = ledgerDefinition.config(single());

  it('draws each ledger line in use, income above zero and costs below, with profit across them, in dollars a week', () => {
    const shown = labels(config);
    expect(shown[0]).toBe('Profit');
    expect(shown).toEqual(expect.arrayContaining(['Revenue', 'Cost of goods', 'Marketing', 'Fixed costs']));
    // Lines that are zero throughout (the discount card is off) are left out.
    expect(shown).not.toContain('Discounts');
    expect(ys(config, 'Cost of goods')).toEqual(Array.from(runA.series.costOfGoods));
    expect(ys(config, 'Cost of goods').every((value) => value <= 0)).toBe(true);
    expect(ys(config, 'Profit')).toEqual(Array.from(runA.series.profit));
    expect(axisTitle(config, 'y')).toBe('dollars a week');
  });

  it('fills income and costs each from zero, in stacks of their own', () => {
    const datasets = config.data.datasets as { label?: string; fill?: unknown; stack?: string }[];
    const revenue = datasets.find((dataset) => dataset.label === 'Revenue');
    const goods = datasets.find((dataset) => dataset.label === 'Cost of goods');
    expect(revenue?.fill).toBe('origin');
    expect(goods?.fill).toBe('origin');
    expect(revenue?.stack).not.toBe(goods?.stack);
  });

  it('sums income, costs and profit, and names the largest cost', () => {
    const summary = ledgerDefinition.summary(single());
    const income = sumTo(runA.series.revenue) + sumTo(runA.series.breakage) + sumTo(runA.series.clubFees);
    const costs = ledgerLines.reduce((total, line) => total + sumTo(runA.series[line]), 0) - income;
    expect(summary).toContain(`income came to ${money(income)}`);
    expect(summary).toContain(`costs to ${money(-costs)}`);
    expect(summary).toContain('“Cost of goods”');
    expect(summary).toContain(money(runA.summary.cumulativeProfit));
  });

  it('tabulates every line in use and profit, signed, week by week', () => {
    const table = ledgerDefinition.table(single());
    expect(table.columns.at(-1)).toBe('Profit');
    const column = table.columns.indexOf('Fixed costs');
    expect(table.rows[0][column]).toBe(money(runA.series.fixedCosts[0]));
    expect(table.rows[0][column]).toMatch(/^-\$/);
  });

  it('shows the lines of either run in compare mode: the bank’s points appear', () => {
    expect(labels(ledgerDefinition.config(compare()))).toEqual(expect.arrayContaining(['Points issued (Card)', 'Points issued (Bank)']));
    expect(ledgerDefinition.table(compare()).rows).toHaveLength(WEEKS);
  });
});
