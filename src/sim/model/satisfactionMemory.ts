/**
 * Satisfaction as a bounded memory of experiences (Oliver 1980, with forgetting). In a week with
 * purchases the person forms a target from the week's experience; the target saturates on the
 * satisfaction scale (satisfactionScale.ts), and satisfaction is an exponentially weighted memory
 * of the targets that fades toward neutral with time:
 *
 *   target      T = S_MAX × tanh(x / S_MAX)             x = the raw target (experience.ts), S_MAX = 5
 *   forgetting  kept = S × 2^(−Δ / half-life)           Δ = weeks since the last update
 *   update      S ← kept + speed × (T − kept)
 *
 * So S stays within (−S_MAX, S_MAX) whatever the lifts, and a customer who has not bought for a
 * long time holds a fainter opinion, good or bad. Forgetting is applied where the person is
 * visited, at their next purchase week, for all the weeks elapsed since the last one: between
 * purchases the recorded satisfaction (counted in the bands, read by the hazards) is the one of the
 * last purchase week, so the weeks the weekly loop skips (shard.ts) change nothing. A starting
 * customer's satisfaction dates from week −1; a joiner starts at 0, which forgetting leaves at 0.
 */
import { exp, pow } from '../math/index.ts';
import { SATISFACTION_MAX } from './satisfactionScale.ts';

/** The longest run is 1040 weeks: Δ runs from 0 to 1040. */
const LONGEST_GAP_WEEKS = 1040;

/** S_MAX × tanh(x / S_MAX), by one exponential: tanh y = sign(y) (1 − e^(−2|y|)) / (1 + e^(−2|y|)). */
export function boundedTarget(raw: number): number {
  const fall = exp((-2 * Math.abs(raw)) / SATISFACTION_MAX);
  const saturated = (SATISFACTION_MAX * (1 - fall)) / (1 + fall);
  return raw < 0 ? -saturated : saturated;
}

/** 2^(−Δ / half-life) for Δ = 0 … 1040 weeks: the share of satisfaction kept over a gap (policy.ts). */
export function keptAfterWeeks(halfLifeWeeks: number): Float64Array {
  const table = new Float64Array(LONGEST_GAP_WEEKS + 1);
  for (let gap = 0; gap <= LONGEST_GAP_WEEKS; gap++) table[gap] = pow(0.5, gap / halfLifeWeeks);
  return table;
}

/**
 * Weeks since the person's memory was last updated, from population.lastPurchaseWeekPlusOne (one
 * more than the week of the last purchase; 0 for none in the run, when the memory dates from the
 * starting market of week −1).
 */
export function weeksSinceUpdate(week: number, lastPurchasePlusOne: number): number {
  const gap = week + 1 - lastPurchasePlusOne;
  return gap < LONGEST_GAP_WEEKS ? gap : LONGEST_GAP_WEEKS;
}
