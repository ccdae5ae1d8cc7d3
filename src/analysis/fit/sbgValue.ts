/**
 * What a customer of a contractual business is worth under the shifted-beta-geometric model
 * (shiftedBetaGeometric.ts): the discounted expected residual lifetime, in renewals still to come
 * (Fader & Hardie 2010). Apart from the fitting, so that a page can work it out for any discount
 * rate without loading the fitter. Time in the table's periods.
 */
import hyp2f1 from '@stdlib/math-base-special-hyp2f1';

/** sBG's parameters: θ, the chance of leaving at a renewal, varies over customers as Beta(α, β). */
export interface SbgParameters {
  alpha: number;
  beta: number;
}

/**
 * DERL: the discounted expected residual lifetime of a customer who has renewed `renewals` times
 * (is active after that many periods), in further renewals, each discounted at rate d > 0 per
 * period: Σₖ≥₁ S(n + k)/S(n)·(1 + d)^−(k−1) = (β + n)/(α + β + n)·₂F₁(1, β + n + 1; α + β + n + 1; 1/(1 + d))
 * (Fader & Hardie 2010, eq. 6, with n here their n − 1). Multiply by the margin of a renewal for
 * the customer's value.
 */
export function sbgDiscountedResidualLifetime({ alpha, beta }: SbgParameters, renewals: number, discountRate: number): number {
  if (!(discountRate > 0)) throw new Error('the discount rate must be above 0');
  const n = renewals;
  return ((beta + n) / (alpha + beta + n)) * hyp2f1(1, beta + n + 1, alpha + beta + n + 1, 1 / (1 + discountRate));
}
