/**
 * The BG/NBD model of Fader, Hardie & Lee (2005), "Counting your customers the easy way": while
 * alive, a customer buys as a Poisson process of rate λ ~ Gamma(r, α) (α a rate, per week); after
 * each purchase they drop out with probability p ~ Beta(a, b). Its likelihood (eq. 6), its fit by
 * maximum likelihood, the expected repeat purchases of a new customer in t weeks (eq. 9), a
 * customer's expected purchases in the next t weeks given their history (eq. 10) and the
 * probability that they are still alive (eq. 11 of the accompanying note). Time in weeks.
 */
import betaln from '@stdlib/math-base-special-betaln';
import gammaln from '@stdlib/math-base-special-gammaln';
import hyp2f1 from '@stdlib/math-base-special-hyp2f1';
import { fitPositive, sampleIndices, warmStart, type Fit } from './maximumLikelihood.ts';
import { distinctFrequencies, distinctValues, subsetOf, type RecencyFrequency } from './recencyFrequency.ts';
import { exp, log, pow } from '../../sim/math/index.ts';

export interface BgNbdParameters {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export const BGNBD_PARAMETERS = ['r', 'alpha', 'a', 'b'] as const;

/**
 * The base's log-likelihood as a function of the parameters. The customers are grouped once, here,
 * not at every evaluation: by x, so that the terms that depend on x alone are computed once per
 * distinct x, and by T and by tₓ, so that ln(α + T) and ln(α + tₓ) are computed once per distinct
 * time (a base has only as many as its file has days). The customers with x = 0 are counted per
 * T; per customer with x > 0 there remain one exponential and one logarithm.
 */
export function bgnbdLikelihood(base: RecencyFrequency): (parameters: BgNbdParameters) => number {
  const { values, indexOf } = distinctFrequencies(base);
  const ends = distinctValues(base.T);
  const lasts = distinctValues(base.tx);
  // The customers who never bought again, counted by T (their likelihood depends on nothing else),
  // and the others, whose terms are summed one by one.
  const neverAgain = new Float64Array(ends.values.length);
  const buyers: number[] = [];
  for (let customer = 0; customer < indexOf.length; customer++) {
    if (base.x[customer] === 0) neverAgain[ends.indexOf[customer]!]! += 1;
    else buyers.push(customer);
  }
  const none = values.indexOf(0);
  return ({ r, alpha, a, b }) => {
    const lnBab = betaln(a, b);
    // Per distinct x: lnΓ(r + x) − lnΓ(r) + r ln α, ln B(a, b + x) − ln B(a, b), and for x > 0
    // ln B(a + 1, b + x − 1) − ln B(a, b).
    const shared = values.map((x) => gammaln(r + x) - gammaln(r) + r * log(alpha));
    const stays = values.map((x) => betaln(a, b + x) - lnBab);
    const leaves = values.map((x) => (x > 0 ? betaln(a + 1, b + x - 1) - lnBab : Number.NEGATIVE_INFINITY));
    const lnEnd = ends.values.map((T) => log(alpha + T));
    const lnLast = lasts.values.map((tx) => log(alpha + tx));
    let sum = 0;
    // x = 0: alive for sure, ln L = lnΓ(r)… − r ln(α + T) + ln B(a, b) − ln B(a, b).
    if (none >= 0) for (let end = 0; end < lnEnd.length; end++) sum += neverAgain[end]! * (shared[none]! + stays[none]! - r * lnEnd[end]!);
    for (const customer of buyers) {
      const k = indexOf[customer]!;
      const x = values[k]!;
      const aliveTerm = stays[k]! - (r + x) * lnEnd[ends.indexOf[customer]!]!;
      const goneTerm = leaves[k]! - (r + x) * lnLast[lasts.indexOf[customer]!]!;
      sum += shared[k]! + logSumExp(aliveTerm, goneTerm);
    }
    return sum;
  };
}

function logSumExp(left: number, right: number): number {
  if (right === Number.NEGATIVE_INFINITY) return left;
  const top = Math.max(left, right);
  return top + log(exp(left - top) + exp(right - top));
}

/** The likelihood of bgnbdLikelihood over the parameters in BGNBD_PARAMETERS' order. */
const overList = (base: RecencyFrequency) => {
  const logLikelihood = bgnbdLikelihood(base);
  return ([r, alpha, a, b]: readonly number[]) => logLikelihood({ r: r!, alpha: alpha!, a: a!, b: b! });
};

/** The maximum-likelihood fit, searched from r = α = a = b = 1 (a large base's from a sample's fit). */
export function fitBgNbd(base: RecencyFrequency): Fit<(typeof BGNBD_PARAMETERS)[number]> {
  const start = warmStart(base.x.length, [1, 1, 1, 1], () => overList(subsetOf(base, sampleIndices(base.x.length))));
  return fitPositive(BGNBD_PARAMETERS, overList(base), start);
}

/** E[X(t)]: the expected number of repeat purchases of a customer in their first t weeks (eq. 9). */
export function bgnbdExpectedPurchases({ r, alpha, a, b }: BgNbdParameters, t: number): number {
  const hyper = hyp2f1(r, b, a + b - 1, t / (alpha + t));
  return ((a + b - 1) / (a - 1)) * (1 - pow(alpha / (alpha + t), r) * hyper);
}

/** The odds factor δ(x > 0)·a/(b + x − 1)·((α + T)/(α + tₓ))^(r + x) of eqs. 10 and 11. */
function goneOdds({ r, alpha, a, b }: BgNbdParameters, x: number, tx: number, T: number): number {
  return x > 0 ? (a / (b + x - 1)) * pow((alpha + T) / (alpha + tx), r + x) : 0;
}

/** P(alive | x, tₓ, T): the probability that a customer with this history has not dropped out. */
export function bgnbdProbabilityAlive(parameters: BgNbdParameters, x: number, tx: number, T: number): number {
  return 1 / (1 + goneOdds(parameters, x, tx, T));
}

/** E[Y(t) | x, tₓ, T]: the expected purchases in the next t weeks of a customer with this history (eq. 10). */
export function bgnbdConditionalPurchases(parameters: BgNbdParameters, t: number, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = parameters;
  const hyper = hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t));
  const unconditional = ((a + b + x - 1) / (a - 1)) * (1 - pow((alpha + T) / (alpha + T + t), r + x) * hyper);
  return unconditional / (1 + goneOdds(parameters, x, tx, T));
}
