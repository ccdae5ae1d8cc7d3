/**
 * The marginal return of a marketing dollar (acquisition.spendPerWeek) and of a care dollar
 * (service.carePerCustomerWeek) for a run configuration, by central finite differences with
 * common random numbers: for each seed the lever is set a step below and a step above its value,
 * both runs share the seed (the same people and luck), and
 *
 *   profit per extra dollar  = [P(x + h) − P(x − h)] / [C(x + h) − C(x − h)]
 *   return per extra dollar  = 1 + profit per extra dollar
 *
 * where P is cumulative profit at the end of the run (undiscounted, net of the spending itself) and
 * C the total spent on the lever's ledger line (marketing, or care, whose total also moves with the
 * number of customers). "Profit per dollar" is what the model-validity review reports (marketing
 * about 3.6 at model 1's defaults): 0 at the profit optimum. "Return per dollar" counts the dollar
 * back as well (1 at the optimum: a dollar brings back a dollar). The step h is a share of the
 * value (default 20%), at least the lever's minimum step; the low end never goes below 0.
 * Over several seeds: the mean, the standard deviation across seeds and the standard error.
 * Money in dollars.
 */
import type { ParamKey } from '../sim/params/schema.ts';
import type { RunConfig, RunResult } from '../sim/run/config.ts';

export const LEVERS = [
  { id: 'marketing', key: 'acquisition.spendPerWeek', line: 'acquisitionSpend', minStep: 10 },
  { id: 'care', key: 'service.carePerCustomerWeek', line: 'careSpend', minStep: 0.01 },
] as const satisfies readonly { id: string; key: ParamKey; line: string; minStep: number }[];

export type LeverId = (typeof LEVERS)[number]['id'];

export interface MarginalReturn {
  lever: LeverId;
  key: ParamKey;
  value: number;
  low: number;
  high: number;
  /** Profit per extra dollar, one a seed. */
  perSeed: number[];
  profitPerDollar: number;
  returnPerDollar: number;
  /** Standard deviation of the per-seed figures (0 with one seed) and the standard error of their mean. */
  spread: number;
  standardError: number;
}

/** Runs one configuration; the CLI passes the core's simulate, tests a model with a known answer. */
export type Runner = (config: RunConfig) => Pick<RunResult, 'series'>;

function endOf(values: ArrayLike<number>): number {
  return values.length > 0 ? values[values.length - 1] : 0;
}

function totalSpent(values: ArrayLike<number>): number {
  let total = 0;
  for (let index = 0; index < values.length; index++) total += Math.abs(values[index]);
  return total;
}

export function meanAndSpread(values: readonly number[]): { mean: number; spread: number; standardError: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  if (values.length < 2) return { mean, spread: 0, standardError: 0 };
  const variance = values.reduce((sum, value) => sum + (value - mean) * (value - mean), 0) / (values.length - 1);
  const spread = Math.sqrt(variance);
  return { mean, spread, standardError: spread / Math.sqrt(values.length) };
}

export function marginalReturn(
  config: RunConfig,
  lever: (typeof LEVERS)[number],
  seeds: readonly number[],
  run: Runner,
  stepShare = 0.2,
): MarginalReturn {
  const value = config.params[lever.key] as number;
  const step = Math.max(lever.minStep, value * stepShare);
  const low = Math.max(0, value - step);
  const high = value + step;
  const perSeed = seeds.map((seed) => {
    const at = (x: number) => run({ ...config, seed, params: { ...config.params, [lever.key]: x } }).series;
    const below = at(low);
    const above = at(high);
    const extraSpend = totalSpent(above[lever.line]) - totalSpent(below[lever.line]);
    return (endOf(above.cumulativeProfit) - endOf(below.cumulativeProfit)) / extraSpend;
  });
  const { mean, spread, standardError } = meanAndSpread(perSeed);
  return { lever: lever.id, key: lever.key, value, low, high, perSeed, profitPerDollar: mean, returnPerDollar: 1 + mean, spread, standardError };
}

/** Both levers' marginal returns over `seeds`. */
export function marginalReturns(config: RunConfig, seeds: readonly number[], run: Runner, stepShare = 0.2): MarginalReturn[] {
  return LEVERS.map((lever) => marginalReturn(config, lever, seeds, run, stepShare));
}
