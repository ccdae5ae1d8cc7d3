/**
 * The population view's sample: the weekly states of people spread evenly over the market, the
 * same in every layout, and agreeing with the counts of the series.
 */
import { describe, expect, it } from 'vitest';
import { sampleIds } from '../../src/sim/model/stateLog.ts';
import { State } from '../../src/sim/model/states.ts';
import { simulate } from '../../src/sim/run/simulate.ts';
import { params } from '../support/runs.ts';

const config = { seed: 9, weeks: 40, people: 1200, params: params({ 'competitor.walletMode': 'split' }) };

describe('the sample of people for the population view', () => {
  it('spreads the sampled people evenly over the market', () => {
    expect(sampleIds(10, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(sampleIds(3, 10)).toEqual([0, 1, 2]);
  });

  it('agrees with the series when everybody is sampled', () => {
    const result = simulate({ ...config, sample: config.people });
    const sample = result.sample!;
    expect(sample.ids).toHaveLength(config.people);
    expect(sample.rows).toHaveLength(config.weeks + 1);
    for (let week = 0; week < config.weeks; week++) {
      const row = sample.rows[week + 1];
      const count = (state: number) => row.filter((value) => value === state).length;
      expect(count(State.customer)).toBe(result.series.customers[week]);
      expect(count(State.prospect)).toBe(result.series.prospects[week]);
      expect(count(State.lapsed)).toBe(result.series.lapsed[week]);
    }
  });

  it('is the same however the people are split into shards', () => {
    const one = simulate({ ...config, sample: 300 }).sample!;
    const five = simulate({ ...config, sample: 300 }, 5).sample!;
    expect(five.ids).toEqual(one.ids);
    expect(five.rows.map((row) => Array.from(row))).toEqual(one.rows.map((row) => Array.from(row)));
  });

  it('is absent unless asked for', () => {
    expect(simulate(config).sample).toBeNull();
  });
});
