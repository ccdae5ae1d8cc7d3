/**
 * Relationships that grow (relationship.ts, tenure table): heavy buyers no longer leave first, the
 * Reichheld preset reproduces Reichheld & Sasser's customer-value claim and the evidence preset
 * does not, the table's sources add up to the ledger, and every effect stays within its bounds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTenureTables, customerValue, tenureProfit, tenureSources, type TenureTable } from '../../src/sim/metrics/tenureTable.ts';
import { bondBySince, bondOf, effectBySinceTable, fillEffectBySince, forgivenessFactor, grownRate, heldSensitivity, SINCE_FIRST } from '../../src/sim/model/relationship.ts';
import { tenureCurve } from '../../src/sim/model/tenure.ts';
import { presets } from '../../src/sim/params/presets.ts';
import type { RunResult } from '../../src/sim/run/config.ts';
import { simulate } from '../../src/sim/run/simulate.ts';
import { arbitraryParams } from '../support/arbitraryParams.ts';
import { params, total } from '../support/runs.ts';
import { recordedRun, survivalByRateQuintile } from '../support/tenureMeasures.ts';

const SEEDS = [1, 2, 3];

function pooledSurvival(overrides: Record<string, unknown>): number[] {
  const sums = [0, 0, 0, 0, 0];
  for (const seed of SEEDS) {
    const survival = survivalByRateQuintile(recordedRun(params(overrides), seed, 156, 10000), 156);
    survival.forEach((share, quintile) => (sums[quintile] += share / SEEDS.length));
  }
  return sums;
}

function pooledRuns(overrides: Record<string, unknown>): { table: TenureTable; costPerWon: number } {
  let table: TenureTable | null = null;
  let costPerWon = 0;
  for (const seed of SEEDS) {
    const result = simulate({ seed, weeks: 260, people: 10000, params: params(overrides) });
    if (table) addTenureTables(table, result.tenure);
    else table = result.tenure;
    costPerWon += result.series.costPerCustomerWon[result.weeks - 1] / SEEDS.length;
  }
  return { table: table as TenureTable, costPerWon };
}

/**
 * Reichheld & Sasser's (1990) measure: the gain in a new customer's value, net of the cost of
 * winning them, from annual retention 0.80 (their credit-card case's 20% defection) to 0.85,
 * discounted at 10% a year over 20 years, from the run's profit per customer by tenure year.
 */
function valueGainOfFivePoints(overrides: Record<string, unknown>): number {
  const { table, costPerWon } = pooledRuns(overrides);
  const rows = tenureProfit(table);
  return (customerValue(rows, 0.85) - costPerWon) / (customerValue(rows, 0.8) - costPerWon) - 1;
}

describe('relationships that grow', () => {
  it('keep the heaviest buyers about as well as the lightest over three years, where model 1 lost them first', () => {
    const grown = pooledSurvival({});
    const none = pooledSurvival({ 'relationship.enabled': false });
    // The review measured 0.60 → 0.31 on model 1.0.1. Without the mechanism heavy buyers still leave
    // clearly more (0.65 of the lightest's survival at model 2's rarer purchases, seeds 1–3).
    expect(none[4] / none[0]).toBeLessThan(0.75);
    expect(grown[4] / grown[0]).toBeGreaterThan(0.8);
  }, 60_000);

  it('under the Reichheld preset make a free 5-point cut in defections raise customer value 25–85%', () => {
    const gain = valueGainOfFivePoints(presets.reichheld);
    expect(gain).toBeGreaterThan(0.25);
    expect(gain).toBeLessThan(0.85);
    // The evidence preset's flat profits give less than Reichheld & Sasser's lowest figure.
    expect(valueGainOfFivePoints(presets.evidence)).toBeLessThan(0.25);
  }, 60_000);

  it('under the evidence preset raise profit per customer by less than a fifth from year 1 to any later year', () => {
    // "Small": Reinartz & Kumar (2000) found no consistent rise of profit per period with tenure. In
    // split mode (the default) a satisfied customer's share of wallet grows toward what they prefer,
    // which adds about a tenth to the base margin after the first year (13% at most, seeds 1–3).
    const rows = tenureProfit(pooledRuns(presets.evidence).table);
    for (const row of rows) expect(Math.abs(row.total / rows[0].total - 1)).toBeLessThan(0.2);
    // The tenure sources stay a small part of it: under an eighth (10.6% in year 5+ at the defaults,
    // seeds 1–2; 9.9% in a closed market, where promoters have fewer newcomers to refer).
    for (const row of rows) expect(row.spendGrowth + row.costSavings + row.referrals + row.pricePremium).toBeLessThan(0.125 * row.total);
  }, 60_000);
});

describe('the tenure table', () => {
  function marginAndCareCents(result: RunResult): number {
    const s = result.series;
    const dollars = total(s.revenue) + total(s.discounts) + total(s.pointsExpense) + total(s.costOfGoods) + total(s.careSpend);
    return Math.round(dollars * 100);
  }

  it('adds its sources up to the profit per customer, and its margins and care up to the ledger\'s', () => {
    for (const overrides of [presets.evidence, presets.reichheld]) {
      const result = simulate({ seed: 4, weeks: 156, people: 4000, params: params(overrides) });
      const rows = tenureProfit(result.tenure);
      for (const row of rows) {
        const sum = tenureSources.reduce((part, source) => part + row[source], 0);
        expect(sum).toBeCloseTo(row.total, 9);
      }
      const fromTable = result.tenure.years.reduce((part, year) => part + year.marginCents - year.careCents + year.costSavingsCents, 0);
      expect(fromTable).toBe(marginAndCareCents(result));
      expect(result.tenure.years.reduce((part, year) => part + year.customerWeeks, 0)).toBe(total(result.series.customers) - result.series.customers[result.weeks - 1] + result.cohorts.sizes[0]);
    }
  }, 30_000);

  it('is the same however the people are split into shards', () => {
    const config = { seed: 9, weeks: 80, people: 3000, params: params(presets.reichheld) };
    const one = simulate(config, 1);
    const three = simulate(config, 3);
    expect(three.tenure).toEqual(one.tenure);
    expect(Array.from(three.series.profit)).toEqual(Array.from(one.series.profit));
  }, 30_000);
});

describe('every relationship effect', () => {
  it('has the same bond from the quiet-week screen\'s table as from bondOf, to the bit, for every week of joining', () => {
    const curve = tenureCurve(params({ 'relationship.tenureWeeks': 90 }));
    const table = effectBySinceTable();
    for (const nowWeek of [0, 12, 13, 400, 1039]) {
      const nowQuarter = Math.floor((nowWeek + 0.5) / 13);
      fillEffectBySince(table, curve, nowQuarter);
      // Customers joined 10 years and a week before week 0 at the earliest, and never after now;
      // a since beyond the table falls back to bondOf.
      for (let since = -600; since <= nowWeek; since++) {
        for (const satisfaction of [-3, -0.7, 0, 1.3, 4]) {
          expect(Object.is(bondBySince(table, curve, nowQuarter, since, satisfaction), bondOf(curve, nowQuarter, since, satisfaction))).toBe(true);
        }
      }
      expect(bondBySince(table, curve, nowQuarter, SINCE_FIRST - 5, 1)).toBe(bondOf(curve, nowQuarter, SINCE_FIRST - 5, 1));
    }
  });

  it('stays within the bounds its parameter sets, for any parameters and any customer', () => {
    fc.assert(
      fc.property(
        arbitraryParams,
        fc.integer({ min: -600, max: 1040 }), fc.integer({ min: 0, max: 1040 }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }),
        (p, since, week, satisfaction, rate) => {
          fc.pre(since <= week);
          const bond = bondOf(tenureCurve(p), Math.floor(week / 13), since, satisfaction);
          expect(bond).toBeGreaterThanOrEqual(0);
          expect(bond).toBeLessThanOrEqual(1);
          const growth = p['relationship.spendGrowth'];
          expect(grownRate(rate, growth, bond)).toBeLessThanOrEqual(rate * (1 + growth) + 1e-9);
          expect(heldSensitivity(1, p['relationship.priceTolerance'], bond)).toBeGreaterThanOrEqual(0);
          const quarters = Math.floor(week / 13) - Math.floor(since / 13);
          const forgiving = forgivenessFactor(p['relationship.forgiveness'], p['relationship.forgivenessPurchases'], rate, quarters, satisfaction);
          expect(forgiving).toBeGreaterThanOrEqual(1 - p['relationship.forgiveness'] - 1e-12);
          expect(forgiving).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
