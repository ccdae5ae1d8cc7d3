/**
 * What a satisfaction guarantee does beyond the refunds, through two stated channels (Hart 1988,
 * "The power of unconditional service guarantees"), instead of a free multiplier:
 *
 *   voice           every claim of a disappointed customer is a complaint the company hears. The
 *                   lessons kept form a stock that fades (a Nerlove–Arrow stock, as for goodwill):
 *                     L(t + 1) = L(t) × (1 − 1 / lessonLife) + disappointed claims in week t
 *                   and what is learned lifts the quality delivered, saturating:
 *                     learned quality = learningGain × ℓ / (halfGainLessons + ℓ),  ℓ = L / customers
 *   risk reduction  a prospect weighs the risk that a first purchase disappoints, the share d of
 *                   our customers' purchase weeks last week that fell short of expectation beyond
 *                   tolerance; the guarantee takes that risk away, so paid conversion and referrals
 *                   are multiplied by 1 + riskAversion × d (no risk, no pull).
 * Both are company-level: the stock is kept by the coordinator between weeks and enters the
 * week's context (context.ts), computed from integer totals, so it is the same in every layout of
 * workers. Quality in points on the 0–10 scale, lessons in claims.
 */
import type { Params } from '../params/schema.ts';
import { T } from './totals.ts';

/** The company's lessons between weeks. */
export interface GuaranteeLessons {
  /** Lessons kept: disappointed claims heard, after fading. */
  kept: number;
}

export function startingLessons(): GuaranteeLessons {
  return { kept: 0 };
}

/** Quality points learned from the lessons kept (0 with the guarantee off). */
export function learnedQuality(params: Params, lessons: GuaranteeLessons, customers: number): number {
  if (!params['guarantee.enabled'] || lessons.kept <= 0 || customers <= 0) return 0;
  const perCustomer = lessons.kept / customers;
  return (params['guarantee.learningGain'] * perCustomer) / (params['guarantee.halfGainLessons'] + perCustomer);
}

/** The factor on paid conversion and referrals: 1 + riskAversion × last week's disappointing share (1 with the guarantee off). */
export function riskRelief(params: Params, previous: Float64Array): number {
  if (!params['guarantee.enabled']) return 1;
  const purchaseWeeks = previous[T.buyers];
  const disappointing = purchaseWeeks > 0 ? previous[T.disappointedWeeks] / purchaseWeeks : 0;
  return 1 + params['guarantee.riskAversion'] * disappointing;
}

/** Carry the lessons into the next week, given the week's totals. */
export function advanceLessons(params: Params, lessons: GuaranteeLessons, totals: Float64Array): void {
  if (!params['guarantee.enabled']) return;
  lessons.kept = lessons.kept * (1 - 1 / params['guarantee.lessonLife']) + totals[T.disappointedClaims];
}
