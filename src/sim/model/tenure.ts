/**
 * Tenure in whole quarters, as both the people and the coordinator see it. A customer's tenure in
 * week w is the number of quarters (13 weeks) from the quarter they joined in to w's quarter, so
 * everyone who joined in one quarter has the same tenure in a given week, and it changes only at
 * a quarter's turn. That lets the coordinator know the market's tenure mix from the counts by
 * quarter of joining (tally.ts) without visiting anyone, and lets a quiet week's purchase mean stay
 * last week's for most of a quarter (purchases.ts caches its exponential).
 *
 *   tenure effect S(q) = 1 − e^(−13 q / τ0)    q quarters of tenure, τ0 in weeks (relationship.tenureWeeks)
 *   tenure year = min(5, 1 + ⌊q / 4⌋)           reported as 1 … 5+ (index 0 … 4)
 *
 * Starting customers joined before week 0 (stateSince = −τ − 1): their quarter of joining is
 * negative, and they are counted in the pre-run slots (totals.ts R.preRunCustomers), the last slot
 * holding everyone who joined 40 or more quarters before the run.
 */
import { exp } from '../math/index.ts';
import type { Params } from '../params/schema.ts';
import { cohortIndex, cohortPromotersIndex, cohortsIn, PRE_RUN_QUARTERS, R, TENURE_YEARS } from './totals.ts';

export const QUARTER_WEEKS = 13;
/** Quarters of tenure tabulated for the people's effects; longer tenures use the last entry. */
export const CURVE_QUARTERS = 200;

const PER_QUARTER = 1 / QUARTER_WEEKS;

/**
 * ⌊week / 13⌋ for a whole week number (negative too), by a multiplication: the hot weekly loop
 * asks it of every customer, and a division takes several times as long. Exact: (week + ½) / 13
 * lies at least 1/26 from a whole number, far beyond the product's rounding error for any week
 * a run can hold.
 */
function quarterOf(week: number): number {
  return Math.floor((week + 0.5) * PER_QUARTER);
}

export function joinQuarter(since: number): number {
  return quarterOf(since);
}

export function weekQuarter(week: number): number {
  return quarterOf(week);
}

/** Index 0 … TENURE_YEARS − 1 of the tenure year of q quarters' tenure. */
export function tenureYear(quarters: number): number {
  return quarters < 0 ? 0 : Math.min(TENURE_YEARS - 1, Math.floor(quarters / 4));
}

export function tenureEffect(quarters: number, tauWeeks: number): number {
  return 1 - exp((-QUARTER_WEEKS * quarters) / tauWeeks);
}

/** S(q) for q = 0 … CURVE_QUARTERS, computed once per run (policy.ts). */
export function tenureCurve(params: Params): Float64Array {
  const curve = new Float64Array(CURVE_QUARTERS + 1);
  const tau = params['relationship.tenureWeeks'];
  for (let quarter = 0; quarter <= CURVE_QUARTERS; quarter++) curve[quarter] = tenureEffect(quarter, tau);
  return curve;
}

/** The pre-run slot of a customer who joined before week 0. */
function preRunSlot(since: number): number {
  return Math.min(PRE_RUN_QUARTERS - 1, -joinQuarter(since) - 1);
}

export function preRunCustomersIndex(since: number): number {
  return R.preRunCustomers + preRunSlot(since);
}

/** Where a promoter who joined in week `since` is counted. */
export function promotersIndex(since: number): number {
  return since < 0 ? R.preRunPromoters + preRunSlot(since) : cohortPromotersIndex(1 + joinQuarter(since));
}

/** A group of customers who joined in one quarter: where they are counted, and the quarter. */
export interface JoinGroup {
  customers: number;
  promoters: number;
  quarter: number;
}

/** The groups of a totals vector: the pre-run quarters, then the run's cohorts. */
export function joinGroups(totals: Float64Array): JoinGroup[] {
  const groups: JoinGroup[] = [];
  for (let slot = 0; slot < PRE_RUN_QUARTERS; slot++) {
    groups.push({ customers: R.preRunCustomers + slot, promoters: R.preRunPromoters + slot, quarter: -slot - 1 });
  }
  for (let cohort = 1; cohort < cohortsIn(totals); cohort++) {
    groups.push({ customers: cohortIndex(cohort), promoters: cohortPromotersIndex(cohort), quarter: cohort - 1 });
  }
  return groups;
}
