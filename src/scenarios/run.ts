/**
 * The runs of a scenario: each variant's parameters (the schema's defaults, then the scenario's
 * shared values, then the variant's own, then a "what if"'s changes) with the scenario's seed,
 * length and market. A and B share the seed, and so the people and their luck.
 */
import { paramsWith } from '../sim/params/validate.ts';
import type { Params } from '../sim/params/schema.ts';
import type { RunConfig } from '../sim/run/config.ts';
import type { Overrides, Scenario, Variant } from './types.ts';

/** A variant's parameters; a scenario that was loaded always gives valid ones. */
export function variantParams(scenario: Scenario, variant: Variant, changes: Overrides = {}): Params {
  const checked = paramsWith({ ...scenario.variants[variant].overrides, ...changes });
  if (!checked.ok) throw new Error(`${scenario.id}, ${variant}: ${checked.error}`);
  return checked.value;
}

export function variantConfig(scenario: Scenario, variant: Variant, seed: number = scenario.seed): RunConfig {
  return { seed, weeks: scenario.weeks, people: scenario.people, params: variantParams(scenario, variant) };
}
