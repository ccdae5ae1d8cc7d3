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
import { distinctPairs, distinctValues, subsetOf, type RecencyFrequency } from './recencyFrequency.ts';
import { exp, log, pow } from '../../sim/math/index.ts';

export interface ParetoNbdParameters {
  r: number;
  alpha: number;
  s: number;
  beta: number;
}

export const PARETO_NBD_PARAMETERS = ['r', 'alpha', 's', 'beta'] as const;

/** A base laid out for the likelihood: its distinct x, its distinct (x, tₓ) and (x, T) pairs, and each customer's index into them. */
interface PairedBase {
  customers: number;
  frequencies: { values: number[]; indexOf: Uint32Array };
  fromLast: { x: number[]; t: number[]; indexOf: Uint32Array };
  toEnd: { x: number[]; t: number[]; indexOf: Uint32Array };
}

function pairedBase(base: RecencyFrequency): PairedBase {
  return { customers: base.x.length, frequencies: distinctValues(base.x), fromLast: distinctPairs(base.x, base.tx), toEnd: distinctPairs(base.x, base.T) };
}

/**
 * The log-likelihood of a paired base. Per customer, with m = max(α, β), the integral over the
 * time of leaving is A₀ = ₂F₁(r+s+x, c; r+s+x+1; |α−β|/(m+tₓ))/(m+tₓ)^(r+s+x) − the same at T,
 * with c = s + 1 when α ≥ β and r + x otherwise; the powers are carried as logarithms so that a
 * frequent buyer's terms do not underflow. The terms of tₓ are computed once per pair (x, tₓ),
 * those of T once per pair (x, T), lnΓ(r + x) once per x: about a tenth of the hypergeometric
 * functions of a customer-by-customer sum on a large base, with the same numbers.
 */
function pairedLogLikelihood(paired: PairedBase, { r, alpha, s, beta }: ParetoNbdParameters): number {
  const alphaLarger = alpha >= beta;
  const m = alphaLarger ? alpha : beta;
  const gap = Math.abs(alpha - beta);
  const hypergeometric = (x: number, t: number) => {
    const rsx = r + s + x;
    return hyp2f1(rsx, alphaLarger ? s + 1 : r + x, rsx + 1, gap / (m + t));
  };
  const { fromLast, toEnd, frequencies } = paired;
  const fromLastLog = fromLast.x.map((x, pair) => -(r + s + x) * log(m + fromLast.t[pair]!));
  const fromLastTerm = fromLast.x.map((x, pair) => hypergeometric(x, fromLast.t[pair]!));
  const aliveLog = toEnd.x.map((x, pair) => -(r + x) * log(alpha + toEnd.t[pair]!) - s * log(beta + toEnd.t[pair]!));
  const toEndLog = toEnd.x.map((x, pair) => -(r + s + x) * log(m + toEnd.t[pair]!));
  const toEndTerm = toEnd.x.map((x, pair) => hypergeometric(x, toEnd.t[pair]!));
  const logGammaOfX = frequencies.values.map((x) => gammaln(r + x));
  const constant = -gammaln(r);
  const rLogAlpha = r * log(alpha);
  const sLogBeta = s * log(beta);
  let sum = 0;
  for (let customer = 0; customer < paired.customers; customer++) {
    const last = fromLast.indexOf[customer]!;
    const end = toEnd.indexOf[customer]!;
    const xIndex = frequencies.indexOf[customer]!;
    const rsx = r + s + frequencies.values[xIndex]!;
    const alive = aliveLog[end]!;
    const top = Math.max(alive, fromLastLog[last]!);
    const leftAt = exp(fromLastLog[last]! - top) * fromLastTerm[last]! - exp(toEndLog[end]! - top) * toEndTerm[end]!;
    const inner = exp(alive - top) + (s / rsx) * leftAt;
    sum += logGammaOfX[xIndex]! + constant + rLogAlpha + sLogBeta + top + log(inner);
  }
  return sum;
}

export function paretoNbdLogLikelihood(base: RecencyFrequency, parameters: ParetoNbdParameters): number {
  return pairedLogLikelihood(pairedBase(base), parameters);
}

/** The likelihood of paretoNbdLogLikelihood over the parameters in PARETO_NBD_PARAMETERS' order. */
const overList = (base: RecencyFrequency) => {
  const paired = pairedBase(base);
  return ([r, alpha, s, beta]: readonly number[]) => pairedLogLikelihood(paired, { r: r!, alpha: alpha!, s: s!, beta: beta! });
};

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
