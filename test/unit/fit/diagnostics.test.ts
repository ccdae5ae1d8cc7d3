/**
 * What the "Your customers" view draws from a fit: BG/NBD's distribution of repeat purchases
 * against its mean (eq. 9) and against the process itself simulated; the histogram and the
 * tracking plot on CDNOW's raw purchases (the fit must track the customers' own calibration
 * period, and the holdout is what it never saw); the forecast's totals and bins; the cohort's
 * survival curve and its projection.
 */
import { existsSync, readFileSync } from 'node:fs';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { cohortSurvival } from '../../../src/analysis/diagnostics/cohortSurvival.ts';
import { ALIVE_BINS, forecastOf } from '../../../src/analysis/diagnostics/forecast.ts';
import { HISTOGRAM_BARS, repeatHistogram } from '../../../src/analysis/diagnostics/repeatHistogram.ts';
import { expectedWeekly, trackingOf } from '../../../src/analysis/diagnostics/tracking.ts';
import { bgnbdExpectedPurchases, type BgNbdParameters } from '../../../src/analysis/fit/bgnbd.ts';
import { bgnbdCountProbabilities } from '../../../src/analysis/fit/bgnbdCounts.ts';
import { fitSbg } from '../../../src/analysis/fit/shiftedBetaGeometric.ts';
import { dayOf } from '../../../src/analysis/import/days.ts';
import { summarise } from '../../../src/analysis/import/summarise.ts';
import { readTransactions } from '../../../src/analysis/import/transactions.ts';
import { CDNOW_FOLDER } from '../../support/buyTillYouDie.ts';

/** Fader, Hardie & Lee's (2005) CDNOW estimates. */
const CDNOW: BgNbdParameters = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };

const total = (values: ArrayLike<number>) => Array.from(values).reduce((sum, value) => sum + value, 0);

describe('BG/NBD’s distribution of repeat purchases, P(X(t) = x)', () => {
  it('adds up to 1, and its mean is E[X(t)] of eq. 9', () => {
    for (const t of [1, 13, 39, 78, 260]) {
      const probabilities = bgnbdCountProbabilities(CDNOW, t, 4000);
      expect(total(probabilities)).toBeCloseTo(1, 6);
      expect(total(probabilities.map((probability, x) => probability * x))).toBeCloseTo(bgnbdExpectedPurchases(CDNOW, t), 6);
    }
    expect(bgnbdCountProbabilities(CDNOW, 0, 3)).toEqual([1, 0, 0]);
  });

  it('matches the buy-till-you-die process itself, simulated for 40,000 customers over 39 weeks', () => {
    const random = seedrandom('bgnbd-counts');
    const gamma = (shape: number): number => {
      // Marsaglia & Tsang, with the boost for a shape below 1.
      if (shape < 1) return gamma(shape + 1) * random() ** (1 / shape);
      const d = shape - 1 / 3;
      const c = 1 / Math.sqrt(9 * d);
      for (;;) {
        const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
        const v = (1 + c * normal) ** 3;
        if (v > 0 && Math.log(1 - random()) < normal ** 2 / 2 + d - d * v + d * Math.log(v)) return d * v;
      }
    };
    const counts = new Array<number>(6).fill(0);
    const customers = 40_000;
    for (let customer = 0; customer < customers; customer++) {
      const rate = gamma(CDNOW.r) / CDNOW.alpha;
      const stays = gamma(CDNOW.a);
      const dropout = stays / (stays + gamma(CDNOW.b));
      let time = 0;
      let purchases = 0;
      for (;;) {
        time += -Math.log(1 - random()) / rate;
        if (time > 39) break;
        purchases++;
        if (random() < dropout) break;
      }
      counts[Math.min(purchases, 5)]! += 1;
    }
    const probabilities = bgnbdCountProbabilities(CDNOW, 39, 5);
    probabilities.push(1 - total(probabilities));
    probabilities.forEach((probability, x) => expect(Math.abs(counts[x]! / customers - probability), `x = ${x}`).toBeLessThan(0.006));
  });
});

const cdnowRaw = `${CDNOW_FOLDER}CDNOW_sample.txt`;
describe.skipIf(!existsSync(cdnowRaw))('on CDNOW’s raw purchases, calibration to 30 September 1997', () => {
  const read = readTransactions(existsSync(cdnowRaw) ? readFileSync(cdnowRaw, 'utf8') : '', { customer: 1, date: 3, amount: 5 });
  if (!read.ok) throw new Error(read.error);
  const base = summarise(read.value.transactions, dayOf('1997-09-30', 'YYYY-MM-DD')!);

  it('the histogram: 2,357 customers in 8 bars, the model within 25 customers of every bar (as in Fader, Hardie & Lee’s figure 2)', () => {
    const { actual, expected } = repeatHistogram(base, CDNOW);
    expect(actual).toHaveLength(HISTOGRAM_BARS);
    expect(total(actual)).toBe(2357);
    expect(total(expected)).toBeCloseTo(2357, 6);
    expect(actual).toEqual([1411, 439, 214, 100, 62, 38, 29, 64]);
    expected.forEach((customers, x) => expect(Math.abs(customers - actual[x]!), `x = ${x}`).toBeLessThan(25));
  });

  it('the tracking plot: 78 weeks, calibration ending in week 38, the model within 3% of the calibration’s repeat purchases', () => {
    const tracking = trackingOf(base, [{ model: 'bgnbd', expectedPurchases: (t) => bgnbdExpectedPurchases(CDNOW, t) }]);
    expect(tracking.actual).toHaveLength(78);
    expect(tracking.calibrationWeek).toBe(38);
    const calibration = total(tracking.actual.subarray(0, 39));
    expect(calibration).toBe(total(base.x));
    const modelled = total(tracking.expected[0]!.weekly.subarray(0, 39));
    expect(Math.abs(modelled / calibration - 1)).toBeLessThan(0.03);
    // Every repeat purchase of the file is counted, holdout included.
    expect(total(tracking.actual)).toBe(total(base.x) + total(base.holdoutPurchases));
  });

  it('expects, week by week, what each customer’s own E[X] adds up to', () => {
    const weekly = expectedWeekly(base, (t) => bgnbdExpectedPurchases(CDNOW, t));
    for (const week of [0, 11, 38, 77]) {
      let byCustomer = 0;
      for (const first of base.firstDay) byCustomer += bgnbdExpectedPurchases(CDNOW, Math.max(0, week * 7 + 6 - first) / 7);
      expect(total(weekly.subarray(0, week + 1))).toBeCloseTo(byCustomer, 6);
    }
  });
});

describe('the forecast of the customer base', () => {
  it('adds up who is alive, what they buy and bring, and what the best fifth brings', () => {
    const forecast = forecastOf(
      {
        probabilityAlive: Float64Array.from([0.05, 0.5, 0.95, 1, 0.55]),
        expectedPurchases: Float64Array.from([0.1, 1, 2, 3, 1]),
        expectedSpend: Float64Array.from([10, 10, 20, 20, 10]),
        expectedRevenue: Float64Array.from([1, 10, 40, 60, 10]),
      },
      52,
    );
    expect(forecast.aliveBins).toHaveLength(ALIVE_BINS);
    expect(forecast.aliveBins).toEqual([1, 0, 0, 0, 0, 2, 0, 0, 0, 2]);
    expect(forecast.expectedAlive).toBeCloseTo(3.05, 12);
    expect(forecast.expectedPurchases).toBeCloseTo(7.1, 12);
    expect(forecast.expectedRevenue).toBeCloseTo(121, 12);
    // The best fifth of five customers is one: 60 of 121.
    expect(forecast.topShareOfRevenue).toBeCloseTo(60 / 121, 12);
  });

  it('has no revenue without a spend model', () => {
    const forecast = forecastOf({ probabilityAlive: Float64Array.from([0.5]), expectedPurchases: Float64Array.from([1]), expectedSpend: null, expectedRevenue: null }, 52);
    expect([forecast.expectedRevenue, forecast.topShareOfRevenue]).toEqual([null, null]);
  });
});

describe('a cohort’s survival curve', () => {
  it('starts at 1, is projected to twice the table, and values a survivor above a newcomer', () => {
    const regular = [1000, 631, 468, 382, 326, 289, 262, 241];
    const { alpha, beta } = fitSbg(regular).estimates;
    const survival = cohortSurvival(regular, { alpha: alpha.value, beta: beta.value });
    expect(survival.actual[0]).toBe(1);
    expect(survival.actual[7]).toBeCloseTo(0.241, 12);
    expect(survival.model).toHaveLength(15);
    expect(survival.observed).toBe(7);
    for (let year = 1; year <= 7; year++) expect(Math.abs(survival.model[year]! - survival.actual[year]!)).toBeLessThan(0.02);
    expect(survival.residualRenewals).toBeGreaterThan(survival.newCustomerRenewals);
  });
});
