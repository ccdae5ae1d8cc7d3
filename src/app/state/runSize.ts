/**
 * The settings of a run that are not model parameters: the seed, the weeks to simulate and the
 * people in the market. Their ranges are the core's LIMITS; text typed for them is checked here
 * the way the schema checks a parameter (whole numbers only, within the limits).
 */
import { LIMITS, type Checked } from '../../sim/index.ts';
import { formatNumber } from '../format/numbers.ts';
import { t } from '../i18n/t.ts';

export type SizeKey = keyof typeof LIMITS;

export const sizeKeys: readonly SizeKey[] = ['people', 'weeks', 'seed'];

/** A whole number within the limits of `key`, from typed text (spaces and thousands commas allowed). */
export function parseSize(key: SizeKey, text: string, current: number): Checked<number> {
  const { min, max } = LIMITS[key];
  const cleaned = text.trim().replace(/[\s,_]/g, '');
  const value = /^\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
  if (Number.isSafeInteger(value) && value >= min && value <= max) return { ok: true, value };
  return {
    ok: false,
    error: t('sandbox.size.refused', {
      min: formatNumber(min, 'count'),
      max: formatNumber(max, 'count'),
      current: formatNumber(current, 'count'),
    }),
  };
}

/** A fresh seed within the limits, from `random` in [0, 1). */
export function freshSeed(current: number, random: () => number): number {
  const { min, max } = LIMITS.seed;
  for (let attempt = 0; attempt < 8; attempt++) {
    const seed = min + Math.floor(random() * (max - min + 1));
    if (seed !== current) return seed;
  }
  return current === max ? min : current + 1;
}

/** How heavy a run is, in person-weeks; the default run is 1.56 million. */
export function workload(people: number, weeks: number): number {
  return people * weeks;
}

/**
 * Nanoseconds a person-week takes in a browser's worker: about 20–30 on a laptop (npm run
 * bench:browser), rounded up for slower devices, so that the estimate errs long.
 */
export const BROWSER_NS_PER_PERSON_WEEK = 40;

/** A run expected to take longer than this, in seconds, asks before it starts. */
export const ASK_ABOVE_SECONDS = 10;

/** Seconds `runs` runs of this size are expected to take, each spread over `workers` workers. */
export function expectedSeconds(people: number, weeks: number, runs: number, workers: number): number {
  return (workload(people, weeks) * runs * BROWSER_NS_PER_PERSON_WEEK * 1e-9) / Math.max(1, workers);
}
