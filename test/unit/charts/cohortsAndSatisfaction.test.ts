/**
 * Retention by cohort of joining (survival curves) and satisfaction bands as shares of the
 * customers.
 */
import { describe, expect, it } from 'vitest';
import { cohortsDefinition, shownCohorts, survival } from '../../../src/app/charts/definitions/cohorts.ts';
import { bandShare, satisfactionDefinition } from '../../../src/app/charts/definitions/satisfaction.ts';
import { formatNumber } from '../../../src/app/format/numbers.ts';
import type { CohortTable } from '../../../src/sim/index.ts';
import { axisTitle, compare, labels, runA, runB, single, WEEKS, ys } from './fixtures.ts';

const share = (value: number) => formatNumber(value, 'share');

function table(joining: number): CohortTable {
  return { cohortWeeks: 13, sizes: Array.from({ length: joining + 1 }, () => 10), active: Array.from({ length: joining + 1 }, () => []) };
}

describe('retention by cohort of joining', () => {
  it('shows the starting customers and every 4th cohort, fewer on long runs', () => {
    expect(shownCohorts(table(12))).toEqual([0, 1, 5, 9]);
    expect(shownCohorts(table(6))).toEqual([0, 1, 5]);
    expect(shownCohorts(table(40))).toEqual([0, 1, 9, 17, 25, 33]);
    expect(shownCohorts(table(80)).length).toBeLessThanOrEqual(6);
  });

  it('draws the share of a cohort still customers against the weeks since it began, once it has finished joining', () => {
    const curve = survival(runA.cohorts, 1);
    const { active, sizes, cohortWeeks } = runA.cohorts;
    expect(Number.isNaN(curve[cohortWeeks - 2])).toBe(true);
    expect(curve[cohortWeeks - 1]).toBeCloseTo(active[1][cohortWeeks - 1] / sizes[1], 12);
    expect(curve[51]).toBeCloseTo(active[1][51] / sizes[1], 12);
    // The starting customers have a curve from the first week.
    expect(survival(runA.cohorts, 0)[0]).toBeCloseTo(active[0][0] / sizes[0], 12);
  });

  it('labels each curve by its weeks of joining, with an axis of weeks since the cohort began and shares', () => {
    const config = cohortsDefinition.config(single());
    expect(labels(config)).toEqual(['Starting customers', 'Joined weeks 1–13', 'Joined weeks 53–65']);
    expect(ys(config, 'Joined weeks 1–13').slice(12, 20)).toEqual(Array.from(survival(runA.cohorts, 1).slice(12, 20)));
    expect(axisTitle(config, 'x')).toBe('weeks since the cohort began');
    expect(axisTitle(config, 'y')).toBe('share still customers');
  });

  it('marks each curve with its own shape as well as its colour', () => {
    const styles = cohortsDefinition.config(single()).data.datasets.map((dataset) => (dataset as { pointStyle?: unknown }).pointStyle);
    expect(new Set(styles).size).toBe(styles.length);
  });

  it('gives the retention of the first full cohort a year after it began', () => {
    const year = runA.cohorts.active[1][51] / runA.cohorts.sizes[1];
    const summary = cohortsDefinition.summary(single());
    expect(summary).toContain(`${share(year)} were still customers a year after`);
    expect(summary).toContain(formatNumber(runA.cohorts.sizes[1], 'count'));
  });

  it('speaks of the cohort as old as it is at an early cursor, and of the starting customers before it is complete', () => {
    expect(cohortsDefinition.summary(single(runA, 29))).toContain(`${share(runA.cohorts.active[1][29] / runA.cohorts.sizes[1])} are still customers 30 weeks`);
    expect(cohortsDefinition.summary(single(runA, 5))).toMatch(/still joining/);
  });

  it('compares the first cohort’s year in A and in B', () => {
    const summary = cohortsDefinition.summary(compare());
    expect(summary).toContain(share(runA.cohorts.active[1][51] / runA.cohorts.sizes[1]));
    expect(summary).toContain(share(runB.cohorts.active[1][51] / runB.cohorts.sizes[1]));
  });

  it('tabulates each curve by weeks since the cohort began, blank before a cohort is complete', () => {
    const rows = cohortsDefinition.table(single());
    expect(rows.columns[0]).toBe('Weeks since the cohort began');
    expect(rows.rows[0][2]).toBe('—');
    expect(rows.rows[51][2]).toBe(share(runA.cohorts.active[1][51] / runA.cohorts.sizes[1]));
    // Cohort 5 began in week 52: its curve is as long as the weeks it has lived.
    expect(rows.rows[WEEKS - 1][3]).toBe('—');
  });
});

describe('satisfaction of customers', () => {
  const config = satisfactionDefinition.config(single());

  it('stacks the five bands as shares of the customers, adding up to 100%', () => {
    expect(labels(config)).toEqual(['Very low', 'Low', 'Neutral', 'High', 'Very high']);
    for (const week of [0, 30, WEEKS - 1]) {
      const total = labels(config).reduce((sum, label) => sum + ys(config, label)[week], 0);
      expect(total).toBeCloseTo(1, 9);
    }
    expect(ys(config, 'High')[10]).toBeCloseTo(runA.series.satisfactionHigh[10] / runA.series.customers[10], 12);
    expect((config.options?.scales?.y as { max?: number }).max).toBe(1);
    expect(axisTitle(config, 'y')).toBe('share of customers');
  });

  it('says which shares are satisfied, neutral and dissatisfied', () => {
    const last = WEEKS - 1;
    const satisfied = bandShare(runA, 'satisfactionHigh')[last] + bandShare(runA, 'satisfactionVeryHigh')[last];
    const dissatisfied = bandShare(runA, 'satisfactionLow')[last] + bandShare(runA, 'satisfactionVeryLow')[last];
    const summary = satisfactionDefinition.summary(single());
    expect(summary).toContain(`${share(satisfied)} of customers are satisfied`);
    expect(summary).toContain(`${share(dissatisfied)} are dissatisfied`);
  });

  it('reads a share of 0 when there are no customers rather than dividing by zero', () => {
    const empty = { ...runA, series: { ...runA.series, customers: new Float64Array(WEEKS) } };
    expect(bandShare(empty, 'satisfactionHigh').every((value) => value === 0)).toBe(true);
  });

  it('tabulates the share in each band, week by week', () => {
    const rows = satisfactionDefinition.table(single());
    expect(rows.rows[3][5]).toBe(share(bandShare(runA, 'satisfactionVeryHigh')[3]));
  });
});
