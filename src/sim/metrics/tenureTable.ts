/**
 * The tenure table: profit per customer by year of tenure (1, 2, … 5+), split into its sources as
 * in Reichheld & Sasser's (1990) exhibit, gathered from the run. The run keeps integer totals by
 * tenure year (customer-weeks, cents, thousandths of a referral), so tables of shards or seeds add
 * up exactly; `tenureProfit` turns them into dollars per customer-year.
 *
 *   base margin    the purchase margin (gross − discounts − points issued − cost of goods) less the
 *                  spend growth and premium parts, less the care at its undiscounted cost
 *   spend growth   the margin of the extra purchases a grown bond brings (relationship.ts)
 *   cost savings   the care saved on long-standing customers (relationshipCompany.ts)
 *   referrals      referred customers won, credited to promoters by their tenure-weighted share,
 *                  each valued at relationship.referralValue (a valuation, not in the ledger)
 *   price premium  the premium paid above list
 * Refunds, fixes, club and company costs are left out (they are not by tenure); so is acquisition.
 */
import type { Params } from '../params/schema.ts';
import { careCentsPerCustomer } from '../model/reinvestment.ts';
import { careSavingsCents, groupsOf, referralWeight } from '../model/relationshipCompany.ts';
import { tenureYear, weekQuarter } from '../model/tenure.ts';
import { R, T, TENURE_YEARS } from '../model/totals.ts';

export interface TenureYearTotals {
  /** 1 … 5 (5 stands for 5+). */
  year: number;
  customerWeeks: number;
  marginCents: number;
  spendGrowthCents: number;
  premiumCents: number;
  /** Care at its undiscounted cost (positive). */
  careCents: number;
  costSavingsCents: number;
  referralsMilli: number;
}

export interface TenureTable {
  referralValueCents: number;
  years: TenureYearTotals[];
}

export function emptyTenureTable(params: Params): TenureTable {
  return {
    referralValueCents: Math.round(params['relationship.referralValue'] * 100),
    years: Array.from({ length: TENURE_YEARS }, (_, index) => ({
      year: index + 1, customerWeeks: 0, marginCents: 0, spendGrowthCents: 0, premiumCents: 0,
      careCents: 0, costSavingsCents: 0, referralsMilli: 0,
    })),
  };
}

/** Add one week: `totals` of the week, `previous` the counts at its start. */
export function addTenureWeek(table: TenureTable, params: Params, week: number, totals: Float64Array, previous: Float64Array): void {
  const careCents = careCentsPerCustomer(params, week);
  const savings = new Float64Array(TENURE_YEARS);
  careSavingsCents(params, previous, week, careCents, savings);
  const weights = new Float64Array(TENURE_YEARS);
  referralWeight(params, previous, week, weights);
  let weight = 0;
  for (const part of weights) weight += part;
  const now = weekQuarter(week);
  const rows = table.years;
  for (const group of groupsOf(previous)) {
    const row = rows[tenureYear(now - group.quarter)];
    row.customerWeeks += previous[group.customers];
    row.careCents += careCents * previous[group.customers];
  }
  const referred = totals[T.newReferred];
  for (let year = 0; year < TENURE_YEARS; year++) {
    const row = rows[year];
    row.marginCents += totals[R.marginCents + year];
    row.spendGrowthCents += totals[R.growthCents + year];
    row.premiumCents += totals[R.premiumCents + year];
    row.costSavingsCents += savings[year];
    if (weight > 0) row.referralsMilli += Math.round((1000 * referred * weights[year]) / weight);
  }
}

/** Add `part` into `sum` (tables of shards' runs or of seeds). */
export function addTenureTables(sum: TenureTable, part: TenureTable): void {
  for (let year = 0; year < TENURE_YEARS; year++) {
    const into = sum.years[year];
    const from = part.years[year];
    into.customerWeeks += from.customerWeeks;
    into.marginCents += from.marginCents;
    into.spendGrowthCents += from.spendGrowthCents;
    into.premiumCents += from.premiumCents;
    into.careCents += from.careCents;
    into.costSavingsCents += from.costSavingsCents;
    into.referralsMilli += from.referralsMilli;
  }
}

/** One tenure year's profit per customer-year, in dollars, by source. */
export interface TenureProfitRow {
  year: number;
  customerYears: number;
  baseMargin: number;
  spendGrowth: number;
  costSavings: number;
  referrals: number;
  pricePremium: number;
  total: number;
}

export const tenureSources = ['baseMargin', 'spendGrowth', 'costSavings', 'referrals', 'pricePremium'] as const;

export function tenureProfit(table: TenureTable): TenureProfitRow[] {
  return table.years.map((row) => {
    const customerYears = row.customerWeeks / 52;
    const perCustomer = (cents: number): number => (customerYears > 0 ? cents / 100 / customerYears : 0);
    const base = row.marginCents - row.spendGrowthCents - row.premiumCents - row.careCents;
    const referralCents = (row.referralsMilli * table.referralValueCents) / 1000;
    const result = {
      year: row.year,
      customerYears,
      baseMargin: perCustomer(base),
      spendGrowth: perCustomer(row.spendGrowthCents),
      costSavings: perCustomer(row.costSavingsCents),
      referrals: perCustomer(referralCents),
      pricePremium: perCustomer(row.premiumCents),
      total: 0,
    };
    result.total = result.baseMargin + result.spendGrowth + result.costSavings + result.referrals + result.pricePremium;
    return result;
  });
}

/** Reichheld & Sasser's (1990) discount rate and horizon for a customer's value. */
export const VALUE_DISCOUNT_RATE = 0.1;
export const VALUE_HORIZON_YEARS = 20;

/**
 * The net present value of a newly won customer, computed as Reichheld & Sasser did: the profit
 * per customer of each tenure year (the 5+ year's for every later year), kept with annual
 * retention `retention`, discounted at `discountRate` a year, the first year's profit a year out.
 */
export function customerValue(rows: readonly TenureProfitRow[], retention: number, discountRate = VALUE_DISCOUNT_RATE): number {
  let value = 0;
  let kept = 1;
  let discount = 1;
  for (let year = 1; year <= VALUE_HORIZON_YEARS; year++) {
    discount /= 1 + discountRate;
    value += rows[Math.min(year, rows.length) - 1].total * kept * discount;
    kept *= retention;
  }
  return value;
}
