/**
 * The response of buying to the felt price (priceResponse.ts): a logit with a ceiling that is
 * model 1's linear response near list price; the quiet-week screen's bound never below it, so that
 * screening customers' quiet weeks changes no number; purchases that stay finite and non-negative
 * for any parameters and any price change a user can set.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceResponse, priceResponseBound } from '../../src/sim/model/priceResponse.ts';
import { paramDefs } from '../../src/sim/params/schema.ts';
import { arbitraryParams } from '../support/arbitraryParams.ts';
import { overSeeds, params, run, total } from '../support/runs.ts';
import { stepOneShard } from '../support/steppedShard.ts';
import type { Population } from '../../src/sim/model/population.ts';
import { State } from '../../src/sim/model/states.ts';
import { walletMilli } from '../../src/sim/model/tally.ts';
import { T } from '../../src/sim/model/totals.ts';

/** The customers' shares of wallet counted afresh, as the totals count them (thousandths). */
function countedWalletMilli(population: Population): number {
  let milli = 0;
  for (let offset = 0; offset < population.count; offset++) {
    if (population.state[offset] === State.customer) milli += walletMilli(population.walletShare[offset]);
  }
  return milli;
}

const elasticityDef = paramDefs['purchases.priceElasticity'];
const ceilingDef = paramDefs['purchases.maxPriceLift'];
const elasticities = fc.double({ min: elasticityDef.min, max: elasticityDef.max, noNaN: true });
const ceilings = fc.double({ min: ceilingDef.min, max: ceilingDef.max, noNaN: true });
/** People's sensitivities are gamma draws around 1 (traits.ts); 20 is far in the tail. */
const sensitivities = fc.double({ min: 0, max: 20, noNaN: true });
/** Felt prices from every discount, club extra and point value at their largest (−0.5) to the largest rise (2). */
const feltPrices = fc.double({ min: -0.5, max: 2, noNaN: true });

describe('the response of buying to the felt price', () => {
  it('is exactly 1 at list price, whatever the elasticity, sensitivity and ceiling', () => {
    fc.assert(fc.property(elasticities, sensitivities, ceilings, (elasticity, sensitivity, ceiling) => {
      expect(priceResponse(elasticity, sensitivity, 1, ceiling)).toBe(1);
    }));
  });

  it('has the slope −elasticity × sensitivity at list price, as model 1\'s linear response', () => {
    const step = 1e-6;
    for (const [elasticity, sensitivity, ceiling] of [[2, 1, 2], [2, 0.4, 2], [3.6, 1.5, 1.2], [1, 2, 5]]) {
      const slope = (priceResponse(elasticity, sensitivity, 1 + step, ceiling) - priceResponse(elasticity, sensitivity, 1 - step, ceiling)) / (2 * step);
      expect(slope).toBeCloseTo(-elasticity * sensitivity, 5);
    }
  });

  it('never exceeds its ceiling and never falls below 0, however deep the cut or steep the rise', () => {
    fc.assert(fc.property(elasticities, sensitivities, feltPrices, ceilings, (elasticity, sensitivity, feltPrice, ceiling) => {
      const response = priceResponse(elasticity, sensitivity, feltPrice, ceiling);
      expect(response).toBeGreaterThanOrEqual(0);
      expect(response).toBeLessThanOrEqual(ceiling);
    }));
    // A 50% card discount at the defaults' elasticity: the linear response would triple buying.
    expect(priceResponse(2, 1, 0.5, 2)).toBeLessThan(2);
    expect(priceResponse(2, 1, 0.5, 2)).toBeGreaterThan(1.5);
  });

  it('never falls as the felt price falls: a deeper discount never lowers buying', () => {
    fc.assert(fc.property(elasticities, sensitivities, feltPrices, feltPrices, ceilings, (elasticity, sensitivity, a, b, ceiling) => {
      const [low, high] = a < b ? [a, b] : [b, a];
      expect(priceResponse(elasticity, sensitivity, low, ceiling)).toBeGreaterThanOrEqual(priceResponse(elasticity, sensitivity, high, ceiling));
    }));
  });

  it('stays under the quiet-week screen\'s bound everywhere, exactly at list price', () => {
    fc.assert(fc.property(elasticities, sensitivities, feltPrices, ceilings, (elasticity, sensitivity, feltPrice, ceiling) => {
      expect(priceResponseBound(elasticity, sensitivity, feltPrice, ceiling)).toBeGreaterThanOrEqual(priceResponse(elasticity, sensitivity, feltPrice, ceiling));
    }), { numRuns: 20_000 });
    // And on a grid around the bend of the bound (lift = 1 − 1/M), where the two are closest.
    for (let lift = 0.001; lift < 3; lift += 0.001) {
      for (const ceiling of [1.1, 1.5, 2, 3, 5]) {
        expect(priceResponseBound(2, 1, 1 - lift / 2, ceiling)).toBeGreaterThanOrEqual(priceResponse(2, 1, 1 - lift / 2, ceiling));
      }
    }
    expect(priceResponseBound(2, 1, 1, 2)).toBe(1);
  });
});

describe('purchases under the bounded price response', () => {
  it('stay finite and non-negative for any parameters and any price change in range', () => {
    fc.assert(
      fc.property(arbitraryParams, (drawn) => {
        const result = run(drawn, { people: 150, weeks: 12 });
        for (const series of [result.series.purchases, result.series.customers]) {
          for (const value of series) {
            expect(Number.isFinite(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('per customer never fall with a deeper card discount (0, 10, 25, 50% off), over seeds 1–3', () => {
    // Purchases per customer-week: a discount also wins and keeps customers, which is not the response.
    const perCustomerWeek = (rate: number, walletMode: 'split' | 'exclusive') =>
      overSeeds([1, 2, 3], (seed) => {
        const changed = { 'discount.enabled': true, 'discount.rate': rate, 'competitor.walletMode': walletMode } as const;
        const series = run(changed, { seed, people: 3000, weeks: 26 }).series;
        return total(series.purchases) / total(series.customers);
      }) / 3;
    const depths = [0, 0.1, 0.25, 0.5];
    for (const walletMode of ['split', 'exclusive'] as const) {
      const byDepth = depths.map((rate) => perCustomerWeek(rate, walletMode));
      for (let index = 1; index < byDepth.length; index++) expect(byDepth[index], walletMode).toBeGreaterThan(byDepth[index - 1]);
      // The ceiling: half off no longer doubles buying, as the linear response would (1 + 2 × 0.5).
      // Only with the wallet exclusive: split, a cut also moves the customer's share of wallet toward
      // us (rivalry.ts), which is switching, not the rate's response.
      if (walletMode === 'exclusive') expect(byDepth[3]).toBeLessThan(byDepth[0] * 1.9);
    }
  });

  it('answer a small cut with the meta-analysis\' elasticity in split mode, switching counted once', () => {
    // Bijmolt, van Heerde & Pieters (2005): a brand's sales elasticity about −2.6, switching
    // included. Split, the rate and the share of wallet both answer; together they should give it.
    const perCustomerWeek = (rate: number, walletMode: 'split' | 'exclusive') =>
      overSeeds([1, 2, 3], (seed) => {
        const changed = { 'discount.enabled': rate > 0, 'discount.rate': rate > 0 ? rate : 0.05, 'competitor.walletMode': walletMode };
        const series = run(changed, { seed, people: 3000, weeks: 52 }).series;
        return total(series.purchases) / total(series.customers);
      });
    const arcElasticity = (walletMode: 'split' | 'exclusive') =>
      Math.log(perCustomerWeek(0.05, walletMode) / perCustomerWeek(0, walletMode)) / -Math.log(0.95);
    const split = arcElasticity('split');
    const rateAlone = arcElasticity('exclusive');
    expect(split).toBeGreaterThan(2.2);
    expect(split).toBeLessThan(3);
    // The rate's own part (no switching) between a quarter and two thirds of the total
    // (Bell, Chiang & Padmanabhan 1999; van Heerde, Gupta & Wittink 2003).
    expect(rateAlone / split).toBeGreaterThan(0.25);
    expect(rateAlone / split).toBeLessThan(2 / 3);
  });

  it('come out the same with quiet customer-weeks screened as with every customer-week lived in full', () => {
    const cases = [
      {},
      { 'bonusBank.enabled': true, 'bonusBank.expiryWeeks': 8 },
      { 'discount.enabled': true, 'discount.rate': 0.4, 'purchases.maxPriceLift': 1.2 },
      { 'priceChange.enabled': true, 'priceChange.week': 10, 'priceChange.rise': 0.3 },
      { 'competitor.campaignEnabled': true, 'competitor.campaignStartWeek': 5, 'competitor.campaignWeeks': 20 },
      { 'competitor.walletMode': 'exclusive' },
      { 'competitor.walletMode': 'exclusive', 'bonusBank.enabled': true, 'bonusBank.expiryWeeks': 8 },
    ];
    for (const overrides of cases) {
      // The default case is larger: a share of wallet that rounds differently as computed and as
      // stored (a 32-bit float) is a rare week, and the totals must count the stored one.
      const [weeks, people] = Object.keys(overrides).length === 0 ? [104, 6000] : [80, 2000];
      const screened: Float64Array[] = [];
      const satisfaction: number[][] = [];
      const walletShare: number[][] = [];
      stepOneShard(params(overrides), 3, weeks, people, (population, _week, totals) => {
        screened.push(totals);
        satisfaction.push(Array.from(population.satisfaction));
        walletShare.push(Array.from(population.walletShare));
        expect(totals[T.walletMilli]).toBe(countedWalletMilli(population));
      });
      let week = 0;
      stepOneShard(params(overrides), 3, weeks, people, (population, _week, totals) => {
        expect(Array.from(totals)).toEqual(Array.from(screened[week]));
        expect(Array.from(population.satisfaction)).toEqual(satisfaction[week]);
        expect(Array.from(population.walletShare)).toEqual(walletShare[week]);
        week += 1;
      }, true);
    }
  });
});
