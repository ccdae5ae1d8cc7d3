/**
 * The simulation set up as the buy-till-you-die story of BG/NBD (Fader, Hardie & Lee 2005): every
 * mechanism that moves churn switched off but the purchase-linked dropout, so that a person buys
 * as a Poisson process of rate λ ~ Gamma(r, α) (α per week) and drops out after each purchase with
 * p ~ Beta(a, b); and cohort mode, in which every person is a new customer at week 0 (their first
 * purchase) and no one joins later. What the demo shop (demoShop.ts) and the core's checks
 * against CDNOW run.
 */
import type { BgNbdParameters } from '../fit/bgnbd.ts';

/** Every mechanism that moves churn switched off: only the drifting-away propensity θ remains. */
export const ONLY_DRIFT: Readonly<Record<string, unknown>> = {
  'acquisition.spendPerWeek': 0,
  'wordOfMouth.referralsPerPromoterYear': 0,
  'competitor.baseHazard': 0,
  'competitor.winBackRate': 0,
  'service.failureRateWithoutCare': 0,
  'promises.brokenPromiseHazard': 0,
  'churn.satisfactionEffect': 0,
  'market.initialTenureYears': 0,
  'relationship.enabled': false,
  'market.moveAwayPerYear': 0,
  // Each customer buys from us alone, at their own rate: the rate is not shared with the rival.
  'competitor.walletMode': 'exclusive',
};

/** Cohort mode: every person a new customer at week 0, no one joins, nothing else makes them leave. */
export const COHORT_MODE: Readonly<Record<string, unknown>> = {
  'market.initialCustomerShare': 1,
  'market.initialTenureYears': 0,
  'acquisition.spendPerWeek': 0,
  'competitor.winBackRate': 0,
  'wordOfMouth.referralsPerPromoterYear': 0,
};

/** The simulation's parameters for a cohort that buys and leaves as BG/NBD with `truth` has it. */
export function buyTillYouDie(truth: BgNbdParameters): Record<string, unknown> {
  return {
    ...COHORT_MODE,
    ...ONLY_DRIFT,
    'churn.alpha': 0,
    'churn.dropoutEnabled': true,
    'churn.dropoutA': truth.a,
    'churn.dropoutB': truth.b,
    'purchases.rateShape': truth.r,
    'purchases.ratePerWeek': truth.r / truth.alpha,
  };
}
