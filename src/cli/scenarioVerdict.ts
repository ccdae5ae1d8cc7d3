/**
 * `--scenario ID --verdict [--seeds N]`: the debrief's verdict over seeds, as the app's debrief
 * shows it. A and B run on N seeds from the scenario's seed (or --seed; N is the debrief's ten by
 * default), and for each: B − A in cumulative profit at the end, seed by seed, with its median,
 * 10–90% range and the seeds in which B ends ahead; which of the question's answers holds in how
 * many seeds (answersOverSeeds.ts); and each "what if" over the same seeds. Dollars. Runs in this
 * thread, one after another, with progress on stderr.
 */
import { finalCumulativeProfit, shareOf, type LeverShare } from '../analysis/leverBreakdown.ts';
import { spreadSeeds } from '../analysis/seeds.ts';
import { VERDICT_SEEDS } from '../app/state/seedVerdict.ts';
import { answersOverSeeds } from '../scenarios/answersOverSeeds.ts';
import { variantPair, whatIfConfigs } from '../scenarios/run.ts';
import type { Scenario } from '../scenarios/types.ts';
import type { RunConfig, RunResult } from '../sim/run/config.ts';
import { simulate } from '../sim/run/simulate.ts';

export const CLI_VERDICT_SEEDS = { min: 1, max: 50, default: VERDICT_SEEDS } as const;

export interface ScenarioVerdict {
  scenario: { id: string; title: string; a: string; b: string };
  seeds: number[];
  /** The scenario as it runs: B − A at the end over the seeds. */
  asRun: LeverShare;
  /** Each of the question's answers with the seeds in which it holds (null: not judged from cumulative profit and customers). */
  answers: { choice: string; holds: number }[] | null;
  whatIfs: LeverShare[];
}

/** A's and B's runs on each seed (`onRun` after each). */
function pairRuns(a: RunConfig, b: RunConfig, seeds: readonly number[], onRun: () => void): { a: RunResult[]; b: RunResult[] } {
  const run = (config: RunConfig) => seeds.map((seed) => {
    const result = simulate({ ...config, seed });
    onRun();
    return result;
  });
  return { a: run(a), b: run(b) };
}

const gainOf = (label: string, runs: { a: RunResult[]; b: RunResult[] }) =>
  shareOf(label, runs.b.map((result, seed) => finalCumulativeProfit(result) - finalCumulativeProfit(runs.a[seed]!)));

export function scenarioVerdict(scenario: Scenario, seed: number, seedCount: number, onProgress: (done: number, total: number) => void = () => {}): ScenarioVerdict {
  const seeds = spreadSeeds(seed, seedCount);
  const pair = variantPair(scenario, seed);
  const whatIfs = whatIfConfigs(scenario, seed);
  const total = 2 * seeds.length * (1 + whatIfs.length);
  let done = 0;
  const tick = () => onProgress(++done, total);
  const asRun = pairRuns(pair.a, pair.b, seeds, tick);
  const answers = answersOverSeeds(scenario, asRun.a, asRun.b);
  return {
    scenario: { id: scenario.id, title: scenario.title, a: scenario.variants.A.name, b: scenario.variants.B.name },
    seeds,
    asRun: gainOf('as run', asRun),
    answers: answers ? scenario.question.choices.map((choice, index) => ({ choice: choice.label, holds: answers.holding[index]! })) : null,
    whatIfs: whatIfs.map((whatIf) => gainOf(whatIf.label, pairRuns(whatIf.a, whatIf.b, seeds, tick))),
  };
}
