/**
 * A scenario's verdict over seeds, in words: in how many of the seeds run B ends with more
 * cumulative profit than A, and what that says. Nine in ten or more either way is a verdict that
 * holds over luck; anything between is a matter of luck at this set-up.
 */
import { formatNumber } from '../format/numbers.ts';
import { t } from '../i18n/t.ts';

/** Seeds the debrief runs A and B on, from the seed on screen. */
export const VERDICT_SEEDS = 10;

/** The share of seeds one side must win in for the verdict to hold over luck. */
export const CLEAR_OVER_SEEDS = 0.9;

export function verdictOverSeeds(bAhead: number, seeds: readonly number[], names: { a: string; b: string }): string {
  const count = seeds.length;
  const numbers = {
    ahead: formatNumber(bAhead, 'count'),
    count: formatNumber(count, 'count'),
    first: seeds[0],
    last: seeds[count - 1],
    a: names.a,
    b: names.b,
  };
  const counted = t('scenario.seeds.counted', numbers);
  if (bAhead >= CLEAR_OVER_SEEDS * count) return `${counted} ${t('scenario.seeds.clearB', numbers)}`;
  if (count - bAhead >= CLEAR_OVER_SEEDS * count) return `${counted} ${t('scenario.seeds.clearA', numbers)}`;
  return `${counted} ${t('scenario.seeds.luck', numbers)}`;
}
