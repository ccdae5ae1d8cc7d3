/**
 * The experiment view's state as a person uses it: the form's count of runs and time estimate,
 * a run whose results come in point by point, pause and resume, cancel that keeps what came in,
 * and a form edited during a run that does not relabel the results on screen. Runs are the core's
 * own, in this thread, on a small market.
 */
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { defaultParams, simulate, type Params } from '../../../src/sim/index.ts';
import { ExperimentState, type ExperimentPool } from '../../../src/app/state/experimentState.svelte.ts';
import { defaultMeasure } from '../../../src/experiment/measure.ts';
import { REPETITIONS } from '../../../src/experiment/plan.ts';
import { expectedSeconds } from '../../../src/app/state/runSize.ts';
import type { SeriesExecutor } from '../../../src/experiment/runner.ts';

const a = defaultParams();
const b: Params = { ...a, 'acquisition.spendPerWeek': a['acquisition.spendPerWeek'] * 2 };

/** A pool of `size` executors on the core; `hold` keeps every run waiting until released. */
function corePool(size: number, hold = false) {
  const waiting: (() => void)[] = [];
  let stopped = 0;
  const run: SeriesExecutor = async (config, series) => {
    if (hold) await new Promise<void>((resolve) => waiting.push(resolve));
    return simulate(config).series[series];
  };
  const pool: ExperimentPool = { size, executors: () => Array.from({ length: size }, () => run), stop: () => (stopped += 1) };
  return { pool, release: () => waiting.splice(0).forEach((resolve) => resolve()), stops: () => stopped, waiting: () => waiting.length };
}

function state(pool: ExperimentPool, withB = true) {
  return new ExperimentState(
    { base: { seed: 3, weeks: 20, people: 300, a, b: withB ? b : null }, parts: { axes: [], repetitions: 2, measure: defaultMeasure(withB) } },
    () => pool,
  );
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the experiment builder’s state', () => {
  it('counts the runs and the time they take before anything runs', () => {
    const experiment = state(corePool(2).pool);
    // B's spend, 5 points, 2 seeds; A is not swept, so once per seed.
    expect(experiment.check?.runs).toBe((1 + 5) * 2);
    expect(experiment.estimateSeconds(2)).toBeCloseTo(expectedSeconds(300, 20, 12, 1) / 2, 12);
    experiment.size.people = 'many';
    flushSync();
    expect(experiment.sizeCheck.errors.people).toBe('People in the market: a whole number from 1 to 2,000,000.');
    expect(experiment.check).toBeNull();
    expect(experiment.estimateSeconds(2)).toBeNull();
  });

  it('writes a link only of a form that is right', () => {
    const experiment = state(corePool(1).pool);
    expect(experiment.linkParts?.parts.axes[0].key).toBe('acquisition.spendPerWeek');
    experiment.draft.repetitions = String(REPETITIONS.max + 1);
    flushSync();
    expect(experiment.linkParts).toBeNull();
  });

  it('runs the experiment and summarises every point over its seeds', async () => {
    const experiment = state(corePool(2).pool);
    await experiment.start();
    expect(experiment.status).toBe('done');
    // B's first point (half B's spend) is A's set-up: that run is made once, not twice.
    expect(experiment.run?.plan.runs).toHaveLength(10);
    expect(experiment.progress).toMatchObject({ done: 10, total: 10, remainingMs: 0 });
    expect(experiment.summaries).toHaveLength(5);
    for (const summary of experiment.summaries) {
      expect(summary?.seeds).toBe(2);
      expect(summary!.low).toBeLessThanOrEqual(summary!.median);
      expect(summary!.median).toBeLessThanOrEqual(summary!.high);
    }
    // More spend in B reaches more people: B's customers at twice the spend differ from at half.
    expect(experiment.summaries[0]!.median).not.toBe(experiment.summaries[4]!.median);
  });

  it('pauses, resumes and cancels, keeping what came in', async () => {
    const held = corePool(1, true);
    const experiment = state(held.pool);
    const done = experiment.start();
    await tick();
    expect(experiment.status).toBe('running');
    experiment.pause();
    expect(experiment.status).toBe('paused');
    held.release();
    await tick();
    await tick();
    // The run under way finished; no other started while paused.
    expect(held.waiting()).toBe(0);
    expect(experiment.run?.results.runsDone).toBe(1);
    experiment.resume();
    await tick();
    expect(held.waiting()).toBe(1);
    experiment.cancel();
    expect(experiment.status).toBe('cancelled');
    expect(held.stops()).toBe(1);
    held.release();
    await done;
    expect(experiment.status).toBe('cancelled');
    expect(experiment.run?.results.runsDone).toBe(1);
  });

  it('keeps the experiment on screen as it ran while the form is edited', async () => {
    const experiment = state(corePool(2).pool);
    await experiment.start();
    experiment.addAxis();
    experiment.draft.axes[0].steps = '3';
    flushSync();
    expect(experiment.run?.experiment.axes).toHaveLength(1);
    expect(experiment.run?.experiment.axes[0].values).toHaveLength(5);
    expect(experiment.check?.experiment?.axes).toHaveLength(2);
  });

  it('says why an experiment failed', async () => {
    const failing: ExperimentPool = { size: 1, executors: () => [async () => Promise.reject(new Error('a simulation worker stopped unexpectedly'))], stop: () => {} };
    const experiment = state(failing);
    await experiment.start();
    expect(experiment.status).toBe('failed');
    expect(experiment.error).toMatch(/stopped unexpectedly/);
  });
});
