/**
 * Tenure tables made by hand for the tenure chart's tests: each year given in dollars per
 * customer-year by source, turned into the run's integer totals (customer-weeks, cents,
 * thousandths of a referral) as the core keeps them, with referrals valued at $50.
 */
import type { RunResult, TenureTable } from '../../src/sim/index.ts';

export interface YearInDollars {
  customerYears: number;
  base: number;
  growth: number;
  savings: number;
  referrals: number;
  premium: number;
}

/** Care at its full cost in each year, in dollars per customer-year (the base margin is net of it). */
const CARE = 20;
const REFERRAL_VALUE = 50;

export function tenureTable(years: readonly YearInDollars[]): TenureTable {
  return {
    referralValueCents: REFERRAL_VALUE * 100,
    years: years.map((year, index) => {
      const cents = (dollars: number) => Math.round(dollars * 100 * year.customerYears);
      return {
        year: index + 1,
        customerWeeks: year.customerYears * 52,
        marginCents: cents(year.base + year.growth + year.premium + CARE),
        spendGrowthCents: cents(year.growth),
        premiumCents: cents(year.premium),
        careCents: cents(CARE),
        costSavingsCents: cents(year.savings),
        referralsMilli: Math.round((1000 * year.referrals * year.customerYears) / REFERRAL_VALUE),
      };
    }),
  };
}

/** Profit per customer-year rising from $213 in year 1 to $725 in year 5+, as under Reichheld's preset. */
export const rising: YearInDollars[] = [
  { customerYears: 100, base: 200, growth: 10, savings: 1, referrals: 2, premium: 0 },
  { customerYears: 80, base: 200, growth: 100, savings: 2, referrals: 8, premium: 50 },
  { customerYears: 60, base: 200, growth: 200, savings: 3, referrals: 12, premium: 100 },
  { customerYears: 40, base: 200, growth: 250, savings: 4, referrals: 16, premium: 150 },
  { customerYears: 20, base: 200, growth: 300, savings: 5, referrals: 20, premium: 200 },
];

/** A run with this tenure table in place of its own. */
export function withTenure(run: RunResult, years: readonly YearInDollars[]): RunResult {
  return { ...run, tenure: tenureTable(years) };
}
