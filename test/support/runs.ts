/**
 * Helpers for the core's tests: small runs with chosen parameters, sums of series, and settings
 * that switch every behavioural mechanism off.
 */
import { paramsWith } from '../../src/sim/params/validate.ts';
import type { Params } from '../../src/sim/params/schema.ts';
import type { RunResult } from '../../src/sim/run/config.ts';
import { simulate } from '../../src/sim/run/simulate.ts';

export function params(overrides: Record<string, unknown> = {}): Params {
  const checked = paramsWith(overrides);
  if (!checked.ok) throw new Error(checked.error);
  return checked.value;
}

export function run(
  overrides: Record<string, unknown> = {},
  options: { seed?: number; weeks?: number; people?: number; trace?: number[] } = {},
): RunResult {
  return simulate({
    seed: options.seed ?? 1,
    weeks: options.weeks ?? 104,
    people: options.people ?? 5000,
    params: params(overrides),
    trace: options.trace,
  });
}

export function total(values: ArrayLike<number>, from = 0, to = values.length): number {
  let sum = 0;
  for (let index = from; index < to; index++) sum += values[index];
  return sum;
}

/** The sum of a figure over several seeds, so that a direction is not luck. */
export function overSeeds(seeds: number[], figure: (seed: number) => number): number {
  return seeds.reduce((sum, seed) => sum + figure(seed), 0);
}

/** Every mechanism that moves churn switched off: only the drifting-away propensity θ remains. */
export { ONLY_DRIFT as onlyDrift } from '../../src/analysis/demo/buyTillYouDie.ts';
