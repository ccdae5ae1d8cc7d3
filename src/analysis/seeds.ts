/**
 * The seeds of many runs of one set-up: consecutive seeds from a first one, so that the run on
 * screen is the first of them. A spread over seeds and every point of an experiment use them, so
 * the points of a sweep share their people and luck (common random numbers).
 */
import { LIMITS, type RunConfig } from '../sim/run/config.ts';

/** `count` consecutive seeds starting at `first`, wrapping from the highest seed to the lowest. */
export function spreadSeeds(first: number, count: number): number[] {
  const { min, max } = LIMITS.seed;
  return Array.from({ length: count }, (_, index) => min + ((first - min + index) % (max - min + 1)));
}

/** The same configuration with each of these seeds. */
export function withSeeds(config: RunConfig, seeds: readonly number[]): RunConfig[] {
  return seeds.map((seed) => ({ ...config, seed }));
}
