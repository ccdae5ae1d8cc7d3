/**
 * Points of the bonus bank (only when a bank is on), value against cost of a customer, and
 * the difference chart of compare mode.
 */
import { describe, expect, it } from 'vitest';
import { difference, differenceDefinition } from '../../../src/app/charts/definitions/difference.ts';
import { pointsDefinition } from '../../../src/app/charts/definitions/points.ts';
import { valueDefinition } from '../../../src/app/charts/definitions/value.ts';
import { formatNumber } from '../../../src/app/format/numbers.ts';
import { axisTitle, compare, labels, runA, runB, single, sumTo, WEEKS, ys } from './fixtures.ts';

const money = (value: number) => formatNumber(value, 'money');

describe('bonus points', () => {
  it('applies only when a bonus bank is on in A or in B', () => {
    expect(pointsDefinition.applies(single())).toBe(false);
    expect(pointsDefinition.applies(single(runB))).toBe(true);
    expect(pointsDefinition.applies(compare())).toBe(true);
    expect(pointsDefinition.applies({ ...compare(), a: runB, b: runA })).toBe(true);
  });

  it('draws points issued, redeemed and expired a week, and the balance outstanding on its own axis, in dollars', () => {
    const config = pointsDefinition.config(single(runB));
    expect(labels(config)).toEqual(['Outstanding', 'Issued', 'Redeemed', 'Expired unused']);
    expect(ys(config, 'Outstanding')).toEqual(Array.from(runB.series.pointsLiability));
    expect(ys(config, 'Expired unused')).toEqual(Array.from(runB.series.pointsExpired));
    expect((config.data.datasets[0] as { yAxisID?: string }).yAxisID).toBe('outstanding');
    expect(axisTitle(config, 'weekly')).toBe('points a week ($)');
    expect(axisTitle(config, 'outstanding')).toBe('points outstanding ($)');
  });

  it('sums what was issued, used and burned, with breakage as a share, and what is still owed', () => {
    const summary = pointsDefinition.summary(single(runB));
    const issued = sumTo(runB.series.pointsIssued);
    const expired = sumTo(runB.series.pointsExpired);
    expect(summary).toContain(`points worth ${money(issued)}`);
    expect(summary).toContain(`used ${money(sumTo(runB.series.pointsRedeemed))}`);
    expect(summary).toContain(`${money(expired)} burn unused (${formatNumber(expired / issued, 'share')} of those issued)`);
    expect(summary).toContain(`${money(runB.summary.pointsLiability)} is still owed`);
  });

  it('tabulates the four series, week by week', () => {
    const table = pointsDefinition.table(single(runB));
    expect(table.columns).toEqual(['Week', 'Issued', 'Redeemed', 'Expired unused', 'Outstanding']);
    expect(table.rows[20][4]).toBe(money(runB.series.pointsLiability[20]));
  });
});

describe('value of a customer and cost of winning one', () => {
  it('draws both in dollars per customer on one axis, with markers as well as colours', () => {
    const config = valueDefinition.config(single());
    expect(labels(config)).toEqual(['Value per customer', 'Cost per customer won']);
    expect(ys(config, 'Cost per customer won')).toEqual(Array.from(runA.series.costPerCustomerWon));
    expect(axisTitle(config, 'y')).toBe('dollars per customer');
    const styles = config.data.datasets.map((dataset) => (dataset as { pointStyle?: unknown }).pointStyle);
    expect(styles[0]).not.toBe(styles[1]);
  });

  it('gives both figures at the end of the run and at the cursor', () => {
    expect(valueDefinition.summary(single())).toContain(money(runA.summary.valuePerCustomer));
    expect(valueDefinition.summary(single())).toContain(money(runA.summary.costPerCustomerWon));
    expect(valueDefinition.summary(single(runA, 40))).toContain(money(runA.series.valuePerCustomer[40]));
  });

  it('tabulates both, week by week', () => {
    expect(valueDefinition.table(single()).rows[7]).toEqual([
      '8', money(runA.series.valuePerCustomer[7]), money(runA.series.costPerCustomerWon[7]),
    ]);
  });
});

describe('the difference chart', () => {
  it('applies only in compare mode', () => {
    expect(differenceDefinition.applies(single())).toBe(false);
    expect(differenceDefinition.applies(compare())).toBe(true);
  });

  it('draws B − A of weekly profit, cumulative profit and customers, each in its own panel with its unit', () => {
    const config = differenceDefinition.config(compare());
    expect(labels(config)).toEqual(['Weekly profit, Bank − Card', 'Cumulative profit, Bank − Card', 'Customers, Bank − Card']);
    expect(ys(config, 'Customers, Bank − Card')).toEqual(Array.from(runB.series.customers, (value, week) => value - runA.series.customers[week]));
    const scales = config.options?.scales ?? {};
    for (const id of ['profit', 'cumulativeProfit', 'customers']) expect((scales[id] as { stack?: string }).stack).toBe('difference');
    expect(axisTitle(config, 'customers')).toBe('customers');
    expect(axisTitle(config, 'cumulativeProfit')).toBe('cumulative ($)');
    // One line per series, solid: the difference itself is not an A or a B.
    expect(config.data.datasets.every((dataset) => !(dataset as { borderDash?: number[] }).borderDash?.length)).toBe(true);
  });

  it('gives the differences with their signs at the end and at the cursor', () => {
    const last = WEEKS - 1;
    const cumulative = runB.summary.cumulativeProfit - runA.summary.cumulativeProfit;
    const summary = differenceDefinition.summary(compare());
    expect(summary).toContain(`${cumulative > 0 ? '+' : ''}${money(cumulative)} in cumulative profit`);
    const customers = runB.series.customers[last] - runA.series.customers[last];
    expect(summary).toContain(`${customers > 0 ? '+' : ''}${formatNumber(customers, 'count')} customers`);
    expect(differenceDefinition.summary(compare(12))).toContain('By week 13');
  });

  it('is zero throughout when B is A', () => {
    expect(Array.from(difference({ ...compare(), b: runA }, 'profit')).every((value) => value === 0)).toBe(true);
  });

  it('tabulates the three differences, week by week', () => {
    const table = differenceDefinition.table(compare());
    expect(table.columns).toEqual(['Week', 'Weekly profit, Bank − Card', 'Cumulative profit, Bank − Card', 'Customers, Bank − Card']);
    expect(table.rows[0][3]).toBe(formatNumber(runB.series.customers[0] - runA.series.customers[0], 'count'));
  });
});
