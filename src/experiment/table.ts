/**
 * An experiment's results as files: CSV in long form (one row a cell: a point and a seed) and a
 * JSON document with the experiment, every row and each point's summary. The same for the app's
 * download and the CLI. Numbers in JavaScript's shortest exact form; units are the measured
 * series' own.
 *
 * CSV columns: point, one per axis (its name, axis.ts), repetition, seed, then the measure of A
 * and, with a B, of B and B − A (e.g. A.cumulativeProfit, B.cumulativeProfit, B-A.cumulativeProfit).
 */
import { MODEL_VERSION } from '../sim/version.ts';
import { axisName, axisText } from './axis.ts';
import { measureText } from './measure.ts';
import type { Experiment } from './plan.ts';
import { difference, type ExperimentResults } from './results.ts';

function cell(value: unknown): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function experimentCsv(experiment: Experiment, results: ExperimentResults): string {
  const full = measureText(results.measure);
  const named = full.slice(full.indexOf('.') + 1);
  const withB = experiment.base.b !== null;
  const header = ['point', ...experiment.axes.map(axisName), 'repetition', 'seed', `A.${named}`, ...(withB ? [`B.${named}`, `B-A.${named}`] : [])];
  const lines = [header.map(cell).join(',')];
  for (const row of results.rows()) {
    const measures = row.b === null ? [row.a] : [row.a, row.b, difference(row.b, row.a)];
    lines.push([row.point, ...row.values, row.repetition, row.seed, ...measures].map(cell).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** The experiment as its parts' text forms: what a link or a saved set-up keeps of it. */
export function experimentDescription(experiment: Experiment): Record<string, unknown> {
  return {
    seed: experiment.base.seed,
    weeks: experiment.base.weeks,
    people: experiment.base.people,
    compare: experiment.base.b !== null,
    sweeps: experiment.axes.map(axisText),
    seedsPerPoint: experiment.repetitions,
    measure: measureText(experiment.measure),
  };
}

export function experimentJson(experiment: Experiment, results: ExperimentResults): string {
  const document = {
    model: MODEL_VERSION,
    experiment: experimentDescription(experiment),
    runs: results.plan.runs.length,
    rows: results.rows(),
    points: results.summaries(),
  };
  return JSON.stringify(document, null, 1);
}
