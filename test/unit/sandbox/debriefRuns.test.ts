/**
 * The debrief's runs over seeds, as state: the table lever by lever (LeverBreakdownRun) and the
 * what-ifs (WhatIfVerdicts) run on the verdict's consecutive seeds and give the medians and
 * counts of the core's runs in Node; the what-ifs run one after another and fill in row by row;
 * a failure says so and can be run again; a new start supersedes the old. The parts share one
 * runner in turn (DebriefQueue): the verdict's runs first, then the levers', then the what-ifs'.
 */
import { describe, expect, it } from 'vitest';
import { paramsWith, simulate, type RunConfig } from '../../../src/sim/index.ts';
import type { Overrides } from '../../../src/scenarios/types.ts';
import { LeverBreakdownRun } from '../../../src/app/state/leverBreakdownRun.svelte.ts';
import { DebriefQueue } from '../../../src/app/state/debriefRunner.ts';
import { WhatIfVerdicts, type WhatIfPlan } from '../../../src/app/state/whatIfVerdicts.svelte.ts';
import { FakeSpreadRunner, settle } from './fakeRunner.ts';

function config(overrides: Overrides, seed = 3): RunConfig {
  const checked = paramsWith(overrides);
  if (!checked.ok) throw new Error(checked.error);
  return { seed, weeks: 30, people: 300, params: checked.value };
}

const finalProfit = (run: RunConfig, seed: number) => simulate({ ...run, seed }).summary.cumulativeProfit;

/** B − A in final cumulative profit on seeds 3, 4, 5, as the core gives it. */
function gainsOf(a: RunConfig, b: RunConfig): number[] {
  return [3, 4, 5].map((seed) => finalProfit(b, seed) - finalProfit(a, seed));
}

const cheap = config({});
const careful = config({ 'service.carePerCustomerWeek': 1.2 });
const loud = config({ 'acquisition.spendPerWeek': 9000 });

function whatIfPlan(): WhatIfPlan {
  return {
    pairs: [
      { label: 'as run', a: cheap, b: careful },
      { label: 'louder', a: loud, b: careful },
    ],
    seedCount: 3,
  };
}

describe('the what-ifs over seeds', () => {
  it('runs each what-if’s A and B on the same seeds, one after another, to the core’s B − A', async () => {
    const runner = new FakeSpreadRunner(true);
    const verdicts = new WhatIfVerdicts(() => runner);
    void verdicts.start(whatIfPlan());
    await settle();
    expect(verdicts.statuses).toEqual(['running', 'waiting']);
    expect(runner.asked).toHaveLength(1);
    expect(runner.asked[0].map((run) => run.seed)).toEqual([3, 4, 5, 3, 4, 5]);
    runner.finish();
    await settle();
    expect(verdicts.statuses).toEqual(['done', 'running']);
    const first = gainsOf(cheap, careful);
    expect(verdicts.gains[0]?.bySeed).toEqual(first);
    expect(verdicts.gains[0]?.seedsAhead).toBe(first.filter((gain) => gain > 0).length);
    expect(verdicts.gains[0]?.median).toBe([...first].sort((x, y) => x - y)[1]);
    expect(verdicts.gains[1]).toBeNull();
    runner.finish();
    await settle();
    expect(verdicts.statuses).toEqual(['done', 'done']);
    expect(verdicts.gains[1]?.bySeed).toEqual(gainsOf(loud, careful));
    expect(verdicts.gains[1]?.label).toBe('louder');
    // The two what-ifs differ in A's marketing, and so in B − A.
    expect(verdicts.gains[1]?.bySeed).not.toEqual(first);
  });

  it('says a failure, keeps the rows already done, and runs them all again on retry', async () => {
    const runner = new FakeSpreadRunner(true);
    const verdicts = new WhatIfVerdicts(() => runner);
    void verdicts.start(whatIfPlan());
    await settle();
    runner.finish();
    await settle();
    runner.fail('out of memory');
    await settle();
    expect(verdicts.statuses).toEqual(['done', 'failed']);
    expect(verdicts.error).toBe('out of memory');
    expect(verdicts.gains[0]).not.toBeNull();
    verdicts.retry();
    await settle();
    expect(verdicts.error).toBeNull();
    expect(verdicts.statuses).toEqual(['running', 'waiting']);
    runner.finish();
    await settle();
    runner.finish();
    await settle();
    expect(verdicts.statuses).toEqual(['done', 'done']);
  });

  it('drops the runs of a plan superseded by a new start', async () => {
    const runner = new FakeSpreadRunner(true);
    const verdicts = new WhatIfVerdicts(() => runner);
    void verdicts.start(whatIfPlan());
    await settle();
    const single: WhatIfPlan = { pairs: [{ label: 'only', a: cheap, b: loud }], seedCount: 3 };
    void verdicts.start(single);
    await settle();
    runner.finish();
    await settle();
    expect(verdicts.statuses).toEqual(['done']);
    expect(verdicts.gains[0]?.bySeed).toEqual(gainsOf(cheap, loud));
    expect(runner.asked).toHaveLength(2);
  });
});

describe('the table lever by lever', () => {
  const chain = [cheap, config({ 'service.carePerCustomerWeek': 1.2 }), config({ 'service.carePerCustomerWeek': 1.2, 'acquisition.spendPerWeek': 9000 })];

  it('runs A, each lever and B on the same seeds, and each lever’s share is its step in the core’s runs', async () => {
    const runner = new FakeSpreadRunner();
    const breakdown = new LeverBreakdownRun(() => runner);
    await breakdown.start({ chain, labels: ['care', 'marketing'], total: 'B − A', seedCount: 3 });
    expect(breakdown.status).toBe('done');
    expect(breakdown.seeds).toEqual([3, 4, 5]);
    expect(runner.asked[0].map((run) => run.seed)).toEqual([3, 4, 5, 3, 4, 5, 3, 4, 5]);
    const [care, marketing, total] = breakdown.shares ?? [];
    expect(care.bySeed).toEqual(gainsOf(chain[0], chain[1]));
    expect(marketing.bySeed).toEqual(gainsOf(chain[1], chain[2]));
    expect(total.label).toBe('B − A');
    // Seed by seed the levers add up to B − A.
    total.bySeed.forEach((gain, seed) => expect(care.bySeed[seed] + marketing.bySeed[seed]).toBeCloseTo(gain, 6));
  });

  it('says a failure and runs again on retry', async () => {
    const runner = new FakeSpreadRunner(true);
    const breakdown = new LeverBreakdownRun(() => runner);
    void breakdown.start({ chain, labels: ['care', 'marketing'], total: 'B − A', seedCount: 3 });
    await settle();
    runner.fail('worker lost');
    await settle();
    expect(breakdown.status).toBe('failed');
    expect(breakdown.error).toBe('worker lost');
    breakdown.retry();
    await settle();
    runner.finish();
    await settle();
    expect(breakdown.status).toBe('done');
    expect(breakdown.shares).toHaveLength(3);
  });
});

describe('the debrief’s queue', () => {
  const keep = (result: { summary: { cumulativeProfit: number } }) => result.summary.cumulativeProfit;

  it('runs the lanes’ runs in the order asked, each after the one before has finished', async () => {
    const runner = new FakeSpreadRunner(true);
    const queue = new DebriefQueue(() => runner);
    const first = queue.lane().run([cheap], keep);
    const second = queue.lane().run([loud], keep);
    await settle();
    expect(runner.asked).toEqual([[cheap]]);
    runner.finish();
    expect(await first).toMatchObject({ kind: 'done', runs: [simulate(cheap).summary.cumulativeProfit] });
    await settle();
    expect(runner.asked).toEqual([[cheap], [loud]]);
    runner.finish();
    expect((await second).kind).toBe('done');
  });

  it('drops a lane’s own runs on its cancel, going on or waiting, and leaves the other lanes’', async () => {
    const runner = new FakeSpreadRunner(true);
    const queue = new DebriefQueue(() => runner);
    const verdict = queue.lane();
    const levers = queue.lane();
    const whatIfs = queue.lane();
    const going = verdict.run([cheap], keep);
    const waiting = levers.run([careful], keep);
    const last = whatIfs.run([loud], keep);
    await settle();
    levers.cancel();
    verdict.cancel();
    expect((await going).kind).toBe('cancelled');
    expect((await waiting).kind).toBe('cancelled');
    await settle();
    // The cancelled lane's waiting run never reached the runner; the what-ifs' did.
    expect(runner.asked).toEqual([[cheap], [loud]]);
    runner.finish();
    expect((await last).kind).toBe('done');
  });

  it('cancels every run still waiting once the debrief is gone', async () => {
    const runner = new FakeSpreadRunner(true);
    const queue = new DebriefQueue(() => runner);
    const going = queue.lane().run([cheap], keep);
    const waiting = queue.lane().run([loud], keep);
    await settle();
    queue.dispose();
    expect((await going).kind).toBe('cancelled');
    expect((await waiting).kind).toBe('cancelled');
    expect(runner.asked).toEqual([[cheap]]);
  });
});
