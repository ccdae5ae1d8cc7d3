/**
 * The summary of a run: the few numbers a reader looks at first, each derived from the series.
 * Money in dollars; shares as fractions.
 */
import type { Params } from '../params/schema.ts';
import type { CohortTable } from '../run/config.ts';
import { derlValue } from './derl.ts';
import type { Series } from './series.ts';

export interface Summary {
  customers: number;
  cumulativeProfit: number;
  discountedProfit: number;
  revenue: number;
  newCustomers: number;
  leavers: number;
  retentionAnnual: number;
  costPerCustomerWon: number;
  /** What keeping one customer costs a year: the care spend, as the ledger books it (whole cents a week). */
  costToKeepPerYear: number;
  /** Cost per customer won ÷ cost to keep one a year (S1.F1 says about 5); 0 when nothing is spent on keeping. */
  winToKeepRatio: number;
  /** Gupta & Lehmann (2003): yearly margin × r / (1 + i − r), with the blended retention r. */
  valuePerCustomer: number;
  /** Fader & Hardie (2010): the yearly margin times the DERL of the customers given their tenure (derl.ts). */
  valuePerCustomerDerl: number;
  pointsLiability: number;
  breakage: number;
  /** Share of points issued that burned unused. */
  breakageShare: number;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function last(values: Float64Array): number {
  return values.length > 0 ? values[values.length - 1] : 0;
}

function derlOf(series: Series, params: Params, cohorts: CohortTable): number {
  const weeks = series.customers.length;
  if (weeks === 0) return 0;
  const startingTenureWeeks = (params['market.initialTenureYears'] * 52) / 2;
  const margin = last(series.marginPerCustomerYear);
  return derlValue(cohorts, weeks - 1, margin, params['costs.annualDiscountRate'], startingTenureWeeks).valuePerCustomer;
}

/** The summary of the series as given (the sandbox passes the first weeks of a run's series). */
export function summarise(series: Series, params: Params, initialCustomers: number, cohorts: CohortTable): Summary {
  const costToKeepPerYear = (Math.round(params['service.carePerCustomerWeek'] * 100) * 52) / 100;
  const costPerCustomerWon = last(series.costPerCustomerWon);
  const issued = sum(series.pointsIssued);
  const breakage = sum(series.pointsExpired);
  return {
    customers: series.customers.length > 0 ? last(series.customers) : initialCustomers,
    cumulativeProfit: last(series.cumulativeProfit),
    discountedProfit: last(series.discountedProfit),
    revenue: sum(series.revenue),
    newCustomers: sum(series.newCustomers),
    leavers: sum(series.leavers),
    retentionAnnual: last(series.retentionAnnual),
    costPerCustomerWon,
    costToKeepPerYear,
    winToKeepRatio: costToKeepPerYear > 0 ? costPerCustomerWon / costToKeepPerYear : 0,
    valuePerCustomer: last(series.valuePerCustomer),
    valuePerCustomerDerl: derlOf(series, params, cohorts),
    pointsLiability: last(series.pointsLiability),
    breakage,
    breakageShare: issued > 0 ? breakage / issued : 0,
  };
}
