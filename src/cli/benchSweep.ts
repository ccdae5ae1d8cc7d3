/**
 * The sweep case of `npm run bench` (issue 11): an experiment of classroom-size runs (10,000
 * people × 156 weeks) over marketing spend × care spend × seeds, on worker threads over every core
 * as the CLI runs it (sweepRun.ts), against one such run on one core in this process (the median of
 * 7 after a warm-up). Goal: 1,000 runs in at most 20 times the one run. Times in milliseconds.
 */
import { availableParallelism } from 'node:os';
import { axisFromText, type Axis } from '../experiment/axis.ts';
import { defaultMeasure } from '../experiment/measure.ts';
import { planExperiment, type Experiment } from '../experiment/plan.ts';
import { ExperimentRunner } from '../experiment/runner.ts';
import { defaultParams } from '../sim/params/schema.ts';
import { simulate } from '../sim/run/simulate.ts';
import { startThreadPool } from './threadPool.ts';

export const SWEEP_GOAL_RATIO = 20;

export interface SweepBenchResult {
  runs: number;
  threads: number;
  oneRunMs: number;
  sweepMs: number;
  /** The sweep's time over the one run's. */
  ratio: number;
}

function axis(text: string): Axis {
  const checked = axisFromText(text, false);
  if (!checked.ok) throw new Error(checked.error);
  return checked.value;
}

/** `seeds` seeds per point on a 10 × 10 grid: 1,000 runs at 10 seeds. */
export function sweepBenchExperiment(seeds: number): Experiment {
  return {
    base: { seed: 1, weeks: 156, people: 10_000, a: defaultParams(), b: null },
    axes: [axis('acquisition.spendPerWeek=0:3600:10'), axis('service.carePerCustomerWeek=0:0.9:10')],
    repetitions: seeds,
    measure: defaultMeasure(false),
  };
}

export async function measureSweep(seeds = 10): Promise<SweepBenchResult> {
  const experiment = sweepBenchExperiment(seeds);
  const one = { seed: 1, weeks: 156, people: 10_000, params: defaultParams() };
  simulate(one);
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const started = performance.now();
    simulate(one);
    times.push(performance.now() - started);
  }
  const oneRunMs = [...times].sort((x, y) => x - y)[3];
  const plan = planExperiment(experiment);
  const threads = availableParallelism();
  const pool = startThreadPool(threads);
  try {
    // Load the threads and the core's code in them before the clock starts.
    await Promise.all(pool.shards.map((shard) => shard.runSeries({ ...one, people: 2000, weeks: 20 }, 'customers')));
    const runner = new ExperimentRunner(plan, experiment.measure, pool.shards.map((shard) => (config, series) => shard.runSeries(config, series)));
    const started = performance.now();
    const outcome = await runner.run();
    const sweepMs = performance.now() - started;
    if (outcome.kind !== 'done') throw new Error('the benchmark sweep did not finish');
    return { runs: plan.runs.length, threads, oneRunMs, sweepMs, ratio: sweepMs / oneRunMs };
  } finally {
    await pool.close();
  }
}

export function sweepTable(result: SweepBenchResult): string {
  const goal = result.ratio <= SWEEP_GOAL_RATIO ? `meets ${SWEEP_GOAL_RATIO}×` : `over ${SWEEP_GOAL_RATIO}×`;
  return [
    '| sweep runs (10,000 × 156) | threads | one run, one core | sweep | sweep ÷ one run | goal (1,000 runs) |',
    '| ---: | ---: | ---: | ---: | ---: | --- |',
    `| ${result.runs.toLocaleString('en')} | ${result.threads} | ${result.oneRunMs.toFixed(1)} ms | ${(result.sweepMs / 1000).toFixed(2)} s | ${result.ratio.toFixed(1)} | ${result.runs === 1000 ? goal : 'not measured at 1,000'} |`,
  ].join('\n');
}
