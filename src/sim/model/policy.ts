/**
 * Run-level numbers derived once from the parameters: effective prices, failure probability,
 * the pull of promises. Keeping them here means the weekly loop multiplies, and never re-derives.
 * Prices are relative to our list price (1 = list).
 */
import { exp, pow } from '../math/index.ts';
import type { Params } from '../params/schema.ts';
import { POISSON_CAP } from '../random/distributions.ts';
import { feltPointValue } from './bonusBankValue.ts';
import { startingWalletShare } from './startingWalletShare.ts';
import { logWeeklyStay } from './catchment.ts';
import { keptAfterWeeks } from './satisfactionMemory.ts';
import { tenureCurve } from './tenure.ts';

export interface Policy {
  /** Price paid relative to list by a non-member, as felt when choosing (points at their felt value, bonusBankValue.ts). */
  feltPrice: number;
  /** The same for a club member. */
  feltPriceMember: number;
  /** Share of list price given as a discount to non-members and to members. */
  discountShare: number;
  discountShareMember: number;
  bonusOn: boolean;
  clubOn: boolean;
  split: boolean;
  /** A newcomer's share of wallet with us: the share at parity with the rest of the market in split mode, 1 in exclusive mode. */
  startingWalletShare: number;
  /** careEffect × care spend: what care does to drifting away, in the exponent of its chance (leaving.ts). */
  careDriftExponent: number;
  /** Probability that one purchase fails. */
  failureProbability: number;
  /** Club membership effects by segment: [mass, premium]. */
  clubResponse: readonly [number, number];
  /** (1 − failure probability)^n for n = 0 … POISSON_CAP purchases in a week. */
  noFailureChance: Float64Array;
  /** The same while the care budget is cut to harvest profit (reinvestment.ts). */
  noFailureChanceHarvest: Float64Array;
  /** Share of satisfaction kept over a gap of Δ weeks, for Δ = 0 … 1040 (satisfactionMemory.ts). */
  satisfactionKept: Float64Array;
  guaranteeOn: boolean;
  /** A price rise is scheduled (priceChange.ts). */
  priceChangeOn: boolean;
  firingOn: boolean;
  /** Customers may drop out after a purchase (dropout.ts). */
  dropoutOn: boolean;
  /** Relationships grow (relationship.ts), and the tenure effect S(q) by quarters of tenure (tenure.ts). */
  relationshipOn: boolean;
  tenureCurve: Float64Array;
  /** ln of the weekly chance of staying in the catchment, 0 in a closed market (catchment.ts). */
  logWeeklyStay: number;
  /** Touches a year to each prospect and to each customer (outreach.ts). */
  prospectTouches: number;
  customerTouches: number;
}

/** Chance that one purchase fails with `care` dollars a customer and week (Service failures). */
function failureProbabilityWith(params: Params, care: number): number {
  return params['service.failureRateWithoutCare'] / (1 + care / params['service.careHalvingSpend']);
}

export function derivePolicy(params: Params): Policy {
  const discountShare = params['discount.enabled'] ? params['discount.rate'] : 0;
  const bonusOn = params['bonusBank.enabled'];
  const clubOn = params['club.enabled'];
  // Points at their felt value: what a point would be worth, less the chance it burns first (bonusBankValue.ts).
  const feltBonus = bonusOn ? params['bonusBank.earnRate'] * feltPointValue(params) : 0;
  const clubExtra = clubOn ? params['club.extraDiscount'] : 0;
  const care = params['service.carePerCustomerWeek'];
  const failureProbability = failureProbabilityWith(params, care);
  const harvestProbability = failureProbabilityWith(params, care * (1 - params['reinvestment.careCut']));
  return {
    feltPrice: 1 - discountShare - feltBonus,
    feltPriceMember: 1 - discountShare - clubExtra - feltBonus,
    discountShare,
    discountShareMember: Math.min(1, discountShare + clubExtra),
    bonusOn,
    clubOn,
    split: params['competitor.walletMode'] === 'split',
    startingWalletShare: startingWalletShare(params),
    careDriftExponent: params['churn.careEffect'] * care,
    failureProbability,
    clubResponse: [params['club.massResponse'], 1],
    noFailureChance: powers(1 - failureProbability, POISSON_CAP),
    noFailureChanceHarvest: powers(1 - harvestProbability, POISSON_CAP),
    satisfactionKept: keptAfterWeeks(params['promises.satisfactionHalfLife']),
    guaranteeOn: params['guarantee.enabled'],
    priceChangeOn: params['priceChange.enabled'],
    firingOn: params['firing.enabled'],
    dropoutOn: params['churn.dropoutEnabled'],
    relationshipOn: params['relationship.enabled'],
    tenureCurve: tenureCurve(params),
    logWeeklyStay: logWeeklyStay(params),
    prospectTouches: params['outreach.prospectTouchesPerYear'],
    customerTouches: params['outreach.customerTouchesPerYear'],
  };
}

/** base^n for n = 0 … last, each by the deterministic pow, as the formula that uses them would compute it. */
function powers(base: number, last: number): Float64Array {
  const table = new Float64Array(last + 1);
  for (let n = 0; n <= last; n++) table[n] = pow(base, n);
  return table;
}

/** Conversion multiplier of promising more (or less) than the rival delivers: e^(pull × gap). */
export function promiseAppealOf(params: Params): number {
  return exp(params['promises.pull'] * (params['promises.promisedQuality'] - params['competitor.quality']));
}
