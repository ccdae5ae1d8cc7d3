/**
 * How a person's rate of buying answers the felt price (1 = list price): a logit response with a
 * ceiling. Of M × λ potential purchases a week (M = purchases.maxPriceLift), a person makes each
 * with a logit chance that falls with the price; at list price that chance is 1/M, so the rate is λ:
 *
 *   response(p) = M / (1 + (M − 1) × e^(k × (p − 1)))      k = elasticity × s × M / (M − 1)
 *
 * It is 1 at list price, its slope there is −elasticity × s (so small changes behave as the linear
 * response of model 1: at the default elasticity 1.4, 5% off lifts an average mass-segment
 * person's buying by about 7%), it never exceeds M however deep the cut, and it stays above 0
 * however steep the rise. A multiplier of the purchase rate, no unit; s is the person's price
 * sensitivity.
 */
import { exp } from '../math/index.ts';

/** M / (1 + (M − 1) × e^(k (p − 1))): exactly 1 at list price or with no sensitivity to price. */
export function priceResponse(elasticity: number, sensitivity: number, feltPrice: number, ceiling: number): number {
  const slope = elasticity * sensitivity;
  if (feltPrice === 1 || slope === 0) return 1;
  const rest = ceiling - 1;
  return ceiling / (1 + rest * exp(((slope * ceiling) / rest) * (feltPrice - 1)));
}

/** A hair over 1: keeps the bound above the response when both round (a relative 10^-12). */
const ROUNDING_MARGIN = 1 + 1e-12;

/**
 * A bound never below priceResponse, by one division (for the quiet-week screen, shard.ts):
 * with d = elasticity × s × (1 − p), 1 / (1 − d) while d < 1 − 1/M, else M (each a hair over).
 * Why it holds: e^x ≥ 1 + x, so the response's denominator is at least M (1 − d). Exactly 1 where
 * the response is exactly 1.
 */
export function priceResponseBound(elasticity: number, sensitivity: number, feltPrice: number, ceiling: number): number {
  const lift = elasticity * sensitivity * (1 - feltPrice);
  if (lift === 0) return 1;
  return lift < 1 - 1 / ceiling ? ROUNDING_MARGIN / (1 - lift) : ceiling * ROUNDING_MARGIN;
}
