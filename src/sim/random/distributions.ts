/**
 * Draws from standard distributions using counter-based uniforms (see counterHash.ts).
 * Each function takes the person-week base hash and a purpose; rejection samplers use the
 * sub-index for their successive attempts, so the number of attempts never leaks into other draws.
 */
import { cosOfTurns, log, pow } from '../math/index.ts';
import { openUniformFor, uniformFor } from './counterHash.ts';

/** Standard normal by Box–Muller from two uniforms of the given purpose (sub-indices i, i+1). */
export function normalFor(base: number, purpose: number, index = 0): number {
  const u1 = openUniformFor(base, purpose, index);
  const u2 = uniformFor(base, purpose, index + 1);
  return Math.sqrt(-2 * log(u1)) * cosOfTurns(u2);
}

/** See the squeeze in `gammaFor`. */
const SQUEEZE_MARGIN = 1e-9;

/**
 * Gamma(shape, 1) by Marsaglia & Tsang (2000), "A simple method for generating gamma variables".
 * For shape < 1 it uses the boost Gamma(shape+1) · U^(1/shape).
 */
export function gammaFor(base: number, purpose: number, shape: number): number {
  if (shape < 1) {
    const boosted = gammaFor(base, purpose, shape + 1);
    return boosted * pow(openUniformFor(base, purpose, 63), 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (let attempt = 0; attempt < 20; attempt++) {
    const x = normalFor(base, purpose, attempt * 3);
    const v0 = 1 + c * x;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0;
    const u = openUniformFor(base, purpose, attempt * 3 + 2);
    // Marsaglia & Tsang's squeeze: below 1 − 0.0331·x⁴ the full test always accepts, so most
    // attempts skip its two logarithms. For shapes ≥ 1 the squeeze lies at least 2·10⁻³ inside the
    // acceptance region (in log u); the 10⁻⁹ margin is far above the rounding error of the full
    // test (< 10⁻¹⁰ for shapes up to 10⁵), so every decision, and every number, is as without it.
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2 - SQUEEZE_MARGIN) return d * v;
    if (log(u) < 0.5 * x * x + d - d * v + d * log(v)) return d * v;
  }
  // Twenty rejections in a row has probability below 1e-20 for shape >= 1; fall back to the mean.
  return shape;
}

/** Beta(alpha, beta) as G_a / (G_a + G_b), the two gammas on separate purposes. */
export function betaFor(base: number, purposeA: number, purposeB: number, alpha: number, beta: number): number {
  const a = gammaFor(base, purposeA, alpha);
  const b = gammaFor(base, purposeB, beta);
  const sum = a + b;
  return sum > 0 ? a / sum : alpha / (alpha + beta);
}

/** The largest count `poissonFromUniform` returns. */
export const POISSON_CAP = 64;

/**
 * True when `poissonFromUniform(u, mean)` is 0 without computing an exponential:
 * P(0) = e^(−mean) ≥ 1 − mean, so a uniform below 1 − mean gives 0.
 */
export function poissonSurelyZero(u: number, mean: number): boolean {
  return mean <= 0 || u < 1 - mean;
}

/**
 * Poisson(mean) by inversion of the cumulative distribution with one uniform (small means).
 * `zeroChance` is e^(−mean), which the caller may have kept from an earlier week.
 */
export function poissonFromUniform(u: number, mean: number, zeroChance: number): number {
  if (poissonSurelyZero(u, mean)) return 0;
  let probability = zeroChance;
  let cumulative = probability;
  let count = 0;
  while (u >= cumulative && count < POISSON_CAP) {
    count += 1;
    probability *= mean / count;
    cumulative += probability;
  }
  return count;
}

/** Logistic noise with standard deviation `sd` from one uniform: cheap and symmetric. */
export function logisticNoise(u: number, sd: number): number {
  const clipped = Math.min(Math.max(u, 1e-9), 1 - 1e-9);
  return log(clipped / (1 - clipped)) * (sd * Math.sqrt(3) / Math.PI);
}
