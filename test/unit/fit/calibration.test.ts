/**
 * A fit mapped onto the simulation: the parameters are valid and say where they came from; the
 * Pareto/NBD lifetime becomes the weekly drift the review found (Beta(0.6059, 11.861)); values
 * outside the model's range are clamped and said; and a cohort simulated with CDNOW's calibration,
 * every other mechanism at its defaults, buys as the fitted BG/NBD says, within 15% by 78 weeks.
 */
import { describe, expect, it } from 'vitest';
import { bgnbdExpectedPurchases } from '../../../src/analysis/fit/bgnbd.ts';
import { calibrateFromBgNbd, calibrateFromParetoNbd, driftMatchingPareto } from '../../../src/analysis/fit/calibration.ts';
import { paramsWith } from '../../../src/sim/params/validate.ts';
import { cohortRuns, meanPurchasesBy } from '../../support/buyTillYouDie.ts';

const CDNOW_BGNBD = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };
const CDNOW_SPEND = { p: 6.25, q: 3.74, v: 15.44 };

describe('calibrating the simulation from a fit', () => {
  it('maps BG/NBD and Gamma-Gamma onto valid parameters, each with its source', () => {
    const calibration = calibrateFromBgNbd(CDNOW_BGNBD, CDNOW_SPEND);
    expect(paramsWith(calibration.set).ok).toBe(true);
    expect(calibration.clamped).toEqual([]);
    expect(calibration.set).toMatchObject({ 'churn.dropoutEnabled': true, 'churn.dropoutA': 0.7929, 'churn.dropoutB': 2.4258, 'churn.alpha': 0 });
    // Split mode by default: a customer gives us 40% of their category's purchases at parity.
    expect(calibration.set['purchases.ratePerWeek']).toBeCloseTo(0.2426 / 4.4135 / 0.4, 10);
    expect(calibration.set['purchases.basket']).toBeCloseTo((6.25 * 15.44) / 2.74, 10);
    expect(calibration.mapped.find((value) => value.key === 'purchases.ratePerWeek')!.from).toBe('the mean rate r/α = 0.05497 a week, over the share of wallet at parity (0.4)');
  });

  it('turns a Pareto/NBD lifetime into the weekly drift with the same survival', () => {
    const drift = driftMatchingPareto(0.606, 11.669);
    expect(drift.alpha).toBeCloseTo(0.6059, 3);
    expect(drift.beta).toBeCloseTo(11.861, 2);
    expect(drift.largestGap).toBeLessThan(1e-5);
    const calibration = calibrateFromParetoNbd({ r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 });
    expect(calibration.set['churn.dropoutEnabled']).toBe(false);
    expect(paramsWith(calibration.set).ok).toBe(true);
  });

  it('clamps what the model cannot take, and says so', () => {
    const calibration = calibrateFromBgNbd({ r: 0.02, alpha: 0.1, a: 0.8, b: 2.4 });
    expect(calibration.clamped).toEqual([{ key: 'purchases.rateShape', wanted: 0.02, used: 0.1 }]);
    expect(paramsWith(calibration.set).ok).toBe(true);
  });

  it("buys, with CDNOW's calibration and everything else at its defaults, within 15% of the fit's 78-week forecast", () => {
    const cohort = {
      'market.initialCustomerShare': 1,
      'market.initialTenureYears': 0,
      'acquisition.spendPerWeek': 0,
    };
    const runs = cohortRuns({ ...cohort, ...calibrateFromBgNbd(CDNOW_BGNBD).set }, [1, 2, 3], 10_000, 78);
    const forecast = bgnbdExpectedPurchases(CDNOW_BGNBD, 78);
    expect(Math.abs(meanPurchasesBy(runs, 78) / forecast - 1)).toBeLessThan(0.15);
  }, 60_000);
});
