/**
 * The satisfaction scale. Satisfaction is in points around 0 (what an ordinary visit that meets
 * expectations leaves); it is held within [−SATISFACTION_MAX, SATISFACTION_MAX]. The counting
 * bands (tally.ts) put "very high" at 2 points and above, so the bound leaves room above the top
 * band while keeping every lift finite.
 */
import { exp } from '../math/index.ts';

/** The largest satisfaction a customer can hold, in points; the lowest is its negative. */
export const SATISFACTION_MAX = 5;

/** `value` held within the satisfaction scale. */
export function onSatisfactionScale(value: number): number {
  return value > SATISFACTION_MAX ? SATISFACTION_MAX : value < -SATISFACTION_MAX ? -SATISFACTION_MAX : value;
}

/**
 * `satisfaction` moved by a lift of `points` without leaving the scale: the person closes the
 * share 1 − e^(−|points| / SATISFACTION_MAX) of the way to the end of the scale the lift points
 * to. A small lift near neutral moves them by about `points`; near the end of the scale, by
 * almost nothing.
 */
export function liftedSatisfaction(satisfaction: number, points: number): number {
  if (points === 0) return satisfaction;
  const end = points > 0 ? SATISFACTION_MAX : -SATISFACTION_MAX;
  const share = 1 - exp(-Math.abs(points) / SATISFACTION_MAX);
  return satisfaction + (end - satisfaction) * share;
}
