/**
 * With every behavioural mechanism switched off, a cohort's survival must follow the
 * shifted-beta-geometric model of Fader & Hardie (2007):
 *   S(t) = Π_{i=1..t} (β + i − 1) / (α + β + i − 1)
 * within Monte Carlo error.
 */
import { describe, expect, it } from 'vitest';
import { onlyDrift, run } from '../support/runs.ts';

function sbgSurvival(alpha: number, beta: number, weeks: number): number {
  let survival = 1;
  for (let i = 1; i <= weeks; i++) survival *= (beta + i - 1) / (alpha + beta + i - 1);
  return survival;
}

describe('drifting away without any other mechanism', () => {
  for (const [alpha, beta] of [
    [1, 180],
    [0.5, 20],
    [3, 40],
  ]) {
    it(`follows the shifted-beta-geometric survival curve for α = ${alpha}, β = ${beta}`, () => {
      const people = 60_000;
      const result = run(
        { ...onlyDrift, 'market.initialCustomerShare': 1, 'churn.alpha': alpha, 'churn.beta': beta },
        { people, weeks: 104, seed: 11 },
      );
      expect(result.cohorts.sizes[0]).toBe(people);
      for (const week of [0, 4, 12, 25, 51, 103]) {
        const expected = sbgSurvival(alpha, beta, week + 1);
        const observed = result.series.customers[week] / people;
        const standardError = Math.sqrt((expected * (1 - expected)) / people);
        expect(Math.abs(observed - expected)).toBeLessThan(4 * standardError + 1e-9);
      }
      // 6 million person-weeks: a few seconds on a slow, shared machine.
    }, 30_000);
  }

  it('shows retention rising with tenure, because the most fickle leave first', () => {
    const result = run({ ...onlyDrift, 'market.initialCustomerShare': 1, 'churn.alpha': 0.5, 'churn.beta': 20 }, { people: 20_000 });
    const retention = result.series.retentionWeekly;
    expect(retention[80]).toBeGreaterThan(retention[2]);
  });
});
