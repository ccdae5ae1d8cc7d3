/**
 * base^exponent for a base ≥ 0, the same double on every JavaScript engine.
 *
 * Engines do not agree on Math.pow (Node 20's V8 and Chromium 156's V8 differ in the last bit for
 * about one argument in ten). The model's powers are discount factors, survival over n weeks,
 * annualised rates and gamma draws, never a negative base, so this computes e^(exponent·ln base)
 * from the deterministic exp and log. The relative error is about |exponent·ln base| + 2 units in
 * the last place: below 10⁻¹³ for the model's powers, far under anything a run shows.
 */
import { exp } from './exp.ts';
import { log } from './log.ts';

export function pow(base: number, exponent: number): number {
  if (exponent === 0) return 1;
  if (base === 0) return exponent > 0 ? 0 : exponent < 0 ? Infinity : Number.NaN;
  if (!(base > 0)) return Number.NaN; // a negative base (which the model never has) or NaN
  if (base === 1) return exponent === exponent ? 1 : Number.NaN;
  return exp(exponent * log(base));
}
