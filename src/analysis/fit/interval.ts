/**
 * The 95% interval of a positive parameter fitted on the log scale (maximumLikelihood.ts): the
 * delta method gives ln θ a standard error of se/θ, so the interval is θ·e^(∓1.96·se/θ), never below
 * 0. Computed with the engine-independent exp, so that every browser shows the same digits.
 */
import { exp } from '../../sim/math/index.ts';

/** The two-sided 95% point of the normal distribution. */
const Z_95 = 1.96;

/** [low, high], or null when the fit has no standard error for the parameter. */
export function logScaleInterval(value: number, standardError: number | null): [number, number] | null {
  if (standardError === null) return null;
  const spread = exp((Z_95 * standardError) / value);
  return [value / spread, value * spread];
}
