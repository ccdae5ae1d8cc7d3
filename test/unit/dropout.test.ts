/**
 * Purchase-linked dropout (churn.dropoutEnabled, BG/NBD) and the transaction log: a dropout
 * leaves right after a purchase and buys nothing more; it adds to drifting away with time; the
 * log holds every purchase, agrees with the run's series, changes none of its numbers, and is the
 * same in any layout of shards.
 */
import { describe, expect, it } from 'vitest';
import type { RunConfig } from '../../src/sim/run/config.ts';
import { simulate } from '../../src/sim/run/simulate.ts';
import { simulateSharded } from '../../src/sim/run/simulateSharded.ts';
import { inProcessShard } from '../support/inProcessShard.ts';
import { cohortMode } from '../support/buyTillYouDie.ts';
import { onlyDrift, overSeeds, params, run, total } from '../support/runs.ts';

const cohort = { ...onlyDrift, ...cohortMode, 'purchases.ratePerWeek': 0.5 };

describe('dropping out after a purchase', () => {
  it('ends a relationship only right after a purchase, and no purchase follows', () => {
    const people = 3000;
    const result = simulate({
      seed: 4, weeks: 52, people, transactions: true, sample: people,
      params: params({ ...cohort, 'churn.alpha': 0, 'churn.dropoutEnabled': true, 'churn.dropoutA': 1, 'churn.dropoutB': 3 }),
    });
    const log = result.transactions;
    const sample = result.sample;
    if (!log || !sample) throw new Error('no transaction log or sample');
    const lastPurchaseWeek = new Int32Array(people).fill(-1);
    for (let row = 0; row < log.person.length; row++) lastPurchaseWeek[log.person[row]] = log.week[row];
    let leavers = 0;
    for (let person = 0; person < people; person++) {
      // rows[w + 1] is the state at the end of week w; 1 is a customer.
      const leftInWeek = sample.rows.findIndex((row) => row[person] !== 1) - 1;
      if (leftInWeek < 0) continue;
      leavers += 1;
      expect(lastPurchaseWeek[person]).toBe(leftInWeek);
    }
    expect(leavers).toBe(total(result.series.leftNeglect));
    expect(leavers).toBeGreaterThan(people / 3);
  });

  it('keeps everyone with drifting away switched off (α 0) and no dropout', () => {
    const result = run({ ...cohort, 'churn.alpha': 0 }, { people: 2000, weeks: 104 });
    expect(result.series.customers[103]).toBe(2000);
  });

  it('comes besides drifting away with time, not instead of it: together they lose more customers than either', () => {
    const lost = (overrides: Record<string, unknown>) =>
      overSeeds([1, 2, 3], (seed) => 4000 - run({ ...cohort, 'churn.alpha': 1, 'churn.beta': 60, ...overrides }, { seed, people: 4000, weeks: 52 }).series.customers[51]);
    const driftOnly = lost({});
    const dropoutOnly = lost({ 'churn.alpha': 0, 'churn.dropoutEnabled': true });
    const both = lost({ 'churn.dropoutEnabled': true });
    expect(both).toBeGreaterThan(driftOnly * 1.1);
    expect(both).toBeGreaterThan(dropoutOnly * 1.1);
  });

  it('makes fewer purchases the more likely a dropout is (a / (a + b) from 0.1 to 0.5), over three seeds', () => {
    const purchases = (a: number, b: number) =>
      overSeeds([1, 2, 3], (seed) => total(run({ ...cohort, 'churn.dropoutEnabled': true, 'churn.dropoutA': a, 'churn.dropoutB': b }, { seed, people: 3000, weeks: 52 }).series.purchases));
    expect(purchases(1, 9)).toBeGreaterThan(purchases(1, 3) * 1.3);
    expect(purchases(1, 3)).toBeGreaterThan(purchases(1, 1) * 1.3);
  });
});

const logged: RunConfig = {
  seed: 9,
  weeks: 60,
  people: 2500,
  params: params({ 'discount.enabled': true, 'churn.dropoutEnabled': true, 'competitor.campaignEnabled': true }),
  transactions: true,
};

describe('the transaction log', () => {
  const result = simulate(logged);
  const log = result.transactions;
  if (!log) throw new Error('no transaction log');

  it('holds every purchase of the run, week by week, and the money paid for them to the cent', () => {
    for (let week = 0; week < logged.weeks; week++) {
      let purchases = 0;
      let cents = 0;
      for (let row = 0; row < log.person.length; row++) {
        if (log.week[row] !== week) continue;
        purchases += 1;
        cents += log.cents[row];
      }
      expect(purchases).toBe(result.series.purchases[week]);
      // No bonus bank: what is paid is the revenue less the card's discounts (a negative line).
      expect(cents).toBe(Math.round((result.series.revenue[week] + result.series.discounts[week]) * 100));
    }
  });

  it('orders purchases by person and then time, each time within its week', () => {
    for (let row = 1; row < log.person.length; row++) {
      const before = log.person[row - 1] * 1e4 + log.week[row - 1] + log.fraction[row - 1];
      expect(log.person[row] * 1e4 + log.week[row] + log.fraction[row]).toBeGreaterThanOrEqual(before);
    }
    expect(log.fraction.every((fraction) => fraction >= 0 && fraction < 1)).toBe(true);
  });

  it('changes no number of the run, and is absent unless asked for', () => {
    const without = simulate({ ...logged, transactions: false });
    expect(without.transactions).toBeNull();
    expect(Array.from(without.series.profit)).toEqual(Array.from(result.series.profit));
    expect(Array.from(without.series.leavers)).toEqual(Array.from(result.series.leavers));
  });

  it('is the same however the people are split into shards, and through the workers\' protocol', async () => {
    const rows = (table: typeof log) => JSON.stringify([Array.from(table.person), Array.from(table.week), Array.from(table.fraction), Array.from(table.cents)]);
    const reference = rows(log);
    for (const shards of [2, 7]) expect(rows(simulate(logged, shards).transactions ?? log)).toBe(reference);
    const remote = await simulateSharded(logged, [inProcessShard(), inProcessShard(), inProcessShard()]);
    expect(remote.transactions && rows(remote.transactions)).toBe(reference);
  });
});
