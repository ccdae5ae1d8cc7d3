/**
 * The tenure chart: Reichheld & Sasser's exhibit from the run, a stacked bar per tenure year (1 …
 * 5+) with one part per source in dollars per customer-year, a negative part below zero, no bar
 * for a year no customer reached, the total marked on each bar, and in compare mode A's and B's
 * bars side by side in each year. Its sentence and table read the run's own numbers.
 */
import type { ChartConfiguration } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { tenureDefinition } from '../../../src/app/charts/definitions/tenure.ts';
import { tenureProfit } from '../../../src/sim/index.ts';
import { rising, withTenure, type YearInDollars } from '../../support/tenureTables.ts';
import { compare, runA, runB, single } from './fixtures.ts';

const known = withTenure(runA, rising);

function bars(config: ChartConfiguration) {
  return config.data.datasets.map((dataset) => ({
    label: dataset.label,
    stack: (dataset as { stack?: string }).stack,
    data: dataset.data as (number | null)[],
  }));
}

describe('the tenure chart', () => {
  it('draws a stacked bar per tenure year, one part per source, in dollars per customer-year', () => {
    const config = tenureDefinition.config(single(known));
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['1', '2', '3', '4', '5+']);
    expect(bars(config).map((bar) => bar.label)).toEqual(['Base margin', 'Spend growth', 'Cost savings', 'Referrals', 'Price premium']);
    expect(bars(config).every((bar) => bar.stack === 'a')).toBe(true);
    const growth = bars(config)[1].data;
    expect(growth.map((value) => Number(value?.toFixed(2)))).toEqual([10, 100, 200, 250, 300]);
    const scales = config.options?.scales as Record<string, { stacked?: boolean; title?: { text?: string } }>;
    expect(scales.x.stacked && scales.y.stacked).toBe(true);
    expect(scales.y.title?.text).toBe('dollars per customer-year');
    expect(config.plugins?.map((plugin) => plugin.id)).toEqual(['barTotals']);
  });

  it('keeps a negative part below zero, and draws no bar for a year no customer reached', () => {
    const years: YearInDollars[] = rising.map((year, index) =>
      index === 0 ? { ...year, base: -30 } : index === 4 ? { ...year, customerYears: 0 } : year,
    );
    const input = single(withTenure(runA, years));
    const base = bars(tenureDefinition.config(input))[0].data;
    expect(base[0]).toBeCloseTo(-30, 6);
    expect(base[4]).toBeNull();
    const table = tenureDefinition.table(input);
    expect(table.rows[0][2]).toBe('-$30.00');
    expect(table.rows[4].slice(1).every((cell) => cell === '—')).toBe(true);
    expect(tenureDefinition.summary(input)).toContain('in year 4 (');
  });

  it('stands A’s and B’s bars side by side in each year in compare mode, each run its own stack', () => {
    const config = tenureDefinition.config(compare());
    const stacks = bars(config).map((bar) => bar.stack);
    expect(stacks).toEqual([...Array(5).fill('a'), ...Array(5).fill('b')]);
    expect(bars(config)[0].label).toBe('Base margin (Card)');
    expect(bars(config)[5].label).toBe('Base margin (Bank)');
    expect(config.options?.plugins?.barTotals?.names).toEqual({ a: 'Card', b: 'Bank' });
    const bankBase = tenureProfit(runB.tenure).map((row) => row.baseMargin);
    expect(bars(config)[5].data).toEqual(bankBase);
  });

  it('says what a customer brings in year 1 and in year 5 or later, and how much of it grew with tenure', () => {
    expect(tenureDefinition.summary(single(known))).toBe(
      'Over the 78 weeks of the run, a customer brought $213.00 of profit a year in year 1 of tenure and $725.00 in year 5 or later (+240.4%), $525.00 of it from spend growth, cost savings, referrals and the price premium.',
    );
  });

  it('tables every source and the total by tenure year, A and B side by side in compare mode', () => {
    const input = single(known);
    const table = tenureDefinition.table(input);
    expect(table.columns).toEqual(['Year of tenure', 'Customer-years', 'Base margin', 'Spend growth', 'Cost savings', 'Referrals', 'Price premium', 'Total']);
    expect(table.rows[0]).toEqual(['1', '100', '$200.00', '$10.00', '$1.00', '$2.00', '$0.00', '$213.00']);
    expect(table.rows[4]).toEqual(['5+', '20', '$200.00', '$300.00', '$5.00', '$20.00', '$200.00', '$725.00']);
    const referralValue = input.a.params['relationship.referralValue'].toFixed(2);
    expect(table.caption).toContain(`$${referralValue} a referred customer`);
    const paired = tenureDefinition.table(compare());
    expect(paired.columns.slice(-2)).toEqual(['Total (Card)', 'Total (Bank)']);
  });

  it('has nothing to show for a run in which no one was ever a customer', () => {
    const empty = withTenure(runA, rising.map((year) => ({ ...year, customerYears: 0 })));
    expect(tenureDefinition.applies(single(empty))).toBe(false);
    expect(tenureDefinition.applies(single(known))).toBe(true);
  });
});
