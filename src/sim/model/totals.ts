/**
 * The weekly totals a shard of people reports: integer counts and money in whole cents, so that
 * adding up shards in any layout gives bit-identical sums (floating-point sums of integers below
 * 2^53 are exact). Everything the metrics show is derived from these totals; charts never read
 * the people.
 */

const fields = [
  // People by state at the end of the week.
  'prospects', 'customers', 'lapsed', 'lostForever', 'fired',
  // Movements.
  'newPaid', 'newReferred', 'wonBack', 'wonBackPaid',
  'leftCompetitor', 'leftBrokenPromise', 'leftConflict', 'leftServiceFailure', 'leftNeglect', 'leftFired', 'leftMoved',
  'newTouched',
  // Activity.
  'purchases', 'buyers', 'failures', 'complaints', 'brokenPromises', 'redemptions',
  // Word of mouth and the club.
  'promoters', 'detractors', 'clubMembers', 'clubPromoters', 'clubPromotersMass', 'clubJoins', 'clubLeaves',
  // Satisfaction of customers: a histogram and a sum in thousandths of a point.
  'satVeryLow', 'satLow', 'satNeutral', 'satHigh', 'satVeryHigh', 'satisfactionMilli',
  // Share of wallet of customers, summed in thousandths.
  'walletMilli',
  // Money, in cents.
  'revenueCents', 'discountCents', 'pointsIssuedCents', 'breakageCents', 'costOfGoodsCents',
  'refundCents', 'fixCents', 'clubCostCents', 'clubFeeCents',
  // Points, in cents of value: movements this week and the balance outstanding at its end.
  'pointsRedeemedCents', 'pointsOutstandingCents',
  // The guarantee, the price change, keeping in touch and firing: events and money (cents). While
  // the guarantee is offered, purchase weeks that disappointed and the claims of the disappointed.
  'guaranteeClaims', 'guaranteeRefundCents', 'disappointedWeeks', 'disappointedClaims', 'feltCheated', 'priceCreditCents',
  'touchesSent', 'touchesDelivered', 'unsubscribes', 'outreachCents', 'abusiveCustomers',
  // Company-level figures, written by the coordinator (company.ts), not by the shards.
  'trackingCents', 'listeningCents', 'reinvestCents', 'secondLineRevenueCents', 'secondLineCostCents',
  'qualityShiftMilli', 'needsFoundMilli',
] as const;

export type TotalField = (typeof fields)[number];

/** Index of each field in a totals vector. */
export const T = Object.fromEntries(fields.map((name, index) => [name, index])) as Record<TotalField, number>;

export const totalFieldNames: readonly TotalField[] = fields;

/**
 * The relationship block (relationship.ts), after the named fields: customers and promoters by
 * quarter of joining before the run (slot k: joined k quarters before week 0, the last slot holding
 * the older ones), and the tenure table's margins by year of tenure (1 … 5+), in cents.
 */
export const PRE_RUN_QUARTERS = 40;
export const TENURE_YEARS = 5;
export const R = {
  preRunCustomers: fields.length,
  preRunPromoters: fields.length + PRE_RUN_QUARTERS,
  marginCents: fields.length + 2 * PRE_RUN_QUARTERS,
  growthCents: fields.length + 2 * PRE_RUN_QUARTERS + TENURE_YEARS,
  premiumCents: fields.length + 2 * PRE_RUN_QUARTERS + 2 * TENURE_YEARS,
} as const;
/** The cohorts follow, two slots each: its active customers, then its promoters. */
const COHORT_BASE = fields.length + 2 * PRE_RUN_QUARTERS + 3 * TENURE_YEARS;

/** Length of a totals vector for a run with `cohorts` cohorts of joining. */
export function totalsLength(cohorts: number): number {
  return COHORT_BASE + 2 * cohorts;
}

/** The number of cohorts of joining a totals vector holds. */
export function cohortsIn(totals: Float64Array): number {
  return (totals.length - COHORT_BASE) / 2;
}

/** Index of the active-customer count of one cohort of joining. */
export function cohortIndex(cohort: number): number {
  return COHORT_BASE + 2 * cohort;
}

/** Index of the promoter count of one cohort of joining (cohort 0 is kept by quarter, in R.preRunPromoters). */
export function cohortPromotersIndex(cohort: number): number {
  return COHORT_BASE + 2 * cohort + 1;
}

/** Add `part` into `sum`, field by field. */
export function addTotals(sum: Float64Array, part: Float64Array): void {
  for (let index = 0; index < sum.length; index++) sum[index] += part[index];
}
