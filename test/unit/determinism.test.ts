/**
 * Determinism: the same seed and parameters give bit-identical results on every run and in every
 * layout of shards or threads; another seed gives other numbers.
 */
import { describe, expect, it } from 'vitest';
import { startThreadPool } from '../../src/cli/threadPool.ts';
import { simulate } from '../../src/sim/run/simulate.ts';
import { simulateSharded } from '../../src/sim/run/simulateSharded.ts';
import type { RunConfig, RunResult } from '../../src/sim/run/config.ts';
import { inProcessShard } from '../support/inProcessShard.ts';
import { params } from '../support/runs.ts';

const config: RunConfig = {
  seed: 42,
  weeks: 80,
  people: 3000,
  params: params({ 'bonusBank.enabled': true, 'club.enabled': true, 'competitor.campaignEnabled': true, 'competitor.campaignStartWeek': 20 }),
  trace: [5, 1500, 2999],
  sample: 250,
};

/** Every number of a result, in a form where two results compare bit for bit. */
function fingerprint(result: RunResult): string {
  const series = Object.fromEntries(Object.entries(result.series).map(([name, values]) => [name, Array.from(values)]));
  const sample = result.sample && { ids: result.sample.ids, rows: result.sample.rows.map((row) => Array.from(row)) };
  return JSON.stringify({ series, summary: result.summary, cohorts: result.cohorts, stories: result.stories, sample });
}

/** The same market with every mechanism of issue 4 switched on (guarantee, price change, listening, outreach, reinvestment, firing). */
const trustConfig: RunConfig = {
  ...config,
  params: params({
    'guarantee.enabled': true,
    'priceChange.enabled': true,
    'priceChange.week': 30,
    'priceChange.response': 'credit',
    'listening.spendPerWeek': 800,
    'outreach.prospectTouchesPerYear': 6,
    'outreach.customerTouchesPerYear': 4,
    'outreach.spamShare': 0.5,
    'outreach.tracked': true,
    'reinvestment.share': 0.3,
    'reinvestment.careCut': 0.5,
    'reinvestment.fromWeek': 10,
    'firing.enabled': true,
    'market.abusiveShare': 0.05,
  }),
};

describe('determinism with every mechanism of issue 4 on', () => {
  const reference = fingerprint(simulate(trustConfig));

  it('gives identical results for the same seed and parameters', () => {
    expect(fingerprint(simulate(trustConfig))).toBe(reference);
  });

  it('gives identical results however the people are split into shards', () => {
    for (const shards of [2, 3, 7]) expect(fingerprint(simulate(trustConfig, shards))).toBe(reference);
  });

  it('gives identical results through the message protocol that workers use', async () => {
    const shards = [inProcessShard(), inProcessShard(), inProcessShard()];
    expect(fingerprint(await simulateSharded(trustConfig, shards))).toBe(reference);
  });
});

describe('determinism', () => {
  const reference = fingerprint(simulate(config));

  it('gives identical results for the same seed and parameters', () => {
    expect(fingerprint(simulate(config))).toBe(reference);
  });

  it('gives different results for a different seed', () => {
    const other = simulate({ ...config, seed: 43 });
    expect(fingerprint(other)).not.toBe(reference);
    expect(Array.from(other.series.purchases)).not.toEqual(Array.from(simulate(config).series.purchases));
  });

  it('gives identical results however the people are split into shards', () => {
    for (const shards of [2, 3, 7]) expect(fingerprint(simulate(config, shards))).toBe(reference);
  });

  it('gives identical results through the message protocol that workers use', async () => {
    const shards = [inProcessShard(), inProcessShard(), inProcessShard()];
    expect(fingerprint(await simulateSharded(config, shards))).toBe(reference);
  });

  it('gives identical results in real worker threads', async () => {
    const pool = startThreadPool(2);
    try {
      expect(fingerprint(await simulateSharded(config, pool.shards))).toBe(reference);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('keeps the same people in both arms of a comparison when only a policy differs', () => {
    const a = simulate({ ...config, params: params({ 'discount.enabled': false }) });
    const b = simulate({ ...config, params: params({ 'discount.enabled': true }) });
    // Week 0's starting customers are the same people: same count before any policy acts.
    expect(a.cohorts.sizes[0]).toBe(b.cohorts.sizes[0]);
  });
});
