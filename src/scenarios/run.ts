/**
 * The runs of a scenario: each variant's parameters (the schema's defaults, then the scenario's
 * shared values, then the variant's own, then a "what if"'s changes) with the scenario's seed,
 * length and market. A and B share the seed, and so the people and their luck.
 */
import { paramsWith } from '../sim/params/validate.ts';
import type { Params } from '../sim/params/schema.ts';
import type { RunConfig } from '../sim/run/config.ts';
import type { Lever, Overrides, Scenario, Variant } from './types.ts';

/** A variant's parameters; a scenario that was loaded always gives valid ones. */
export function variantParams(scenario: Scenario, variant: Variant, changes: Overrides = {}): Params {
  return checkedParams({ ...scenario.variants[variant].overrides, ...changes }, `${scenario.id}, ${variant}`);
}

function checkedParams(overrides: Overrides, where: string): Params {
  const checked = paramsWith(overrides);
  if (!checked.ok) throw new Error(`${where}: ${checked.error}`);
  return checked.value;
}

export function variantConfig(scenario: Scenario, variant: Variant, seed: number = scenario.seed, changes: Overrides = {}): RunConfig {
  return { seed, weeks: scenario.weeks, people: scenario.people, params: variantParams(scenario, variant, changes) };
}

/** A scenario's A and B as run on one seed. */
export function variantPair(scenario: Scenario, seed: number = scenario.seed): { a: RunConfig; b: RunConfig } {
  return { a: variantConfig(scenario, 'A', seed), b: variantConfig(scenario, 'B', seed) };
}

/**
 * The runs of a scenario's decomposition on one seed: A, then A with each lever in turn (the last
 * is B). Empty when the scenario names no levers.
 */
export function leverConfigs(scenario: Scenario, seed: number = scenario.seed): RunConfig[] {
  if (scenario.levers.length === 0) return [];
  const config = (lever: Lever): RunConfig => ({
    seed,
    weeks: scenario.weeks,
    people: scenario.people,
    params: checkedParams(lever.overrides, `${scenario.id}, lever "${lever.label}"`),
  });
  return [variantConfig(scenario, 'A', seed), ...scenario.levers.map(config)];
}

/** Each "what if" of a scenario as its A and B on one seed, under its label. */
export function whatIfConfigs(scenario: Scenario, seed: number = scenario.seed): { label: string; a: RunConfig; b: RunConfig }[] {
  return scenario.whatIfs.map((whatIf) => ({
    label: whatIf.label,
    a: variantConfig(scenario, 'A', seed, whatIf.changes.A),
    b: variantConfig(scenario, 'B', seed, whatIf.changes.B),
  }));
}
