/**
 * An experiment and the runs it takes. An experiment is a base set-up (seed, length, market, the
 * parameters of A and, to compare, of B), one or two axes (axis.ts), a number of repetitions (seeds)
 * per point and a measure (measure.ts). Its grid is every combination of the axes' values, the
 * first axis outermost; each point runs each repetition's seed in A (and B).
 *
 * Seeds: repetition r uses the r-th of the consecutive seeds from the base seed (seeds.ts), the same
 * at every point: common random numbers, so that a difference between two points is the lever's and
 * not the luck of different people. Every row of the output states its seed.
 *
 * A run whose configuration (seed and parameters) comes twice in the grid is run once: sweeping
 * only B's parameter, A's runs are the same at every point, so A runs once per seed.
 */
import { spreadSeeds } from '../analysis/seeds.ts';
import type { Params } from '../sim/params/schema.ts';
import type { ParamValue } from '../sim/params/types.ts';
import type { Checked } from '../sim/params/validate.ts';
import { LIMITS, type RunConfig } from '../sim/run/config.ts';
import { axisName, overlaps, type Axis } from './axis.ts';
import type { Measure } from './measure.ts';

export interface ExperimentBase {
  seed: number;
  weeks: number;
  people: number;
  a: Params;
  /** B's parameters, or null for an experiment on one set-up. */
  b: Params | null;
}

export interface Experiment {
  base: ExperimentBase;
  axes: Axis[];
  repetitions: number;
  measure: Measure;
}

export const REPETITIONS = { min: 1, max: 200, default: 5 } as const;
/** Runs one experiment may take (each classroom run takes about 0.1 s on one core). */
export const MAX_RUNS = 20_000;

export interface ExperimentPoint {
  index: number;
  /** The axes' values at this point, in the axes' order. */
  values: ParamValue[];
}

export interface ExperimentPlan {
  points: ExperimentPoint[];
  /** The seed of each repetition, the same at every point. */
  seeds: number[];
  /** The distinct runs, in the order they are best started: seed by seed, every point of a seed. */
  runs: RunConfig[];
  /** pairs[point][repetition]: the indices in `runs` of that cell's A run and B run (null without B). */
  pairs: { a: number; b: number | null }[][];
}

/** Check the parts of an experiment that concern more than one axis: count, overlap, size. */
export function checkExperiment(experiment: Experiment): Checked<Experiment> {
  const { axes, repetitions } = experiment;
  if (axes.length < 1 || axes.length > 2) return { ok: false, error: `an experiment sweeps one or two parameters, not ${axes.length}` };
  if (axes.length === 2) {
    const [first, second] = axes;
    if (overlaps(first, second)) return { ok: false, error: `${axisName(first)} and ${axisName(second)} set the same parameter of the same set-up` };
  }
  if (!Number.isInteger(repetitions) || repetitions < REPETITIONS.min || repetitions > REPETITIONS.max) {
    return { ok: false, error: `seeds per point must be a whole number from ${REPETITIONS.min} to ${REPETITIONS.max}, not ${repetitions}` };
  }
  const { seed } = experiment.base;
  if (!Number.isInteger(seed) || seed < LIMITS.seed.min || seed > LIMITS.seed.max) {
    return { ok: false, error: `the seed must be a whole number from ${LIMITS.seed.min} to ${LIMITS.seed.max}, not ${seed}` };
  }
  const count = runBound(experiment);
  if (count > MAX_RUNS) return { ok: false, error: `the experiment would take ${count} runs; at most ${MAX_RUNS} (fewer steps or seeds)` };
  return { ok: true, value: experiment };
}

/** The grid's points: every combination of the axes' values, the first axis outermost. */
export function gridPoints(axes: readonly Axis[]): ExperimentPoint[] {
  let combinations: ParamValue[][] = [[]];
  for (const axis of axes) combinations = combinations.flatMap((head) => axis.values.map((value) => [...head, value]));
  return combinations.map((values, index) => ({ index, values }));
}

/** The parameters of one set-up at one point: the base's, with the axes that change this set-up. */
export function paramsAt(experiment: Experiment, point: ExperimentPoint, arm: 'A' | 'B'): Params {
  const base = arm === 'A' ? experiment.base.a : experiment.base.b;
  if (!base) throw new Error('the experiment has no set-up B');
  const params = { ...base } as Record<string, ParamValue>;
  experiment.axes.forEach((axis, index) => {
    if (axis.target === 'both' || axis.target === arm) params[axis.key] = point.values[index];
  });
  return params as Params;
}

/** The runs of an experiment, each distinct configuration once. */
export function planExperiment(experiment: Experiment): ExperimentPlan {
  const { base, repetitions } = experiment;
  const points = gridPoints(experiment.axes);
  const seeds = spreadSeeds(base.seed, repetitions);
  const runs: RunConfig[] = [];
  const known = new Map<string, number>();
  const indexOf = (params: { values: Params; text: string }, seed: number): number => {
    const key = `${seed} ${params.text}`;
    let index = known.get(key);
    if (index === undefined) {
      index = runs.push({ seed, weeks: base.weeks, people: base.people, params: params.values }) - 1;
      known.set(key, index);
    }
    return index;
  };
  const keyed = (values: Params) => ({ values, text: JSON.stringify(values) });
  const setups = points.map((point) => ({
    a: keyed(paramsAt(experiment, point, 'A')),
    b: base.b ? keyed(paramsAt(experiment, point, 'B')) : null,
    cells: [] as { a: number; b: number | null }[],
  }));
  // Seed by seed, so that the first runs to finish cover every point once.
  for (const seed of seeds) {
    for (const pair of setups) pair.cells.push({ a: indexOf(pair.a, seed), b: pair.b ? indexOf(pair.b, seed) : null });
  }
  return { points, seeds, runs, pairs: setups.map((pair) => pair.cells) };
}

/**
 * The most runs an experiment can take: for each set-up, the product of the lengths of the axes
 * that change it, times the seeds. The plan may take fewer, where a point of B equals one of A.
 */
export function runBound(experiment: Pick<Experiment, 'base' | 'axes' | 'repetitions'>): number {
  return sweepRunBound(experiment.axes, experiment.repetitions, experiment.base.b !== null);
}

/** runBound for axes and seeds alone, with or without a set-up B. */
export function sweepRunBound(axes: readonly Axis[], repetitions: number, hasB: boolean): number {
  const product = (arm: 'A' | 'B') => axes.reduce((runs, axis) => (axis.target === 'both' || axis.target === arm ? runs * axis.values.length : runs), 1);
  return (product('A') + (hasB ? product('B') : 0)) * repetitions;
}
