/**
 * What care does to drifting away (churn.careEffect, content/model.md "Satisfaction and the
 * drift"): a lever that acts from week 0 on the chance of drifting away, never on who the people are.
 */
import { describe, expect, it } from 'vitest';
import { startingPopulation } from '../../src/sim/run/startingPopulation.ts';
import { overSeeds, params, run, total } from '../support/runs.ts';

const SEEDS = [1, 2, 3, 4];
const FIRST_QUARTER = 13;
const generousCare = { 'service.carePerCustomerWeek': 0.5 };

describe('the effect of care on drifting away', () => {
  const driftersInFirstQuarter = (overrides: Record<string, unknown>) =>
    overSeeds(SEEDS, (seed) => total(run(overrides, { seed, weeks: FIRST_QUARTER }).series.leftNeglect));

  it('lowers the departures for neglect from the first quarter by about e^(−effect × care)', () => {
    const without = driftersInFirstQuarter(generousCare);
    const withEffect = driftersInFirstQuarter({ ...generousCare, 'churn.careEffect': 1 });
    expect(withEffect / without).toBeGreaterThan(0.5);
    expect(withEffect / without).toBeLessThan(0.7);
  });

  it('does nothing at its default of 0: extra care alone leaves the first quarter\'s drifting away about as it was', () => {
    const usual = driftersInFirstQuarter({});
    const more = driftersInFirstQuarter(generousCare);
    expect(more / usual).toBeGreaterThan(0.9);
    expect(more / usual).toBeLessThan(1.1);
  });

  it('never redraws anyone: the churn propensities are the same with and without it', () => {
    const config = { seed: 3, weeks: 52, people: 3000 };
    const plain = startingPopulation({ ...config, params: params(generousCare) });
    const caring = startingPopulation({ ...config, params: params({ ...generousCare, 'churn.careEffect': 2 }) });
    expect(Array.from(caring.churnPropensity)).toEqual(Array.from(plain.churnPropensity));
    expect(caring.driftHazard[plain.state.indexOf(1)]).toBeLessThan(plain.driftHazard[plain.state.indexOf(1)]);
  });
});
