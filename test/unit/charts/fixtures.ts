/**
 * Runs and chart inputs for the chart tests: two small seeded runs of the same people (A with
 * the defaults, B with a bonus bank), 78 weeks long so that a cohort has a year behind it.
 */
import type { ChartConfiguration } from 'chart.js';
import { keepSpreadSeries, seedSpread } from '../../../src/analysis/seedSpread.ts';
import type { ChartInput } from '../../../src/app/charts/contract.ts';
import type { RunResult } from '../../../src/sim/index.ts';
import { run } from '../../support/runs.ts';

export const WEEKS = 78;

export const runA: RunResult = run({}, { weeks: WEEKS, people: 2000, seed: 3 });
export const runB: RunResult = run({ 'bonusBank.enabled': true }, { weeks: WEEKS, people: 2000, seed: 3 });

export function single(a: RunResult = runA, cursorWeek: number | null = null): ChartInput {
  return { a, b: null, names: { a: 'A', b: 'B' }, cursorWeek, reducedMotion: false };
}

export function compare(cursorWeek: number | null = null): ChartInput {
  return { a: runA, b: runB, names: { a: 'Card', b: 'Bank' }, cursorWeek, reducedMotion: false };
}

/** Seeds of the spread fixtures: the runs' own seed first, as in the sandbox. */
export const SPREAD_SEEDS = [3, 4, 5, 6, 7];

/** The input with A (and B) run over SPREAD_SEEDS at 500 people: a spread across seeds. */
export function withSpread(input: ChartInput): ChartInput {
  const runs = (bonusBank: boolean) =>
    SPREAD_SEEDS.map((seed) => keepSpreadSeries(run({ 'bonusBank.enabled': bonusBank }, { weeks: WEEKS, people: 500, seed }).series));
  return { ...input, spread: seedSpread(SPREAD_SEEDS, runs(false), input.b ? runs(true) : null) };
}

/** The labels of a configuration's datasets, in order. */
export function labels(config: ChartConfiguration): string[] {
  return config.data.datasets.map((dataset) => dataset.label ?? '');
}

/** The y values of the dataset with this label. */
export function ys(config: ChartConfiguration, label: string): number[] {
  const dataset = config.data.datasets.find((candidate) => candidate.label === label);
  if (!dataset) throw new Error(`no dataset "${label}" among ${labels(config).join(', ')}`);
  return (dataset.data as { x: number; y: number }[]).map((point) => point.y);
}

/** The title of a scale of a configuration. */
export function axisTitle(config: ChartConfiguration, scale: string): string {
  const options = config.options?.scales?.[scale] as { title?: { text?: string } } | undefined;
  return String(options?.title?.text ?? '');
}

/** The sum of a series over weeks 0..week. */
export function sumTo(values: ArrayLike<number>, week = values.length - 1): number {
  let total = 0;
  for (let index = 0; index <= week; index++) total += values[index];
  return total;
}
