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
import { fitPositive, type Fit } from './maximumLikelihood.ts';
import { distinctFrequencies, type RecencyFrequency } from './recencyFrequency.ts';
import { exp, log, pow } from '../../sim/math/index.ts';

export interface BgNbdParameters {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export const BGNBD_PARAMETERS = ['r', 'alpha', 'a', 'b'] as const;

/**
 * The base's log-likelihood as a function of the parameters. The customers are grouped by x once,
 * here, not at every evaluation: the terms that depend on x alone are then computed once per
 * distinct x, and per customer there remain two logarithms and one exponential.
 */
export function bgnbdLikelihood(base: RecencyFrequency): (parameters: BgNbdParameters) => number {
  const { values, indexOf } = distinctFrequencies(base);
  return ({ r, alpha, a, b }) => {
    const lnBab = betaln(a, b);
    // Per distinct x: lnΓ(r + x) − lnΓ(r) + r ln α, ln B(a, b + x) − ln B(a, b), and for x > 0
    // ln B(a + 1, b + x − 1) − ln B(a, b).
    const shared = values.map((x) => gammaln(r + x) - gammaln(r) + r * log(alpha));
    const stays = values.map((x) => betaln(a, b + x) - lnBab);
    const leaves = values.map((x) => (x > 0 ? betaln(a + 1, b + x - 1) - lnBab : Number.NEGATIVE_INFINITY));
    let sum = 0;
    for (let customer = 0; customer < indexOf.length; customer++) {
      const k = indexOf[customer]!;
      const x = values[k]!;
      const aliveTerm = stays[k]! - (r + x) * log(alpha + base.T[customer]!);
      const goneTerm = leaves[k]! - (r + x) * log(alpha + base.tx[customer]!);
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

/** The maximum-likelihood fit, searched from r = α = a = b = 1. */
export function fitBgNbd(base: RecencyFrequency): Fit<(typeof BGNBD_PARAMETERS)[number]> {
  const logLikelihood = bgnbdLikelihood(base);
  return fitPositive(BGNBD_PARAMETERS, ([r, alpha, a, b]) => logLikelihood({ r: r!, alpha: alpha!, a: a!, b: b! }), [1, 1, 1, 1]);
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
