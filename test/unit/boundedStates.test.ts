/**
 * Bounded states (issue 10, part 4): for any parameters a user can set, every customer's
 * satisfaction stays on its scale of ±5 points and the quality customers experience on an
 * ordinary purchase on its 0–10 scale, however hard the levers that lift them are pushed
 * (reinvestment, listening, a guarantee's lessons, the club, a price rise's harm).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { State } from '../../src/sim/model/states.ts';
import { defaultParams, type Params } from '../../src/sim/params/schema.ts';
import { simulate } from '../../src/sim/run/simulate.ts';
import { arbitraryParams } from '../support/arbitraryParams.ts';
import { stepOneShard } from '../support/steppedShard.ts';

const SATISFACTION_MAX = 5;
const QUALITY_MAX = 10;

/** Levers pushed to their ends, cards to customers among them (their lift is bounded too, outreach.ts). */
const pushed = fc.record({
  club: fc.boolean(),
  guarantee: fc.boolean(),
  priceChange: fc.boolean(),
  reinvest: fc.double({ min: 0, max: 1, noNaN: true }),
  listening: fc.double({ min: 0, max: 5000, noNaN: true }),
  abusive: fc.double({ min: 0, max: 0.5, noNaN: true }),
  touches: fc.integer({ min: 0, max: 52 }),
});

function withLevers(params: Params, on: { club: boolean; guarantee: boolean; priceChange: boolean; reinvest: number; listening: number; abusive: number; touches: number }): Params {
  return {
    ...params,
    'club.enabled': on.club,
    'guarantee.enabled': on.guarantee,
    'priceChange.enabled': on.priceChange,
    'reinvestment.share': on.reinvest,
    'listening.spendPerWeek': on.listening,
    'market.abusiveShare': on.abusive,
    'outreach.customerTouchesPerYear': on.touches,
  };
}

/** The largest distance, over every week, of any customer's satisfaction and expectation beyond their scales. */
function worstStates(params: Params, seed: number, weeks: number, people: number): { satisfaction: number; expectation: [number, number] } {
  let satisfaction = 0;
  let low = QUALITY_MAX;
  let high = 0;
  stepOneShard(params, seed, weeks, people, (population) => {
    for (let offset = 0; offset < population.count; offset++) {
      if (population.state[offset] !== State.customer) continue;
      satisfaction = Math.max(satisfaction, Math.abs(population.satisfaction[offset]));
      low = Math.min(low, population.expectation[offset]);
      high = Math.max(high, population.expectation[offset]);
    }
  });
  return { satisfaction, expectation: [low, high] };
}

describe('bounded states for any parameters', () => {
  it('keep every customer\'s satisfaction within ±5 points and their expectation on the 0–10 scale', () => {
    fc.assert(
      fc.property(arbitraryParams, pushed, fc.integer({ min: 0, max: 1000 }), (params, on, seed) => {
        const worst = worstStates(withLevers(params, on), seed, 60, 300);
        expect(worst.satisfaction).toBeLessThanOrEqual(SATISFACTION_MAX);
        expect(worst.expectation[0]).toBeGreaterThanOrEqual(0);
        expect(worst.expectation[1]).toBeLessThanOrEqual(QUALITY_MAX);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) },
    );
  }, 120_000);

  it('keep the quality customers experience on an ordinary purchase on the 0–10 scale, and mean satisfaction within ±5', () => {
    fc.assert(
      fc.property(arbitraryParams, pushed, fc.integer({ min: 0, max: 1000 }), (params, on, seed) => {
        const all = withLevers(params, on);
        const s = simulate({ seed, weeks: 80, people: 300, params: all }).series;
        for (let week = 0; week < 80; week++) {
          const delivered = all['service.quality'] + s.qualityShift[week];
          expect(delivered).toBeGreaterThanOrEqual(-0.0005);
          expect(delivered).toBeLessThanOrEqual(QUALITY_MAX + 0.0005);
          expect(Math.abs(s.satisfactionMean[week])).toBeLessThanOrEqual(SATISFACTION_MAX);
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) },
    );
  }, 120_000);

  it('cap quality at the top of its scale: reinvesting all profit lifts it to 10 and no further', () => {
    // A fifth of the default market, so without the fixed costs sized for all of it: there is profit to reinvest.
    const all = { ...defaultParams(), 'reinvestment.share': 1, 'reinvestment.pointsPerDollar': 1, 'reinvestment.maxGain': 10, 'costs.fixedPerWeek': 0 } as Params;
    const s = simulate({ seed: 1, weeks: 156, people: 2000, params: all }).series;
    expect(Math.max(...s.qualityShift)).toBe(QUALITY_MAX - all['service.quality']);
    expect(Math.max(...s.satisfactionMean)).toBeLessThanOrEqual(SATISFACTION_MAX);
  });
});
