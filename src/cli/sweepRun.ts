/**
 * `--sweep`: an experiment from the command line. The base is the parameters given (set-up A
 * alone) or a scenario's two variants (`--scenario ID`: its seed unless --seed, its length and
 * market); the axes and the measure are checked against it; the runs go to Node worker threads,
 * one a core, each making whole runs (the same core and the same numbers as the app); progress
 * goes to stderr at most once a second. Prints the long-form CSV or the JSON document (table.ts).
 */
import { availableParallelism } from 'node:os';
import { checkAxis, type Axis } from '../experiment/axis.ts';
import { checkMeasure, defaultMeasure, parseMeasure } from '../experiment/measure.ts';
import { checkExperiment, planExperiment, type Experiment, type ExperimentBase } from '../experiment/plan.ts';
import { ExperimentRunner, type ExperimentProgress, type SeriesExecutor } from '../experiment/runner.ts';
import { experimentCsv, experimentJson } from '../experiment/table.ts';
import { variantParams } from '../scenarios/run.ts';
import type { Checked } from '../sim/params/validate.ts';
import type { RunConfig } from '../sim/run/config.ts';
import type { CliRequest } from './args.ts';
import { scenarioById } from './scenarioRun.ts';
import type { SweepRequest } from './sweepArgs.ts';
import { startThreadPool } from './threadPool.ts';

/** The experiment a request asks for, checked, or the sentence saying what is wrong. */
export function experimentOf(request: SweepRequest, config: RunConfig, scenario: CliRequest['scenario']): Checked<Experiment> {
  let base: ExperimentBase = { seed: config.seed, weeks: config.weeks, people: config.people, a: config.params, b: null };
  if (scenario) {
    const checked = scenarioById(scenario.id);
    if (!checked.ok) return checked;
    const found = checked.value;
    base = { seed: scenario.seed ?? found.seed, weeks: found.weeks, people: found.people, a: variantParams(found, 'A'), b: variantParams(found, 'B') };
  }
  const hasB = base.b !== null;
  const axes: Axis[] = [];
  for (const input of request.axes) {
    const axis = checkAxis(input, hasB);
    if (!axis.ok) return { ok: false, error: `--sweep ${axis.error}` };
    axes.push(axis.value);
  }
  const measure = request.measure === null ? checkMeasure(defaultMeasure(hasB), base.weeks, hasB) : parseMeasure(request.measure, base.weeks, hasB);
  if (!measure.ok) return { ok: false, error: `--measure: ${measure.error}` };
  const checked = checkExperiment({ base, axes, repetitions: request.seedsPerPoint, measure: measure.value });
  return checked.ok ? checked : { ok: false, error: `--sweep: ${checked.error}` };
}

function progressLine(progress: ExperimentProgress): string {
  const left = progress.remainingMs === null ? '' : `, about ${Math.ceil(progress.remainingMs / 1000)} s left`;
  return `sweep: ${progress.done} of ${progress.total} runs${left}\n`;
}

/** Run the experiment on `threads` worker threads; resolves to the output text. */
export async function runSweep(experiment: Experiment, format: 'json' | 'csv', threads = availableParallelism()): Promise<string> {
  const plan = planExperiment(experiment);
  const pool = startThreadPool(Math.max(1, Math.min(threads, plan.runs.length)));
  const executors: SeriesExecutor[] = pool.shards.map((shard) => (config, series) => shard.runSeries(config, series));
  let lastReport = 0;
  try {
    const runner = new ExperimentRunner(plan, experiment.measure, executors);
    const outcome = await runner.run({
      onProgress: (progress) => {
        const now = Date.now();
        if (progress.done === progress.total || now - lastReport >= 1000) {
          lastReport = now;
          process.stderr.write(progressLine(progress));
        }
      },
    });
    if (outcome.kind === 'failed') throw new Error(`a run of the sweep failed: ${outcome.error}`);
    if (outcome.kind === 'cancelled') throw new Error('the sweep was cancelled');
    process.stderr.write(`sweep: ${plan.runs.length} runs on ${executors.length} threads in ${(outcome.elapsedMs / 1000).toFixed(1)} s\n`);
    return format === 'csv' ? experimentCsv(experiment, outcome.results) : `${experimentJson(experiment, outcome.results)}\n`;
  } finally {
    await pool.close();
  }
}
