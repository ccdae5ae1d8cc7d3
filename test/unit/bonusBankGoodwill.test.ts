/**
 * What points cost in goodwill (bonusBankRegret.ts) and what a short expiry earns: burned points
 * lower a customer's satisfaction and not a former customer's; a redemption may be followed by a
 * dropout (the post-reward reset); profit over the run has a single peak in the expiry.
 */
import { describe, expect, it } from 'vitest';
import { State } from '../../src/sim/model/states.ts';
import { overSeeds, params, run, total } from '../support/runs.ts';
import { stepOneShard } from '../support/steppedShard.ts';

const bank = { 'bonusBank.enabled': true, 'bonusBank.expiryWeeks': 8 };

/** Each week's states, satisfaction and balances of a one-shard run (the same people and luck). */
function weeks(overrides: Record<string, unknown>): { state: number[]; satisfaction: number[]; balance: number[] }[] {
  const rows: { state: number[]; satisfaction: number[]; balance: number[] }[] = [];
  stepOneShard(params(overrides), 2, 30, 3000, (population) => {
    rows.push({ state: Array.from(population.state), satisfaction: Array.from(population.satisfaction), balance: Array.from(population.pointsBalance) });
  });
  return rows;
}

describe('burned points', () => {
  it('lower the satisfaction of the customers whose points burn, and not that of former customers', () => {
    const without = weeks({ ...bank, 'bonusBank.burnRegret': 0 });
    const withRegret = weeks({ ...bank, 'bonusBank.burnRegret': 2 });
    // The runs are the same until the first burn: the first week where any satisfaction differs.
    const week = withRegret.findIndex((row, index) => row.satisfaction.some((value, person) => value !== without[index].satisfaction[person]));
    expect(week).toBeGreaterThan(0);
    const before = without[week - 1];
    let hurt = 0;
    let formerBurned = 0;
    for (let person = 0; person < before.state.length; person++) {
      const burned = before.balance[person] > without[week].balance[person];
      const changed = withRegret[week].satisfaction[person] !== without[week].satisfaction[person];
      if (before.state[person] === State.lapsed && without[week].state[person] === State.lapsed && burned) {
        formerBurned += 1;
        expect(changed).toBe(false);
      }
      if (changed) {
        hurt += 1;
        expect(before.state[person]).toBe(State.customer);
        expect(withRegret[week].satisfaction[person]).toBeLessThan(without[week].satisfaction[person]);
      }
    }
    expect(hurt).toBeGreaterThan(50);
    expect(formerBurned).toBeGreaterThan(2);
  });
});

describe('the post-reward reset', () => {
  const drifted = (overrides: Record<string, unknown>) =>
    overSeeds([1, 2, 3], (seed) => total(run({ 'bonusBank.enabled': true, ...overrides }, { seed, people: 3000, weeks: 52 }).series.leftNeglect));

  it('makes more customers drift away when redeeming points can end a relationship (default 0.005 against 0), over seeds 1–3', () => {
    const none = drifted({ 'bonusBank.postRewardDropout': 0 });
    expect(drifted({})).toBeGreaterThan(none);
    expect(drifted({ 'bonusBank.postRewardDropout': 0.2 })).toBeGreaterThan(none * 1.2);
  });

  it('changes nothing with the bonus bank off, where nobody redeems', () => {
    const off = { 'bonusBank.enabled': false };
    expect(run({ ...off, 'bonusBank.postRewardDropout': 0.3 }, { people: 1500, weeks: 30 }).summary).toEqual(
      run({ ...off, 'bonusBank.postRewardDropout': 0 }, { people: 1500, weeks: 30 }).summary,
    );
  });
});

/**
 * True when `values` rise to one peak and fall after it, allowing a step the wrong way of at most
 * `tolerance` (noise: a coarse grid averaged over seeds still wobbles by a few hundred dollars).
 */
function singlePeaked(values: number[], tolerance: number): boolean {
  const peak = values.indexOf(Math.max(...values));
  for (let index = 1; index <= peak; index++) if (values[index] < values[index - 1] - tolerance) return false;
  for (let index = peak + 1; index < values.length; index++) if (values[index] > values[index - 1] + tolerance) return false;
  return true;
}

describe('profit over the run against the expiry of points', () => {
  // A coarse grid of expiries, each averaged over seeds 1–3 with common random numbers (the same
  // seeds, so the same people, at each expiry); a wrong-way step of up to 1% of the peak profit's
  // size is taken for noise. With regret 0 or at the default the peak is the shortest expiry
  // (breakage pays); with a large regret (5) it moves inside the grid.
  const grid = [4, 13, 26, 52, 104];
  const profitAt = (overrides: Record<string, unknown>, expiry: number) =>
    overSeeds([1, 2, 3], (seed) => run({ 'bonusBank.enabled': true, 'bonusBank.expiryWeeks': expiry, ...overrides }, { seed, people: 1500, weeks: 104 }).summary.cumulativeProfit) / 3;

  it.each([
    ['the defaults', {}],
    ['twice the earn rate', { 'bonusBank.earnRate': 0.1 }],
    ['a large regret of burned points', { 'bonusBank.burnRegret': 5 }],
  ])('has a single peak with %s', (_name, overrides) => {
    const profits = grid.map((expiry) => profitAt(overrides, expiry));
    expect(singlePeaked(profits, 0.01 * Math.abs(Math.max(...profits)))).toBe(true);
  });

  it('peaks at a longer expiry when burned points cost more goodwill', () => {
    const peakOf = (overrides: Record<string, unknown>) => {
      const profits = grid.map((expiry) => profitAt(overrides, expiry));
      return grid[profits.indexOf(Math.max(...profits))];
    };
    expect(peakOf({ 'bonusBank.burnRegret': 5 })).toBeGreaterThan(peakOf({ 'bonusBank.burnRegret': 0 }));
  });
});
