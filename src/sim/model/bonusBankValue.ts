/**
 * What a point is worth to customers when they choose where to buy: its value if used
 * (bonusBank.perceivedValue, a share of a cent) discounted by the chance that it burns first
 * (Kivetz, Urminsky & Zheng 2006; Stourm, Bradlow & Fader 2015). Reckoned once per run from the
 * parameters (policy.ts), for the customer who earns a typical point:
 *
 *   felt value of a point  = perceivedValue × (1 − q)
 *   q = P(N < k)           the chance of fewer than k further purchases in the E weeks a point lives
 *   k = max(1, ⌈redeemThreshold / (earnRate × mean basket)⌉)   purchases to gather a balance worth using
 *   N ~ NBD: Poisson(λ × starting share of wallet × E) with λ ~ Gamma(r + 1, r / mean rate)
 *
 * The rates are those of the people who earn the points: a heavy buyer earns more of them, so a
 * point's earner is drawn with weight λ, and the gamma of rates (shape r, purchases.rateShape)
 * weighted by λ is a gamma of shape r + 1 (the same scale). So q rises as the expiry E shortens
 * and as the threshold rises, and falls as points come faster. Hoarding (redeemChance), the cap on
 * what points may pay and leaving with points are left out of the customer's reckoning.
 */
import { pow } from '../math/index.ts';
import type { Params } from '../params/schema.ts';
import { startingWalletShare } from './startingWalletShare.ts';

/** A share of probability below which the rest of the NBD's terms are left out. */
const NEGLIGIBLE = 1e-16;

/** Purchases a customer must make to gather a balance worth redeeming, or Infinity when points never come. */
export function purchasesToRedeem(params: Params): number {
  const premiumShare = params['market.premiumShare'];
  const meanBasket = params['purchases.basket'] * (1 - premiumShare + premiumShare * params['purchases.premiumBasketFactor']);
  const pointsPerPurchase = params['bonusBank.earnRate'] * meanBasket;
  if (pointsPerPurchase <= 0) return Infinity;
  return Math.max(1, Math.ceil(params['bonusBank.redeemThreshold'] / pointsPerPurchase));
}

/** q: the chance that a point burns before its earner has bought often enough to use it. */
export function anticipatedBurnChance(params: Params): number {
  const needed = purchasesToRedeem(params);
  if (needed === Infinity) return 1;
  const shape = params['purchases.rateShape'] + 1;
  // The gamma's rate parameter α (per purchase a week): mean rate = shape of the unweighted gamma / α.
  const rate = params['purchases.rateShape'] / params['purchases.ratePerWeek'];
  const exposure = startingWalletShare(params) * params['bonusBank.expiryWeeks'];
  const onward = exposure / (rate + exposure);
  // P(N = 0) = (α / (α + t))^shape, then P(N = n + 1) = P(N = n) × (shape + n) / (n + 1) × t / (α + t).
  let term = pow(rate / (rate + exposure), shape);
  let below = 0;
  for (let n = 0; n < needed; n++) {
    below += term;
    const ratio = ((shape + n) / (n + 1)) * onward;
    term *= ratio;
    // Past the mode the terms fall faster than a geometric series of ratio `ratio`: once that
    // series' sum is negligible, so is the rest (a tiny earn rate asks for ~10^300 purchases).
    if (ratio < 1 && term < NEGLIGIBLE * (1 - ratio)) break;
  }
  return Math.min(1, below);
}

/** The felt value of a point against a cent of cash: perceivedValue × (1 − q). */
export function feltPointValue(params: Params): number {
  return params['bonusBank.perceivedValue'] * (1 - anticipatedBurnChance(params));
}
