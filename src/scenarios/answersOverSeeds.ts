/**
 * Which answers to a scenario's question hold over seeds: each choice's condition (`holds`) read
 * against every seed's A and B, as the debrief reads it against the one run on screen
 * (debrief.ts). So a prediction can be judged by the verdict over luck, not by one run, and the
 * debrief can say when the run on screen is one of the exceptions.
 *
 * The runs need only carry the series the question's figures read (a spread keeps cumulative
 * profit and customers, analysis/seedSpread.ts); a question that reads another series cannot be
 * judged from them, and the answer is null.
 */
import { computeFigure, type Figure, type FigureRun } from './figures.ts';
import { conditionNames, holds } from './template.ts';
import type { Scenario } from './types.ts';

export interface AnswersOverSeeds {
  /** Seeds judged: one run of A and one of B each. */
  seeds: number;
  /** For each of the question's choices, in order, the seeds in which it holds. */
  holding: number[];
}

/** The question's answers over paired runs (run i of A and of B on the same seed), or null. */
export function answersOverSeeds(
  scenario: Pick<Scenario, 'question' | 'figures'>,
  runsA: readonly FigureRun[],
  runsB: readonly FigureRun[],
): AnswersOverSeeds | null {
  if (runsA.length !== runsB.length) throw new Error('answersOverSeeds needs one run of A and one of B per seed');
  if (runsA.length === 0) return null;
  const choices = scenario.question.choices;
  const names = [...new Set(choices.flatMap((choice) => conditionNames(choice.holds)))];
  const specs = names.map((name) => [name, scenario.figures[name]] as const);
  const readable = specs.every(([, spec]) => spec !== undefined && [...runsA, ...runsB].every((run) => run.series[spec.series] !== undefined));
  if (!readable) return null;
  const holding = choices.map(() => 0);
  runsA.forEach((runA, seed) => {
    const figures: Record<string, Figure> = {};
    for (const [name, spec] of specs) figures[name] = computeFigure(spec!, { A: runA, B: runsB[seed]! });
    choices.forEach((choice, index) => {
      if (holds(choice.holds, figures)) holding[index]! += 1;
    });
  });
  return { seeds: runsA.length, holding };
}
