/**
 * An experiment as the app reads it from an address, run by the core in this thread: what the
 * browser tests compare the page's heatmap, table and download with.
 */
import { simulate } from '../../src/sim/index.ts';
import { readExperimentAddress } from '../../src/app/url/experimentLink.ts';
import { planExperiment, type Experiment, type ExperimentPlan } from '../../src/experiment/plan.ts';
import { ExperimentRunner } from '../../src/experiment/runner.ts';
import { experimentCsv } from '../../src/experiment/table.ts';

/** The experiment a query (without "?") holds, as the page reads it. */
export function experimentOf(query: string): Experiment {
  const { base, parts } = readExperimentAddress(`?${query}`);
  return { base, ...parts };
}

/** The experiment's plan, its CSV (every run in long form) and each point's median, computed in Node. */
export async function experimentInNode(query: string): Promise<{ experiment: Experiment; plan: ExperimentPlan; csv: string; medians: number[] }> {
  const experiment = experimentOf(query);
  const plan = planExperiment(experiment);
  const runner = new ExperimentRunner(plan, experiment.measure, [async (config, series) => simulate(config).series[series]]);
  const outcome = await runner.run();
  const medians = outcome.results.summaries().map((summary) => summary?.median ?? Number.NaN);
  return { experiment, plan, csv: experimentCsv(experiment, outcome.results), medians };
}
