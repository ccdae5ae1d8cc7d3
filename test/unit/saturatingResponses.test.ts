/**
 * Saturating responses to keeping in touch and to reinvestment (issue 10, part 4): touches wear
 * out, annoy beyond a tolerable frequency and make people unsubscribe, so profit has a best touch
 * frequency; reinvestment builds a goodwill stock (Nerlove & Arrow 1962) whose life never makes
 * it worth less. Every comparison runs on the same seed and people (common random numbers).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceReinvestment, qualityGainOf, startingReinvestment } from '../../src/sim/model/reinvestment.ts';
import { params, run, total } from '../support/runs.ts';

const TOUCH_GRID = [0, 1, 2, 4, 8, 13, 26, 52];

/**
 * The worst breach of single-peakedness: how far the values fall before their highest point or
 * rise after it, step to step (0 for a curve that rises to one peak and then falls).
 */
function peakBreach(values: number[]): number {
  const top = values.indexOf(Math.max(...values));
  let worst = 0;
  for (let index = 1; index <= top; index++) worst = Math.max(worst, values[index - 1] - values[index]);
  for (let index = top + 1; index < values.length; index++) worst = Math.max(worst, values[index] - values[index - 1]);
  return worst;
}

const profitOf = (set: Record<string, unknown>, seed = 1) => run(set, { seed, weeks: 104, people: 4000 }).summary.cumulativeProfit;

const touchSettings = fc.record({
  'outreach.costPerTouch': fc.double({ min: 0.05, max: 3, noNaN: true }),
  'outreach.customerLift': fc.double({ min: 0, max: 1, noNaN: true }),
  'outreach.responsePerTouch': fc.double({ min: 0, max: 0.01, noNaN: true }),
  'outreach.annoyance': fc.double({ min: 0, max: 0.3, noNaN: true }),
  'outreach.saturationTouches': fc.integer({ min: 1, max: 20 }),
  'outreach.tolerableTouchesPerYear': fc.integer({ min: 1, max: 30 }),
  'outreach.unsubscribePerTouch': fc.double({ min: 0, max: 0.01, noNaN: true }),
});

describe('keeping in touch has a best frequency', () => {
  for (const lever of ['outreach.customerTouchesPerYear', 'outreach.prospectTouchesPerYear']) {
    it(`gives a profit that rises to one peak and then falls as ${lever} grows, for any touch settings`, () => {
      fc.assert(
        fc.property(touchSettings, (settings) => {
          const profits = TOUCH_GRID.map((touches) => profitOf({ ...settings, [lever]: touches }));
          // Luck alone moves profit a little between neighbouring frequencies: 1% of the run's profit.
          expect(peakBreach(profits)).toBeLessThanOrEqual(0.01 * Math.abs(profits[0]));
        }),
        { numRuns: Number(process.env.PEAK_PROPERTY_RUNS ?? 3), seed: 10 },
      );
    }, 30_000);
  }

  it('loses money at a touch every week, to prospects and to customers, where model 1 tripled profit', () => {
    const none = profitOf({});
    expect(profitOf({ 'outreach.prospectTouchesPerYear': 52 })).toBeLessThan(none);
    expect(profitOf({ 'outreach.customerTouchesPerYear': 52 })).toBeLessThan(none);
    const customers = TOUCH_GRID.map((touches) => profitOf({ 'outreach.customerTouchesPerYear': touches }));
    const best = TOUCH_GRID[customers.indexOf(Math.max(...customers))];
    expect(best).toBeGreaterThan(0);
    expect(best).toBeLessThan(13);
  });

  it('leaves customers less satisfied at a touch a week than at a touch a month: touches beyond the tolerable frequency annoy', () => {
    const satisfaction = (touches: number) => total(run({ 'outreach.customerTouchesPerYear': touches }).series.satisfactionMean, 52);
    expect(satisfaction(52)).toBeLessThan(satisfaction(12));
    expect(satisfaction(52)).toBeLessThan(satisfaction(0));
  });

  it('loses the people who unsubscribe: they are sent no more touches, at about the stated rate per touch received', () => {
    const rate = 0.01;
    const s = run({ 'outreach.prospectTouchesPerYear': 26, 'outreach.unsubscribePerTouch': rate, 'outreach.responsePerTouch': 0 }).series;
    const unsubscribed = total(s.unsubscribes);
    expect(unsubscribed / total(s.touchesDelivered)).toBeCloseTo(rate, 2);
    const kept = run({ 'outreach.prospectTouchesPerYear': 26, 'outreach.unsubscribePerTouch': 0, 'outreach.responsePerTouch': 0 }).series;
    expect(total(kept.unsubscribes)).toBe(0);
    // When every touch that arrives makes its reader unsubscribe, each person is touched once at most
    // (in a closed market, so that no newcomer arrives to be touched).
    const once = run({
      'outreach.prospectTouchesPerYear': 26, 'outreach.unsubscribePerTouch': 1, 'outreach.responsePerTouch': 0, 'market.moveAwayPerYear': 0,
    }, { people: 2000 }).series;
    expect(total(once.unsubscribes)).toBe(total(once.touchesSent));
    expect(total(once.touchesSent)).toBeLessThanOrEqual(2000);
    expect(total(once.touchesSent)).toBeGreaterThan(1000);
  });
});

describe('reinvestment as a goodwill stock', () => {
  it('builds the stock at once and lets it decay separately: it settles at build-up × spend × life, and the gain stays under its ceiling', () => {
    const settings = params({ 'reinvestment.pointsPerDollar': 0.1, 'reinvestment.fadeWeeks': 26, 'reinvestment.maxGain': 2 });
    const state = startingReinvestment();
    for (let week = 0; week < 2000; week++) advanceReinvestment(settings, state, 100_000, 1000, 0);
    // $1 a customer a week: the stock settles at 0.1 × 1 × 26 points.
    expect(state.stock).toBeCloseTo(2.6, 6);
    expect(state.qualityGain).toBeCloseTo(qualityGainOf(settings, 2.6), 12);
    expect(state.qualityGain).toBeLessThan(2);
    expect(qualityGainOf(settings, 1000)).toBeLessThanOrEqual(2);
    expect(qualityGainOf(settings, 0.01)).toBeCloseTo(0.01, 4);
  });

  it('is never worth less for a longer improvement life (cumulative profit, the same people and luck)', () => {
    const lives = [1, 4, 13, 26, 52, 104, 520];
    const sets = [
      { 'reinvestment.share': 0.2 },
      { 'reinvestment.share': 0.5, 'reinvestment.pointsPerDollar': 0.03 },
      { 'reinvestment.share': 0.1, 'reinvestment.maxGain': 1 },
      { 'reinvestment.share': 0.3, 'reinvestment.pointsPerDollar': 0.3, 'reinvestment.maxGain': 3 },
    ];
    for (const [index, set] of sets.entries()) {
      const seed = index + 1;
      const value = lives.map((life) => profitOf({ ...set, 'reinvestment.fadeWeeks': life }, seed));
      for (let step = 1; step < lives.length; step++) expect(value[step]).toBeGreaterThanOrEqual(value[step - 1] - 0.002 * Math.abs(value[0]));
    }
  }, 30_000);
});
