/**
 * Scenarios whose question is "for the same money" spend the same money on A and on B: the
 * bonus bank gives away in points (credited less burned, dollars) what the card gives in
 * discounts, and the company that keeps customers spends on care what the one that buys growth
 * spends on extra marketing. Each is a median over the scenario's first ten seeds, within a few
 * per cent; a change of the model or of a scenario that breaks the match fails here.
 */
import { describe, expect, it } from 'vitest';
import { spreadSeeds } from '../../../src/analysis/seeds.ts';
import { readScenario, scenarioFiles } from '../../../src/scenarios/node/readScenarios.ts';
import { variantConfig } from '../../../src/scenarios/run.ts';
import type { Scenario } from '../../../src/scenarios/types.ts';
import { paramsWith } from '../../../src/sim/params/validate.ts';
import type { RunConfig, RunResult } from '../../../src/sim/index.ts';
import { simulate } from '../../../src/sim/run/simulate.ts';

const SEEDS = 10;
/** Twenty to thirty classroom runs a test: a few seconds alone, half a minute beside CI's other tests. */
const RUNS_TIMEOUT_MS = 120_000;

function scenario(id: string): Scenario {
  const path = scenarioFiles().find((file) => file.endsWith(`/${id}.md`));
  if (!path) throw new Error(`no scenario ${id}`);
  const checked = readScenario(path);
  if (!checked.ok) throw new Error(checked.error);
  return checked.value;
}

const total = (series: ArrayLike<number>) => Array.from(series).reduce((sum, value) => sum + value, 0);
/** Dollars paid out on a ledger line over the run (the ledger's lines carry costs as negative). */
const spent = (line: ArrayLike<number>) => -total(line);
const median = (values: number[]) => {
  const sorted = [...values].sort((one, other) => one - other);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The runs of one set-up on the scenario's first ten seeds. */
function runsOf(config: RunConfig): RunResult[] {
  return spreadSeeds(config.seed, SEEDS).map((seed) => simulate({ ...config, seed }));
}

describe('scenarios asked "for the same money"', () => {
  it('bonus-bank-vs-discount: the points the bank gives away are worth what the card takes off', () => {
    const bank = scenario('bonus-bank-vs-discount');
    const discounts = runsOf(variantConfig(bank, 'A')).map((run) => spent(run.series.discounts));
    const pointsGiven = runsOf(variantConfig(bank, 'B')).map((run) => total(run.series.pointsIssued) - total(run.series.pointsExpired));
    expect(median(discounts)).toBeGreaterThan(100_000);
    expect(Math.abs(median(pointsGiven) / median(discounts) - 1)).toBeLessThan(0.03);
  }, RUNS_TIMEOUT_MS);

  it('why-retention: the extra care B spends is what A spends on extra marketing', () => {
    const why = scenario('why-retention');
    const a = variantConfig(why, 'A');
    const b = variantConfig(why, 'B');
    // Neither lever: A's marketing at B's level, B's care at A's.
    const neither = paramsWith({ ...why.variants.A.overrides, 'acquisition.spendPerWeek': b.params['acquisition.spendPerWeek'] });
    if (!neither.ok) throw new Error(neither.error);
    const base = runsOf({ ...a, params: neither.value });
    const extraMarketing = runsOf(a).map((run, index) => spent(run.series.acquisitionSpend) - spent(base[index].series.acquisitionSpend));
    const extraCare = runsOf(b).map((run, index) => spent(run.series.careSpend) - spent(base[index].series.careSpend));
    expect(median(extraMarketing)).toBeCloseTo(650 * 260, -3);
    expect(Math.abs(median(extraCare) / median(extraMarketing) - 1)).toBeLessThan(0.05);
  }, RUNS_TIMEOUT_MS);
});
