/**
 * Draws from standard distributions using counter-based uniforms (see counterHash.ts).
 * Each function takes the person-week base hash and a purpose; rejection samplers use the
 * sub-index for their successive attempts, so the number of attempts never leaks into other draws.
 */
import { openUniformFor, uniformFor } from './counterHash.ts';

/** Standard normal by Box–Muller from two uniforms of the given purpose (sub-indices i, i+1). */
export function normalFor(base: number, purpose: number, index = 0): number {
  const u1 = openUniformFor(base, purpose, index);
  const u2 = uniformFor(base, purpose, index + 1);
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/**
 * Gamma(shape, 1) by Marsaglia & Tsang (2000), "A simple method for generating gamma variables".
 * For shape < 1 it uses the boost Gamma(shape+1) · U^(1/shape).
 */
export function gammaFor(base: number, purpose: number, shape: number): number {
  if (shape < 1) {
    const boosted = gammaFor(base, purpose, shape + 1);
    return boosted * Math.pow(openUniformFor(base, purpose, 63), 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (let attempt = 0; attempt < 20; attempt++) {
    const x = normalFor(base, purpose, attempt * 3);
    const v0 = 1 + c * x;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0;
    const u = openUniformFor(base, purpose, attempt * 3 + 2);
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
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

/** Poisson(mean) by inversion of the cumulative distribution with one uniform (small means). */
export function poissonFromUniform(u: number, mean: number): number {
  // P(0) = e^(−mean) ≥ 1 − mean: below that the answer is 0 without computing the exponential.
  if (mean <= 0 || u < 1 - mean) return 0;
  let probability = Math.exp(-mean);
  let cumulative = probability;
  let count = 0;
  while (u >= cumulative && count < 64) {
    count += 1;
    probability *= mean / count;
    cumulative += probability;
  }
  return count;
}

/** Logistic noise with standard deviation `sd` from one uniform: cheap and symmetric. */
export function logisticNoise(u: number, sd: number): number {
  const clipped = Math.min(Math.max(u, 1e-9), 1 - 1e-9);
  return Math.log(clipped / (1 - clipped)) * (sd * Math.sqrt(3) / Math.PI);
}
