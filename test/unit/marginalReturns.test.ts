/**
 * Marginal returns of marketing and care (src/analysis/marginalReturns.ts) and the CLI's
 * --marginal: the central differences give the derivative of a profit curve with a known answer,
 * each seed's pair of runs shares the seed, and the CLI prints both levers' figures.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { marginalReturns, meanAndSpread, type Runner } from '../../src/analysis/marginalReturns.ts';
import { parseCliArgs } from '../../src/cli/args.ts';
import type { RunConfig } from '../../src/sim/run/config.ts';
import { params } from '../support/runs.ts';

const WEEKS = 10;
const CUSTOMERS = 100;

/**
 * A model with a known answer: profit = 3 × marketing − 0.0001 × marketing² + 2 × care − 0.001 × care²
 * in total dollars spent, plus a per-seed offset (luck that common random numbers cancel).
 */
const quadratic: Runner = (config: RunConfig) => {
  const marketing = config.params['acquisition.spendPerWeek'] * WEEKS;
  const care = config.params['service.carePerCustomerWeek'] * CUSTOMERS * WEEKS;
  const profit = 3 * marketing - 0.0001 * marketing ** 2 + 2 * care - 0.001 * care ** 2 + 1000 * config.seed;
  const weekly = (total: number) => new Float64Array(WEEKS).fill(-total / WEEKS);
  return {
    series: {
      cumulativeProfit: Float64Array.of(profit),
      acquisitionSpend: weekly(marketing),
      careSpend: weekly(care),
    },
  };
};

describe('the marginal returns of marketing and care', () => {
  const levers = { 'acquisition.spendPerWeek': 650, 'service.carePerCustomerWeek': 0.2 };
  const config: RunConfig = { seed: 1, weeks: WEEKS, people: 1000, params: params(levers) };
  const [marketing, care] = marginalReturns(config, [1, 2, 3], quadratic);

  it('are the derivative of profit in the dollars spent, the dollar itself counted back in the return', () => {
    // At these levers, $650 a week × 10 weeks = $6,500 of marketing and $0.20 × 100 × 10 = $200 of care.
    expect(marketing.profitPerDollar).toBeCloseTo(3 - 2 * 0.0001 * 6500, 9);
    expect(marketing.returnPerDollar).toBeCloseTo(1 + 3 - 2 * 0.0001 * 6500, 9);
    expect(care.profitPerDollar).toBeCloseTo(2 - 2 * 0.001 * 200, 9);
  });

  it('step 20% either side of the lever\'s value, on the same seeds, so the luck of a seed cancels', () => {
    expect([marketing.low, marketing.high]).toEqual([520, 780]);
    expect(care.low).toBeCloseTo(0.16, 12);
    expect(care.high).toBeCloseTo(0.24, 12);
    expect(marketing.perSeed).toHaveLength(3);
    expect(marketing.spread).toBeCloseTo(0, 9);
  });

  it('give the spread across seeds as a standard deviation and a standard error', () => {
    expect(meanAndSpread([1, 2, 3, 4])).toEqual({ mean: 2.5, spread: Math.sqrt(5 / 3), standardError: Math.sqrt(5 / 3) / 2 });
    expect(meanAndSpread([7])).toEqual({ mean: 7, spread: 0, standardError: 0 });
  });
});

describe('the CLI\'s --marginal', () => {
  it('prints both levers\' profit and return per extra dollar over the seeds asked for', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', '--marginal', '--seeds', '2', '--seed', '4', '--weeks', '52', '--people', '1500'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.seeds).toEqual([4, 5]);
    expect(document.levers.map((lever: { key: string }) => lever.key)).toEqual(['acquisition.spendPerWeek', 'service.carePerCustomerWeek']);
    for (const lever of document.levers) {
      expect(lever.perSeed).toHaveLength(2);
      expect(Number.isFinite(lever.profitPerDollar)).toBe(true);
      expect(lever.returnPerDollar).toBeCloseTo(1 + lever.profitPerDollar, 9);
    }
  });

  it.each([
    [['--seeds', '3'], '--seeds goes with --marginal'],
    [['--marginal', '--seeds', '0'], '--seeds must be a whole number from 1 to 50'],
    [['--marginal', '--seeds', 'many'], '--seeds must be a whole number from 1 to 50'],
    [['--marginal', '--format', 'csv'], '--marginal prints JSON only'],
    [['--marginal', '--scenario', 'why-retention', '--variant', 'A'], '--marginal cannot be combined with --scenario'],
  ])('refuses %j with one sentence saying why', (args, fragment) => {
    const parsed = parseCliArgs(args);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(fragment);
  });

  it('takes five seeds unless told otherwise', () => {
    const parsed = parseCliArgs(['--marginal']);
    expect(parsed.ok && parsed.value.marginalSeeds).toBe(5);
    const plain = parseCliArgs([]);
    expect(plain.ok && plain.value.marginalSeeds).toBeNull();
  });
});
