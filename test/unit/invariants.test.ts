/**
 * Invariants that hold for any parameters a user can set: everyone is in exactly one state, the
 * ledger adds up to profit, every point is accounted for, movements explain the customer count,
 * the fired never return, and no number is NaN or infinite.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledgerLines } from '../../src/sim/metrics/ledger.ts';
import { allSeries } from '../../src/sim/metrics/series.ts';
import type { RunResult } from '../../src/sim/run/config.ts';
import { simulate } from '../../src/sim/run/simulate.ts';
import { arbitraryParams } from '../support/arbitraryParams.ts';

const cents = (dollars: number) => Math.round(dollars * 100);

const arbitraryRun = fc.record({
  params: arbitraryParams,
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  weeks: fc.integer({ min: 1, max: 70 }),
  people: fc.integer({ min: 1, max: 700 }),
});

function check(result: RunResult, people: number): void {
  const s = result.series;
  let previousCustomers = result.cohorts.sizes[0];
  let issued = 0;
  let redeemed = 0;
  let expired = 0;
  for (let week = 0; week < result.weeks; week++) {
    expect(s.prospects[week] + s.customers[week] + s.lapsed[week] + s.fired[week]).toBe(people);
    // Fired people may move out of the market (and are replaced by newcomers); in a closed market none do.
    const firedBefore = (week > 0 ? s.fired[week - 1] : 0) + s.leftFired[week];
    if (result.params['market.moveAwayPerYear'] === 0) expect(s.fired[week]).toBe(firedBefore);
    else expect(s.fired[week]).toBeLessThanOrEqual(firedBefore);
    expect(s.touchesDelivered[week]).toBeLessThanOrEqual(s.touchesSent[week]);
    expect(s.customers[week]).toBe(previousCustomers + s.newCustomers[week] - s.leavers[week]);
    previousCustomers = s.customers[week];

    let lines = 0;
    for (const line of ledgerLines) lines += cents(s[line][week]);
    expect(lines).toBe(cents(s.profit[week]));

    issued += cents(s.pointsIssued[week]);
    redeemed += cents(s.pointsRedeemed[week]);
    expired += cents(s.pointsExpired[week]);
    expect(issued).toBe(redeemed + expired + cents(s.pointsLiability[week]));

    expect(s.wonBackPaid[week]).toBeLessThanOrEqual(s.wonBack[week]);
    expect(s.retentionWeekly[week]).toBeGreaterThanOrEqual(0);
    expect(s.retentionWeekly[week]).toBeLessThanOrEqual(1);
  }
  result.cohorts.active.forEach((active, cohort) => {
    for (const count of active) expect(count).toBeLessThanOrEqual(result.cohorts.sizes[cohort]);
  });
  for (const [name, values] of Object.entries(s)) {
    for (const value of values) if (!Number.isFinite(value)) throw new Error(`series ${name} has ${value}`);
  }
  for (const [name, value] of Object.entries(result.summary)) {
    if (!Number.isFinite(value)) throw new Error(`summary ${name} is ${value}`);
  }
}

describe('invariants on random parameters', () => {
  it('hold for every week of runs with any valid parameters', () => {
    fc.assert(
      fc.property(arbitraryRun, ({ params, seed, weeks, people }) => {
        check(simulate({ seed, weeks, people, params }), people);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
  }, 120_000);

  it('hold with every mechanism of issue 4 switched on', () => {
    const mechanisms = fc.record({
      guarantee: fc.boolean(),
      priceWeek: fc.integer({ min: 0, max: 60 }),
      prospectTouches: fc.integer({ min: 0, max: 52 }),
      customerTouches: fc.integer({ min: 0, max: 52 }),
      listening: fc.double({ min: 0, max: 5000, noNaN: true }),
      reinvest: fc.double({ min: 0, max: 1, noNaN: true }),
      careCut: fc.double({ min: 0, max: 1, noNaN: true }),
      abusive: fc.double({ min: 0, max: 0.5, noNaN: true }),
    });
    fc.assert(
      fc.property(arbitraryParams, mechanisms, fc.integer({ min: 0, max: 1000 }), (params, on, seed) => {
        const all = {
          ...params,
          'guarantee.enabled': on.guarantee,
          'priceChange.enabled': true,
          'priceChange.week': on.priceWeek,
          'outreach.prospectTouchesPerYear': on.prospectTouches,
          'outreach.customerTouchesPerYear': on.customerTouches,
          'listening.spendPerWeek': on.listening,
          'reinvestment.share': on.reinvest,
          'reinvestment.careCut': on.careCut,
          'firing.enabled': true,
          'market.abusiveShare': on.abusive,
        };
        check(simulate({ seed, weeks: 80, people: 400, params: all }), 400);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('hold when the bonus bank runs for years with short expiry', () => {
    fc.assert(
      fc.property(arbitraryParams, fc.integer({ min: 4, max: 30 }), (params, expiry) => {
        const withBank = { ...params, 'bonusBank.enabled': true, 'bonusBank.expiryWeeks': expiry };
        check(simulate({ seed: 3, weeks: 200, people: 300, params: withBank }), 300);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});

describe('series', () => {
  it('have unique names, so no column hides another', () => {
    const names = allSeries.map((info) => info.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
