/**
 * The guarantee, the price change and firing move the numbers the way content/model.md says they
 * do. Both arms of each comparison run on the same seeds and people (common random numbers), summed
 * over several seeds.
 */
import { describe, expect, it } from 'vitest';
import { overSeeds, run, total } from '../support/runs.ts';

const SEEDS = [1, 2, 3];

describe('satisfaction guarantee', () => {
  const figures = (on: boolean) =>
    SEEDS.map((seed) => run({ 'guarantee.enabled': on }, { seed }).series);

  it('pays refunds on demand, booked in the ledger, only when offered', () => {
    const [off, on] = [figures(false), figures(true)];
    expect(off.every((s) => total(s.guaranteeClaims) === 0 && total(s.guaranteeRefunds) === 0)).toBe(true);
    expect(on.every((s) => total(s.guaranteeClaims) > 0 && total(s.guaranteeRefunds) < 0)).toBe(true);
  });

  it('wins more prospects, by paid marketing and by friends, because it takes the risk out of a first purchase', () => {
    const won = (on: boolean) => overSeeds(SEEDS, (seed) => {
      const s = run({ 'guarantee.enabled': on, 'guarantee.learningGain': 0 }, { seed }).series;
      return total(s.newPaid) + total(s.newReferred);
    });
    expect(won(true)).toBeGreaterThan(won(false) * 1.05);
  });

  it('wins no more prospects than no guarantee when prospects do not mind the risk and nothing is learned', () => {
    const won = (on: boolean) => overSeeds(SEEDS, (seed) =>
      total(run({ 'guarantee.enabled': on, 'guarantee.learningGain': 0, 'guarantee.riskAversion': 0 }, { seed }).series.newPaid));
    expect(won(true)).toBeLessThanOrEqual(won(false) * 1.01);
  });

  it('relieves more risk, and wins more prospects, the more prospects mind a disappointing purchase', () => {
    const paid = (aversion: number) => overSeeds(SEEDS, (seed) =>
      total(run({ 'guarantee.enabled': true, 'guarantee.learningGain': 0, 'guarantee.riskAversion': aversion }, { seed }).series.newPaid));
    expect(paid(3)).toBeGreaterThan(paid(0) * 1.1);
  });

  it('learns from the claims it hears: delivered quality rises, never beyond the most that can be learned (Hart 1988)', () => {
    for (const seed of SEEDS) {
      const learning = run({ 'guarantee.enabled': true, 'guarantee.learningGain': 0.5 }, { seed }).series.qualityShift;
      expect(learning[0]).toBe(0);
      expect(learning[103]).toBeGreaterThan(learning[13]);
      expect(learning[103]).toBeGreaterThan(0.1);
      expect(Math.max(...learning)).toBeLessThanOrEqual(0.5);
      expect(Math.max(...run({ 'guarantee.enabled': true, 'guarantee.learningGain': 0 }, { seed }).series.qualityShift)).toBe(0);
    }
  });

  it('forgets what it learned once the claims stop: a lesson fades with its life', () => {
    const shift = (life: number) => overSeeds(SEEDS, (seed) =>
      run({ 'guarantee.enabled': true, 'guarantee.lessonLife': life }, { seed }).series.qualityShift[103]);
    expect(shift(4)).toBeLessThan(shift(104));
  });

  it('costs more when more of the disappointed ask for their money back', () => {
    const refunds = (claimShare: number) =>
      overSeeds(SEEDS, (seed) => -total(run({ 'guarantee.enabled': true, 'guarantee.claimShare': claimShare }, { seed }).series.guaranteeRefunds));
    expect(refunds(0.8)).toBeGreaterThan(refunds(0.1) * 2);
  });

  it('does not pay for itself when many claim, prospects ignore the risk and nothing is learned', () => {
    const profit = (on: boolean) => overSeeds(SEEDS, (seed) => run(
      { 'guarantee.enabled': on, 'guarantee.claimShare': 1, 'guarantee.abuseShare': 0.05,
        'guarantee.riskAversion': 0, 'guarantee.learningGain': 0 }, { seed },
    ).summary.cumulativeProfit);
    expect(profit(true)).toBeLessThan(profit(false));
  });
});

describe('price change', () => {
  const rise = { 'priceChange.enabled': true, 'priceChange.week': 26, 'priceChange.cheatedShare': 0.6 };
  const arm = (response: string) => SEEDS.map((seed) => run({ ...rise, 'priceChange.response': response }, { seed }).series);

  it('makes some recent buyers feel cheated, in the weeks after the rise only', () => {
    for (const s of arm('hold')) {
      expect(total(s.feltCheated, 0, 26)).toBe(0);
      expect(total(s.feltCheated, 26)).toBeGreaterThan(0);
    }
  });

  it('loses fewer customers to conflict when it credits the difference than when it holds the line (S2.R4)', () => {
    const conflicts = (response: string) => arm(response).reduce((sum, s) => sum + total(s.leftConflict), 0);
    expect(conflicts('hold')).toBeGreaterThan(0);
    expect(conflicts('credit')).toBe(0);
  });

  it('books credits for the price difference only when it credits', () => {
    expect(arm('hold').every((s) => total(s.priceCredits) === 0)).toBe(true);
    expect(arm('credit').every((s) => total(s.priceCredits) < 0)).toBe(true);
  });

  it('raises revenue per purchase after the rise', () => {
    const perPurchase = (on: boolean) => overSeeds(SEEDS, (seed) => {
      const s = run(on ? rise : {}, { seed }).series;
      return total(s.revenue, 30) / total(s.purchases, 30);
    });
    expect(perPurchase(true)).toBeGreaterThan(perPurchase(false) * 1.05);
  });
});

describe('firing customers', () => {
  const abusers = { 'market.abusiveShare': 0.03 };
  const fire = (rule: string) => ({ ...abusers, 'firing.enabled': true, 'firing.rule': rule });

  it('fires abusive customers, who never return, and counts them in the fired series', () => {
    // A closed market, so that no one fired moves away and is replaced.
    const s = run({ ...fire('abusive'), 'competitor.winBackRate': 0.2, 'market.moveAwayPerYear': 0 }).series;
    expect(total(s.leftFired)).toBeGreaterThan(0);
    expect(s.fired[103]).toBe(total(s.leftFired));
    expect(s.abusiveCustomers[103]).toBeLessThan(s.abusiveCustomers[0] / 2);
  });

  it('improves the service everyone else gets once the abusive are gone (S0.K5)', () => {
    const satisfaction = (rule: string | null) => overSeeds(SEEDS, (seed) => {
      const s = run(rule ? fire(rule) : abusers, { seed }).series;
      return total(s.qualityShift, 52) + total(s.satisfactionMean, 52);
    });
    expect(satisfaction('abusive')).toBeGreaterThan(satisfaction(null));
  });

  it('lets go customers whose margin is below their care, more of them when care costs more (S1.Q)', () => {
    const s = run({ 'firing.enabled': true, 'firing.rule': 'unprofitable' }).series;
    expect(total(s.leftFired)).toBeGreaterThan(0);
    const reviewed = run({ 'firing.enabled': true, 'firing.rule': 'unprofitable', 'service.carePerCustomerWeek': 2 }).series;
    expect(total(reviewed.leftFired)).toBeGreaterThan(total(s.leftFired));
  });

  it('fires nobody when firing is off, whatever the abusive share', () => {
    const s = run({ 'market.abusiveShare': 0.2 }).series;
    expect(total(s.leftFired)).toBe(0);
    expect(s.fired[103]).toBe(0);
  });
});
