/**
 * A prediction judged over seeds: each answer's condition read against every seed's A and B from
 * the series a spread keeps, the same verdict as the debrief reaches from the whole runs, and the
 * words that say whether the prediction holds over luck and whether the run on screen is an
 * exception. why-retention's seed 1 is one: keeping wins there, buying growth in nine of ten seeds.
 */
import { describe, expect, it } from 'vitest';
import { keepSpreadSeries } from '../../../src/analysis/seedSpread.ts';
import { spreadSeeds } from '../../../src/analysis/seeds.ts';
import { predictionOverSeeds, VERDICT_SEEDS } from '../../../src/app/state/seedVerdict.ts';
import { answersOverSeeds } from '../../../src/scenarios/answersOverSeeds.ts';
import { debriefOf } from '../../../src/scenarios/debrief.ts';
import { readScenario, scenarioFiles } from '../../../src/scenarios/node/readScenarios.ts';
import { variantPair } from '../../../src/scenarios/run.ts';
import { parseCondition } from '../../../src/scenarios/template.ts';
import type { FigureSpec, Scenario } from '../../../src/scenarios/types.ts';
import { simulate } from '../../../src/sim/run/simulate.ts';

const condition = (source: string) => {
  const parsed = parseCondition(source);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};
const gainAt = (at: number | null): FigureSpec => ({ kind: 'value', label: 'B − A', series: 'cumulativeProfit', run: 'B-A', at, sum: false, absolute: false });

/** A guarantee-like question of three answers: ahead by week 2, ahead only at the end, behind. */
const question = {
  question: {
    text: 'Which?',
    choices: [
      { label: 'B, soon', holds: condition('early > 0') },
      { label: 'B, late', holds: condition('early <= 0 and gain > 0') },
      { label: 'A', holds: condition('gain <= 0') },
    ],
  },
  figures: { early: gainAt(2), gain: gainAt(null) },
};
const run = (cumulativeProfit: number[]) => ({ weeks: cumulativeProfit.length, series: { cumulativeProfit: Float64Array.from(cumulativeProfit) } });

function scenario(id: string): Scenario {
  const path = scenarioFiles().find((file) => file.endsWith(`/${id}.md`));
  const checked = path ? readScenario(path) : null;
  if (!checked?.ok) throw new Error(`no scenario ${id}`);
  return checked.value;
}

describe('the answers over seeds', () => {
  it('counts the seeds in which each answer holds, reading each figure at its week', () => {
    const a = [run([0, 0, 0]), run([0, 0, 0]), run([0, 0, 0]), run([5, 5, 5])];
    const b = [run([0, 1, 2]), run([0, -1, 2]), run([0, -1, -2]), run([0, 0, 0])];
    expect(answersOverSeeds(question, a, b)).toEqual({ seeds: 4, holding: [1, 1, 2] });
  });

  it('cannot judge a question whose figures read a series the runs do not carry', () => {
    const customers: FigureSpec = { ...gainAt(null), series: 'customers' };
    const other = { ...question, figures: { early: gainAt(2), gain: customers } };
    expect(answersOverSeeds(other, [run([1, 2])], [run([2, 3])])).toBeNull();
    expect(answersOverSeeds(question, [], [])).toBeNull();
    expect(() => answersOverSeeds(question, [run([1])], [])).toThrow(/one run of A and one of B per seed/);
  });

  it('judges a prediction over luck, by luck, and says when the run on screen is an exception', () => {
    const labels = ['B', 'A'];
    const clearForA = { seeds: 10, holding: [1, 9] };
    const right = predictionOverSeeds(clearForA, labels, 1, [0]);
    expect(right.standing).toBe('holds');
    expect(right.exception).toBe(true);
    expect(right.text).toBe(
      'Over the 10 seeds of the verdict below, your prediction holds over luck: “B” holds in 1; “A” holds in 9. ' +
        'The run on screen is one of the exceptions: judge a prediction by the seeds, not by one run.',
    );
    expect(predictionOverSeeds(clearForA, labels, 0, [1])).toMatchObject({ standing: 'fails', exception: false });
    const tossUp = predictionOverSeeds({ seeds: 10, holding: [4, 6] }, labels, 0, [0]);
    expect(tossUp).toMatchObject({ standing: 'luck', exception: false });
    expect(tossUp.text).toBe('Over the 10 seeds of the verdict below, whether your prediction holds is largely luck: “B” holds in 4; “A” holds in 6.');
    expect(predictionOverSeeds(clearForA, labels, null, [1])).toEqual({
      text: 'Over the 10 seeds of the verdict below: “B” holds in 1; “A” holds in 9.',
      standing: null,
      exception: false,
    });
  });

  it(
    'why-retention over its ten seeds: the kept series give each seed the debrief’s own answer, and seed 1 is the exception',
    () => {
      const why = scenario('why-retention');
      const pair = variantPair(why);
      const runs = spreadSeeds(pair.a.seed, VERDICT_SEEDS).map((seed) => ({ a: simulate({ ...pair.a, seed }), b: simulate({ ...pair.b, seed }) }));
      const kept = (result: ReturnType<typeof simulate>) => ({ weeks: result.weeks, series: keepSpreadSeries(result.series) });
      const over = answersOverSeeds(why, runs.map((one) => kept(one.a)), runs.map((one) => kept(one.b)));
      const fromWholeRuns = why.question.choices.map((_, index) => runs.filter((one) => debriefOf(why, one.a, one.b).answers.includes(index)).length);
      expect(over).toEqual({ seeds: VERDICT_SEEDS, holding: fromWholeRuns });
      expect(over!.holding).toEqual([1, 9]);
      const onScreen = debriefOf(why, runs[0]!.a, runs[0]!.b).answers;
      expect(onScreen).toEqual([0]);
      expect(predictionOverSeeds(over!, why.question.choices.map((choice) => choice.label), 1, onScreen)).toMatchObject({ standing: 'holds', exception: true });
    },
    120_000,
  );
});
