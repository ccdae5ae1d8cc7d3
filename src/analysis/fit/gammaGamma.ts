/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005b, "RFM and CLV: using
 * iso-value curves for customer base analysis"; Colombo & Jiang 1999): a customer's transactions
 * are Gamma(p, ν) in value, and ν varies over customers as Gamma(q, γ) (γ is written v here, as
 * lifetimes does). Fitted on the customers with at least one repeat purchase, from x and the mean
 * value z̄ of their repeat purchases; gives a customer's expected spend per transaction. Money in
 * the data's currency.
 */
import gammaln from '@stdlib/math-base-special-gammaln';
import { fitPositive, type Fit } from './maximumLikelihood.ts';
import { log } from '../../sim/math/index.ts';

export interface SpendSummary {
  /** Repeat purchases per customer (those with none carry no information and are skipped). */
  x: ArrayLike<number>;
  /** The mean value of each customer's repeat purchases. */
  meanSpend: ArrayLike<number>;
}

export interface GammaGammaParameters {
  p: number;
  q: number;
  v: number;
}

export const GAMMA_GAMMA_PARAMETERS = ['p', 'q', 'v'] as const;

/** The log-likelihood of the mean spends of the customers with x > 0 (FHL 2005b, eq. 1 integrated). */
export function gammaGammaLogLikelihood(data: SpendSummary, { p, q, v }: GammaGammaParameters): number {
  let sum = 0;
  const lnGammaQ = gammaln(q);
  for (let customer = 0; customer < data.x.length; customer++) {
    const x = data.x[customer]!;
    if (!(x > 0)) continue;
    const z = data.meanSpend[customer]!;
    const px = p * x;
    sum +=
      gammaln(px + q) - gammaln(px) - lnGammaQ + q * log(v) + (px - 1) * log(z) + px * log(x) - (px + q) * log(v + x * z);
  }
  return sum;
}

export function fitGammaGamma(data: SpendSummary): Fit<(typeof GAMMA_GAMMA_PARAMETERS)[number]> {
  return fitPositive(GAMMA_GAMMA_PARAMETERS, ([p, q, v]) => gammaGammaLogLikelihood(data, { p: p!, q: q!, v: v! }), [1, 1, 1]);
}

/**
 * E[Z | x, z̄]: the expected value of a customer's next transaction, a weighted mean of the
 * population's mean pν/(q − 1)… written as p(v + x z̄)/(px + q − 1). With x = 0 it is the
 * population mean pv/(q − 1) (infinite when q ≤ 1).
 */
export function gammaGammaExpectedSpend({ p, q, v }: GammaGammaParameters, x: number, meanSpend: number): number {
  return (p * (v + x * meanSpend)) / (p * x + q - 1);
}
