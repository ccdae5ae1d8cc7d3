/**
 * B − A lever by lever: each lever's share is what its step of the chain adds, seed by seed; the
 * shares add up to B − A in every seed; each gets a median, a 10–90% range and the count of seeds
 * in which it pays. Checked on made-up finals and on spam-folder's chain of real runs.
 */
import { describe, expect, it } from 'vitest';
import { leverBreakdown } from '../../src/analysis/leverBreakdown.ts';
import { spreadSeeds, withSeeds } from '../../src/analysis/seeds.ts';
import { readScenario, scenarioFiles } from '../../src/scenarios/node/readScenarios.ts';
import { leverConfigs, variantConfig } from '../../src/scenarios/run.ts';
import { simulate } from '../../src/sim/run/simulate.ts';

const finalProfit = (series: ArrayLike<number>) => series[series.length - 1];

describe('leverBreakdown', () => {
  // A, A with lever one, then B, in three seeds.
  const finals = [
    [100, 200, 300],
    [150, 180, 390],
    [130, 260, 420],
  ];
  const shares = leverBreakdown(['one', 'two'], finals, 'B − A');

  it('gives each lever the step it adds, seed by seed, and the whole of B − A last', () => {
    expect(shares.map((share) => share.label)).toEqual(['one', 'two', 'B − A']);
    expect(shares.map((share) => share.bySeed)).toEqual([
      [50, -20, 90],
      [-20, 80, 30],
      [30, 60, 120],
    ]);
  });

  it('gives a median, a 10–90% range and the seeds in which each lever pays', () => {
    expect(shares[0]).toMatchObject({ median: 50, low: -20 + 0.2 * 70, high: 50 + 0.8 * 40, seedsAhead: 2 });
    expect(shares[1]).toMatchObject({ median: 30, seedsAhead: 2 });
    expect(shares[2]).toMatchObject({ median: 60, seedsAhead: 3 });
  });

  it('refuses finals that are not A and one run per lever on the same seeds', () => {
    expect(() => leverBreakdown(['one'], finals, 'total')).toThrow(/2 runs, not 3/);
    expect(() => leverBreakdown(['one', 'two'], [[1, 2], [1], [3, 4]], 'total')).toThrow(/same seeds/);
  });

  it("takes spam-folder's real runs apart into shares that add up to B − A in every seed", () => {
    const path = scenarioFiles().find((file) => file.endsWith('/spam-folder.md'));
    const checked = readScenario(path ?? '');
    if (!checked.ok) throw new Error(checked.error);
    const spam = { ...checked.value, weeks: 52, people: 2000 };
    const seeds = spreadSeeds(spam.seed, 3);
    const chain = leverConfigs(spam);
    expect(chain).toHaveLength(spam.levers.length + 1);
    expect(chain[0].params).toEqual(variantConfig(spam, 'A').params);
    expect(chain[chain.length - 1].params).toEqual(variantConfig(spam, 'B').params);
    const finals = chain.map((config) => withSeeds(config, seeds).map((run) => finalProfit(simulate(run).series.cumulativeProfit)));
    const breakdown = leverBreakdown(spam.levers.map((lever) => lever.label), finals, 'total');
    const total = breakdown[breakdown.length - 1];
    seeds.forEach((_, seed) => {
      const sum = breakdown.slice(0, -1).reduce((added, share) => added + share.bySeed[seed], 0);
      expect(sum).toBeCloseTo(total.bySeed[seed], 6);
    });
    expect(breakdown.slice(0, -1).every((share) => share.bySeed.some((value) => value !== 0))).toBe(true);
  });
});
