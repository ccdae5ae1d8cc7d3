/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005b, "RFM and CLV: using
 * iso-value curves for customer base analysis"; Colombo & Jiang 1999): a customer's transactions
 * are Gamma(p, ν) in value, and ν varies over customers as Gamma(q, γ) (γ is written v here, as
 * lifetimes does). Fitted on the customers with at least one repeat purchase, from x and the mean
 * value z̄ of their repeat purchases; gives a customer's expected spend per transaction. Money in
 * the data's currency.
 */
import gammaln from '@stdlib/math-base-special-gammaln';
import { fitPositive, sampleIndices, warmStart, type Fit } from './maximumLikelihood.ts';
import { distinctValues } from './recencyFrequency.ts';
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
export function gammaGammaLogLikelihood(data: SpendSummary, parameters: GammaGammaParameters): number {
  return gammaGammaLikelihood(data)(parameters);
}

/**
 * The same as a function of the parameters, with what depends on the data alone computed once:
 * the customers with x > 0, ln z̄ and ln x of each, and their distinct x (lnΓ(px + q) and lnΓ(px)
 * are then computed once per distinct x). Per customer and evaluation there remains one logarithm.
 */
export function gammaGammaLikelihood(data: SpendSummary): (parameters: GammaGammaParameters) => number {
  const buyers = Array.from({ length: data.x.length }, (_, customer) => customer).filter((customer) => data.x[customer]! > 0);
  const x = Float64Array.from(buyers, (customer) => data.x[customer]!);
  const z = Float64Array.from(buyers, (customer) => data.meanSpend[customer]!);
  const lnZ = z.map((spend) => log(spend));
  const lnX = x.map((repeats) => log(repeats));
  const frequencies = distinctValues(x);
  return ({ p, q, v }) => {
    const lnGammaQ = gammaln(q);
    const lnGammaPxQ = frequencies.values.map((repeats) => gammaln(p * repeats + q));
    const lnGammaPx = frequencies.values.map((repeats) => gammaln(p * repeats));
    const lnV = log(v);
    let sum = 0;
    for (let customer = 0; customer < x.length; customer++) {
      const k = frequencies.indexOf[customer]!;
      const px = p * x[customer]!;
      sum += lnGammaPxQ[k]! - lnGammaPx[k]! - lnGammaQ + q * lnV + (px - 1) * lnZ[customer]! + px * lnX[customer]! - (px + q) * log(v + x[customer]! * z[customer]!);
    }
    return sum;
  };
}

/** The likelihood of gammaGammaLikelihood over the parameters in GAMMA_GAMMA_PARAMETERS' order. */
const overList = (data: SpendSummary) => {
  const logLikelihood = gammaGammaLikelihood(data);
  return ([p, q, v]: readonly number[]) => logLikelihood({ p: p!, q: q!, v: v! });
};

/** The maximum-likelihood fit, searched from p = q = v = 1 (a large base's from a sample's fit). */
export function fitGammaGamma(data: SpendSummary): Fit<(typeof GAMMA_GAMMA_PARAMETERS)[number]> {
  const count = data.x.length;
  const start = warmStart(count, [1, 1, 1], () => {
    const sample = sampleIndices(count);
    return overList({ x: Float64Array.from(sample, (index) => data.x[index]!), meanSpend: Float64Array.from(sample, (index) => data.meanSpend[index]!) });
  });
  return fitPositive(GAMMA_GAMMA_PARAMETERS, overList(data), start);
}

/**
 * E[Z | x, z̄]: the expected value of a customer's next transaction, a weighted mean of the
 * population's mean pν/(q − 1)… written as p(v + x z̄)/(px + q − 1). With x = 0 it is the
 * population mean pv/(q − 1) (infinite when q ≤ 1).
 */
export function gammaGammaExpectedSpend({ p, q, v }: GammaGammaParameters, x: number, meanSpend: number): number {
  return (p * (v + x * meanSpend)) / (p * x + q - 1);
}
