/**
 * The shifted-beta-geometric (sBG) model of a contractual business (Fader & Hardie 2007, "How to
 * project customer retention"): each customer renews at the end of every period with probability
 * 1 − θ, and θ varies over customers as Beta(α, β). Fitted on a cohort's survivors per period
 * (n₀ at the start, then the number still active after each period); gives the survival curve,
 * its projection; what a customer is worth (DERL, Fader & Hardie 2010) is in sbgValue.ts. Time in the table's periods.
 */
import betaln from '@stdlib/math-base-special-betaln';
import { fitPositive, type Fit } from './maximumLikelihood.ts';
import { exp, log } from '../../sim/math/index.ts';

import type { SbgParameters } from './sbgValue.ts';

export { sbgDiscountedResidualLifetime, type SbgParameters } from './sbgValue.ts';

export const SBG_PARAMETERS = ['alpha', 'beta'] as const;

/** P(T = t), t = 1 … n: the chance that a customer is lost in period t, by the recursion of eq. 7. */
export function sbgChurnProbabilities({ alpha, beta }: SbgParameters, periods: number): number[] {
  const probabilities: number[] = [];
  let current = alpha / (alpha + beta);
  for (let t = 1; t <= periods; t++) {
    if (t > 1) current *= (beta + t - 2) / (alpha + beta + t - 1);
    probabilities.push(current);
  }
  return probabilities;
}

/** S(t), t = 0 … periods: the share of a cohort still active after t periods. */
export function sbgSurvival(parameters: SbgParameters, periods: number): number[] {
  const survival = [1];
  for (const lost of sbgChurnProbabilities(parameters, periods)) survival.push(survival[survival.length - 1]! - lost);
  return survival;
}

/**
 * The log-likelihood of a survival table (`active[0]` the cohort's size, `active[t]` still active
 * after period t; never rising): the lost of each period, and the survivors at its end.
 */
export function sbgLogLikelihood(active: readonly number[], parameters: SbgParameters): number {
  const periods = active.length - 1;
  const lost = sbgChurnProbabilities(parameters, periods);
  let sum = 0;
  for (let t = 1; t <= periods; t++) sum += (active[t - 1]! - active[t]!) * log(lost[t - 1]!);
  const survived = exp(betaln(parameters.alpha, parameters.beta + periods) - betaln(parameters.alpha, parameters.beta));
  return sum + active[periods]! * log(survived);
}

/** The fit of a survival table; throws on a table that is not a cohort's falling count. */
export function fitSbg(active: readonly number[]): Fit<(typeof SBG_PARAMETERS)[number]> {
  if (active.length < 3) throw new Error('a survival table needs the cohort size and at least two periods');
  for (let t = 1; t < active.length; t++) {
    if (!(active[t]! <= active[t - 1]!) || active[t]! < 0) throw new Error(`period ${t}: the number still active (${active[t]}) must not rise or fall below 0`);
  }
  return fitPositive(SBG_PARAMETERS, ([alpha, beta]) => sbgLogLikelihood(active, { alpha: alpha!, beta: beta! }), [1, 1]);
}

