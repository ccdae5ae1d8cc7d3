/**
 * What a run was made of, for exports: the model version, seed, length, market size and the
 * parameters that differ from their defaults (for A, and for B in compare mode). Used as the CSV's
 * header comments and as the configuration file.
 */
import { defaultParams, MODEL_VERSION, paramKeys, type Params, type RunResult } from '../../sim/index.ts';

export interface ExportedConfiguration {
  app: 'retention-lab';
  model: string;
  seed: number;
  weeks: number;
  people: number;
  /** Parameters that differ from the defaults; every other parameter is at its default. */
  a: Partial<Params>;
  b: Partial<Params> | null;
}

export function changedParams(params: Params): Partial<Params> {
  const defaults = defaultParams();
  const changed: Record<string, unknown> = {};
  for (const key of paramKeys) if (params[key] !== defaults[key]) changed[key] = params[key];
  return changed as Partial<Params>;
}

export function configurationOf(a: RunResult, b: RunResult | null): ExportedConfiguration {
  return {
    app: 'retention-lab',
    model: MODEL_VERSION,
    seed: a.seed,
    weeks: a.weeks,
    people: a.people,
    a: changedParams(a.params),
    b: b ? changedParams(b.params) : null,
  };
}

/** The configuration as comment lines: "model 1.0.0, seed 1, …", then one line per run's changes. */
export function configurationComments(configuration: ExportedConfiguration): string[] {
  const describe = (changed: Partial<Params>) => {
    const entries = Object.entries(changed);
    return entries.length === 0 ? 'all parameters at their defaults' : entries.map(([key, value]) => `${key}=${String(value)}`).join('; ');
  };
  const lines = [
    `Retention Lab, model ${configuration.model}: seed ${configuration.seed}, ${configuration.weeks} weeks, ${configuration.people} people`,
    `${configuration.b ? 'A: ' : 'parameters: '}${describe(configuration.a)}`,
  ];
  if (configuration.b) lines.push(`B: ${describe(configuration.b)}`);
  return lines;
}
