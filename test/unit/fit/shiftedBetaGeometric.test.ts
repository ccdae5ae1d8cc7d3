/**
 * The sBG model on Fader & Hardie's (2007) two cohorts, fitted on years 1–7 (their table 1, a
 * thousand customers each), its projection of the later years, and DERL against the sum it
 * stands for; tables that are not a cohort's count are refused.
 */
import { describe, expect, it } from 'vitest';
import { fitSbg, sbgDiscountedResidualLifetime, sbgSurvival } from '../../../src/analysis/fit/shiftedBetaGeometric.ts';

/** Customers still active at the start and after each year (Fader & Hardie 2007, table 1). */
const REGULAR = [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173];
const HIGH_END = [1000, 869, 743, 653, 593, 551, 517, 491, 468, 445, 427, 409, 394];

describe('the shifted-beta-geometric model', () => {
  it('gives Fader & Hardie\'s estimates on years 1–7: Regular α 0.704, β 1.182; High End α 0.668, β 3.806', () => {
    const regular = fitSbg(REGULAR.slice(0, 8)).estimates;
    const highEnd = fitSbg(HIGH_END.slice(0, 8)).estimates;
    expect(Math.abs(regular.alpha.value - 0.704)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(regular.beta.value - 1.182)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(highEnd.alpha.value - 0.668)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(highEnd.beta.value - 3.806)).toBeLessThanOrEqual(0.005);
  });

  it('projects years 8–12 from years 1–7 within 5% of the customers actually left', () => {
    for (const cohort of [REGULAR, HIGH_END]) {
      const { alpha, beta } = fitSbg(cohort.slice(0, 8)).estimates;
      const projected = sbgSurvival({ alpha: alpha.value, beta: beta.value }, 12);
      for (let year = 8; year <= 12; year++) expect(Math.abs((1000 * projected[year]!) / cohort[year]! - 1)).toBeLessThan(0.05);
    }
  });

  it('gives DERL as the discounted sum of the chances of each further renewal', () => {
    const parameters = { alpha: 0.704, beta: 1.182 };
    const survival = sbgSurvival(parameters, 5000);
    for (const renewals of [0, 4]) {
      let sum = 0;
      for (let k = 1; renewals + k <= 5000; k++) sum += survival[renewals + k]! / survival[renewals]! / 1.1 ** (k - 1);
      expect(sbgDiscountedResidualLifetime(parameters, renewals, 0.1)).toBeCloseTo(sum, 8);
    }
    // A customer who has stayed longer is likelier to be a low-churn one: they are worth more.
    expect(sbgDiscountedResidualLifetime(parameters, 4, 0.1)).toBeGreaterThan(sbgDiscountedResidualLifetime(parameters, 0, 0.1));
  });

  it('refuses a table that rises, is too short, or a discount rate of 0', () => {
    expect(() => fitSbg([1000, 600, 650])).toThrow(/period 2: the number still active \(650\) must not rise/);
    expect(() => fitSbg([1000, 600])).toThrow(/at least two periods/);
    expect(() => sbgDiscountedResidualLifetime({ alpha: 1, beta: 1 }, 0, 0)).toThrow(/above 0/);
  });
});
