/**
 * A scenario's verdict over seeds, in words: in how many of the seeds run B ends with more
 * cumulative profit than A, and what that says. Nine in ten or more either way is a verdict that
 * holds over luck; anything between is a matter of luck at this set-up. And the reader's
 * prediction judged the same way: which answers hold in how many seeds (answersOverSeeds.ts),
 * whether the prediction holds over luck, and whether the run on screen is one of the exceptions.
 */
import type { AnswersOverSeeds } from '../../scenarios/answersOverSeeds.ts';
import { formatNumber, countOf } from '../format/numbers.ts';
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

/** The answers that hold over luck: in nine seeds in ten or more. */
export function answersOverLuck(over: AnswersOverSeeds): number[] {
  return over.holding.flatMap((held, index) => (held >= CLEAR_OVER_SEEDS * over.seeds ? [index] : []));
}

/** Where a prediction stands over seeds: its answer holds in nine in ten or more, in one in ten or fewer, or between. */
export type PredictionStanding = 'holds' | 'fails' | 'luck';

export interface PredictionOverSeeds {
  /** The sentences: the prediction's standing with the seeds each answer holds in, then the exception. */
  text: string;
  standing: PredictionStanding | null;
  /** The run on screen bears out none of the answers that hold over luck. */
  exception: boolean;
}

/**
 * The prediction `choice` (null: none made) judged over seeds, against the run on screen's
 * answers (`runAnswers`, indexes of the choices it bears out).
 */
export function predictionOverSeeds(over: AnswersOverSeeds, labels: readonly string[], choice: number | null, runAnswers: readonly number[]): PredictionOverSeeds {
  const count = over.seeds;
  const clear = (held: number) => held >= CLEAR_OVER_SEEDS * count;
  const each = over.holding
    .map((held, index) => t('scenario.seeds.answerHolds', { choice: labels[index] ?? '', held: countOf(held) }))
    .join('; ');
  let standing: PredictionStanding | null = null;
  if (choice !== null) {
    const held = over.holding[choice] ?? 0;
    standing = clear(held) ? 'holds' : clear(count - held) ? 'fails' : 'luck';
  }
  const sentences = [t(`scenario.seeds.prediction.${standing ?? 'none'}`, { count: countOf(count), each })];
  const overLuck = answersOverLuck(over);
  const exception = overLuck.length > 0 && !overLuck.some((index) => runAnswers.includes(index));
  if (exception) sentences.push(t('scenario.seeds.exception'));
  return { text: sentences.join(' '), standing, exception };
}
