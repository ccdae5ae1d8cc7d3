/**
 * The CLI's arguments: parsed, checked against the limits and the parameter schema, and turned
 * into a run configuration. A problem gives one sentence naming it and what is allowed; it never
 * throws past this module.
 */
import { parseArgs } from 'node:util';
import { LIMITS, type RunConfig } from '../sim/run/config.ts';
import { parseValue, type Checked } from '../sim/params/validate.ts';
import { defaultParams } from '../sim/params/schema.ts';
import { isPresetId, presetIds, presets } from '../sim/params/presets.ts';
import { sweepRequest, type SweepRequest } from './sweepArgs.ts';
import { CLI_VERDICT_SEEDS } from './scenarioVerdict.ts';

/**
 * `transactions`: the run's every purchase, one CSV row each (transactionsCsv.ts); `tenure` and
 * `tenure-csv`: the tenure table (tenureText.ts).
 */
export const FORMATS = ['json', 'csv', 'transactions', 'tenure', 'tenure-csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliRequest {
  help: boolean;
  format: Format;
  config: RunConfig;
  /**
   * A scenario's variant to run instead of the parameters given (`--scenario ID --variant A|B`),
   * with the language of its debrief's texts (`--lang ru`; checked against the translations there are).
   */
  scenario: { id: string; variant: string; seed: number | null; language: string } | null;
  /** Measure the marginal returns of marketing and care over this many seeds from --seed (`--marginal [--seeds N]`). */
  marginalSeeds: number | null;
  /** An experiment over one or two parameters (`--sweep …`, sweepArgs.ts), or null. */
  sweep: SweepRequest | null;
  /** The scenario's verdict over this many seeds (`--scenario ID --verdict [--seeds N]`, scenarioVerdict.ts), or null. */
  verdictSeeds: number | null;
}

export const MARGINAL_SEEDS = { min: 1, max: 50, default: 5 } as const;

const options = {
  seed: { type: 'string' },
  weeks: { type: 'string' },
  people: { type: 'string' },
  set: { type: 'string', multiple: true },
  format: { type: 'string' },
  trace: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  scenario: { type: 'string' },
  variant: { type: 'string' },
  marginal: { type: 'boolean' },
  seeds: { type: 'string' },
  preset: { type: 'string' },
  sweep: { type: 'string', multiple: true },
  measure: { type: 'string' },
  verdict: { type: 'boolean' },
  lang: { type: 'string' },
} as const;

/** Options that a scenario sets itself, so they cannot come with --scenario. */
const SET_BY_SCENARIO = ['weeks', 'people', 'set', 'trace', 'preset'] as const;

function wholeNumber(name: keyof typeof LIMITS, text: string | undefined): Checked<number> {
  const limits = LIMITS[name];
  if (text === undefined) return { ok: true, value: limits.default };
  const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isSafeInteger(value) || value < limits.min || value > limits.max) {
    return { ok: false, error: `--${name} must be a whole number from ${limits.min} to ${limits.max}, not "${text}"` };
  }
  return { ok: true, value };
}

function traceList(text: string | undefined, people: number): Checked<number[]> {
  if (text === undefined) return { ok: true, value: [] };
  const ids = text.split(',').map((part) => part.trim());
  const value: number[] = [];
  for (const id of ids) {
    const number = /^\d+$/.test(id) ? Number(id) : NaN;
    if (!Number.isSafeInteger(number) || number >= people) {
      return { ok: false, error: `--trace takes person ids from 0 to ${people - 1} separated by commas, not "${id}"` };
    }
    value.push(number);
  }
  return { ok: true, value };
}

/** Turn argv (without node and the script) into a request, or one sentence saying what is wrong. */
export function parseCliArgs(argv: readonly string[]): Checked<CliRequest> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: false, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, error: `${message.replace(/\. To specify.*$/, '')}; see --help for the options` };
  }
  const values = parsed.values;
  const seed = wholeNumber('seed', values.seed);
  if (!seed.ok) return seed;
  const weeks = wholeNumber('weeks', values.weeks);
  if (!weeks.ok) return weeks;
  const people = wholeNumber('people', values.people);
  if (!people.ok) return people;
  const format = values.format ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format)) {
    return { ok: false, error: `--format must be one of ${FORMATS.join(', ')}, not "${format}"` };
  }
  const trace = traceList(values.trace, people.value);
  if (!trace.ok) return trace;

  const sweep = sweepRequest(values);
  if (!sweep.ok) return sweep;

  let scenario: CliRequest['scenario'] = null;
  if (values.lang !== undefined && values.scenario === undefined) {
    return { ok: false, error: '--lang goes with --scenario: it chooses the language of the debrief\'s texts (--scenario ID --variant A|B --lang ru)' };
  }
  if (values.scenario !== undefined || values.variant !== undefined) {
    if (values.scenario === undefined || (values.variant === undefined && sweep.value === null && !values.verdict)) {
      return { ok: false, error: '--scenario and --variant go together: --scenario ID --variant A|B (see --help for the ids)' };
    }
    const clash = SET_BY_SCENARIO.find((name) => values[name] !== undefined);
    if (clash) return { ok: false, error: `--${clash} cannot be combined with --scenario: the scenario sets it (only --seed and --format can)` };
    scenario = {
      id: values.scenario.trim(),
      variant: (values.variant ?? '').trim(),
      seed: values.seed === undefined ? null : seed.value,
      language: (values.lang ?? 'en').trim().toLowerCase(),
    };
  }

  const verdict = verdictSeeds(values);
  if (!verdict.ok) return verdict;
  const marginal = verdict.value === null ? marginalSeeds(values) : ({ ok: true, value: null } as const);
  if (!marginal.ok) return marginal;

  const params = defaultParams() as Record<string, unknown>;
  // A preset's values first, so that --set can still change one of them.
  if (values.preset !== undefined) {
    const preset = values.preset.trim();
    if (!isPresetId(preset)) return { ok: false, error: `--preset must be one of ${presetIds.join(', ')}, not "${values.preset}"` };
    Object.assign(params, presets[preset]);
  }
  for (const assignment of values.set ?? []) {
    const equals = assignment.indexOf('=');
    if (equals <= 0) return { ok: false, error: `--set takes key=value, not "${assignment}"` };
    const key = assignment.slice(0, equals).trim();
    const checked = parseValue(key, assignment.slice(equals + 1));
    if (!checked.ok) {
      const hint = checked.error.startsWith('unknown parameter') ? '; see --help for every parameter' : '';
      return { ok: false, error: `${checked.error}${hint}` };
    }
    params[key] = checked.value;
  }
  return {
    ok: true,
    value: {
      help: values.help ?? false,
      format: format as Format,
      config: {
        seed: seed.value,
        weeks: weeks.value,
        people: people.value,
        params: params as RunConfig['params'],
        trace: trace.value,
        transactions: format === 'transactions',
      },
      scenario,
      marginalSeeds: marginal.value,
      sweep: sweep.value,
      verdictSeeds: verdict.value,
    },
  };
}

/** A count of seeds from --seeds, within `limits`. */
function seedCount(text: string, limits: { min: number; max: number }): Checked<number> {
  const count = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isSafeInteger(count) || count < limits.min || count > limits.max) {
    return { ok: false, error: `--seeds must be a whole number from ${limits.min} to ${limits.max}, not "${text}"` };
  }
  return { ok: true, value: count };
}

/** `--scenario ID --verdict [--seeds N]`: the number of seeds, or null without --verdict. */
function verdictSeeds(values: { verdict?: boolean; seeds?: string; sweep?: string[]; scenario?: string; variant?: string; marginal?: boolean; format?: string }): Checked<number | null> {
  if (!values.verdict) return { ok: true, value: null };
  if (values.scenario === undefined) return { ok: false, error: '--verdict goes with --scenario: --scenario ID --verdict [--seeds N]' };
  const clash = (['variant', 'sweep', 'marginal'] as const).find((name) => values[name] !== undefined);
  if (clash) return { ok: false, error: `--verdict cannot be combined with --${clash}: it runs A and B and every what-if of the scenario` };
  if (values.format !== undefined && values.format !== 'json') return { ok: false, error: '--verdict prints JSON only, not --format ' + values.format };
  return values.seeds === undefined ? { ok: true, value: CLI_VERDICT_SEEDS.default } : seedCount(values.seeds, CLI_VERDICT_SEEDS);
}

/** `--marginal [--seeds N]`: the number of seeds, or null without --marginal. */
function marginalSeeds(values: { marginal?: boolean; seeds?: string; sweep?: string[]; scenario?: string; format?: string; trace?: string }): Checked<number | null> {
  if (!values.marginal) {
    const alone = values.seeds !== undefined && values.sweep === undefined;
    return alone ? { ok: false, error: '--seeds goes with --marginal, --sweep or --verdict: --marginal --seeds N' } : { ok: true, value: null };
  }
  if (values.scenario !== undefined) return { ok: false, error: '--marginal cannot be combined with --scenario: it measures the parameters given' };
  if (values.trace !== undefined) return { ok: false, error: '--marginal cannot be combined with --trace' };
  if (values.format !== undefined && values.format !== 'json') return { ok: false, error: '--marginal prints JSON only, not --format ' + values.format };
  return values.seeds === undefined ? { ok: true, value: MARGINAL_SEEDS.default } : seedCount(values.seeds, MARGINAL_SEEDS);
}
