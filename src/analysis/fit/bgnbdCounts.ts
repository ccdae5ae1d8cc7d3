/**
 * The BG/NBD model's distribution of a new customer's repeat purchases: P(X(t) = x), the chance of
 * exactly x repeat purchases in the first t weeks (Fader, Hardie & Lee 2005, eq. 8). What the
 * histogram of repeat purchases (diagnostics/repeatHistogram.ts) expects. Time in weeks.
 */
import betaln from '@stdlib/math-base-special-betaln';
import gammaln from '@stdlib/math-base-special-gammaln';
import type { BgNbdParameters } from './bgnbd.ts';
import { exp, log } from '../../sim/math/index.ts';

/**
 * P(X(t) = x) for x = 0 … `counts` − 1. While alive a customer buys as a Poisson process of rate
 * λ ~ Gamma(r, α), so the purchases of someone who never drops out are NBD; having made x
 * purchases, they are still alive with B(a, b + x)/B(a, b), and dropped out at the x-th purchase
 * (having made ≥ x while alive) with B(a + 1, b + x − 1)/B(a, b).
 */
export function bgnbdCountProbabilities({ r, alpha, a, b }: BgNbdParameters, t: number, counts: number): number[] {
  if (!(t > 0)) return Array.from({ length: counts }, (_, x) => (x === 0 ? 1 : 0));
  const lnBab = betaln(a, b);
  const lnStay = r * log(alpha / (alpha + t));
  const lnShare = log(t / (alpha + t));
  const probabilities: number[] = [];
  // The NBD's P(N = j) summed for j < x: the chance that a customer who stays alive makes fewer than x purchases.
  let fewer = 0;
  for (let x = 0; x < counts; x++) {
    const nbd = exp(gammaln(r + x) - gammaln(r) - gammaln(x + 1) + lnStay + x * lnShare);
    const alive = exp(betaln(a, b + x) - lnBab) * nbd;
    const gone = x > 0 ? exp(betaln(a + 1, b + x - 1) - lnBab) * Math.max(0, 1 - fewer) : 0;
    probabilities.push(alive + gone);
    fewer += nbd;
  }
  return probabilities;
}
