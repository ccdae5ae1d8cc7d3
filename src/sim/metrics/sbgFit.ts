/**
 * The shifted-beta-geometric (sBG) model of retention (Fader & Hardie 2007) fitted to observed
 * survival by tenure: each person has a fixed chance θ of leaving in a period, θ ~ Beta(α, β), so
 *
 *   S(t) = B(α, β + t) / B(α, β),   S(t) / S(t − 1) = (β + t − 1) / (α + β + t − 1),
 *   P(T = t) = S(t − 1) − S(t)      (leaving in period t = 1, 2, …).
 *
 * The data are, by period t, the people seen to leave in period t and the people last seen alive at
 * the end of period t (right-censored). The log-likelihood is
 *   LL(α, β) = Σ_t leavers_t × ln P(T = t) + Σ_t stillThere_t × ln S(t),
 * maximised over (ln α, ln β) by Nelder–Mead from a fixed start with a fixed stopping rule, so the
 * fit is deterministic; exp and log are the core's own (src/sim/math). Periods are whatever the data
 * count in (the summary uses quarters of tenure).
 */
import { exp, log } from '../math/index.ts';

export interface SurvivalCounts {
  /** leavers[t]: people seen to leave in period t (index 0 unused). */
  leavers: Float64Array;
  /** stillThere[t]: people last observed alive at the end of period t. */
  stillThere: Float64Array;
}

export interface SbgFit {
  alpha: number;
  beta: number;
  logLikelihood: number;
}

/** S(0 … last) of an sBG with shapes α and β. */
export function sbgSurvival(alpha: number, beta: number, last: number): Float64Array {
  const survival = new Float64Array(last + 1);
  survival[0] = 1;
  for (let t = 1; t <= last; t++) survival[t] = (survival[t - 1] * (beta + t - 1)) / (alpha + beta + t - 1);
  return survival;
}

export function sbgLogLikelihood(alpha: number, beta: number, counts: SurvivalCounts): number {
  const last = counts.leavers.length - 1;
  let total = 0;
  let survival = 1;
  for (let t = 1; t <= last; t++) {
    const next = (survival * (beta + t - 1)) / (alpha + beta + t - 1);
    if (counts.leavers[t] > 0) total += counts.leavers[t] * log(survival - next);
    if (counts.stillThere[t] > 0) total += counts.stillThere[t] * log(next);
    survival = next;
  }
  return total;
}

/** ln α and ln β are kept within these bounds (α, β from about 0.0025 to 400,000). */
const LOG_BOUND = 13;
/** At most this many Nelder–Mead steps; it stops sooner once the simplex has shrunk below TOLERANCE. */
const STEPS = 400;
const TOLERANCE = 1e-5;

function negativeLikelihood(point: readonly number[], counts: SurvivalCounts): number {
  if (Math.abs(point[0]) > LOG_BOUND || Math.abs(point[1]) > LOG_BOUND) return Number.POSITIVE_INFINITY;
  const value = -sbgLogLikelihood(exp(point[0]), exp(point[1]), counts);
  return Number.isNaN(value) ? Number.POSITIVE_INFINITY : value;
}

/**
 * The maximum-likelihood (α, β), or null when the data hold no leaver or no one observed past
 * period 0 (nothing to fit). Start: α = 1 and β from the first period's retention r₁ = β / (α + β).
 */
export function fitSbg(counts: SurvivalCounts): SbgFit | null {
  let leavers = 0;
  let observed = 0;
  for (let t = 1; t < counts.leavers.length; t++) {
    leavers += counts.leavers[t];
    observed += counts.leavers[t] + counts.stillThere[t];
  }
  if (leavers === 0 || observed === leavers) return null;
  // Everyone observed in period 1 or later was at risk in period 1.
  const firstRetention = Math.min(0.999, Math.max(0.001, 1 - counts.leavers[1] / observed));
  const start = [0, log(firstRetention / (1 - firstRetention))];
  const best = nelderMead(start, (point) => negativeLikelihood(point, counts));
  return { alpha: exp(best[0]), beta: exp(best[1]), logLikelihood: -negativeLikelihood(best, counts) };
}

/** Nelder–Mead in two dimensions with the standard coefficients, until the simplex is smaller than TOLERANCE. */
function nelderMead(start: readonly number[], f: (point: readonly number[]) => number): number[] {
  const simplex = [[start[0], start[1]], [start[0] + 0.5, start[1]], [start[0], start[1] + 0.5]];
  const values = simplex.map(f);
  const along = (from: number[], to: number[], factor: number) => [
    from[0] + factor * (to[0] - from[0]),
    from[1] + factor * (to[1] - from[1]),
  ];
  for (let step = 0; step < STEPS; step++) {
    const order = [0, 1, 2].sort((one, other) => values[one] - values[other]);
    const [bestIndex, middleIndex, worstIndex] = order;
    const worst = simplex[worstIndex];
    const size = Math.max(
      Math.abs(worst[0] - simplex[bestIndex][0]), Math.abs(worst[1] - simplex[bestIndex][1]),
      Math.abs(simplex[middleIndex][0] - simplex[bestIndex][0]), Math.abs(simplex[middleIndex][1] - simplex[bestIndex][1]),
    );
    if (size < TOLERANCE) break;
    const centre = [(simplex[bestIndex][0] + simplex[middleIndex][0]) / 2, (simplex[bestIndex][1] + simplex[middleIndex][1]) / 2];
    const reflected = along(centre, worst, -1);
    const reflectedValue = f(reflected);
    if (reflectedValue < values[bestIndex]) {
      const expanded = along(centre, worst, -2);
      const expandedValue = f(expanded);
      const takeExpanded = expandedValue < reflectedValue;
      simplex[worstIndex] = takeExpanded ? expanded : reflected;
      values[worstIndex] = takeExpanded ? expandedValue : reflectedValue;
    } else if (reflectedValue < values[middleIndex]) {
      simplex[worstIndex] = reflected;
      values[worstIndex] = reflectedValue;
    } else {
      const contracted = along(centre, worst, 0.5);
      const contractedValue = f(contracted);
      if (contractedValue < values[worstIndex]) {
        simplex[worstIndex] = contracted;
        values[worstIndex] = contractedValue;
      } else {
        for (const index of [middleIndex, worstIndex]) {
          simplex[index] = along(simplex[bestIndex], simplex[index], 0.5);
          values[index] = f(simplex[index]);
        }
      }
    }
  }
  const bestIndex = values[0] <= values[1] && values[0] <= values[2] ? 0 : values[1] <= values[2] ? 1 : 2;
  return simplex[bestIndex];
}
