/**
 * The Pareto/NBD model (Schmittlein, Morrison & Colombo 1987): while alive, a customer buys as a
 * Poisson process of rate λ ~ Gamma(r, α); their lifetime is exponential with rate μ ~ Gamma(s, β),
 * so they may leave at any moment, not only after a purchase as in BG/NBD. Its likelihood, in the
 * form of Fader, Hardie & Lee (2005, "A note on deriving the Pareto/NBD model and related
 * expressions", eq. 22), computed in logarithms; its fit by maximum likelihood; and the expected
 * repeat purchases of a new customer in t weeks. Time in weeks.
 */
import gammaln from '@stdlib/math-base-special-gammaln';
import hyp2f1 from '@stdlib/math-base-special-hyp2f1';
import { fitPositive, sampleIndices, warmStart, type Fit } from './maximumLikelihood.ts';
import { subsetOf, type RecencyFrequency } from './recencyFrequency.ts';
import { exp, log, pow } from '../../sim/math/index.ts';

export interface ParetoNbdParameters {
  r: number;
  alpha: number;
  s: number;
  beta: number;
}

export const PARETO_NBD_PARAMETERS = ['r', 'alpha', 's', 'beta'] as const;

/**
 * One customer's log-likelihood. With m = max(α, β), the integral over the time of leaving is
 * A₀ = ₂F₁(r+s+x, c; r+s+x+1; |α−β|/(m+tₓ))/(m+tₓ)^(r+s+x) − the same at T, with c = s + 1 when
 * α ≥ β and r + x otherwise; the powers are carried as logarithms so that a frequent buyer's
 * terms do not underflow.
 */
function customerLogLikelihood({ r, alpha, s, beta }: ParetoNbdParameters, x: number, tx: number, T: number): number {
  const rsx = r + s + x;
  const alphaLarger = alpha >= beta;
  const m = alphaLarger ? alpha : beta;
  const gap = Math.abs(alpha - beta);
  const c = alphaLarger ? s + 1 : r + x;
  const aliveLog = -(r + x) * log(alpha + T) - s * log(beta + T);
  const fromLastLog = -rsx * log(m + tx);
  const toEndLog = -rsx * log(m + T);
  const top = Math.max(aliveLog, fromLastLog);
  const leftAt =
    exp(fromLastLog - top) * hyp2f1(rsx, c, rsx + 1, gap / (m + tx)) - exp(toEndLog - top) * hyp2f1(rsx, c, rsx + 1, gap / (m + T));
  const inner = exp(aliveLog - top) + (s / rsx) * leftAt;
  return gammaln(r + x) - gammaln(r) + r * log(alpha) + s * log(beta) + top + log(inner);
}

export function paretoNbdLogLikelihood(base: RecencyFrequency, parameters: ParetoNbdParameters): number {
  let sum = 0;
  for (let customer = 0; customer < base.x.length; customer++) {
    sum += customerLogLikelihood(parameters, base.x[customer]!, base.tx[customer]!, base.T[customer]!);
  }
  return sum;
}

/** The likelihood of paretoNbdLogLikelihood over the parameters in PARETO_NBD_PARAMETERS' order. */
const overList = (base: RecencyFrequency) => ([r, alpha, s, beta]: readonly number[]) => paretoNbdLogLikelihood(base, { r: r!, alpha: alpha!, s: s!, beta: beta! });

/** The maximum-likelihood fit, searched from r = s = 1 and α = β = the mean age T (a large base's from a sample's fit). */
export function fitParetoNbd(base: RecencyFrequency): Fit<(typeof PARETO_NBD_PARAMETERS)[number]> {
  let meanAge = 0;
  for (let customer = 0; customer < base.T.length; customer++) meanAge += base.T[customer]! / base.T.length;
  const start = warmStart(base.x.length, [1, meanAge, 1, meanAge], () => overList(subsetOf(base, sampleIndices(base.x.length))));
  return fitPositive(PARETO_NBD_PARAMETERS, overList(base), start);
}

/** E[X(t)]: rβ/(α(s − 1))·[1 − (β/(β + t))^(s − 1)] (eq. 17 of Schmittlein et al.); s ≠ 1. */
export function paretoNbdExpectedPurchases({ r, alpha, s, beta }: ParetoNbdParameters, t: number): number {
  return ((r * beta) / (alpha * (s - 1))) * (1 - pow(beta / (beta + t), s - 1));
}
