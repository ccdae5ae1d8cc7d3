/**
 * `--marginal`: the marginal returns of a marketing dollar and of a care dollar for the parameters
 * given (src/analysis/marginalReturns.ts), over seeds --seed … --seed + N − 1, as a JSON document:
 * { model, weeks, people, seeds, measure, levers: [{ lever, key, value, low, high, profitPerDollar,
 * returnPerDollar, spread, standardError, perSeed }] }.
 */
import { marginalReturns } from '../analysis/marginalReturns.ts';
import type { RunConfig } from '../sim/run/config.ts';
import { simulate } from '../sim/run/simulate.ts';
import { MODEL_VERSION } from '../sim/version.ts';

export const MARGINAL_MEASURE =
  'extra cumulative profit (undiscounted, net of the spending) per extra dollar spent on the lever, by central differences at ±20% with common random numbers; returnPerDollar = 1 + profitPerDollar';

export function marginalAsJson(config: RunConfig, seedCount: number): string {
  const seeds = Array.from({ length: seedCount }, (_, index) => config.seed + index);
  const levers = marginalReturns(config, seeds, simulate);
  return JSON.stringify({ model: MODEL_VERSION, weeks: config.weeks, people: config.people, seeds, measure: MARGINAL_MEASURE, levers }, null, 1);
}
