/**
 * Running an experiment: its rows are the core's own numbers for each point and seed, whatever the
 * executors (the core in this thread, the workers' message protocol, one or three of them); the
 * per-point summary is the median, band and share of seeds B wins of those rows; pause starts no
 * run until resume, cancel ends it; the long-form CSV has a row a cell. Small markets, short runs.
 */
import { describe, expect, it } from 'vitest';
import type { Axis } from '../../../src/experiment/axis.ts';
import { axis } from '../../support/experimentAxes.ts';
import { measureOf, measureText, parseMeasure, type Measure } from '../../../src/experiment/measure.ts';
import { planExperiment, type Experiment } from '../../../src/experiment/plan.ts';
import { ExperimentRunner, type SeriesExecutor } from '../../../src/experiment/runner.ts';
import { experimentCsv } from '../../../src/experiment/table.ts';
import { defaultParams } from '../../../src/sim/params/schema.ts';
import type { RunConfig } from '../../../src/sim/run/config.ts';
import { simulate } from '../../../src/sim/run/simulate.ts';
import { inProcessShard } from '../../support/inProcessShard.ts';

function measure(text: string, weeks = 26, hasB = true): Measure {
  const checked = parseMeasure(text, weeks, hasB);
  if (!checked.ok) throw new Error(checked.error);
  return checked.value;
}

const base = { seed: 3, weeks: 26, people: 400, a: defaultParams(), b: { ...defaultParams(), 'bonusBank.enabled': true } };
const bankSweep: Experiment = { base, axes: [axis('B.bonusBank.earnRate=0.01:0.07:3')], repetitions: 3, measure: measure('cumulativeProfit') };

const inThread: SeriesExecutor = async (config, series) => simulate(config).series[series];

async function rowsOf(experiment: Experiment, executors: SeriesExecutor[]) {
  const outcome = await new ExperimentRunner(planExperiment(experiment), experiment.measure, executors).run();
  expect(outcome.kind).toBe('done');
  return outcome.results;
}

describe('a measure', () => {
  it('reads a series at a week, at the end or summed, of A, B or B − A', () => {
    expect(measure('cumulativeProfit')).toEqual({ series: 'cumulativeProfit', at: { kind: 'end' }, of: 'B-A' });
    expect(measure('cumulativeProfit', 26, false).of).toBe('A');
    expect(measure('B.customers@12')).toEqual({ series: 'customers', at: { kind: 'week', week: 12 }, of: 'B' });
    expect(measure('A.profit:sum')).toEqual({ series: 'profit', at: { kind: 'sum' }, of: 'A' });
    for (const text of ['B-A.cumulativeProfit', 'B.customers@12', 'A.profit:sum']) expect(measureText(measure(text))).toBe(text);
    expect(measureOf([1, 2, 4], { kind: 'week', week: 1 })).toBe(2);
    expect(measureOf([1, 2, 4], { kind: 'end' })).toBe(4);
    expect(measureOf([1, 2, 4], { kind: 'sum' })).toBe(7);
  });

  it('refuses an unknown series, a week outside the run, and B without a B', () => {
    expect(parseMeasure('happiness', 26, true)).toMatchObject({ ok: false, error: expect.stringMatching(/not a series/) });
    expect(parseMeasure('customers@26', 26, true)).toMatchObject({ ok: false, error: expect.stringMatching(/0 to 25/) });
    expect(parseMeasure('B-A.customers', 26, false)).toMatchObject({ ok: false, error: expect.stringMatching(/needs a set-up B/) });
    expect(parseMeasure('customers@-1', 26, true)).toMatchObject({ ok: false });
  });
});

describe('an experiment run', () => {
  it('gives, for every point and seed, the core\'s own figures for A, B and B − A', async () => {
    const results = await rowsOf(bankSweep, [inThread]);
    const rows = results.rows();
    expect(rows).toHaveLength(9);
    for (const row of rows) {
      const config = (params: RunConfig['params']): RunConfig => ({ seed: row.seed, weeks: 26, people: 400, params });
      const a = simulate(config(base.a)).series.cumulativeProfit.at(-1) as number;
      const b = simulate(config({ ...base.b, 'bonusBank.earnRate': row.values[0] as number })).series.cumulativeProfit.at(-1) as number;
      expect(row.a).toBe(a);
      expect(row.b).toBe(b);
      expect(row.measured).toBeCloseTo(b - a, 6);
    }
    expect(rows.map((row) => row.seed)).toEqual([3, 4, 5, 3, 4, 5, 3, 4, 5]);
  });

  it('summarises each point over its seeds: median, 10–90% band, share of seeds B is ahead', async () => {
    const results = await rowsOf(bankSweep, [inThread]);
    results.summaries().forEach((summary, point) => {
      const measured = results.rows().filter((row) => row.point === point).map((row) => row.measured).sort((x, y) => x - y);
      expect(summary?.seeds).toBe(3);
      expect(summary?.median).toBe(measured[1]);
      expect(summary?.low).toBeCloseTo(measured[0] + 0.2 * (measured[1] - measured[0]), 6);
      expect(summary?.high).toBeCloseTo(measured[1] + 0.8 * (measured[2] - measured[1]), 6);
      expect(summary?.shareBAhead).toBe(measured.filter((value) => value > 0).length / 3);
    });
  });

  it('gives the same rows on one executor, on three, and through the workers\' messages', async () => {
    const plain = (await rowsOf(bankSweep, [inThread])).rows();
    expect((await rowsOf(bankSweep, [inThread, inThread, inThread])).rows()).toEqual(plain);
    const shards = [inProcessShard(), inProcessShard()];
    expect((await rowsOf(bankSweep, shards.map((shard) => (config, series) => shard.runSeries(config, series)))).rows()).toEqual(plain);
  });

  it('starts no run while paused, goes on when resumed, and stops when cancelled', async () => {
    const plan = planExperiment(bankSweep);
    const started: number[] = [];
    const release: (() => void)[] = [];
    const held: SeriesExecutor = (config, series) => {
      started.push(plan.runs.indexOf(config));
      return new Promise((resolve) => release.push(() => resolve(simulate(config).series[series])));
    };
    const runner = new ExperimentRunner(plan, bankSweep.measure, [held, held]);
    const progress: number[] = [];
    const outcome = runner.run({ onProgress: (report) => progress.push(report.done) });
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    runner.pause();
    release.shift()?.();
    release.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toHaveLength(2);
    expect(progress.at(-1)).toBe(2);
    runner.resume();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toHaveLength(4);
    runner.cancel();
    while (release.length > 0) release.shift()?.();
    const ended = await outcome;
    expect(ended.kind).toBe('cancelled');
    expect(started).toHaveLength(4);
    expect(ended.results.runsDone).toBe(2);
  });

  it('fails with the run\'s message when a run fails, keeping what finished', async () => {
    let calls = 0;
    const failing: SeriesExecutor = async (config, series) => {
      calls += 1;
      if (calls === 3) throw new Error('the worker stopped');
      return simulate(config).series[series];
    };
    const outcome = await new ExperimentRunner(planExperiment(bankSweep), bankSweep.measure, [failing]).run();
    expect(outcome).toMatchObject({ kind: 'failed', error: 'the worker stopped' });
    expect(outcome.results.runsDone).toBe(2);
  });

  it('writes one CSV row a cell, with the axis, the seed and the measure of A, B and B − A', async () => {
    const results = await rowsOf(bankSweep, [inThread]);
    const lines = experimentCsv(bankSweep, results).trim().split('\n');
    expect(lines[0]).toBe('point,B.bonusBank.earnRate,repetition,seed,A.cumulativeProfit,B.cumulativeProfit,B-A.cumulativeProfit');
    expect(lines).toHaveLength(10);
    const [point, rate, repetition, seed, a, b, difference] = lines[1].split(',').map(Number);
    const first = results.rows()[0];
    expect([point, rate, repetition, seed, a, b]).toEqual([0, 0.01, 0, 3, first.a, first.b]);
    expect(difference).toBe(first.measured);
  });
});
